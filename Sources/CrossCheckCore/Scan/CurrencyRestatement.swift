/// "£95m (110m euros)", "$12.9bn, or about £10bn": an amount restated in another currency
/// right after it (``Restatement``). A unit converts by a fixed factor; a currency converts at
/// a rate the reporter chose (that day's, a stale one, a rounded one), so the two amounts are
/// checked against each other as two reports' amounts are: the pair ranks as a pair of two
/// articles, not as one article's figures side by side.
enum CurrencyRestatement {
  /// Whether two figures of one article are an amount and its restatement in another currency.
  @inline(__always)
  static func areOne(_ a: FigureProfile, _ b: FigureProfile, restated: Bool) -> Bool {
    restated && a.measure.dimension == .money && b.measure.dimension == .money
  }

  /// How such a pair ranks: as a pair of figures from two articles.
  static let rankFactor = SuggestionGrouper.sourcesFactor(2)
}
