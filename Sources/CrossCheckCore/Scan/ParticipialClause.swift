/// "A magnitude 5.7 earthquake struck the region in 2012, killing 80 people": a clause a
/// present participle opens after a comma hangs on the clause before it and tells of the same
/// event, so that clause's period is its figure's too, though the clause has a figure of its
/// own (the 80 died in 2012, like the quake). A clause that itself opens with a participle
/// ("founded in 1990, employing 500 people") is no event of its own, and gives no period.
enum ParticipialClause {
  /// The clause that the clause of the figure whose first token is `first` hangs on, when a
  /// present participle before the figure opens that clause; nil otherwise.
  static func head(first: Int, in tokens: [FigureProfiler.Token]) -> Int? {
    guard first > 0, first < tokens.count else { return nil }
    let clause = tokens[first].clause
    guard clause > 0 else { return nil }
    var opener = first
    while opener > 0, tokens[opener - 1].clause == clause { opener -= 1 }
    guard opener < first, opener > 0, tokens[opener].marks.contains(.presentParticiple),
      !tokens[opener].isName
    else { return nil }
    var headOpener = opener - 1
    // The clause right before, with no break standing alone between (", 2012, killing").
    guard tokens[headOpener].clause == clause - 1 else { return nil }
    while headOpener > 0, tokens[headOpener - 1].clause == clause - 1 { headOpener -= 1 }
    // A name may end in "-ed" ("United Airlines cut…"): it opens no participle clause.
    let headFirst = tokens[headOpener].marks
    guard
      tokens[headOpener].isName
        || (!headFirst.contains(.participle) && !headFirst.contains(.presentParticiple))
    else {
      return nil
    }
    return clause - 1
  }
}
