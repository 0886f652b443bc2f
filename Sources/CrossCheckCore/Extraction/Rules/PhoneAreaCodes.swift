/// "Call the newsroom at (907) 555-0163": three digits in brackets before a group of digits are
/// a telephone number's area code, not a count. A number in brackets before words ("a majority
/// (212) of the members") still counts.
extension FigureRecognizer {
  /// Whether the mention is an area code in brackets before the rest of its phone number.
  func isPhoneAreaCode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first > 0, mention.lastToken == first, !mention.isSpelledOut, isPlainDigits(first),
      tokens[first].end - tokens[first].start == 3, isSymbol(first - 1, 0x28),
      isSymbol(first + 1, 0x29), isPlainDigits(first + 2)
    else { return false }
    // "555-0163", "555 0163": the local number's first group of three digits.
    return tokens[first + 2].end - tokens[first + 2].start == 3
  }
}
