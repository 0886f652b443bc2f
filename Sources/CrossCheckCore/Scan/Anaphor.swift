/// "Some 2.3 million people face hunger, … and the number could rise to 2.8 million by
/// October": a figure whose subject refers back ("the number", "the figure", "the total",
/// "the toll"; "that", "this" opening a clause) measures what the last figure of its kind
/// before it measured, in the same or the previous sentence. The two are one measure, often at
/// two moments (a projection, a revision): the pair is offered, however little their own
/// clauses share, and not taken for a sentence's parts side by side.
enum Anaphor {
  /// How alike a figure and the one it refers back to are at least.
  static let sameness = 0.5

  /// How many words may stand between the referring subject and its figure ("the number
  /// could rise to").
  static let reach = 5

  /// Marks one source's anaphors and what they refer back to (``FigureProfile/antecedent``):
  /// a figure whose clause opens its subject with a referring phrase, and the nearest figure of
  /// its dimension before it in its sentence or the one before. A referring subject followed by
  /// a modal ("could", "is expected to") projects: the figure is of a later moment.
  /// Returns each anaphor with the figure it refers to, by index.
  @discardableResult
  static func assign(_ profiles: inout [FigureProfile], in scalars: [Unicode.Scalar])
    -> [(anaphor: Int, antecedent: Int)]
  {
    var links: [(anaphor: Int, antecedent: Int)] = []
    guard profiles.count >= 2 else { return links }
    for index in profiles.indices.dropFirst() {
      let figure = profiles[index].figure
      guard
        let words = referringWords(before: figure.start, from: figure.sentenceStart, in: scalars),
        let antecedent = antecedent(of: index, in: profiles, scalars: scalars)
      else { continue }
      let key = profiles[antecedent].figure.start
      profiles[antecedent].antecedent = key
      profiles[index].antecedent = key
      if words.contains(where: ScanVocabulary.projectionWords.contains) {
        profiles[index].period = .later
      }
      links.append((index, antecedent))
    }
    return links
  }

  /// How much of its antecedent's words an anaphor takes: its own subject says only "the
  /// number", so what it measures is said where the antecedent is.
  static let lentWeight = 0.5

  /// Lends each anaphor its antecedent's words (figure `n`'s terms and nearness weights from
  /// `starts[n]` to `starts[n + 1]`), at ``lentWeight``, a word both have keeping the larger
  /// weight.
  static func lendWords(
    _ links: [(anaphor: Int, antecedent: Int)], terms: inout [Int32], weights: inout [Double],
    starts: inout [Int]
  ) {
    guard !links.isEmpty else { return }
    let lenders = Dictionary(links.map { ($0.anaphor, $0.antecedent) }) { first, _ in first }
    var newTerms: [Int32] = []
    var newWeights: [Double] = []
    var newStarts = [0]
    for figure in 0..<(starts.count - 1) {
      let own = starts[figure]..<starts[figure + 1]
      let base = newTerms.count
      newTerms.append(contentsOf: terms[own])
      newWeights.append(contentsOf: weights[own])
      if let lender = lenders[figure] {
        for entry in starts[lender]..<starts[lender + 1] {
          let lent = weights[entry] * lentWeight
          if let at = terms[own].firstIndex(of: terms[entry]) {
            let place = base + (at - own.lowerBound)
            newWeights[place] = max(newWeights[place], lent)
          } else {
            newTerms.append(terms[entry])
            newWeights.append(lent)
          }
        }
      }
      newStarts.append(newTerms.count)
    }
    (terms, weights, starts) = (newTerms, newWeights, newStarts)
  }

  /// Whether two figures of one source are a figure and the one it refers back to.
  @inline(__always)
  static func areLinked(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard let x = a.antecedent, let y = b.antecedent else { return false }
    return x == y && a.source == b.source
  }

  /// Whether every two of `members` are linked so: the group is one measure told twice.
  static func linksAll(_ members: [FigureProfile]) -> Bool {
    guard let first = members.first, first.antecedent != nil else { return false }
    return members.allSatisfy { areLinked($0, first) }
  }

  /// The words between a referring subject and the figure at `start`, when the figure's
  /// clause (from its last break to the figure) opens with one: "the number could rise to",
  /// "and the toll now stands at", "this is up from". Nil otherwise.
  static func referringWords(
    before start: Int, from sentenceStart: Int, in scalars: [Unicode.Scalar]
  ) -> [String]? {
    // The clause's words, back to a clause break or a number, found as ranges first: most
    // figures' clauses are too long or open otherwise, and are left at no cost.
    var ranges: [Range<Int>] = []
    var end = start
    var index = start - 1
    let lowest = max(0, sentenceStart)
    while index >= lowest {
      let scalar = scalars[index]
      let inWord = FigureProfiler.isAlphabetic(scalar) || scalar == "'" || scalar == "’"
      if !inWord {
        if end > index + 1 { ranges.append((index + 1)..<end) }
        if FigureProfiler.isDigit(scalar) || FigureProfiler.isClauseBreak(scalar) { break }
        end = index
        if ranges.count > reach + 3 { return nil }
      }
      index -= 1
    }
    if index < lowest, end > lowest { ranges.append(lowest..<end) }
    guard ranges.count >= 2, ranges.count <= reach + 4 else { return nil }
    var words: [String] = []
    words.reserveCapacity(ranges.count)
    for range in ranges.reversed() {
      var word = ""
      word.unicodeScalars.append(contentsOf: scalars[range])
      let lower = word.lowercased()
      // Conjunctions may open the clause ("and the number could rise to"); then the subject
      // must open with a referring word, or the clause is left at its first word.
      if words.isEmpty {
        if ScanVocabulary.clauseConjunctions.contains(lower) { continue }
        guard
          ScanVocabulary.referringDeterminers.contains(lower)
            || ScanVocabulary.referringPronouns.contains(lower)
        else { return nil }
      }
      words.append(lower)
    }
    guard words.count >= 2 else { return nil }
    // "The figure is expected to climb as 12 people remain missing": a conjunction after the
    // subject opens a clause of its own, and the figure is that clause's, not the subject's.
    if words.dropFirst(2).contains(where: ScanVocabulary.subordinators.contains) { return nil }
    // "The number could rise to": a verb follows the noun ("the number of deaths" names its
    // own measure, "the number 14 shirt" is a label).
    if ScanVocabulary.referringDeterminers.contains(words[0]),
      ScanVocabulary.referringNouns.contains(words[1]), words.count > 2, words[2] != "of",
      words.count - 2 <= reach
    {
      return Array(words.dropFirst(2))
    }
    // "That could rise to", "this is up from": a bare pronoun refers back only as the
    // subject of a change.
    let rest = words.dropFirst()
    if ScanVocabulary.referringPronouns.contains(words[0]), rest.count <= reach,
      rest.contains(where: ScanVocabulary.referringVerbs.contains)
    {
      return Array(rest)
    }
    return nil
  }

  /// The nearest figure of `index`'s dimension before it, in its sentence or in the sentence
  /// right before.
  static func antecedent(of index: Int, in profiles: [FigureProfile], scalars: [Unicode.Scalar])
    -> Int?
  {
    let figure = profiles[index].figure
    let dimension = profiles[index].measure.dimension
    var candidate = index - 1
    while candidate >= 0 {
      let other = profiles[candidate].figure
      if other.sentenceStart != figure.sentenceStart {
        // Only the sentence right before: no word between the two.
        guard other.sentenceEnd <= figure.sentenceStart,
          !scalars[other.sentenceEnd..<figure.sentenceStart].contains(where: {
            FigureProfiler.isAlphabetic($0) || FigureProfiler.isDigit($0)
          })
        else { return nil }
      }
      if profiles[candidate].measure.dimension == dimension, other.end <= figure.start {
        return candidate
      }
      candidate -= 1
    }
    return nil
  }
}
