/// "One in three Saavedra voters", "40% of Labour members", "half of Celtic fans": a share of
/// the people a name gathers is a share of that name's following, held by the name as its vote
/// share is. Against another name's share ("Echeverría won 32.4%") it is a different measure,
/// however alike the clauses (both speak of winning and voters).
enum FollowersShare {
  /// The name (its last word's term) between a share and a noun of people right after it,
  /// with at most an "of" before the name; nil when the share is followed otherwise.
  static func holder(after last: Int, in tokens: [FigureProfiler.Token]) -> Int? {
    guard last >= 0, last < tokens.count else { return nil }
    let clause = tokens[last].clause
    var index = last + 1
    if index < tokens.count, tokens[index].marks.contains(.of) { index += 1 }
    var name: Int?
    while index < tokens.count, tokens[index].clause == clause, tokens[index].isName,
      !tokens[index].marks.contains(.calendarName)
    {
      name = tokens[index].term
      index += 1
    }
    guard let name, index < tokens.count, tokens[index].clause == clause,
      tokens[index].marks.contains(.personNoun)
    else { return nil }
    return name
  }
}
