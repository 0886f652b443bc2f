/// "18.58 local time", "at 21.30 local time": "local time" after the digits says a clock time
/// as a zone's name does ("22.15 BST"), on the 12- or the 24-hour clock.
extension ClockTimes {
  /// Whether tokens `index` and `index + 1` are "local time".
  func isLocalTime(_ index: Int) -> Bool {
    index + 1 < recognizer.tokens.count && recognizer.isWord(index, "local")
      && recognizer.isWord(index + 1, "time")
  }
}
