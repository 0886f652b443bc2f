/// Builds the profile of every figure of the loaded sources: one pass over each sentence that
/// holds figures, so the work grows with the text, never with pairs of figures.
struct FigureProfiler {
  /// How many tokens away a word can be and still describe a figure.
  static let window = 14
  /// How many tokens away a name still says what a figure is about.
  static let nameReach = 6
  /// How many context terms a figure keeps.
  static let contextSize = 16
  /// How many words describe a source's topic.
  static let topicSize = 60

  private(set) var terms = TermTable()
  private var stems: [String: Int] = [:]
  /// Each distinct spelling's reading, so a word is lowered and stemmed once per scan.
  private var words: [String: WordInfo] = [:]
  /// The first spelling seen of each term, to show it as written.
  private var spellings: [Int: String] = [:]

  /// A term as written in the text.
  func surface(_ term: Int) -> String { spellings[term] ?? terms.words[term] }

  /// A spelling's reading, the same wherever it occurs.
  struct WordInfo {
    var lower: String
    var term: Int?
    var year: Int?
    var isCapitalized: Bool
  }

  /// A word of a sentence.
  struct Token {
    var start: Int
    var end: Int
    /// The stem's term id; nil for stop words, numbers and punctuation.
    var term: Int?
    var lower: String
    var isName: Bool
    var year: Int?
    /// Clause breaks (commas, semicolons, dashes, brackets) since the sentence began.
    var clause: Int
  }

  /// The profiles of the sources' figures, with the source topics (their figure sentences'
  /// words, TF-IDF weighted).
  /// `shouldStop` is asked before each source with the number done; when it answers true the
  /// profiles so far are returned.
  mutating func profiles(
    of sources: [Source], kind: FigureKind?, rates: RateSources,
    shouldStop: (Int) -> Bool = { _ in false }
  ) -> (profiles: [FigureProfile], topics: [WeightedTerms]) {
    var raw: [(profile: FigureProfile, weights: [Int: Double])] = []
    var topicCounts: [[Int: Double]] = []
    let conversions = ConversionCache()
    for (index, source) in sources.enumerated() {
      if shouldStop(index) { break }
      let date = source.metadata.date
      let articleYear = date.flatMap { Int($0.prefix(4)) }
      let scalars = FigureProfiler.scalars(of: source.text)
      var sentenceTokens: [Int: [Token]] = [:]
      var topic: [Int: Double] = [:]
      let headlineEnd = FigureProfiler.headlineEnd(scalars)
      var sentenceSpans: [Int: [Range<Int>]] = [:]
      for figure in source.figures {
        sentenceSpans[figure.sentenceStart, default: []].append(figure.start..<figure.end)
      }
      for figure in source.figures {
        if figure.end <= headlineEnd,
          source.figures.contains(where: {
            $0.start > headlineEnd && $0.kind == figure.kind && $0.value == figure.value
          })
        {
          // A headline repeats the story's figure; the body's mention has the context.
          continue
        }
        if let kind, figure.kind != kind { continue }
        guard !FigureProfiler.isJoinedByColon(figure, in: scalars),
          !FigureProfiler.isClockTime(figure, in: scalars),
          let measure = Measure.of(figure, date: date, rates: rates, cache: conversions)
        else { continue }
        let tokens: [Token]
        if let cached = sentenceTokens[figure.sentenceStart] {
          tokens = cached
        } else {
          tokens = tokenize(scalars, from: figure.sentenceStart, to: figure.sentenceEnd)
          sentenceTokens[figure.sentenceStart] = tokens
          for token in tokens { if let term = token.term { topic[term, default: 0] += 1 } }
        }
        raw.append(
          describe(
            figure, measure: measure, source: index, tokens: tokens, date: date,
            articleYear: articleYear,
            neighbours: sentenceSpans[figure.sentenceStart, default: []].filter {
              $0 != figure.start..<figure.end
            }))
      }
      terms.addDocument(Set(topic.keys))
      topicCounts.append(topic)
    }
    let table = terms
    // A word of one source only cannot make two sources alike: topics keep shared words.
    let topics = topicCounts.map { counts in
      WeightedTerms(
        counts.filter { table.frequency($0.key) > 1 }.mapValuesWithKeys { term, count in
          count.squareRoot() * table.idf(term)
        }, keep: FigureProfiler.topicSize)
    }
    let profiles = raw.map { entry in
      var profile = entry.profile
      profile.context = WeightedTerms(
        entry.weights.mapValuesWithKeys { term, weight in weight * table.idf(term) },
        keep: FigureProfiler.contextSize)
      return profile
    }
    return (profiles, topics)
  }

  /// A figure's profile; its context weights are by nearness only (rarity comes once all
  /// sources are read).
  private mutating func describe(
    _ figure: Figure, measure: Measure, source: Int, tokens: [Token], date: String?,
    articleYear: Int?, neighbours: [Range<Int>] = []
  ) -> (profile: FigureProfile, weights: [Int: Double]) {
    let first = tokens.firstIndex { $0.end > figure.start } ?? tokens.count
    let last = (tokens.lastIndex { $0.start < figure.end } ?? first - 1)
    let clause = first < tokens.count ? tokens[first].clause : (tokens.last?.clause ?? 0)
    // The clauses of the sentence's other figures: a period word in another clause than the
    // figure's, beside a figure of its own, is that figure's ("up from 52 per cent ten days
    // ago, an 18 per cent rise"); within one clause it covers all ("14 goals in 41 games
    // last season").
    let others = neighbours.compactMap { span in
      tokens.first { $0.end > span.lowerBound && $0.start < span.upperBound }.map {
        (span: span, clause: $0.clause)
      }
    }
    func belongsToAnother(_ index: Int) -> Bool {
      let token = tokens[index]
      return token.clause != clause
        && others.contains {
          // A year is a figure too ("In 2019, 18 people died"): it is not its own owner.
          $0.clause == token.clause
            && !($0.span.lowerBound < token.end && token.start < $0.span.upperBound)
        }
    }
    var weights: [Int: Double] = [:]
    var names: Set<Int> = []
    var nearNames: Set<Int> = []
    var years: Set<Int> = []
    var earlier = false
    var later = false
    // "six points lower than a week ago", "up from 52 per cent": past the baseline word, a
    // period is the one the change is measured from, not the figure's own.
    let baseline =
      last + 1 < tokens.count
      ? tokens[(last + 1)...].firstIndex { ScanVocabulary.baselineWords.contains($0.lower) }
      : nil
    for (index, token) in tokens.enumerated() where index < first || index > last {
      let distance = index < first ? first - index : index - last
      let crossed = abs(token.clause - clause)
      let reach = distance + 3 * crossed
      if token.isName, let term = token.term {
        names.insert(term)
        if reach <= FigureProfiler.nameReach { nearNames.insert(term) }
      }
      guard reach <= FigureProfiler.window else { continue }
      // "since 2022", "since last year": the period runs to now, so it is the story's.
      let opensPeriod =
        (index > 0 && ScanVocabulary.periodOpeners.contains(tokens[index - 1].lower))
        || baseline.map { index > $0 } == true
        || belongsToAnother(index)
      if let year = token.year, !opensPeriod, reach <= 5 {
        years.insert(year)
        if let articleYear, year < articleYear { earlier = true }
        if let articleYear, year > articleYear { later = true }
      }
      if reach <= 6, !opensPeriod, ScanVocabulary.pastMarkers.contains(token.lower) {
        earlier = true
      }
      if reach <= 6, !opensPeriod, ScanVocabulary.futureMarkers.contains(token.lower) {
        later = true
      }
      if token.lower == "last", !opensPeriod, index + 1 < tokens.count,
        ScanVocabulary.periodNouns.contains(tokens[index + 1].lower), reach <= 8
      {
        earlier = true
      }
      guard let term = token.term else { continue }
      let weight = 1 / (1 + Double(reach) / 3)
      weights[term] = max(weights[term] ?? 0, weight)
    }
    var countedNoun: Int?
    if measure.dimension == .count, let unit = figure.unit, unit.count > 2,
      unit.allSatisfy({ $0.isLetter || $0 == " " }),
      !ScanVocabulary.genericCounters.contains(unit.lowercased())
    {
      let stem = Stemmer.stem(unit.split(separator: " ").last.map(String.init) ?? unit)
      let term = termID(ScanVocabulary.synonyms[stem] ?? stem)
      countedNoun = term
      weights[term] = max(weights[term] ?? 0, 1.5)
    }
    for subjectTerm in figure.subjectTerms {
      let term = termID(ScanVocabulary.synonyms[subjectTerm] ?? subjectTerm)
      weights[term] = (weights[term] ?? 0) + 0.5
    }
    let period: FigureProfile.Period = earlier ? .earlier : later ? .later : .current
    var profile = FigureProfile(
      figure: figure, source: source, measure: measure, context: WeightedTerms(), names: names,
      nearNames: nearNames,
      countedNoun: countedNoun, period: period, years: years, date: date)
    profile.partStart = FigureProfiler.part(before: first, in: tokens)
    return (profile, weights)
  }

  /// The start of the number a figure is the whole of: "118 of the 233", "41 out of 236".
  static func part(before first: Int, in tokens: [Token]) -> Int? {
    guard first < tokens.count else { return nil }
    var index = first - 1
    if index >= 0, ScanVocabulary.wholeDeterminers.contains(tokens[index].lower) { index -= 1 }
    guard index >= 0, tokens[index].lower == "of" else { return nil }
    index -= 1
    if index >= 0, tokens[index].lower == "out" { index -= 1 }
    guard index >= 0, tokens[index].clause == tokens[first].clause,
      tokens[index].lower.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
    else { return nil }
    // "1,800" is two tokens: the part starts at the first.
    while index > 0, tokens[index - 1].end + 1 == tokens[index].start,
      tokens[index - 1].lower.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
    {
      index -= 1
    }
    return tokens[index].start
  }

  /// A text's scalars, read in one pass: ASCII bytes are their own scalars, and `Array` of a
  /// scalar view counts them before copying.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.utf8.count)
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
      for byte in bytes { result.append(Unicode.Scalar(byte)) }
      return true
    }
    if ascii != true {
      result.removeAll(keepingCapacity: true)
      for scalar in text.unicodeScalars { result.append(scalar) }
    }
    return result
  }

  /// Where a headline ends: the first line, when a blank line follows it early in the text.
  static func headlineEnd(_ scalars: [Unicode.Scalar]) -> Int {
    let limit = min(scalars.count - 1, 400)
    var index = 0
    while index < limit {
      if scalars[index] == "\n" {
        return scalars[index + 1] == "\n" || scalars[index + 1] == "\r" ? index : 0
      }
      index += 1
    }
    return 0
  }

  /// A number joined to another by a colon ("19:05", "2:1") is a clock time or a ratio,
  /// not a measure, whatever the extraction made of it.
  static func isJoinedByColon(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
    func isDigit(_ index: Int) -> Bool {
      index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
    }
    let before = figure.start - 1
    let after = figure.end
    if before >= 0, before < scalars.count, scalars[before] == ":", isDigit(before - 1) {
      return true
    }
    return after < scalars.count && scalars[after] == ":" && isDigit(after + 1)
  }

  /// A number followed by "a.m.", "p.m." or a time zone ("10 p.m.", "1447 GMT") is a clock
  /// time.
  static func isClockTime(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
    var index = figure.end
    while index < scalars.count, scalars[index] == " " { index += 1 }
    var word = ""
    while index < scalars.count,
      FigureProfiler.isAlphabetic(scalars[index]) || scalars[index] == "."
    {
      word.unicodeScalars.append(scalars[index])
      index += 1
    }
    return ScanVocabulary.clockWords.contains(word.lowercased())
  }

  /// Unicode's Alphabetic property, answered without the property tables for ASCII (most
  /// text), where it is exactly the Latin letters.
  @inline(__always)
  static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic
  }

  private mutating func termID(_ stem: String) -> Int { terms.id(of: stem) }

  /// The words of a sentence, each with its stem's id (nil for words that say nothing).
  mutating func tokenize(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> [Token] {
    var tokens: [Token] = []
    var clause = 0
    var index = max(0, start)
    let end = min(end, scalars.count)
    while index < end {
      let scalar = scalars[index]
      if FigureProfiler.isAlphabetic(scalar) || ("0"..."9").contains(scalar) {
        var wordEnd = index
        // Appended to a String's own scalars: converting a scalar view to a String is slow.
        var word = ""
        while wordEnd < end {
          let next = scalars[wordEnd]
          let inner =
            (next == "'" || next == "’" || next == ".") && wordEnd + 1 < end
            && FigureProfiler.isAlphabetic(scalars[wordEnd + 1])
          guard FigureProfiler.isAlphabetic(next) || ("0"..."9").contains(next) || inner else {
            break
          }
          word.unicodeScalars.append(next)
          wordEnd += 1
        }
        tokens.append(
          token(
            word, start: index, end: wordEnd, clause: clause,
            opensSentence: tokens.isEmpty))
        index = wordEnd
        continue
      }
      // A comma between digits groups thousands ("1,800"); it ends no clause.
      let groupsDigits =
        scalar == "," && index > start && index + 1 < end
        && ("0"..."9").contains(scalars[index - 1]) && ("0"..."9").contains(scalars[index + 1])
      if !groupsDigits, ScanVocabulary.clauseBreaks.contains(scalar) { clause += 1 }
      index += 1
    }
    return tokens
  }

  private mutating func token(
    _ word: String, start: Int, end: Int, clause: Int, opensSentence: Bool
  ) -> Token {
    let known = wordInfo(word)
    var result = Token(
      start: start, end: end, term: known.term, lower: known.lower, isName: false,
      year: known.year, clause: clause)
    guard let term = known.term else { return result }
    result.isName = !opensSentence && known.isCapitalized
    if result.isName || spellings[term] == nil {
      spellings[term] = result.isName ? word : known.lower
    }
    return result
  }

  /// What a word as written says, worked out once per distinct spelling: its lower case, its
  /// stem's term (nil for stop words, numbers and words with digits), and the year it names.
  private mutating func wordInfo(_ word: String) -> WordInfo {
    if let known = words[word] { return known }
    let lower = word.lowercased()
    var info = WordInfo(
      lower: lower, term: nil, year: nil, isCapitalized: word.first?.isUppercase == true)
    if word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
      if word.count == 4, let year = Int(word), ScanVocabulary.yearRange.contains(year) {
        info.year = year
      }
    } else if word.count > 1, !word.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
      !Vocabulary.stopWords.contains(lower), !ScanVocabulary.contextStopWords.contains(lower)
    {
      if let known = stems[lower] {
        info.term = known
      } else {
        let stem = Stemmer.stem(lower)
        let id = terms.id(of: ScanVocabulary.synonyms[stem] ?? stem)
        stems[lower] = id
        info.term = id
      }
    }
    words[word] = info
    return info
  }
}

extension Dictionary {
  /// The dictionary with each value transformed, knowing its key.
  func mapValuesWithKeys<T>(_ transform: (Key, Value) -> T) -> [Key: T] {
    var result: [Key: T] = [:]
    result.reserveCapacity(count)
    for (key, value) in self { result[key] = transform(key, value) }
    return result
  }
}
