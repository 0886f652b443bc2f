import Foundation

/// A company's reporting period is a date: a quarter ("Q3", "Q3 2025": `2025-Q3`), a half
/// ("H1 2025": `2025-H1`) or a financial year ("FY2024", "FY24", "fiscal 2025": `2024`, `2025`),
/// not a number or a count.
extension FigureRecognizer {
  /// Adds a date for each quarter, half or financial year written as a code ("Q3", "H1",
  /// "FY2024"), taking in the year after it; and widens a year after "fiscal" or "FY" to them.
  func readReportingPeriods(_ drafts: inout [FigureDraft]) {
    var added: [FigureDraft] = []
    // A line with no token of a code's shape (most) is not read token by token.
    let codeTokens = shapes.contains(.periodCode) ? tokens.indices : 0..<0
    for index in codeTokens {
      // This runs on every token of a line with figures: its first byte alone rules out most.
      let head = tokens[index].head
      // "1H25", "2H2024": a half written number first.
      if head == 0x31 || head == 0x32, tokens[index].suffixStart == tokens[index].start + 1,
        let half = halfYearCode(at: index)
      {
        drafts.removeAll { $0.firstToken <= half.lastToken && $0.lastToken >= index }
        added.append(half)
        continue
      }
      guard head == 0x71 || head == 0x68 || head == 0x66 else { continue }
      let token = tokens[index]
      guard token.isCapitalized, token.kind == .word, token.end - token.start <= 6,
        let (period, year) = periodCode(token)
      else { continue }
      // "H1-B visas" is no period; "green H2", "the H2 economy" are hydrogen: a half needs its
      // year or a preposition of time before it ("in H2", "in the H2").
      if isGluedHyphen(index + 1) { continue }
      let yearAfter = yearDraft(after: index, in: drafts)
      if token.head == 0x68, yearAfter == nil, !isYearlessHalf(index) { continue }
      var draft = FigureDraft(
        start: token.start, end: token.end, firstToken: index, lastToken: index)
      draft.kind = .date
      var fullYear = year
      // "Q3 2025", "H1 2025": the year written after the period.
      if fullYear == nil, period != nil, let next = yearAfter {
        fullYear = drafts[next].date
        draft.lastToken = drafts[next].lastToken
        draft.end = drafts[next].end
        drafts.remove(at: next)
      }
      switch (fullYear, period) {
      case (let year?, let period?): draft.date = "\(year)-\(period)"
      case (let year?, nil): draft.date = year
      default: draft.date = nil
      }
      added.append(draft)
    }
    // "fiscal 2025", "fiscal year 2025", "FY 2024": the year is the financial year.
    for index in drafts.indices where drafts[index].kind == .date {
      var first = drafts[index].firstToken - 1
      if isWord(first, "year"), isWord(first - 1, "fiscal") { first -= 1 }
      guard first >= 0,
        isWord(first, "fiscal") || tokens[first].isCapitalized && isWord(first, "fy")
      else { continue }
      drafts[index].firstToken = first
      drafts[index].start = tokens[first].start
    }
    drafts.append(contentsOf: added)
  }

  /// Whether the half code at token `index`, written without its year, is a period: after a
  /// preposition of time ("in H2", "during the H1"), or "the" for "H1" ("the H1 results").
  /// "H2" is also hydrogen ("the H2 economy", "in the H2 economy"): as a period it ends its
  /// noun phrase.
  private func isYearlessHalf(_ index: Int) -> Bool {
    let afterTime =
      isWord(index - 1, in: Vocabulary.periodPrepositions)
      || isWord(index - 1, "the") && isWord(index - 2, in: Vocabulary.periodPrepositions)
    guard bytes[tokens[index].start + 1] == 0x32 else {
      return afterTime || isWord(index - 1, "the")
    }
    let next = index + 1
    return afterTime
      && (next >= tokens.count || tokens[next].kind != .word || roles(next).contains(.stopWord))
  }

  /// Whether `token` has the shape of a reporting period's code ("Q3", "H1", "FY24"): a word
  /// that holds a digit, so a line with one and no other number is still read.
  static func mayBePeriodCode(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard token.kind == .word, token.isCapitalized, token.end - token.start <= 6,
      token.end - token.start >= 2
    else { return false }
    let head = token.head
    return (head == 0x71 || head == 0x68 || head == 0x66)
      && Tokenizer.isDigit(bytes[token.end - 1])
  }

  /// The period ("Q3", "H1", nil for a financial year) and year a code names: "Q1"…"Q4",
  /// "H1", "H2", "FY2024", "FY24".
  func periodCode(_ token: Token) -> (String?, String?)? {
    let length = token.end - token.start
    let first = bytes[token.start]
    if length == 2, first == 0x51 || first == 0x48 {
      let digit = bytes[token.start + 1]
      let last: UInt8 = first == 0x51 ? 0x34 : 0x32
      guard digit >= 0x31, digit <= last else { return nil }
      return (text(token.start, token.end), nil)
    }
    guard length == 4 || length == 6, first == 0x46, bytes[token.start + 1] == 0x59 else {
      return nil
    }
    let digits = UnsafeBufferPointer(rebasing: bytes[(token.start + 2)..<token.end])
    guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let written = String(decoding: digits, as: UTF8.self)
    // "FY24": a two-digit year of this century.
    return (nil, length == 4 ? "20" + written : written)
  }

  /// The index in `drafts` of a lone year right after token `index` ("Q3 2025").
  private func yearDraft(after index: Int, in drafts: [FigureDraft]) -> Int? {
    drafts.firstIndex {
      $0.firstToken == index + 1 && $0.kind == .date && $0.lastToken == index + 1
        && $0.date?.count == 4
    }
  }
}
