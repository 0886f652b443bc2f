/// "the first since 1989", "the first statewide strike in more than a decade", "the first such
/// ruling for 30 years": a "first" followed, within its clause, by the span of time it is the
/// first in is a record claim a reader can check on its own, not a place in a series that the
/// article must count with other ordinals.
extension FigureRecognizer {
  /// How many tokens after "first" the span of time may start.
  static let recordReach = 8

  func isRecordFirst(after last: Int) -> Bool {
    let end = min(tokens.count, last + 1 + Self.recordReach)
    var index = last + 1
    while index < end {
      // The claim ends with its clause ("the first day, in 2020 …" is a day).
      if tokens[index].kind != .word, Self.recordClauseEnds.contains(tokens[index].scalar) {
        return false
      }
      if isWord(index, "since") { return true }
      if isWord(index, in: Self.recordSpanOpeners) {
        let spanEnd = min(tokens.count, index + 5)
        for ahead in (index + 1)..<spanEnd where isWord(ahead, in: Vocabulary.recordSpans) {
          return true
        }
      }
      index += 1
    }
    return false
  }

  /// "in more than a decade", "for 30 years".
  private static let recordSpanOpeners = ["in", "for"]
  /// . , ; : ! ? ( )
  private static let recordClauseEnds: Set<UInt32> = [
    0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29,
  ]
}
