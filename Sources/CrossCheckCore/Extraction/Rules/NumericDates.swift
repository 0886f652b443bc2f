/// "Posted 20/10/2015", "2017/12/27 13:39", "on 03.04.2019", "2024-03-05T14:22:00Z": a date
/// written all in numbers, as page stamps, press releases and European and Asian copy write
/// it, is one date, not a year and two counts. Day and month are told apart only when one is
/// above 12 ("20/10/2015" is 20 October; "03/04/2019" keeps its year alone), or when the year
/// comes first (year, month, day, as ISO 8601 and East Asian stamps order them).
extension FigureRecognizer {
  /// A date written in numbers that starts at `amount`: its last token and what it says.
  func numericDateEnd(_ amount: Amount) -> (end: Int, year: Int, month: Int?, day: Int?)? {
    let first = amount.firstToken
    if let dotted = dottedDate(first) { return dotted }
    let (second, third) = (first + 2, first + 4)
    // Cheapest first: a glued separator after the first number.
    guard third < tokens.count, isDateSeparator(first + 1), isDateSeparator(first + 3),
      amount.firstToken == amount.lastToken, amount.currency == nil, !amount.isPercent,
      isPlainDigits(first), isPlainDigits(second),
      tokens[first + 1].scalar == tokens[first + 3].scalar,
      !tokens[second].spaceBefore, !tokens[third].spaceBefore, !tokens[first + 1].spaceBefore,
      !tokens[first + 3].spaceBefore
    else { return nil }
    // The last part may carry an ISO time glued on ("05T14"): read its digits only.
    let lastDigits = digitsPrefix(third)
    guard let a = Int(text(tokens[first].start, tokens[first].end)),
      let b = Int(text(tokens[second].start, tokens[second].end)), let c = lastDigits.value
    else { return nil }
    if first > 0, !tokens[first].spaceBefore, isDateCodePart(first - 1) { return nil }
    var end = third
    if lastDigits.hasTime {
      // "T14:22:00Z": the time and its zone, glued on, belong to the stamp.
      while end + 1 < tokens.count, !tokens[end + 1].spaceBefore { end += 1 }
      // A sentence's full stop or comma after the stamp is the sentence's.
      while end > third, tokens[end].kind == .punctuation,
        [0x2E, 0x2C, 0x3B].contains(tokens[end].scalar)
      {
        end -= 1
      }
    } else if end + 1 < tokens.count, !tokens[end + 1].spaceBefore, isDateCodePart(end + 1) {
      return nil
    }
    let widths = (
      tokens[first].end - tokens[first].start, tokens[second].end - tokens[second].start,
      lastDigits.width
    )
    if widths.0 == 4, widths.1 <= 2, widths.2 <= 2 {
      // Year, month, day.
      guard CalendarDays.isDay(year: a, month: b, day: c) else { return nil }
      return (end, a, b, c)
    }
    guard widths.0 <= 2, widths.1 <= 2, widths.2 == 4, !lastDigits.hasTime,
      (1...31).contains(a), (1...31).contains(b), a <= 12 || b <= 12
    else { return nil }
    if a > 12, CalendarDays.isDay(year: c, month: b, day: a) { return (end, c, b, a) }
    if b > 12, CalendarDays.isDay(year: c, month: a, day: b) { return (end, c, a, b) }
    return (end, c, nil, nil)
  }

  /// "20.10.2015", "3.4.2019": a day, a month and a year with full stops, which the tokenizer
  /// keeps as one number.
  private func dottedDate(_ index: Int) -> (end: Int, year: Int, month: Int?, day: Int?)? {
    let token = tokens[index]
    guard token.kind == .number, !token.hasSuffix, (8...10).contains(token.end - token.start),
      (token.start..<token.end).reduce(0, { $0 + (bytes[$1] == 0x2E ? 1 : 0) }) == 2
    else { return nil }
    let parts = text(token.start, token.end).split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
      let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2]),
      (1...31).contains(a), (1...31).contains(b), a <= 12 || b <= 12
    else { return nil }
    if index + 1 < tokens.count, !tokens[index + 1].spaceBefore, isDateCodePart(index + 1) {
      return nil
    }
    if a > 12, CalendarDays.isDay(year: year, month: b, day: a) { return (index, year, b, a) }
    if b > 12, CalendarDays.isDay(year: year, month: a, day: b) { return (index, year, a, b) }
    return (index, year, nil, nil)
  }

  /// A slash, a full stop or a hyphen glued between a date's numbers.
  private func isDateSeparator(_ index: Int) -> Bool {
    isSymbol(index, 0x2F) || isSymbol(index, 0x2E) || isGluedHyphen(index)
  }

  /// Whether a token glued to a date would make it part of a code (``isCodePart(_:)``) or a
  /// longer dotted number ("20.10.2015.3").
  private func isDateCodePart(_ index: Int) -> Bool {
    isCodePart(index)
      || isSymbol(index, 0x2E) && index + 1 < tokens.count && !tokens[index + 1].spaceBefore
  }

  /// The digits that open token `index`, their count, and whether an ISO "T" and a time follow
  /// them glued ("05T14").
  private func digitsPrefix(_ index: Int) -> (value: Int?, width: Int, hasTime: Bool) {
    let token = tokens[index]
    guard token.kind == .number else { return (nil, 0, false) }
    let digits = text(token.start, token.suffixStart)
    guard token.hasSuffix else { return (Int(digits), digits.utf8.count, false) }
    let suffix = text(token.suffixStart, token.end)
    guard suffix.first == "T", suffix.dropFirst().allSatisfy(\.isNumber) else {
      return (nil, 0, false)
    }
    return (Int(digits), digits.utf8.count, true)
  }
}
