import Foundation

/// "the 15th of February", "Monday 16th", "from Monday 16th to Tuesday 17th": a day of the
/// month written as an ordinal, its month after "of" or its weekday before it, is a date (as
/// "16th February" and "February 16th" are), not the sixteenth of a row.
extension FigureRecognizer {
  /// Reads an ordinal day (1st to 31st in digits) with "of" and a month after it, or a weekday
  /// right before it, as a date; whether it did.
  func readDayOfMonth(_ draft: inout FigureDraft, mention: NumberMention) -> Bool {
    guard mention.isOrdinal, !mention.isSpelledOut, draft.qualifier == nil,
      mention.firstToken == mention.lastToken, DecimalParts.isBetween(mention.value, 1, 31)
    else { return false }
    let next = mention.lastToken + 1
    if isWord(next, "of"), readDate(&draft, day: mention.value, monthAt: next + 1) {
      draft.unit = nil
      draft.nounTokens = nil
      return true
    }
    let previous = mention.firstToken - 1
    guard previous >= 0, tokens[previous].kind == .word, tokens[previous].isCapitalized,
      roles(previous).contains(.weekday)
    else { return false }
    // The month is not written: the date is the weekday's, its day known, its month not.
    draft.firstToken = previous
    draft.start = tokens[previous].start
    draft.kind = .date
    draft.value = nil
    draft.unit = nil
    draft.nounTokens = nil
    draft.date = nil
    return true
  }
}
