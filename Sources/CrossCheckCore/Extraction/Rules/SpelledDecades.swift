import Foundation

/// "the nineteen-nineties", "the nineteen eighties", "the twenty-twenties": a century's number
/// in words and a decade word name ten years of the calendar, a date as "the 1990s" is, not a
/// count of nineties.
extension FigureRecognizer {
  /// The decade as an ISO 8601 date ("199" for the nineteen-nineties) and the decade word's
  /// token, when a spelled century number (ten to twenty-nine) is followed, by a hyphen (or by
  /// a space after "the"), by a decade word.
  /// Words before a decade written without its hyphen ("the nineteen eighties", "early").
  static let decadeLeads = ["the", "early", "mid", "late"]

  func spelledDecade(_ mention: NumberMention) -> (date: String, last: Int)? {
    guard mention.isSpelledOut, !mention.isOrdinal, DecimalParts.isBetween(mention.value, 10, 29),
      NumberParser.isInteger(mention.value)
    else { return nil }
    var next = mention.lastToken + 1
    let hyphened = isGluedHyphen(next)
    if hyphened { next += 1 }
    guard next < tokens.count, tokens[next].kind == .word,
      let decade = Vocabulary.decadeWords[lower(next)],
      decade != 1 || hyphened  // "twenty tens" may count tens; "twenty-tens" is the decade
    else { return nil }
    // Without the hyphen the words may count banknotes ("paid with twenty fifties"): a decade
    // then needs the article or a part of it before it ("the nineteen eighties", "the late").
    if !hyphened {
      let before = mention.firstToken - 1
      guard before >= 0, isWord(before, in: FigureRecognizer.decadeLeads) else { return nil }
    }
    let century = NSDecimalNumber(decimal: mention.value).intValue
    return (String(century * 10 + decade), next)
  }
}
