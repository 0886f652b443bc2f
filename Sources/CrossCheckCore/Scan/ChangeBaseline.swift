/// "Up 4.9% on 2022", "a rise of 4 per cent on last season", "14.2 per cent above their 2007
/// peak": a share that is no level, followed at once by "on", "above" or "below", is measured
/// against what follows, and so is any figure followed by "on" and a year that ends its phrase;
/// a period there is the baseline's, not the figure's own, as after "than" or "from"
/// (``ScanVocabulary/baselineWords``).
enum ChangeBaseline {
  /// Where the figure's baseline opens: the word right after it (ending at `last`), or nil.
  /// A level's "on" is no comparison ("stood at 5% on the previous Sunday").
  static func opener(
    after last: Int, in tokens: [FigureProfiler.Token], measure: Measure,
    shareRole: Measure.ShareRole
  ) -> Int? {
    let next = last + 1
    guard last >= 0, next < tokens.count, tokens[next].clause == tokens[last].clause else {
      return nil
    }
    let marks = tokens[next].marks
    // "An extra 264,000 on 2022", "an extra $3bn on 2021": "on" right before a year compares
    // with that year, whatever the figure measures (a date takes "in").
    if marks.contains(.changeBaseline), next + 1 < tokens.count, tokens[next + 1].year != nil,
      tokens[next + 1].clause == tokens[next].clause, endsPhrase(next + 1, in: tokens)
    {
      return next
    }
    guard measure.dimension == .share else { return nil }
    guard shareRole != .level else { return nil }
    return marks.contains(.relativeBaseline) || marks.contains(.changeBaseline) ? next : nil
  }

  /// Whether the year at `year` ends its phrase, or only a noun of comparison follows it: no
  /// other noun it would qualify follows in its clause ("an extra $3bn on 2021." and "221,000
  /// fewer on 2023 levels" compare; "$3bn on 2022 flood relief" spends).
  static func endsPhrase(_ year: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    let next = year + 1
    return next >= tokens.count || tokens[next].clause != tokens[year].clause
      || tokens[next].term == nil || tokens[next].marks.contains(.baselineNoun)
  }
}
