/// A clock time as written ("10:47 p.m.", "6 a.m.", "21:30 GMT", "1447 GMT", "2.30pm"), or a
/// bare time-zone offset ("UTC-3", which has no time).
struct ClockTime {
  /// Token span (inclusive) of the time with its a.m./p.m. marker and zone.
  var firstToken: Int
  var lastToken: Int
  /// On the 24-hour clock, "21:45"; nil for a zone offset alone.
  var normalized: String?
  /// The zone as written ("GMT", "CEST", "UTC-3").
  var zone: String?
}

/// Finds clock times in a line's tokens, before numbers are read: their digits are never counts.
struct ClockTimes {
  let recognizer: FigureRecognizer
  /// Off only in tests, which compare the screen of the word after the digits with the full
  /// reading.
  var screensWords = true
  private var tokens: [Token] { recognizer.tokens }

  func find() -> [ClockTime] {
    var found: [ClockTime] = []
    var index = 0
    // Only digits start a time or end a zone offset: words are passed over at once.
    while index < tokens.count {
      if tokens[index].kind == .number,
        let time = offset(endingAt: index) ?? time(at: index) ?? paddedDottedTime(at: index)
      {
        found.append(time)
        index = time.lastToken + 1
      } else {
        index += 1
      }
    }
    return found
  }

  /// "UTC-3", "GMT+5:30": a zone and its offset, found from the offset's digits.
  private func offset(endingAt digits: Int) -> ClockTime? {
    let index = digits - 2
    guard index >= 0, tokens[index].kind == .word, tokens[index].isCapitalized,
      !tokens[index + 1].spaceBefore,
      tokens[index + 1].scalar == 0x2D || tokens[index + 1].scalar == 0x2B
        || tokens[index + 1].scalar == 0x2212,
      !tokens[digits].spaceBefore, isZone(index)
    else { return nil }
    var last = digits
    if isGlued(last + 1), tokens[last + 1].scalar == 0x3A, isGlued(last + 2),
      tokens[last + 2].kind == .number
    {
      last += 2  // "GMT+5:30"
    }
    return ClockTime(
      firstToken: index, lastToken: last, normalized: nil,
      zone: recognizer.text(tokens[index].start, tokens[last].end))
  }

  private func time(at index: Int) -> ClockTime? {
    let token = tokens[index]
    guard token.kind == .number, token.scalar == 0, token.end - token.start <= 7 else { return nil }
    // Most numbers are followed by a longer word ("1,500 employees"): no time, no String made.
    let next = index + 1
    guard
      token.hasSuffix
        || (next < tokens.count
          && ((tokens[next].scalar == 0x3A && !tokens[next].spaceBefore)
            || (tokens[next].kind == .word && tokens[next].end - tokens[next].start <= 5)))
    else { return nil }
    if index > 0, !token.spaceBefore, tokens[index - 1].kind == .number { return nil }
    // Without a glued colon or a glued "am"/"pm", only a marker or a zone after the digits makes
    // a time ("6 a.m.", "1447 GMT"). Most words after a number are told from both by their
    // length and first letters, and no String is made for them.
    if screensWords, !isGluedColon(next), !mayBeMeridiem(token),
      !(next < tokens.count && tokens[next].kind == .word
        && Self.markerAndZoneShapes.admits(
          recognizer.bytes, tokens[next].start, tokens[next].end))
    {
      return nil
    }
    let digits = recognizer.text(token.start, token.suffixStart)
    let suffix = recognizer.parser.lowercased(token.suffixStart, token.end)
    var hour: Int
    var minute = 0
    var last = index
    var hasMinutes = false
    if let colon = colonMinutes(after: index, digits: digits, suffix: suffix) {
      // "10:47", "09:12"
      (hour, minute, last) = colon
      hasMinutes = true
    } else if let (h, m) = dottedTime(token) {
      // "8.30 am", "2.30pm": only with a marker, or it is a decimal number.
      hour = h
      minute = m
      hasMinutes = true
      // ("09.12 GMT", and on the 24-hour clock "22.15 BST": a zone after it says so too.)
      guard
        (h <= 12 && (suffix == "am" || suffix == "pm" || marker(at: index + 1) != nil))
          || isZone(index + 1) && (h <= 12 || !isAmbiguousZone(index + 1))
      else { return nil }
    } else if digits.count <= 2, suffix.isEmpty || suffix == "am" || suffix == "pm",
      let value = Int(digits)
    {
      hour = value
    } else if digits.count == 4, suffix.isEmpty, let value = Int(digits), isZone(index + 1),
      value / 100 < 24, value % 100 < 60
    {
      // "1447 GMT", "2100 GMT": military style, only with a zone.
      hour = value / 100
      minute = value % 100
      hasMinutes = true
    } else {
      return nil
    }
    var meridiem: String? = suffix == "am" || suffix == "pm" ? suffix : nil
    if meridiem == nil, let (word, end) = marker(at: last + 1) {
      meridiem = word
      last = end
    }
    // "at 9 local time": a bare hour is a time when "local time" names its clock.
    guard meridiem != nil || hasMinutes || isLocalTime(last + 1) else { return nil }
    // "No. 0:27-cv-03158": a docket number's first part.
    guard !recognizer.isDocketNumber(endingAt: last) else { return nil }
    if let meridiem {
      guard (1...12).contains(hour) else { return nil }
      if meridiem == "pm" && hour != 12 { hour += 12 }
      if meridiem == "am" && hour == 12 { hour = 0 }
    }
    guard hour <= 24, minute < 60 else { return nil }
    var zone: String?
    if isZone(last + 1) {
      let zoneEnd = isLocalTime(last + 1) ? last + 2 : last + 1
      zone = recognizer.text(tokens[last + 1].start, tokens[zoneEnd].end)
      last = zoneEnd
    }
    return ClockTime(
      firstToken: index, lastToken: last, normalized: Self.clock(hour, minute), zone: zone)
  }

  /// "10:47": one or two digits, a glued colon, exactly two glued digits.
  private func colonMinutes(after index: Int, digits: String, suffix: String) -> (Int, Int, Int)? {
    guard suffix.isEmpty, digits.count <= 2, let hour = Int(digits), isGlued(index + 1),
      tokens[index + 1].scalar == 0x3A, isGlued(index + 2), tokens[index + 2].kind == .number
    else { return nil }
    let minutes = tokens[index + 2]
    let text = recognizer.text(minutes.start, minutes.suffixStart)
    guard text.count == 2, let minute = Int(text) else { return nil }
    // "11:30", not "2:1" or "1:50,000"; a glued "pm" counts as the marker ("9:59pm").
    let glued = recognizer.text(minutes.suffixStart, minutes.end).lowercased()
    guard glued.isEmpty || glued == "am" || glued == "pm" else { return nil }
    if !glued.isEmpty {
      var hour = hour
      if glued == "pm" && hour < 12 { hour += 12 }
      if glued == "am" && hour == 12 { hour = 0 }
      return (hour, minute, index + 2)
    }
    return (hour, minute, index + 2)
  }

  /// "21:45": an hour and a minute on the 24-hour clock, as a time's normalized text.
  private static func clock(_ hour: Int, _ minute: Int) -> String {
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return two(hour) + ":" + two(minute)
  }

  /// "Trains left at 08.00", "around 09.30": two digits for the hour with a leading zero, a
  /// dot and two for the minutes, on the 24-hour clock of British and European copy. No
  /// decimal number is written with a leading zero before two digits; the time needs no
  /// marker or zone. (Without the zero, "at 16.31" is as often a price.)
  private func paddedDottedTime(at index: Int) -> ClockTime? {
    let token = tokens[index]
    guard token.suffixStart == token.end, token.suffixStart - token.start == 5,
      recognizer.bytes[token.start] == 0x30, let (hour, minute) = dottedTime(token),
      minute < 60
    else { return nil }
    // Not a part of a longer number ("08.00.12", "1 08.00").
    if index > 0, !token.spaceBefore, tokens[index - 1].kind != .word { return nil }
    let next = index + 1
    if next < tokens.count, !tokens[next].spaceBefore, tokens[next].kind == .number {
      return nil
    }
    return ClockTime(
      firstToken: index, lastToken: index, normalized: Self.clock(hour, minute), zone: nil)
  }

  /// "8.30", "12.05", "22.15": one or two digits, a dot, two digits, read from the token's bytes.
  private func dottedTime(_ token: Token) -> (Int, Int)? {
    let bytes = recognizer.bytes
    let length = token.suffixStart - token.start
    guard length == 4 || length == 5, bytes[token.suffixStart - 3] == 0x2E else { return nil }
    var hour = 0
    var minute = 0
    for index in token.start..<token.suffixStart where index != token.suffixStart - 3 {
      let digit = bytes[index] &- 0x30
      guard digit < 10 else { return nil }
      if index < token.suffixStart - 3 {
        hour = hour * 10 + Int(digit)
      } else {
        minute = minute * 10 + Int(digit)
      }
    }
    guard hour <= 23 else { return nil }
    return (hour, minute)
  }

  /// "a.m.", "p.m.", "am", "pm", "AM": the marker word (and its closing dot) at `index`.
  private func marker(at index: Int) -> (String, Int)? {
    guard index < tokens.count, tokens[index].kind == .word else { return nil }
    let word = recognizer.lower(index)
    guard let meridiem = Vocabulary.meridiemMarkers[word] else { return nil }
    if word.contains("."), isGlued(index + 1), tokens[index + 1].scalar == 0x2E,
      !endsSentenceAfter(index + 1)
    {
      return (meridiem, index + 1)
    }
    return (meridiem, index)
  }

  /// A dot that also ends the sentence ("at 10 p.m. The …") stays with the sentence.
  private func endsSentenceAfter(_ index: Int) -> Bool {
    index + 1 >= tokens.count
  }

  private func isZone(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    if isLocalTime(index) { return true }
    let token = tokens[index]
    let text = recognizer.text(token.start, token.end)
    return Vocabulary.timeZones.contains(text)
  }

  /// A zone that is also a unit ("19.45 MT" of coal is million tonnes): on the 24-hour clock
  /// it does not make a decimal number a time.
  private func isAmbiguousZone(_ index: Int) -> Bool {
    let token = tokens[index]
    return Vocabulary.unitLikeTimeZones.contains(recognizer.text(token.start, token.end))
  }

  private func isGluedColon(_ index: Int) -> Bool {
    isGlued(index) && tokens[index].scalar == 0x3A
  }

  /// Whether the letters glued to the digits may be "am" or "pm" in any case (letters outside
  /// ASCII are left to the full reading).
  private func mayBeMeridiem(_ token: Token) -> Bool {
    let bytes = recognizer.bytes
    guard token.end - token.suffixStart == 2 else {
      return (token.suffixStart..<token.end).contains { bytes[$0] >= 0x80 }
    }
    let first = bytes[token.suffixStart]
    let second = bytes[token.suffixStart + 1]
    if first >= 0x80 || second >= 0x80 { return true }
    return (first | 0x20 == 0x61 || first | 0x20 == 0x70) && second | 0x20 == 0x6D
  }

  /// The shapes of ``Vocabulary/meridiemMarkers`` (in any case, as they are looked up
  /// lower-cased) and ``Vocabulary/timeZones`` (as written).
  private static let markerAndZoneShapes: WordShapes = {
    var shapes = WordShapes()
    for marker in Vocabulary.meridiemMarkers.keys { shapes.add(marker, anyCase: true) }
    for zone in Vocabulary.timeZones { shapes.add(zone, anyCase: false) }
    shapes.add("local", anyCase: false)
    return shapes
  }()

  /// What a short list of ASCII words allows of a word: its length and its first two bytes. A
  /// word outside ASCII is always admitted, for the lookup itself to decide.
  private struct WordShapes {
    var longest = 0
    var firstBytes = [Bool](repeating: false, count: 128)
    var secondBytes = [Bool](repeating: false, count: 128)
    var hasOneByteWord = false
    /// A listed word outside ASCII: every word is admitted.
    var admitsAll = false

    mutating func add(_ word: String, anyCase: Bool) {
      let bytes = Array(word.utf8)
      guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else {
        admitsAll = true
        return
      }
      longest = max(longest, bytes.count)
      for (position, byte) in bytes.prefix(2).enumerated() {
        let forms =
          anyCase && byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
          ? [byte | 0x20, byte & ~0x20] : [byte]
        for form in forms {
          if position == 0 { firstBytes[Int(form)] = true } else { secondBytes[Int(form)] = true }
        }
      }
      if bytes.count == 1 { hasOneByteWord = true }
    }

    func admits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
      if admitsAll || (start..<end).contains(where: { bytes[$0] >= 0x80 }) { return true }
      let length = end - start
      guard length > 0, length <= longest, firstBytes[Int(bytes[start])] else { return false }
      return length == 1 ? hasOneByteWord : secondBytes[Int(bytes[start + 1])]
    }
  }

  private func isGlued(_ index: Int) -> Bool {
    index < tokens.count && !tokens[index].spaceBefore
  }
}
