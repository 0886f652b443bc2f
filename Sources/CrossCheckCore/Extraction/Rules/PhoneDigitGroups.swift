/// "1800 209 4455", "1300 655 506", "800 555 1234": three or more groups of digits set one space
/// apart, which no thousands grouping reads as one number (a first group of four digits, or a
/// last one of four), are a telephone number written in groups, no figure. Each group has two
/// to four digits and at least one has three, eight to twelve digits in all: a row of years
/// ("2019 2020 2021") or of small counts is not one.
extension FigureRecognizer {
  /// Whether the mention is one group of a telephone number written in groups.
  func isPhoneDigitGroup(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, mention.lastToken == first, isPlainDigits(first) else {
      return false
    }
    var start = first
    while start > 0, isOneSpaceApart(start - 1, start), isPlainDigits(start - 1) { start -= 1 }
    var end = first
    while end + 1 < tokens.count, isOneSpaceApart(end, end + 1), isPlainDigits(end + 1) {
      end += 1
    }
    guard end - start >= 2 else { return false }
    var digits = 0
    var hasThree = false
    for index in start...end {
      let length = tokens[index].end - tokens[index].start
      guard (2...4).contains(length) else { return false }
      digits += length
      if length == 3 { hasThree = true }
    }
    return hasThree && (8...12).contains(digits)
  }

  /// Whether tokens `left` and `right` are separated by exactly one space.
  private func isOneSpaceApart(_ left: Int, _ right: Int) -> Bool {
    tokens[right].start == tokens[left].end + 1 && bytes[tokens[left].end] == 0x20
  }
}
