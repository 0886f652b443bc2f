/// "Lindqvist had won 412,000 votes (52.4 percent)", "against 371,000 (47.1 percent) for his
/// rival Marta Oyelaran": a share in brackets right after a count restates that count
/// as a share of the whole, so it is held by whoever holds the count: the name before the
/// count (``FigureHolder``), or the name "for" gives right after the bracket.
enum BracketedShare {
  /// The most words between "for" and the name it gives: a determiner and a noun ("for his
  /// rival Marta Oyelaran", "for the incumbent Joe Smith").
  static let maximumTitleWords = 2

  /// The holder's term, or nil when the share is not bracketed right after a figure of its
  /// sentence (`figures`, as scalar ranges) or no holder is read. `first` and `last` are the
  /// share's first and last tokens.
  static func holder(
    first: Int, last: Int, in tokens: [FigureProfiler.Token], figures: [Range<Int>]
  ) -> Int? {
    guard first > 0, first < tokens.count, last < tokens.count else { return nil }
    let previous = tokens[first - 1]
    // The bracket opens right after the count (or its noun): one clause break, no word.
    guard tokens[first].clause == previous.clause + 1, tokens[first].start - previous.end <= 2
    else { return nil }
    // The count ends at the word before the bracket, or one word (its noun) before it.
    guard
      let count = figures.first(where: { span in
        span.upperBound <= tokens[first].start
          && (span.upperBound >= previous.start
            || (first > 1 && span.upperBound >= tokens[first - 2].start
              && span.upperBound <= tokens[first - 2].end))
      })
    else { return nil }
    if let countFirst = tokens.firstIndex(where: { $0.end > count.lowerBound }), countFirst > 0,
      let holder = FigureHolder.before(countFirst, in: tokens)
    {
      return holder
    }
    return afterBracket(last, in: tokens)
  }

  /// "(47.1 percent) for his rival Marta Oyelaran": "for" right after the bracket closes, at
  /// most ``maximumTitleWords`` words, then a name, to its last word.
  static func afterBracket(_ last: Int, in tokens: [FigureProfiler.Token]) -> Int? {
    let link = last + 1
    guard link < tokens.count, tokens[link].clause == tokens[last].clause + 1,
      tokens[link].marks.contains(.shareHolderLink)
    else { return nil }
    let clause = tokens[link].clause
    var index = link + 1
    var skipped = 0
    while index < tokens.count, tokens[index].clause == clause, !tokens[index].isName,
      skipped < maximumTitleWords
    {
      skipped += 1
      index += 1
    }
    var holder: Int?
    while index < tokens.count, tokens[index].isName, tokens[index].clause == clause,
      !tokens[index].marks.contains(.calendarName)
    {
      holder = tokens[index].term
      index += 1
    }
    return holder
  }
}
