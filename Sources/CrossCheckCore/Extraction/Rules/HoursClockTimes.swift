/// "left the station at 16.53 hours", "at 1430 hours", "until 1700 hours.", "0630 hours":
/// police, military, railway and South Asian official styles write a time of day as hours and
/// minutes before "hours"; it is a clock time, not a spell of hours. A spell reads the same
/// after "after" ("after 10.30 hours of talks"), before "of" ("at 2000 hours of use") and, in
/// round hundreds, before the rest of a clause ("inspected at 1200 hours under the rules").
extension FigureRecognizer {
  /// Whether the mention is a time of day written before "hours".
  func isHoursClockTime(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let unit = first + 1
    guard first == mention.lastToken, tokens[first].kind == .number, !tokens[first].hasSuffix,
      isWord(unit, in: Vocabulary.clockHoursWords), !isWord(unit + 1, "of")
    else { return false }
    let digits = Array(text(tokens[first].start, tokens[first].end).utf8)
    let clock: (hours: ArraySlice<UInt8>, minutes: ArraySlice<UInt8>)
    switch digits.count {
    case 4 where digits.allSatisfy(Tokenizer.isDigit): clock = (digits[0...1], digits[2...3])
    case 5 where digits[2] == UInt8(ascii: ".") || digits[2] == UInt8(ascii: ":"):
      clock = (digits[0...1], digits[3...4])
    default: return false
    }
    guard Self.isClock(hours: clock.hours, minutes: clock.minutes) else { return false }
    // "0630 hours" is a time anywhere.
    if digits.count == 4, digits[0] == UInt8(ascii: "0") { return true }
    guard isWord(first - 1, in: Vocabulary.clockTimePrepositions) else { return false }
    // "from 10.20 hours to 12.40 hours" of waiting: hours and hundredths read as a spell there.
    if digits.count == 5, isWord(first - 1, "from") || isWord(first - 1, "to") { return false }
    // "at 1430 hours": minutes past the hour; a round hour only before the clause's end or a
    // word of time ("at 1800 hours.", "at 1800 hours on Monday").
    let next = unit + 1
    return !clock.minutes.allSatisfy({ $0 == UInt8(ascii: "0") }) || next >= tokens.count
      || tokens[next].kind == .punctuation || isWord(next, in: Vocabulary.clockFollowers)
  }

  /// Whether two pairs of digits are an hour of the day and a minute.
  private static func isClock(hours: ArraySlice<UInt8>, minutes: ArraySlice<UInt8>) -> Bool {
    guard (hours + minutes).allSatisfy(Tokenizer.isDigit) else { return false }
    let hour = Int(hours.first! - 0x30) * 10 + Int(hours.last! - 0x30)
    let minute = Int(minutes.first! - 0x30) * 10 + Int(minutes.last! - 0x30)
    return hour < 24 && minute < 60
  }
}
