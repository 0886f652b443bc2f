/// "a two-storey house", "a one-bedroom flat", "a four-door saloon", "a two-seater": a number word
/// joined by a hyphen to a noun of a building's, a home's or a vehicle's make-up names its type,
/// as "four-star" grades a hotel; it counts nothing a checker would compare. Only one to four:
/// larger numbers in such compounds are sizes.
extension FigureRecognizer {
  /// Whether the mention is a spelled-out number in such a type compound.
  func isCategoryCompound(_ mention: NumberMention) -> Bool {
    let next = mention.lastToken + 1
    // Types are small numbers ("two-storey house"); "a ten-storey tower" that fell, like "a
    // 12-storey tower", is a size a checker compares.
    guard mention.isSpelledOut, !mention.isOrdinal, isGluedHyphen(next),
      DecimalParts.isBetween(mention.value, 1, 4)
    else { return false }
    return isWord(next + 1, in: Vocabulary.categoryCompoundNouns)
  }
}
