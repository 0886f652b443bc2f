import Foundation

/// "Dublin 15", "Dublin 6W": a city whose postal districts are numbered names one by the
/// number after its name (with a letter for a split district); it counts nothing. A score
/// ("Dublin 2-15") goes on with a dash and stays a figure.
extension FigureRecognizer {
  /// The highest district number of a city numbered so.
  private static let highestDistrict = 24

  /// Whether the mention is a postal district after its city's name.
  func isPostalDistrict(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first > 0, mention.lastToken == first, !mention.isSpelledOut, !mention.isOrdinal,
      tokens[first].kind == .number, tokens[first].spaceBefore,
      tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
      DecimalParts.isBetween(mention.value, 1, Self.highestDistrict),
      Vocabulary.numberedDistrictCities.contains(lower(first - 1))
    else { return false }
    // "6W": at most one capital letter glued on.
    let suffix = tokens[first].end - tokens[first].suffixStart
    if suffix > 1 { return false }
    if suffix == 1, bytes[tokens[first].suffixStart] &- 0x41 >= 26 { return false }
    let next = first + 1
    return next >= tokens.count || tokens[next].kind != .dash
  }
}
