/// "Ruiz had 52.1% and Senator Pablo Ortiz 47.9%", "Labour won 412 seats and the
/// Conservatives 121": the second clause leaves out the verb of the first (gapping), so the
/// name right before its figure holds that figure as the first clause's name holds its own.
///
/// Read only when the names follow a conjunction (and, at most, a determiner) that comes right
/// after another figure of the sentence, and that figure has a holder of its own
/// (``FigureHolder``): a name merely before a figure ("met with Putin six times") holds nothing.
enum GappedHolder {
  /// The holder's term (the name's last word), or nil. `first` is the figure's first token;
  /// `figures` the spans of the sentence's other figures.
  static func holder(
    first: Int, in tokens: [FigureProfiler.Token], figures: [Range<Int>]
  ) -> Int? {
    guard first > 1, first < tokens.count else { return nil }
    let name = tokens[first - 1]
    guard name.isName, !name.marks.contains(.calendarName), let holder = name.term else {
      return nil
    }
    var index = first - 1
    while index >= 0, tokens[index].isName, tokens[index].clause == name.clause { index -= 1 }
    if index >= 0, tokens[index].marks.contains(.wholeDeterminer) { index -= 1 }
    guard index >= 1, tokens[index].marks.contains(.gappingConjunction) else { return nil }
    // The figure the conjunction follows, and its own holder.
    let previousEnd = tokens[index - 1].end
    guard
      let previous = figures.first(where: {
        $0.upperBound >= previousEnd && $0.lowerBound < previousEnd
      }),
      let previousFirst = tokens.firstIndex(where: { $0.end > previous.lowerBound }),
      previousFirst < index,
      FigureHolder.before(previousFirst, in: tokens) != nil
    else { return nil }
    return holder
  }
}
