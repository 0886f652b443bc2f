/// "June was revised down to 86,000 from 118,000", "July's gain, first reported as 97,000,
/// was revised to 105,000", "10 of the 17 coaches left the track, not eight as first
/// reported": a sentence that tells of a revision gives one measure's first estimate and its
/// revision. The two are a measure at two moments (a time difference to check), not a
/// sentence's parts side by side: the pair is linked as an anaphor and its antecedent are
/// (``Anaphor/areLinked(_:_:)``), and the first estimate is of an earlier moment.
enum Revision {
  /// How many words on either side of a figure may say that it was the first estimate ("first
  /// reported as 97,000", "eight as first reported").
  static let reach = 4

  /// How alike a first estimate and its revision are at least: one measure, as sure as a
  /// restatement, and surer than any other pair its figures make.
  static let sameness = 0.6

  /// Whether two linked figures (``Anaphor/areLinked(_:_:)``) are a first estimate and its
  /// revision: one of them is of an earlier moment than the other.
  @inline(__always)
  static func areEstimates(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    a.period != b.period && (a.period == .earlier || b.period == .earlier)
  }

  /// Links one source's first estimates to their revisions (``FigureProfile/antecedent``), in
  /// sentences that speak of a revision: a figure right after "from" or said to be first
  /// reported, and the nearest figure of its dimension in its sentence that is neither a first
  /// estimate nor a whole ("the train's 17 coaches"), whose value differs within the
  /// dimension's window. Figures already linked are left as they are.
  static func assign(_ profiles: inout [FigureProfile], in scalars: [Unicode.Scalar]) {
    guard profiles.count >= 2 else { return }
    var sentence = -1
    var first: [Bool] = []
    var sentenceFigures: [Int] = []
    func link() {
      defer { sentenceFigures.removeAll(keepingCapacity: true) }
      // The sentence's words are read only when it has two figures: reading them is the cost.
      guard sentenceFigures.count >= 2,
        tellsOfRevision(profiles[sentenceFigures[0]].figure, in: scalars)
      else { return }
      first = sentenceFigures.map { index in
        profiles[index].isBaseline || isSaidFirst(profiles[index].figure, in: scalars)
      }
      for (place, index) in sentenceFigures.enumerated()
      where first[place] && profiles[index].antecedent == nil {
        guard let revised = revision(of: place, among: sentenceFigures, first: first, profiles)
        else { continue }
        let key = profiles[index].figure.start
        profiles[index].antecedent = key
        profiles[revised].antecedent = key
        profiles[index].period = .earlier
      }
    }
    for index in profiles.indices {
      let figure = profiles[index].figure
      if figure.sentenceStart != sentence {
        link()
        sentence = figure.sentenceStart
      }
      sentenceFigures.append(index)
    }
    link()
  }

  /// The revision of the first estimate at `place`: the nearest figure of its dimension in
  /// the sentence, not a first estimate, not a whole, not yet linked, of another value near
  /// enough to be the same measure.
  static func revision(
    of place: Int, among figures: [Int], first: [Bool], _ profiles: [FigureProfile]
  ) -> Int? {
    let estimate = profiles[figures[place]]
    var best: (distance: Int, index: Int)?
    for (other, index) in figures.enumerated() where other != place && !first[other] {
      let candidate = profiles[index]
      guard candidate.antecedent == nil, candidate.partStart == nil,
        candidate.measure.dimension == estimate.measure.dimension,
        PairScore.valueRelation(estimate.measure, candidate.measure) == .different
      else { continue }
      let distance = abs(other - place)
      if distance < best?.distance ?? .max { best = (distance, index) }
    }
    return best?.index
  }

  /// Whether the figure's sentence speaks of a revision: a word of revision ("revised",
  /// "revisions", "corrected") or a first report ("first reported", "initially estimated").
  static func tellsOfRevision(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
    guard mayTell(figure.sentenceStart..<figure.sentenceEnd, in: scalars) else { return false }
    let words = words(in: figure.sentenceStart..<figure.sentenceEnd, of: scalars)
    if words.contains(where: ScanVocabulary.revisionWords.contains) { return true }
    return isFirstReport(words)
  }

  /// Whether the words just before or just after the figure say it was the first estimate:
  /// "first reported as 97,000", "eight as first reported".
  static func isSaidFirst(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
    let before = words(in: figure.sentenceStart..<figure.start, of: scalars)
    let after = words(in: figure.end..<figure.sentenceEnd, of: scalars)
    return isFirstReport(Array(before.suffix(reach))) || isFirstReport(Array(after.prefix(reach)))
  }

  /// "first reported", "initially estimated", "originally announced": a word of a first
  /// time right before a verb of reporting.
  static func isFirstReport(_ words: [String]) -> Bool {
    zip(words, words.dropFirst()).contains { first, verb in
      ScanVocabulary.firstReportWords.contains(first)
        && ScanVocabulary.reportingParticiples.contains(verb)
    }
  }

  /// The first five letters of every word of ``ScanVocabulary/revisionWords`` and
  /// ``ScanVocabulary/firstReportWords``, as lowercase ASCII, derived so they cannot drift from
  /// the lists: a sentence holding none is read no further (building its words was most of this
  /// rule's cost).
  static let cues: [[UInt8]] = Array(
    Set(
      ScanVocabulary.revisionWords.union(ScanVocabulary.firstReportWords)
        .map { Array($0.utf8.prefix(5)) })
  ).sorted { $0.lexicographicallyPrecedes($1) }

  /// Whether the stretch holds one of ``cues``, letters compared without case.
  static func mayTell(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
    let end = min(scalars.count, range.upperBound)
    var index = max(0, range.lowerBound)
    while index < end {
      let letter = scalars[index].value | 0x20
      for cue in cues where UInt32(cue[0]) == letter && index + cue.count <= end {
        var matched = 1
        while matched < cue.count, scalars[index + matched].value | 0x20 == UInt32(cue[matched]) {
          matched += 1
        }
        if matched == cue.count { return true }
      }
      index += 1
    }
    return false
  }

  /// The lowercased words of a stretch of text; a number ends the stretch's words on its side
  /// of no concern here, so digits are skipped as any other non-letter.
  static func words(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> [String] {
    var words: [String] = []
    var word = ""
    for index in max(0, range.lowerBound)..<min(scalars.count, range.upperBound) {
      let scalar = scalars[index]
      if FigureProfiler.isAlphabetic(scalar) || scalar == "'" || scalar == "’" {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty {
        words.append(word.lowercased())
        word = ""
      }
    }
    if !word.isEmpty { words.append(word.lowercased()) }
    return words
  }
}
