/// "Posted 2011-12-18", "updated 2024-10-23 14:05": a year, month and day joined by hyphens
/// (ISO 8601, as datelines, page stamps and data tables write them) are one date, not a year
/// and a range of two counts. The month and day must make a calendar date, and nothing may be
/// glued on either side: "REF-2024-10-23", "2024-10-23-001" and "2024-10-23T14" are codes.
extension FigureRecognizer {
  /// An ISO date opening with `amount`'s year: its last token and its month and day.
  func isoDateEnd(_ amount: Amount) -> (end: Int, month: Int, day: Int)? {
    let year = amount.firstToken
    let (month, day) = (year + 2, year + 4)
    guard amount.firstToken == amount.lastToken, amount.currency == nil, !amount.isPercent,
      day < tokens.count, isPlainDigits(year), tokens[year].end - tokens[year].start == 4,
      isYearDigits(year), isGluedHyphen(year + 1), isGluedHyphen(year + 3),
      isPlainDigits(month), isPlainDigits(day), tokens[month].end - tokens[month].start == 2,
      tokens[day].end - tokens[day].start == 2,
      let yearNumber = Int(text(tokens[year].start, tokens[year].end)),
      let monthNumber = Int(text(tokens[month].start, tokens[month].end)),
      let dayNumber = Int(text(tokens[day].start, tokens[day].end)),
      CalendarDays.isDay(year: yearNumber, month: monthNumber, day: dayNumber)
    else { return nil }
    if year > 0, !tokens[year].spaceBefore, isCodePart(year - 1) { return nil }
    if day + 1 < tokens.count, !tokens[day + 1].spaceBefore, isCodePart(day + 1) { return nil }
    return (day, monthNumber, dayNumber)
  }

  /// Whether a token glued to a date would make it part of a code: a word, a number, a dash
  /// or a slash (a bracket or a full stop would not).
  func isCodePart(_ index: Int) -> Bool {
    let kind = tokens[index].kind
    return kind == .word || kind == .number || kind == .dash || isSymbol(index, 0x2F)
  }
}
