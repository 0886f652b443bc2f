import Foundation

/// A half of a reporting year written number first, as brokers and company reports write it:
/// "1H25" is the first half of 2025 (`2025-H1`), "2H2024" the second half of 2024. A date, not
/// a count of 25. (Read in the pass over reporting periods, ``readReportingPeriods(_:)``.)
extension FigureRecognizer {
  /// The date of the half-year code that starts at token `index` ("1H" and its glued year), or
  /// nil.
  func halfYearCode(at index: Int) -> FigureDraft? {
    // Cheapest first: one digit, a glued capital "H", then glued digits.
    let token = tokens[index]
    guard token.kind == .number, token.suffixStart == token.start + 1,
      token.end == token.suffixStart + 1, bytes[token.suffixStart] == 0x48,
      index + 1 < tokens.count, tokens[index + 1].kind == .number,
      !tokens[index + 1].spaceBefore, !tokens[index + 1].hasSuffix, isDigits(index + 1)
    else { return nil }
    let digits = tokens[index + 1].end - tokens[index + 1].start
    guard digits == 2 || digits == 4 else { return nil }
    let written = text(tokens[index + 1].start, tokens[index + 1].end)
    var draft = FigureDraft(
      start: token.start, end: tokens[index + 1].end, firstToken: index, lastToken: index + 1)
    draft.kind = .date
    draft.date =
      (digits == 2 ? "20" + written : written) + "-H" + text(token.start, token.start + 1)
    return draft
  }
}
