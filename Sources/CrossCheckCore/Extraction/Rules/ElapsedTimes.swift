import Foundation

/// A time taken written as hours, minutes and seconds: "won in 2:02:40", "a 1:59:40 marathon".
/// A duration in seconds, not the clock time 02:02 and a count of 40. A clock time to the second
/// comes after "at" or "until" ("at 10:31:05"), or carries a marker or a zone, and stays one.
extension FigureRecognizer {
  /// Words before a clock time read to the second.
  private static let clockPrepositions: Set<String> = [
    "at", "around", "until", "till", "from", "since", "by", "before", "after",
  ]

  /// The durations among `times` (each read as hours and minutes), taken out of the clock times:
  /// each is stretched over its seconds, so that they are read as no count, and loses its
  /// clock reading.
  func takeElapsedTimes(_ times: inout [ClockTime]) -> [FigureDraft] {
    var durations: [FigureDraft] = []
    for index in times.indices {
      let hours = times[index].firstToken
      let minutes = hours + 2
      let colon = minutes + 1
      let seconds = colon + 1
      // Cheapest first: hours, colon, minutes and nothing more, then a glued colon.
      guard times[index].lastToken == minutes, times[index].zone == nil,
        seconds < tokens.count, isSymbol(colon, 0x3A), !tokens[colon].spaceBefore,
        !tokens[seconds].spaceBefore, tokens[seconds].kind == .number, !tokens[seconds].hasSuffix,
        tokens[seconds].end - tokens[seconds].start == 2,
        !(seconds + 1 < tokens.count && isSymbol(seconds + 1, 0x3A)
          && !tokens[seconds + 1].spaceBefore),
        !isWord(hours - 1, in: Self.clockPrepositions), !isClockWord(seconds + 1),
        let hour = parser.digitValue(tokens[hours]),
        let minute = parser.digitValue(tokens[minutes]),
        let second = parser.digitValue(tokens[seconds]), second < 60
      else { continue }
      var draft = FigureDraft(
        start: tokens[hours].start, end: tokens[seconds].end, firstToken: hours,
        lastToken: seconds)
      draft.kind = .duration
      draft.unit = "second"
      draft.value = hour * 3600 + minute * 60 + second
      draft.nounTokens = nounPhrase(after: seconds)
      durations.append(draft)
      times[index].lastToken = seconds
      times[index].normalized = nil
    }
    return durations
  }

  /// A meridiem marker or a time zone at token `index`.
  private func isClockWord(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = text(tokens[index].start, tokens[index].end)
    return Vocabulary.meridiemMarkers[word.lowercased()] != nil
      || Vocabulary.timeZones.contains(word)
  }
}
