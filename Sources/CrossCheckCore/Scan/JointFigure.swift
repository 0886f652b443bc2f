/// "Echeverría and the other two right-wing candidates together won about 45% of the vote", "a
/// combined 45%": a figure several holders share is their sum, not any one holder's figure.
/// Against a figure its clause gives to one name (``FigureHolder``, "28.6% for Arriagada") it
/// is a whole against a part: held by others, as two candidates' shares are.
enum JointFigure {
  /// How many words before the figure a joint word may stand ("together won about 45%").
  static let reach = 3

  /// Whether the clause marks the figure whose tokens run from `first` to `last` as several
  /// holders' together: a joint word just before it, or right after it ("45% combined").
  static func isJoint(first: Int, last: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard first <= last, last < tokens.count else { return false }
    let clause = tokens[first].clause
    for index in max(0, first - reach)..<first
    where tokens[index].clause == clause && tokens[index].marks.contains(.joint) {
      return true
    }
    return last + 1 < tokens.count && tokens[last + 1].clause == clause
      && tokens[last + 1].marks.contains(.joint)
  }

  /// Whether one figure is several holders' together and the other one name's own.
  static func isOneHoldersPart(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard a.measure.isJoint != b.measure.isJoint else { return false }
    return (a.measure.isJoint ? b.holder : a.holder) != nil
  }
}
