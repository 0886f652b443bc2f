/// "Up 263,661 since the census of April 2022", "since the start of 2020", "since the 2019
/// election": a year inside the phrase "since" opens, not only right after it, says where a
/// period that runs to now starts. The figure's own period is then the story's, as after
/// "since 2022".
enum SincePhrase {
  /// How many words the phrase may hold before its year.
  static let reach = 6

  /// Whether the year at `index` ends a "since" phrase of its clause: "since" lies a few words
  /// before it with no number between.
  static func opensPeriod(year index: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    let clause = tokens[index].clause
    var position = index - 1
    while position >= 0, index - position <= reach, tokens[position].clause == clause {
      let token = tokens[position]
      if token.marks.contains(.since) { return true }
      // Another number or year between: the phrase, if any, is that one's.
      if token.marks.contains(.digits) || token.year != nil { return false }
      position -= 1
    }
    return false
  }
}
