/// "left the station at 16.53 hours", "at 1430 hours", "0630 hours": police, military, railway
/// and South Asian official styles write a time of day as hours and minutes before "hours";
/// it is a clock time, not a spell of hours.
extension FigureRecognizer {
  /// Whether the mention is a time of day written before "hours".
  func isHoursClockTime(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first == mention.lastToken, tokens[first].kind == .number, !tokens[first].hasSuffix,
      isWord(first + 1, in: Vocabulary.clockHoursWords)
    else { return false }
    let digits = Array(text(tokens[first].start, tokens[first].end).utf8)
    let afterTimePreposition = isWord(first - 1, in: Vocabulary.clockTimePrepositions)
    switch digits.count {
    // "at 1430 hours" ("after 2000 hours of flying" is a spell); "0630 hours" anywhere.
    case 4 where digits.allSatisfy(Self.isDigit):
      guard isWord(first - 1, "at") || digits[0] == UInt8(ascii: "0") else { return false }
      return Self.isClock(hours: digits[0...1], minutes: digits[2...3])
    // "16.53 hours" after "at".
    case 5 where digits[2] == UInt8(ascii: ".") || digits[2] == UInt8(ascii: ":"):
      return afterTimePreposition
        && Self.isClock(hours: digits[0...1], minutes: digits[3...4])
    default: return false
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  /// Whether two pairs of digits are an hour of the day and a minute.
  private static func isClock(hours: ArraySlice<UInt8>, minutes: ArraySlice<UInt8>) -> Bool {
    guard (hours + minutes).allSatisfy(isDigit) else { return false }
    let hour = Int(hours.first! - 0x30) * 10 + Int(hours.last! - 0x30)
    let minute = Int(minutes.first! - 0x30) * 10 + Int(minutes.last! - 0x30)
    return hour < 24 && minute < 60
  }
}
