/// "Net income was $292 million, compared with a loss of $17 million a year earlier", "prices
/// rose 14.2 per cent in March compared to 13.9 per cent in February", "wages rose 5 per cent,
/// following an increase of 4.9 per cent in August": a sentence that sets a figure against a
/// value it is compared with, and names the earlier time of that value, states one measure at
/// two periods. A checker checks such a series (each value against other reports of its
/// period), so the pair is offered, however far apart the values are, after the groups the
/// scan's scores make (it takes no figure from them), as one article's figures rank, and not
/// taken for a sentence's parts side by side. A comparison that names no time compares other
/// things ("1.1% on one drug, compared with 1.6% on the other"); a forecast, a target or an
/// expectation is no earlier reading, and figures given to different holders are theirs.
/// A change told from its start ("up from 6.1 per cent", "to 22.8% from 23.4%") is left to
/// the scan's other rules: the sentence itself reports the change, and a checker has the
/// change's two ends in one place.
enum StatedBaseline {
  /// How alike a figure and the value its sentence compares it with are taken to be.
  static let sameness = 0.5

  /// How many words may stand between the opener and the value ("compared with a loss of").
  static let reach = 6

  /// How many words after the earlier value may name its time ("compared with $417 million,
  /// or 53 cents a share, a year earlier").
  static let timeReach = 12

  /// The widest ratio a change from a stated baseline may span (a loss of $17 million a year
  /// earlier against $292 million now): beyond it the nearer figure is some other quantity.
  static let widestRatio = 25.0

  /// Marks one source's figures set against an earlier value in their sentence, and that value
  /// (``FigureProfile/comparedStart``: where the later figure starts, the same for both).
  static func assign(_ profiles: inout [FigureProfile], in scalars: [Unicode.Scalar]) {
    guard profiles.count >= 2 else { return }
    for index in profiles.indices {
      let figure = profiles[index].figure
      guard isComparedValue(figure, in: scalars),
        let time = namedTime(of: profiles[index], in: scalars),
        !isForAnotherHolder(figure, in: scalars),
        let partner = partner(of: index, in: profiles),
        isSeries(profiles[partner], profiles[index]),
        !sharesTime(time, profiles[partner], profiles[index], in: scalars)
      else { continue }
      let key = profiles[partner].figure.start
      profiles[index].comparedStart = key
      profiles[partner].comparedStart = key
    }
  }

  /// `groups` (in the grouper's order, best first) with each linked pair no group holds
  /// whole, as a pair of one article, in its place in that order.
  static func adding(
    to groups: [SuggestionGrouper.Group], profiles: [FigureProfile]
  ) -> [SuggestionGrouper.Group] {
    var partners: [Int: Int] = [:]
    var pairs: [(Int, Int)] = []
    for (index, profile) in profiles.enumerated() {
      guard let start = profile.comparedStart else { continue }
      let key = profile.source << 32 | start
      if let other = partners[key] { pairs.append((other, index)) } else { partners[key] = index }
    }
    guard !pairs.isEmpty else { return groups }
    // Looked up from each group's few members: never every pair against every group.
    var partnerOf: [Int: Int] = [:]
    for (a, b) in pairs { partnerOf[a] = b }
    var together = Set<Int>()
    for group in groups {
      for member in group.members {
        if let partner = partnerOf[member], group.members.contains(partner) {
          together.insert(member)
        }
      }
    }
    let worth =
      SuggestionGrouper.worth(PairScore(sameness: sameness, relation: .different)) * 0.9
      * SuggestionGrouper.sourcesFactor(1)
    var result = groups
    for (a, b) in pairs where !together.contains(a) {
      result.append(SuggestionGrouper.Group(members: [a, b], worth: worth))
    }
    return result.sorted {
      $0.worth != $1.worth ? $0.worth > $1.worth : $0.members.lexicographicallyPrecedes($1.members)
    }
  }

  /// Whether two figures of one source are a figure and the earlier value it is set against.
  @inline(__always)
  static func areLinked(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard let x = a.comparedStart, let y = b.comparedStart else { return false }
    return x == y && a.source == b.source
  }

  /// Whether every two of `members` are linked so: one measure at two periods.
  static func linksAll(_ members: [FigureProfile]) -> Bool {
    guard let first = members.first, first.comparedStart != nil else { return false }
    return members.allSatisfy { areLinked($0, first) }
  }

  /// Whether a comparing opener stands right before `figure`: "compared with", "compared to",
  /// "following", each maybe with the noun phrase the value is given in ("compared with a
  /// loss of", "following an increase of").
  static func isComparedValue(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
    // Most figures have no opener near: they are left without building a word.
    guard hasOpenerWord(before: figure.start, from: figure.sentenceStart, in: scalars) else {
      return false
    }
    var words = wordsBefore(figure.start, from: figure.sentenceStart, in: scalars)
    if words.last == "of" {
      words.removeLast()
      if let noun = words.last, !ScanVocabulary.baselineFillers.contains(noun) {
        words.removeLast()
      }
    }
    while let last = words.last, ScanVocabulary.baselineFillers.contains(last) {
      words.removeLast()
    }
    guard let last = words.last else { return false }
    if ScanVocabulary.sequenceOpeners.contains(last) { return true }
    return ScanVocabulary.comparingParticles.contains(last) && words.count >= 2
      && ScanVocabulary.comparingVerbs.contains(words[words.count - 2])
  }

  /// The openers' verbs and prepositions as lowercase letters (``ScanVocabulary``).
  static let openerWords: [[UInt32]] = ScanVocabulary.comparingVerbs
    .union(ScanVocabulary.sequenceOpeners).sorted().map { $0.unicodeScalars.map(\.value) }

  /// The letters ``openerWords`` open with, as bits from "a".
  static let openerInitials: UInt32 = openerWords.reduce(0) { $0 | 1 << ($1[0] &- 0x61) }

  /// How many scalars before a figure an opener's verb may start ("compared with a loss of ").
  static let openerSpan = 48

  /// Whether one of ``openerWords`` is written in the scalars right before `start`, back to a
  /// number, a clause break or ``openerSpan``: a cheap test before the words are read.
  static func hasOpenerWord(
    before start: Int, from sentenceStart: Int, in scalars: [Unicode.Scalar]
  ) -> Bool {
    var low = start
    let lowest = max(0, sentenceStart, start - openerSpan)
    while low > lowest {
      let scalar = scalars[low - 1]
      if FigureProfiler.isDigit(scalar) || FigureProfiler.isClauseBreak(scalar) { break }
      low -= 1
    }
    guard start - low >= 4 else { return false }
    let (words, initials) = (openerWords, openerInitials)
    for position in low..<start {
      // ASCII letters compared without case; most letters open no opener word.
      let first = scalars[position].value | 0x20
      let letter = first &- 0x61
      guard letter < 26, initials & (1 << letter) != 0 else { continue }
      for word in words where word[0] == first && position + word.count <= start {
        var matches = true
        for offset in 1..<word.count where scalars[position + offset].value | 0x20 != word[offset] {
          matches = false
          break
        }
        if matches { return true }
      }
    }
    return false
  }

  /// The earlier value's time, when it is named: its clause places it before the story (an
  /// empty word), or a word of an earlier time, a month or day, or a year follows it in its
  /// sentence ("a year earlier", "in August", "last January", "in December 2019"): that word.
  static func namedTime(of profile: FigureProfile, in scalars: [Unicode.Scalar]) -> String? {
    if profile.period == .earlier || !profile.years.isEmpty { return "" }
    var index = profile.figure.end
    let limit = min(profile.figure.sentenceEnd, scalars.count)
    var words = 0
    while index < limit, words < timeReach {
      let start = index
      if FigureProfiler.isAlphabetic(scalars[index]) {
        while index < limit, FigureProfiler.isAlphabetic(scalars[index]) { index += 1 }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[start..<index])
        let lower = word.lowercased()
        if ScanVocabulary.pastMarkers.contains(lower)
          || ScanVocabulary.calendarNames.contains(lower) || lower == "last"
        {
          return lower
        }
        words += 1
      } else if FigureProfiler.isDigit(scalars[index]) {
        while index < limit, FigureProfiler.isDigit(scalars[index]) { index += 1 }
        var digits = ""
        digits.unicodeScalars.append(contentsOf: scalars[start..<index])
        if digits.count == 4, let year = Int(digits), ScanVocabulary.yearRange.contains(year) {
          return digits
        }
        words += 1
      } else {
        index += 1
      }
    }
    return nil
  }

  /// Whether the compared value is given to another holder right after it ("compared with
  /// 13.10 pounds for women", "67 percent for the rival shot"): a gap between two holders, not
  /// one measure at two periods. "For" before a period ("for the same period a year ago",
  /// "for the first quarter") names a time and is no holder.
  static func isForAnotherHolder(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
    let words = wordsAfter(figure.end, to: figure.sentenceEnd, count: 5, in: scalars)
    guard words.first == "for" else { return false }
    for word in words.dropFirst() where !ScanVocabulary.baselineFillers.contains(word) {
      if ScanVocabulary.periodNouns.contains(word) || ScanVocabulary.calendarNames.contains(word)
        || ScanVocabulary.periodQualifiers.contains(word) || word.allSatisfy(\.isNumber)
      {
        return false
      }
      return true
    }
    return false
  }

  /// Whether the later figure's own words name the same time as the earlier value's (two
  /// figures "last year" or "in the 2021 trial"): then the sentence compares two things at one
  /// time, not one thing at two.
  static func sharesTime(
    _ time: String, _ later: FigureProfile, _ earlier: FigureProfile,
    in scalars: [Unicode.Scalar]
  ) -> Bool {
    guard !time.isEmpty else {
      return !later.years.isEmpty && later.years == earlier.years
    }
    let from = later.figure.end
    let to = min(earlier.figure.start, scalars.count)
    guard from < to else { return false }
    return wordsAfter(from, to: to, count: to - from, in: scalars).contains(time)
  }

  /// Whether a scalar belongs to a word of ``wordsAfter(_:to:count:in:)``: a letter or a digit.
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    FigureProfiler.isAlphabetic(scalar) || FigureProfiler.isDigit(scalar)
  }

  /// Up to `count` lowercased words (letters or digits) from `start` to `end`.
  static func wordsAfter(_ start: Int, to end: Int, count: Int, in scalars: [Unicode.Scalar])
    -> [String]
  {
    var words: [String] = []
    var index = start
    let limit = min(end, scalars.count)
    while index < limit, words.count < count {
      guard isWordScalar(scalars[index]) else {
        index += 1
        continue
      }
      let first = index
      while index < limit, isWordScalar(scalars[index]) { index += 1 }
      var word = ""
      word.unicodeScalars.append(contentsOf: scalars[first..<index])
      words.append(word.lowercased())
    }
    return words
  }

  /// The figure the value at `index` is compared with: the nearest figure of its dimension
  /// before it in its sentence, within ``widestRatio`` of it, that restates no other.
  static func partner(of index: Int, in profiles: [FigureProfile]) -> Int? {
    let figure = profiles[index].figure
    var candidate = index - 1
    while candidate >= 0, profiles[candidate].figure.sentenceStart == figure.sentenceStart {
      let other = profiles[candidate]
      let restatesAnother = other.restatement.map { $0 != other.figure.start } ?? false
      if !restatesAnother, other.measure.dimension == profiles[index].measure.dimension,
        let (x, y) = Measure.magnitudes(other.measure, profiles[index].measure), x > 0, y > 0,
        max(x, y) / min(x, y) <= widestRatio
      {
        return candidate
      }
      candidate -= 1
    }
    return nil
  }

  /// Whether the two can be one measure at two periods: comparable, of different values, none
  /// of a later period (a forecast, a target), not given to different holders, and counting
  /// one noun.
  static func isSeries(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard a.measure.isComparable(with: b.measure), a.measure.dimension != .tally,
      a.period != .later, b.period != .later,
      let (x, y) = Measure.magnitudes(a.measure, b.measure), x != y,
      !PairScore.isHeldByOthers(a, b)
    else { return false }
    if let x = a.countedNoun, let y = b.countedNoun, x != y { return false }
    return true
  }

  /// The lowercased words of `start`'s clause before it, back to a clause break or a number,
  /// at most ``reach`` + 2, in reading order.
  static func wordsBefore(_ start: Int, from sentenceStart: Int, in scalars: [Unicode.Scalar])
    -> [String]
  {
    var words: [String] = []
    var end = start
    var index = start - 1
    let lowest = max(0, sentenceStart)
    func take(_ range: Range<Int>) {
      var word = ""
      word.unicodeScalars.append(contentsOf: scalars[range])
      words.append(word.lowercased())
    }
    while index >= lowest, words.count < reach + 2 {
      let scalar = scalars[index]
      if !FigureProfiler.isAlphabetic(scalar) {
        if end > index + 1 { take((index + 1)..<end) }
        if FigureProfiler.isDigit(scalar) || FigureProfiler.isClauseBreak(scalar) {
          return words.reversed()
        }
        end = index
      }
      index -= 1
    }
    if index < lowest, end > lowest, words.count < reach + 2 { take(lowest..<end) }
    return words.reversed()
  }
}
