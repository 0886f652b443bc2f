import Foundation

/// Finds person and place names spelled more than one way across sources.
///
/// Candidates are capitalized words ("Zelenskiy", possessives folded in) and runs of two or three
/// capitalized words ("Abu Dhabi"). A capitalized word that the sources also use in lower case
/// ("Minister"/"minister") is a common word, not a name, and is left out. Two candidates are
/// the same name written differently when
/// - their transliteration keys agree: accents dropped and kh/h, ck/k, ou/u, iy/ii/yy/y and a
///   final -i/-y taken as one (``Reason/transliteration``);
/// - they are single words of at least six letters, start with the same two letters and are one
///   edit apart (two from ten letters on) (``Reason/spelling``);
/// - they have the same letters and differ only in spaces or hyphens (``Reason/spacing``);
/// unless one is the other plus a derivational or plural ending ("Russia"/"Russian",
/// "Ukraine"/"Ukrainian", "Belgium"/"Belgian", "Minister"/"Ministers"), which is a different word.
///
/// Words are compared only within buckets of the same first two letters of their transliteration
/// key and with lengths at most two apart, so the work grows with the vocabulary, not its square.
public enum NameVariants {
  /// Shortest single word compared by edit distance.
  public static let minimumEditLength = 6
  /// From this length on, two edits are allowed instead of one.
  public static let twoEditLength = 10
  /// Shortest name compared at all (by transliteration or spacing).
  public static let minimumLength = 4

  /// The names written more than one way in `sources`, the most used first.
  public static func find(in sources: [Source]) -> [NameVariantGroup] {
    var collector = Collector()
    for (order, source) in sources.enumerated() {
      collector.scan(source, order: order)
    }
    return collector.groups()
  }

  // MARK: - Comparing spellings

  /// Lower case, accents dropped, letters only.
  static func folded(_ text: String) -> String {
    let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    return String(String.UnicodeScalarView(plain.unicodeScalars.filter(\.properties.isAlphabetic)))
  }

  /// The folded spelling with transliteration choices made the same way, so that "Zelenskyy",
  /// "Zelenskiy", "Zelensky" and "Zelenski" share the key "zelensky".
  static func transliterationKey(_ folded: String) -> String {
    var key = folded
    for (from, to) in [
      ("kh", "h"), ("ck", "k"), ("ou", "u"), ("iy", "y"), ("ii", "y"), ("yi", "y"), ("yy", "y"),
    ] {
      key = key.replacingOccurrences(of: from, with: to)
    }
    if key.count > 3, key.hasSuffix("i") {
      let beforeLast = key.dropLast().last
      if let beforeLast, !"aeiouy".contains(beforeLast) { key = String(key.dropLast()) + "y" }
    }
    return key
  }

  /// Endings a name (noun) may drop before taking a derivational ending: Russi-a, Ukrain-e,
  /// Belg-ium, Ital-y.
  private static let nounEndings = ["", "a", "e", "o", "y", "ia", "um", "ium"]
  /// Endings that make an adjective or a demonym of a name: Russi-an, Ukrain-ian, Europ-ean,
  /// Belg-ian, Chin-ese, Pol-ish; with plurals.
  private static let derivedEndings: Set<String> = [
    "an", "ian", "ean", "ans", "ians", "eans", "ese", "ish", "ic", "ics", "ns",
  ]
  /// Endings that only follow the whole word: plural -s/-es, Russia-n, Israel-i.
  private static let bareEndings: Set<String> = ["s", "es", "n", "i", "ns", "ese"]

  /// Whether one folded word is the other with a derivational or plural ending, in either order.
  static func isDerivedForm(_ a: String, _ b: String) -> Bool {
    derives(a, b) || derives(b, a)
  }

  private static func derives(_ base: String, _ derived: String) -> Bool {
    if derived.hasPrefix(base), bareEndings.contains(String(derived.dropFirst(base.count))) {
      return true
    }
    for ending in nounEndings where base.hasSuffix(ending) {
      let stem = base.dropLast(ending.count)
      guard stem.count >= 3, derived.hasPrefix(stem) else { continue }
      if derivedEndings.contains(String(derived.dropFirst(stem.count))) { return true }
    }
    return false
  }

  /// Why two single-word candidates are the same name, or nil when they are not.
  static func relation(_ a: String, _ b: String) -> NameVariantGroup.Reason? {
    let foldedA = folded(a)
    let foldedB = folded(b)
    guard foldedA.count >= minimumLength, foldedB.count >= minimumLength else { return nil }
    guard !isDerivedForm(foldedA, foldedB) else { return nil }
    if transliterationKey(foldedA) == transliterationKey(foldedB) { return .transliteration }
    return closeSpelling(Array(foldedA.unicodeScalars), Array(foldedB.unicodeScalars))
      ? .spelling : nil
  }

  static func closeSpelling(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    let shorter = min(a.count, b.count)
    guard shorter >= minimumEditLength, a.prefix(2) == b.prefix(2) else { return false }
    let limit = shorter >= twoEditLength ? 2 : 1
    return DamerauLevenshtein.distance(a, b, limit: limit) != nil
  }
}

// MARK: - Collecting candidates

extension NameVariants {
  /// One lower-case candidate spelling and where it occurs.
  private struct Candidate {
    var lowercased: String
    var folded: String
    var isMultiword: Bool
    /// Each written form ("Zelenskiy", "ZELENSKIY") and how often it occurs.
    var forms: [String: Int] = [:]
    /// Per source: order of the source, count, first occurrence.
    var uses: [Int: (count: Int, start: Int, end: Int)] = [:]
  }

  private struct Collector {
    var candidates: [Candidate] = []
    var index: [String: Int] = [:]
    var lowercaseWords = Set<String>()
    var sources: [Source] = []
    var scalarsBySource: [[Unicode.Scalar]] = []

    mutating func scan(_ source: Source, order: Int) {
      sources.append(source)
      let scalars = Array(source.text.unicodeScalars)
      scalarsBySource.append(scalars)
      var run: [(start: Int, end: Int, separator: Unicode.Scalar?)] = []
      var i = 0
      while i < scalars.count {
        guard scalars[i].properties.isAlphabetic else {
          i += 1
          continue
        }
        let start = i
        while i < scalars.count {
          if scalars[i].properties.isAlphabetic {
            i += 1
          } else if NameVariants.isApostrophe(scalars[i]), i + 1 < scalars.count,
            scalars[i + 1].properties.isAlphabetic
          {
            i += 1
          } else {
            break
          }
        }
        for piece in NameVariants.pieces(scalars, start, i) {
          var end = piece.upperBound
          if end - piece.lowerBound > 2, NameVariants.isApostrophe(scalars[end - 2]),
            scalars[end - 1] == "s" || scalars[end - 1] == "S"
          {
            end -= 2
          }
          let word = String(String.UnicodeScalarView(scalars[piece.lowerBound..<end]))
          guard scalars[piece.lowerBound].properties.isUppercase else {
            lowercaseWords.insert(word.lowercased())
            endRun(&run, source: order, scalars: scalars)
            continue
          }
          let separator: Unicode.Scalar? =
            piece.lowerBound == start && piece.lowerBound > 0 ? scalars[piece.lowerBound - 1] : nil
          if let last = run.last {
            let gap = piece.lowerBound - last.end
            if !(gap == 1 && (separator == " " || separator == "-")) {
              endRun(&run, source: order, scalars: scalars)
            }
          }
          run.append((piece.lowerBound, end, run.isEmpty ? nil : separator))
          add(word, multiword: false, source: order, start: piece.lowerBound, end: end)
          if end != piece.upperBound {
            // A possessive ends a run of name words.
            endRun(&run, source: order, scalars: scalars)
          }
        }
      }
      endRun(&run, source: order, scalars: scalars)
    }

    /// Records the two- and three-word windows of a run of capitalized words.
    mutating func endRun(
      _ run: inout [(start: Int, end: Int, separator: Unicode.Scalar?)], source: Int,
      scalars: [Unicode.Scalar]
    ) {
      defer { run.removeAll(keepingCapacity: true) }
      guard run.count >= 2 else { return }
      for first in 0..<(run.count - 1) {
        for last in (first + 1)..<min(first + 3, run.count) {
          let start = run[first].start
          let end = run[last].end
          let text = String(String.UnicodeScalarView(scalars[start..<end]))
          add(text, multiword: true, source: source, start: start, end: end)
        }
      }
    }

    mutating func add(_ word: String, multiword: Bool, source: Int, start: Int, end: Int) {
      let lowercased = word.lowercased()
      let position: Int
      if let found = index[lowercased] {
        position = found
      } else {
        position = candidates.count
        index[lowercased] = position
        candidates.append(
          Candidate(
            lowercased: lowercased, folded: NameVariants.folded(word), isMultiword: multiword))
      }
      candidates[position].forms[word, default: 0] += 1
      if let use = candidates[position].uses[source] {
        candidates[position].uses[source] = (use.count + 1, use.start, use.end)
      } else {
        candidates[position].uses[source] = (1, start, end)
      }
    }

    func groups() -> [NameVariantGroup] {
      var links = UnionFind(count: candidates.count)
      var reasons: [Int: Set<NameVariantGroup.Reason>] = [:]
      func link(_ a: Int, _ b: Int, _ reason: NameVariantGroup.Reason) {
        links.union(a, b)
        reasons[a, default: []].insert(reason)
        reasons[b, default: []].insert(reason)
      }
      let names = candidates.indices.filter { position in
        let candidate = candidates[position]
        return candidate.folded.count >= NameVariants.minimumLength
          && (candidate.isMultiword || !lowercaseWords.contains(candidate.lowercased))
      }

      // Spacing: the same letters as one word, two words or hyphenated.
      var byLetters: [String: [Int]] = [:]
      for position in names { byLetters[candidates[position].folded, default: []].append(position) }
      for (_, group) in byLetters where group.count > 1 {
        for other in group.dropFirst() {
          let spaced = { (position: Int) in
            candidates[position].lowercased.unicodeScalars.filter { !$0.properties.isAlphabetic }
          }
          if String(String.UnicodeScalarView(spaced(group[0])))
            != String(String.UnicodeScalarView(spaced(other)))
          {
            link(group[0], other, .spacing)
          } else {
            link(group[0], other, .transliteration)
          }
        }
      }

      // Single words: transliteration keys, then edit distance within cheap buckets.
      let words = names.filter { !candidates[$0].isMultiword }
      var byKey: [String: [Int]] = [:]
      var buckets: [String: [Int]] = [:]
      for position in words {
        let key = NameVariants.transliterationKey(candidates[position].folded)
        byKey[key, default: []].append(position)
        buckets[String(key.prefix(2)), default: []].append(position)
      }
      for (_, group) in byKey where group.count > 1 {
        for (offset, a) in group.enumerated() {
          for b in group[(offset + 1)...]
          where !NameVariants.isDerivedForm(candidates[a].folded, candidates[b].folded)
            && candidates[a].folded != candidates[b].folded
          {
            link(a, b, .transliteration)
          }
        }
      }
      for (_, bucket) in buckets where bucket.count > 1 {
        let sorted = bucket.map {
          (position: $0, letters: Array(candidates[$0].folded.unicodeScalars))
        }
        .filter { $0.letters.count >= NameVariants.minimumEditLength }
        .sorted { $0.letters.count < $1.letters.count }
        for (offset, a) in sorted.enumerated() {
          for b in sorted[(offset + 1)...] {
            if b.letters.count - a.letters.count > 2 { break }
            guard links.find(a.position) != links.find(b.position),
              NameVariants.closeSpelling(a.letters, b.letters),
              !NameVariants.isDerivedForm(
                candidates[a.position].folded, candidates[b.position].folded)
            else { continue }
            link(a.position, b.position, .spelling)
          }
        }
      }

      var members: [Int: [Int]] = [:]
      for position in names { members[links.find(position), default: []].append(position) }
      var result: [NameVariantGroup] = []
      for (_, group) in members where group.count > 1 {
        let spellings = group.map(spelling).sorted {
          ($0.count, $1.text) > ($1.count, $0.text)
        }
        let why = Set(group.flatMap { reasons[$0] ?? [] }).sorted()
        result.append(NameVariantGroup(spellings: spellings, reasons: why))
      }
      return result.sorted {
        ($0.count, $1.spellings[0].text) > ($1.count, $0.spellings[0].text)
      }
    }

    func spelling(_ position: Int) -> NameVariantGroup.Spelling {
      let candidate = candidates[position]
      let text = candidate.forms.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
      let uses = candidate.uses.keys.sorted().map { order in
        let use = candidate.uses[order]!
        let (before, after) = NameVariants.context(
          scalarsBySource[order], start: use.start, end: use.end)
        return NameVariantGroup.Use(
          source: sources[order].id, count: use.count, firstStart: use.start, firstEnd: use.end,
          before: before, after: after)
      }
      return NameVariantGroup.Spelling(text: text, uses: uses)
    }
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// Splits a run of letters where words were glued together by lost line breaks
  /// ("DisqusRussia", "visitOpens"): before a capital that follows at least four letters in
  /// lower case, so "McDonald" and "DeWever" stay whole.
  static func pieces(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var pieceStart = start
    var lowerRun = 0
    for i in start..<end {
      let properties = scalars[i].properties
      if properties.isUppercase, lowerRun >= 4 {
        result.append(pieceStart..<i)
        pieceStart = i
      }
      lowerRun = properties.isLowercase ? lowerRun + 1 : 0
    }
    result.append(pieceStart..<end)
    return result
  }

  /// Up to about forty characters of the same line on each side of `start..<end`, cut at spaces.
  static func context(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> (String, String) {
    let reach = 40
    var lower = start
    while lower > 0, start - lower < reach, scalars[lower - 1] != "\n", scalars[lower - 1] != "\r" {
      lower -= 1
    }
    if lower > 0, scalars[lower - 1] != "\n", scalars[lower - 1] != "\r" {
      while lower < start, scalars[lower] != " " { lower += 1 }
    }
    var upper = end
    while upper < scalars.count, upper - end < reach, scalars[upper] != "\n", scalars[upper] != "\r"
    {
      upper += 1
    }
    if upper < scalars.count, scalars[upper] != "\n", scalars[upper] != "\r" {
      while upper > end, scalars[upper - 1] != " " { upper -= 1 }
    }
    func text(_ range: Range<Int>) -> String {
      String(String.UnicodeScalarView(scalars[range])).split(whereSeparator: \.isWhitespace)
        .joined(separator: " ")
    }
    var before = text(lower..<start)
    var after = text(end..<max(end, upper))
    if !before.isEmpty, scalars[start - 1].properties.isWhitespace { before += " " }
    if !after.isEmpty, scalars[end].properties.isWhitespace { after = " " + after }
    return (before, after)
  }
}
