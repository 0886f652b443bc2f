/// "Rovers conceded 58 league goals last season" in two reports of a transfer: figures that
/// agree and are all of a period before the story's are its background, copied from one
/// record. Two reports agreeing on them give a checker nothing to check, and the scan does not
/// offer them (agreement on the story's own figures is still offered).
enum PastAgreement {
  /// Whether a group of agreeing figures (`isAgreement`) is all of an earlier period.
  static func isBackground(_ members: [FigureProfile], isAgreement: Bool) -> Bool {
    isAgreement && !members.isEmpty && members.allSatisfy { $0.period == .earlier }
  }
}
