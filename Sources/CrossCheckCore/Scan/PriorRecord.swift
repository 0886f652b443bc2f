/// "breaking the course record of 2:10:23", "well above the previous 48-hour record for East
/// London of 265 mm", "surpassing the record of 4,980", "just shy of the city's record of 112.6
/// degrees": a record that a new value broke, fell short of, or that stood before it is the
/// benchmark the sentence measures the new value against, never a second report of it. Like a
/// norm (``NormFigure``) it is compared with other statements of the record only. "Sets a
/// national heat record of 47.9C" and "hit a record 6,000 shillings" are the new value itself:
/// no word before "record" says it was passed, and the second has no "of".
enum PriorRecord {
  /// How many words may stand between "record" and the "of" before the figure ("record for
  /// East London of").
  static let phraseReach = 5
  /// How many words before "record" a word that says it was passed or stood before may stand
  /// ("just shy of the city's record", "the previous 48-hour record").
  static let cueReach = 4

  /// Whether the figure whose first token is `first` is the value of a record its clause says
  /// was passed or came before: "of" right before the figure, "record" a few words before that
  /// with no number between, and a word of passing or of earlier time shortly before "record".
  static func isPriorRecord(first: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard first >= 2, first < tokens.count, tokens[first - 1].marks.contains(.of) else {
      return false
    }
    let clause = tokens[first].clause
    var index = first - 2
    while index >= max(0, first - 1 - phraseReach), tokens[index].clause == clause {
      if tokens[index].marks.contains(.digits) { return false }
      if tokens[index].marks.contains(.recordNoun) {
        var cue = index - 1
        while cue >= max(0, index - cueReach), tokens[cue].clause == clause {
          if tokens[cue].marks.contains(.passedRecordCue) { return true }
          cue -= 1
        }
        return false
      }
      index -= 1
    }
    return false
  }
}
