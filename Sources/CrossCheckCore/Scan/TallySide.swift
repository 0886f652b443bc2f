/// "The committee approved it by 31 votes to 4", "Parliament backed it by 498 votes to 91": a
/// tally gives one side's count, then after "to" the other side's. The two sides are two
/// measures, as goals scored and conceded are: a count on one side of a tally never reports
/// a count on the other side of one, however alike their words.
enum TallySide: UInt8, Sendable {
  /// No tally: the figure is not written as one of its sides.
  case none
  /// The count after "by": the side the tally is for ("by 31 votes to 4").
  case first
  /// The count after "to": the other side ("by 31 votes to 4").
  case second

  /// The side of a tally the count whose tokens run from `first` to `last` gives, read from
  /// "by N noun to M" with both numbers figures of the sentence (`figures`, code point
  /// offsets).
  static func side(
    first: Int, last: Int, in tokens: [FigureProfiler.Token], figures: [Range<Int>]
  ) -> TallySide {
    guard first >= 1, first <= last, last < tokens.count else { return .none }
    func startsFigure(_ index: Int) -> Bool {
      index < tokens.count && figures.contains { $0.lowerBound == tokens[index].start }
    }
    func isLink(_ noun: Int, _ to: Int) -> Bool {
      tokens[noun].term != nil && tokens[to].marks.contains(.to)
        && tokens[noun].clause == tokens[first].clause && tokens[to].clause == tokens[first].clause
    }
    // "by 31 votes to 4": this is the first count.
    if isOpened(before: first, in: tokens), last + 3 < tokens.count,
      isLink(last + 1, last + 2), startsFigure(last + 3)
    {
      return .first
    }
    // "by 498 votes to 91": this is the second; the first is the figure ending before the noun.
    guard first >= 3, tokens[first - 1].marks.contains(.to), isLink(first - 2, first - 1)
    else { return .none }
    let nounStart = tokens[first - 2].start
    guard let other = figures.last(where: { $0.upperBound <= nounStart }),
      let opening = tokens.firstIndex(where: { $0.start == other.lowerBound }),
      isOpened(before: opening, in: tokens),
      !tokens[(opening + 1)..<(first - 2)].contains(where: { $0.term != nil })
    else { return .none }
    return .second
  }

  /// How many words "by" may stand before the "of" that opens the tally ("by a margin of").
  static let openerReach = 3

  /// Whether a tally's first count starts at token `index`: right after "by", or after "by a
  /// margin of", "by a vote of".
  static func isOpened(before index: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard index >= 1 else { return false }
    if tokens[index - 1].marks.contains(.tallyOpener) { return true }
    guard tokens[index - 1].marks.contains(.of) else { return false }
    let clause = tokens[index - 1].clause
    return (max(0, index - 1 - openerReach)..<(index - 1)).contains {
      tokens[$0].clause == clause && tokens[$0].marks.contains(.tallyOpener)
    }
  }

  /// Whether two counts are on different sides of tallies.
  static func areOpposite(_ a: Measure, _ b: Measure) -> Bool {
    a.tallySide != .none && b.tallySide != .none && a.tallySide != b.tallySide
  }
}
