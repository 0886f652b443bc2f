/// A figure that counts a part of a whole its sentence names elsewhere: "27 of them strong
/// enough to be felt" (of 400 aftershocks), "Of the fatalities, 47 were in Davao Oriental",
/// "killing 41, including 12 children". Another report's total is not the same measure as
/// such a part, unless it says what singles the part out ("41 of them had been formally
/// arrested" and "41 people had been arrested").
enum PartitiveFigure {
  /// How many words after the figure (or its "of them") say what singles the part out.
  static let predicateReach = 5

  /// The terms that single the part out (possibly none), or nil when the figure is no such
  /// part. `first` and `last` are the figure's first and last tokens.
  static func predicate(first: Int, last: Int, in tokens: [FigureProfiler.Token]) -> [Int]? {
    guard first <= last, last < tokens.count else { return nil }
    let clause = tokens[last].clause
    // "27 of them strong enough to be felt"
    if last + 2 < tokens.count, tokens[last + 1].marks.contains(.of),
      tokens[last + 2].marks.contains(.partitivePronoun), tokens[last + 2].clause == clause
    {
      return terms(after: last + 2, in: tokens)
    }
    // "the strongest of them magnitude 5.2": one member of a whole just said
    if first >= 2, tokens[first - 1].marks.contains(.partitivePronoun),
      tokens[first - 2].marks.contains(.of), tokens[first - 2].clause == tokens[first].clause
    {
      return (max(0, first - 4)..<(first - 2)).compactMap {
        tokens[$0].clause == tokens[first].clause ? tokens[$0].term : nil
      } + terms(after: last, in: tokens)
    }
    // "including 12 children"
    if first > 0, tokens[first - 1].marks.contains(.inclusion),
      tokens[first - 1].clause == tokens[first].clause
    {
      return terms(after: last, in: tokens)
    }
    // "Of the fatalities, 47 were in …", "Among them, …": the whole opens the sentence, in
    // a clause of its own ("Of course" opens none).
    if tokens.count > 1, tokens[0].marks.contains(.partitiveOpener),
      tokens[1].marks.contains(.wholeDeterminer) || tokens[1].marks.contains(.partitivePronoun),
      tokens[0].clause < tokens[first].clause
    {
      return []
    }
    return nil
  }

  /// The content terms of the few words after `index` in its clause.
  static func terms(after index: Int, in tokens: [FigureProfiler.Token]) -> [Int] {
    var result: [Int] = []
    var next = index + 1
    while next < min(tokens.count, index + 1 + predicateReach),
      tokens[next].clause == tokens[index].clause
    {
      if let term = tokens[next].term { result.append(term) }
      next += 1
    }
    return result
  }
}
