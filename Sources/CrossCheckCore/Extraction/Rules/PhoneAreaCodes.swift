/// "Call the newsroom at (907) 555-0163", "Media line: 250 555-0143": three digits, in brackets
/// or not, before a local number are a telephone number's area code, not a count. A number in
/// brackets before words ("a majority (212) of the members") still counts.
extension FigureRecognizer {
  /// Whether the mention is an area code in brackets before the rest of its phone number.
  func isPhoneAreaCode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, !mention.isSpelledOut, isPlainDigits(first),
      tokens[first].end - tokens[first].start == 3
    else { return false }
    // "250 555-0143": unbracketed, the local number must be written in full, hyphen and all.
    if isPlainDigits(first + 1), tokens[first + 1].spaceBefore,
      tokens[first + 1].end - tokens[first + 1].start == 3, isGluedHyphen(first + 2),
      isPlainDigits(first + 3), tokens[first + 3].end - tokens[first + 3].start == 4
    {
      return true
    }
    guard first > 0, isSymbol(first - 1, 0x28), isSymbol(first + 1, 0x29), isPlainDigits(first + 2)
    else { return false }
    // "555-0163", "555 0163": the local number's first group of three digits.
    return tokens[first + 2].end - tokens[first + 2].start == 3
  }
}
