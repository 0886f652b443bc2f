/// "1800 209 4455", "1300 655 506", "800 555 1234": three or more groups of digits set one space
/// apart, which no thousands grouping reads as one number (a first group of four digits, or a
/// last one of four), are a telephone number written in groups, no figure. Each group has two
/// to four digits and at least one has three, or four that no year has ("55 5123 4567", as
/// Mexico City numbers are written), eight to twelve digits in all: a row of years
/// ("2019 2020 2021") or of small counts is not one.
extension FigureRecognizer {
  /// Whether the mention is one group of a telephone number written in groups (or two, read as
  /// thousands).
  func isPhoneDigitGroup(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    // "800 890 2210" may be read as "800 890", grouped by a space as thousands are.
    guard !mention.isSpelledOut, isPlainDigits(first),
      (first..<mention.lastToken).allSatisfy({
        isOneSpaceApart($0, $0 + 1) && isPlainDigits($0 + 1)
      })
    else {
      return false
    }
    var start = first
    while start > 0, isOneSpaceApart(start - 1, start), isPlainDigits(start - 1) { start -= 1 }
    var end = mention.lastToken
    while end + 1 < tokens.count, isOneSpaceApart(end, end + 1), isPlainDigits(end + 1) {
      end += 1
    }
    guard end - start >= 2 else { return false }
    var digits = 0
    var hasPhoneGroup = false
    for index in start...end {
      let length = tokens[index].end - tokens[index].start
      guard (2...4).contains(length) else { return false }
      digits += length
      if length == 3 || (length == 4 && !isYearDigits(index)) { hasPhoneGroup = true }
    }
    return hasPhoneGroup && (8...12).contains(digits)
  }

  /// Whether four digits could be a year of news: 1800 to 2099.
  func isYearDigits(_ index: Int) -> Bool {
    let start = tokens[index].start
    let head = (bytes[start] &- 0x30) * 10 + (bytes[start + 1] &- 0x30)
    return (18...20).contains(head)
  }

  /// Whether tokens `left` and `right` are separated by exactly one space.
  private func isOneSpaceApart(_ left: Int, _ right: Int) -> Bool {
    tokens[right].start == tokens[left].end + 1 && bytes[tokens[left].end] == 0x20
  }
}
