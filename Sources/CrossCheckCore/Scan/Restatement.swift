/// "NZ$5.3 million ($3.1 million)", "8.4 billion yen, or about $54 million", "some 45 km (28
/// miles)", "410 tonnes, or roughly 3,000 barrels": a figure restated in another currency or
/// unit right after it, in brackets or after "or", "equivalent to", "worth". The two are one
/// quantity written twice, and whether the conversion is right is for a checker to check: the
/// pair is offered, as a conversion between two reports is, and not taken for a sentence's
/// parts side by side. A restatement in the same currency and unit ("(15 of the 27)") is none.
enum Restatement {
  /// The widest ratio between a value and its restatement once in one unit: reports convert
  /// at rounded or stale rates, never by more than this.
  static let widestRatio = 1.2

  /// How alike a figure and its restatement are at least: as sure as any pair the scan makes.
  static let sameness = 0.6

  /// Marks one source's restatements (``FigureProfile/restatement``): each figure followed,
  /// within its sentence and a few linking words, by one of its dimension in another unit or
  /// currency whose value agrees with it. A barrel restating tonnes is read as the mass it
  /// restates (``ScanVocabulary/restatedMassPerVolume``), hedged.
  static func assign(_ profiles: inout [FigureProfile], in scalars: [Unicode.Scalar]) {
    guard profiles.count >= 2 else { return }
    for index in profiles.indices.dropLast() {
      let next = index + 1
      let (first, second) = (profiles[index].figure, profiles[next].figure)
      guard first.sentenceStart == second.sentenceStart, first.end <= second.start,
        second.start - first.end <= ScanVocabulary.restatementReach,
        isLink(scalars, from: first.end, to: second.start)
      else { continue }
      var (original, restated) = (profiles[index].measure, profiles[next].measure)
      if let mass = massReading(of: restated, as: original) {
        restated = mass
      } else if let mass = massReading(of: original, as: restated) {
        original = mass
      }
      guard isRestatement(original, restated) else { continue }
      profiles[index].measure = original
      profiles[next].measure = restated
      profiles[index].restatement = first.start
      profiles[next].restatement = first.start
    }
  }

  /// How much a restatement counts against another report's different value
  /// (``isDerivedMatch(_:_:relation:)``).
  static let derivedMatchFactor = 0.5

  /// "$1.86 billion" restating "€1.6 billion", against another report's "roughly $2 billion"
  /// or "€1.75 billion": a restatement is derived from its original, so against another
  /// report's different value it only compares a conversion; the original is compared with
  /// that value instead. (A value it agrees with, "about Rs 15,000" for "$160" restating
  /// "15,000 rupees", still meets it.)
  @inline(__always)
  static func isDerivedMatch(
    _ a: FigureProfile, _ b: FigureProfile, relation: PairScore.ValueRelation
  ) -> Bool {
    guard relation == .different, a.source != b.source else { return false }
    return isRestating(a) || isRestating(b)
  }

  /// Whether a figure restates the one before it.
  @inline(__always)
  static func isRestating(_ profile: FigureProfile) -> Bool {
    guard let start = profile.restatement else { return false }
    return start != profile.figure.start
  }

  /// Whether two figures of one source are a figure and its restatement.
  @inline(__always)
  static func areOne(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard let x = a.restatement, let y = b.restatement else { return false }
    return x == y && a.source == b.source
  }

  /// Whether `b` restates `a`: one dimension a reporter converts, another unit or currency,
  /// and values that agree once in one unit (amounts in currencies with no rate between them
  /// are taken at their word).
  static func isRestatement(_ a: Measure, _ b: Measure) -> Bool {
    guard a.dimension == b.dimension,
      a.dimension == .money || a.dimension == .share || ConvertedValue.isConverted(a.dimension),
      let first = a.unitFamily, let second = b.unitFamily, first != second,
      !a.temperatureScaleUnknown, !b.temperatureScaleUnknown
    else { return false }
    guard let (x, y) = Measure.magnitudes(a, b) else { return a.dimension == .money }
    guard x > 0, y > 0 else { return false }
    return max(x, y) / min(x, y) <= widestRatio
  }

  /// A volume of a commodity read as the mass it restates ("3,000 barrels" beside "410
  /// tonnes"), hedged; nil unless `volume` is in a unit with a known mass and `mass` is one.
  static func massReading(of volume: Measure, as mass: Measure) -> Measure? {
    guard volume.dimension == .volume, mass.dimension == .mass,
      let family = volume.unitFamily,
      let perUnit = ScanVocabulary.restatedMassPerVolume[family],
      let litres = volume.magnitude, let perLitre = ScanVocabulary.physicalUnits[family]?.factor,
      perLitre > 0
    else { return nil }
    var reading = volume
    reading.dimension = .mass
    reading.magnitude = litres / perLitre * perUnit
    reading.quantum = volume.quantum / perLitre * perUnit
    reading.isHedged = true
    return reading
  }

  /// Whether the text between two figures links the second to the first as a restatement:
  /// an opening bracket, a dash right after the first figure that opens an aside ("almost
  /// two-thirds – 64% – of members"), or a link word (``ScanVocabulary/restatementLinks``),
  /// with nothing else but fillers, commas and dashes.
  static func isLink(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
    guard start <= end, end <= scalars.count else { return false }
    var linked = false
    var word = ""
    var isRightAfterFigure = true
    func close() -> Bool {
      defer { word = "" }
      guard !word.isEmpty else { return true }
      let lower = word.lowercased()
      if ScanVocabulary.restatementLinks.contains(lower) {
        linked = true
        return true
      }
      return ScanVocabulary.restatementFillers.contains(lower)
    }
    for scalar in scalars[start..<end] {
      if FigureProfiler.isAlphabetic(scalar) || scalar == "." {
        word.unicodeScalars.append(scalar)
        isRightAfterFigure = false
        continue
      }
      guard close() else { return false }
      switch scalar {
      case "(": linked = true
      case "—", "–":
        if isRightAfterFigure { linked = true }
      case "-":
        // A spaced hyphen stands for a dash only where it opens the aside.
        guard isRightAfterFigure else { return false }
        linked = true
      case " ", ",", "\u{00A0}": continue
      default: return false
      }
      isRightAfterFigure = false
    }
    return close() && linked
  }
}
