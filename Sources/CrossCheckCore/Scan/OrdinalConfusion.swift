/// "Six times" and "the seventh", "three previous rounds" and "its fourth round": a count and
/// an ordinal one apart are the classic way two reports count the same events, but only when
/// they count the same things. A count of one noun and an ordinal of another ("two
/// instalments", "the second wave of floods"), neither noun near the other figure, are a
/// quantity and a place in another series, whatever their values.
enum OrdinalConfusion {
  /// How much such a pair is lowered: as a rank and a quantity are.
  static let otherThingsFactor = 0.6

  /// Whether one figure is an ordinal and the other a count, each of its own noun, neither
  /// noun said near the other figure.
  static func countsOtherThings(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard a.measure.isOrdinal != b.measure.isOrdinal, let x = a.countedNoun,
      let y = b.countedNoun, x != y
    else { return false }
    return a.context.weight(of: y) == 0 && b.context.weight(of: x) == 0
  }
}
