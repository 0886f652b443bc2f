/// "the 9 o'clock news", "at six o'clock": an hour named with "o'clock" is a time of day, never
/// a count of anything.
extension FigureRecognizer {
  /// Whether the mention is an hour before "o'clock".
  func isOClockHour(_ mention: NumberMention) -> Bool {
    let next = mention.lastToken + 1
    return isWord(next, "o'clock") || isWord(next, "o’clock")
  }
}
