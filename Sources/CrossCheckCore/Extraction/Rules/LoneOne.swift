/// The word "one" on its own, spelled out and no ordinal: what every rule that tells the pronoun
/// "one" from the count one starts from (``isGenericOne(_:)``, ``isStandInOne(_:)``,
/// ``isElidedNounOne(_:)``, ``isComparedOne(_:)``, ``isNamingOne(_:)``).
extension FigureRecognizer {
  func isLoneOne(_ mention: NumberMention) -> Bool {
    mention.isSpelledOut && mention.lastToken == mention.firstToken && !mention.isOrdinal
      && isWord(mention.firstToken, "one")
  }
}
