/// "2,300 were injured, of whom 740 were in a serious condition", "more than 800 have
/// serious injuries", "severely damaged 9,000 others": a count its clause qualifies by a
/// degree ("serious", "critically", "badly") counts only the worst-hit part of those with its
/// fate. The degree must grade a harm next to it ("seriously injured", "serious injuries", "in
/// a serious condition"): "severe weather killed 14", "a serious crash", "a mass grave", "a
/// critical shortage" describe the event, not the count. Against a count with no such degree (all the injured, all the damaged homes) it is
/// another measure: the two score half and never share a group; two counts of the worst-hit
/// still meet.
enum SeverityPart {
  /// How many words after the figure, in its clause, the degree may come ("740 were in a
  /// serious condition"), and before it ("severely damaged 9,000 others").
  static let reach = 5
  static let reachBefore = 3

  /// A count of the worst-hit part and a count of all score this much of their sameness.
  static let factor = 0.5

  /// Whether the figure's clause qualifies what it counts by a degree near it, with no other
  /// number and no "and" between ("destroyed 2,100 homes and severely damaged 9,000": the
  /// degree is the 9,000's). `first` and `last` are the figure's first and last tokens.
  static func isSevere(first: Int, last: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard first >= 0, last >= first, last < tokens.count else { return false }
    let clause = tokens[last].clause
    var index = last + 1
    while index < tokens.count, index - last <= reach, tokens[index].clause == clause,
      !tokens[index].marks.contains(.digits), !tokens[index].marks.contains(.gappingConjunction)
    {
      if gradesHarm(at: index, in: tokens) { return true }
      index += 1
    }
    index = first - 1
    while index >= 0, first - index <= reachBefore, tokens[index].clause == clause,
      !tokens[index].marks.contains(.digits), !tokens[index].marks.contains(.gappingConjunction)
    {
      if gradesHarm(at: index, in: tokens) { return true }
      index -= 1
    }
    return false
  }

  /// Whether the word at `index` is a degree that grades the harm right after it, or right
  /// before it ("injured seriously", "hurt badly").
  static func gradesHarm(at index: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard tokens[index].marks.contains(.severity) else { return false }
    if index + 1 < tokens.count, tokens[index + 1].marks.contains(.harm) { return true }
    return index >= 1 && tokens[index - 1].marks.contains(.harm)
  }

  /// A count of the worst-hit part against a count that is none.
  @inline(__always)
  static func areApart(_ a: Measure, _ b: Measure) -> Bool {
    a.dimension == .count && a.isSevere != b.isSevere
  }
}
