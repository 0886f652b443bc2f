/// "With 92.3% of polling stations counted", "with 95% of precincts reporting": a share read in
/// such a clause says how far a count or process had got when the figure was written, not a
/// result. Two such readings with different values are two moments of one process, as plainly
/// of two periods as two years are: reports from different hours differ, and a checker has
/// nothing to dispute.
enum ProgressReading {
  /// How many words after "of" the word of progress may stand ("of polling stations counted").
  static let reach = 4
  /// How many tokens before the share's last one "with" may stand ("with about 95.1%").
  static let openingReach = 3

  /// Whether the share ending at token `last` stands after "with" and before "of", a few
  /// words and a word of progress, all in its clause.
  static func isProgress(last: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard last >= 1, last + 2 < tokens.count, tokens[last + 1].marks.contains(.of) else {
      return false
    }
    let clause = tokens[last].clause
    let opened = (max(0, last - openingReach)..<last).contains {
      tokens[$0].clause == clause && tokens[$0].marks.contains(.with)
    }
    guard opened else { return false }
    return ((last + 2)..<min(tokens.count, last + 2 + reach)).contains {
      tokens[$0].clause == clause && tokens[$0].marks.contains(.progress)
        && endsItsPhrase($0, in: tokens)
    }
  }

  /// Whether the word of progress at `index` takes no object: "of precincts reporting," is a
  /// count's progress, "of respondents reporting anxiety" a survey's result. Only words of no
  /// meaning ("on", "so far") may follow it in its clause.
  static func endsItsPhrase(_ index: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    let next = index + 1
    return next == tokens.count || tokens[next].clause != tokens[index].clause
      || tokens[next].term == nil
  }

  /// Whether one share reads a process's progress and the other does not: how far a count had
  /// got ("with 92.3% of polling stations counted") is no result of it ("won about 45%").
  static func isProgressAgainstResult(_ a: Measure, _ b: Measure) -> Bool {
    a.dimension == .share && b.dimension == .share && a.isProgress != b.isProgress
  }

  /// Whether two shares are two different readings of a process's progress.
  static func areTwoMoments(_ a: Measure, _ b: Measure, relation: PairScore.ValueRelation)
    -> Bool
  {
    a.isProgress && b.isProgress && relation == .different
  }
}
