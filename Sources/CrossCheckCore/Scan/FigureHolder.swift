/// Whose figure it is: the name its clause gives the figure to. "Echeverría on 32.4% and
/// Arriagada on 28.1%", "Saavedra took 17.2%", "Spain's 17 deaths", "28.6% for Arriagada": two
/// figures held by different names are different measures however alike their words, since a
/// sentence that names both candidates lends each figure the other's name too.
///
/// Read only from tight constructions (a possessor right before the figure; a name joined to
/// it by a preposition or a verb of getting; a share's "for" and a name right after it), so a
/// name merely nearby (a place, a day, an agency, a verb's object) is never taken for the
/// holder.
enum FigureHolder {
  /// The most linking words between a holder before its figure and the figure.
  static let maximumLinks = 2

  /// The holder's term (the name's last word: "Arriagada" in "Valentina Arriagada"), or nil.
  /// `first` and `last` are the figure's first and last tokens.
  static func holder(
    first: Int, last: Int, in tokens: [FigureProfiler.Token], isShare: Bool
  ) -> Int? {
    if first > 0, first < tokens.count, let before = before(first, in: tokens) {
      return before
    }
    guard isShare else { return nil }
    return after(last, in: tokens) ?? FollowersShare.holder(after: last, in: tokens)
  }

  /// "Echeverría on 32.4%", "Primero won 11", "Silesia's 169": a name, then at most
  /// ``maximumLinks`` linking words (at least one unless the name is a possessor), in the
  /// figure's clause.
  static func before(_ first: Int, in tokens: [FigureProfiler.Token]) -> Int? {
    let clause = tokens[first].clause
    var index = first - 1
    var links = 0
    while index >= 0, tokens[index].clause == clause {
      let token = tokens[index]
      if token.isName {
        // Right before the figure, a name is a possessor ("Spain's 17") or the object of a
        // verb before it ("met with Putin six times"), which holds nothing.
        guard links > 0 || token.marks.contains(.possessive),
          !token.marks.contains(.calendarName)
        else { return nil }
        return token.term
      }
      guard token.marks.contains(.holderLink), links < maximumLinks else { return nil }
      links += 1
      index -= 1
    }
    // "Tomás Echeverría, a former senator, won 32.4%": the verb opens its clause; the
    // sentence's subject is a name standing alone in its first clause, before an apposition.
    guard links > 0, index >= 0, clause > 1 else { return nil }
    let opening = tokens.prefix { $0.clause == 0 }
    guard let name = opening.last, name.isName, opening.count <= 3,
      !name.marks.contains(.calendarName)
    else { return nil }
    return name.term
  }

  /// "28.6% for Valentina Arriagada": a name right after "for", to its last word.
  static func after(_ last: Int, in tokens: [FigureProfiler.Token]) -> Int? {
    let link = last + 1
    guard last >= 0, link + 1 < tokens.count, tokens[link].marks.contains(.shareHolderLink),
      tokens[link].clause == tokens[last].clause
    else { return nil }
    var index = link + 1
    var holder: Int?
    while index < tokens.count, tokens[index].isName, tokens[index].clause == tokens[last].clause,
      !tokens[index].marks.contains(.calendarName)
    {
      holder = tokens[index].term
      index += 1
    }
    return holder
  }
}
