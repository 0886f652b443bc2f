import Dispatch
import Foundation

/// Builds the profile of every figure of the loaded sources: one pass over each sentence that
/// holds figures, so the work grows with the text, never with pairs of figures.
struct FigureProfiler {
  /// How many tokens away a word can be and still describe a figure.
  static let window = 14
  /// How much of an article's opening (code points) says what period its story is of: its
  /// title and first lines.
  static let openingLength = 600

  /// The years of the dates an article gives before code point `end` (its opening: "Matric
  /// results 2026", "in 2026"), but for years it sets its story against ("since 2019", "five
  /// years after the 2019 floods", "worse than 2019": ``ScanVocabulary/backgroundYearOpeners``
  /// one or two words before).
  static func years(of figures: [Figure], before end: Int, in scalars: [Unicode.Scalar])
    -> TermSet
  {
    var years: [Int] = []
    for figure in figures where figure.start < end {
      guard figure.kind == .date, let date = figure.date, let year = Int(date.prefix(4)) else {
        continue
      }
      let before = wordsBefore(figure.start, count: 2, in: scalars)
      if before.contains(where: ScanVocabulary.backgroundYearOpeners.contains) { continue }
      years.append(year)
    }
    return TermSet(gathering: years)
  }

  /// Up to `count` words before code point `position` in its clause (back to a clause break
  /// or a number), lower-cased, nearest first.
  static func wordsBefore(_ position: Int, count: Int, in scalars: [Unicode.Scalar]) -> [String] {
    var words: [String] = []
    var index = min(position, scalars.count)
    while words.count < count {
      while index > 0, !isAlphabetic(scalars[index - 1]) {
        if isClauseBreak(scalars[index - 1]) || isDigit(scalars[index - 1]) { return words }
        index -= 1
      }
      guard index > 0 else { break }
      let end = index
      while index > 0, isAlphabetic(scalars[index - 1]) { index -= 1 }
      var word = String.UnicodeScalarView()
      word.append(contentsOf: scalars[index..<end])
      words.append(String(word).lowercased())
    }
    return words
  }

  /// Whether a count is written as a hyphened compound of its number and its counted noun
  /// (`unit`, lower-cased): "42-member", "12-person", "six-member" give the size of the noun
  /// after them; "40-odd passengers" and "50-plus patients" count people.
  static func isSizeCompound(_ text: String, unit: String) -> Bool {
    guard let hyphen = text.lastIndex(where: { $0 == "-" || $0 == "\u{2011}" }) else {
      return false
    }
    let noun = text[text.index(after: hyphen)...].lowercased()
    return noun.count >= 3 && (unit.hasPrefix(noun) || noun.hasPrefix(unit))
  }

  /// How many tokens away in its clause an outcome word ("killed", "injured") still says what
  /// a count counts.
  static let outcomeReach = 5
  /// How many tokens away a name still says what a figure is about.
  static let nameReach = 6
  /// How far (tokens, three per clause crossed) a reporting verb still says who gave a
  /// figure.
  static let attributionReach = 14
  /// How many context terms a figure keeps.
  static let contextSize = 16
  /// How many words describe a source's topic.
  static let topicSize = 60
  /// How many figures of one dimension make a sentence a list of parts.
  static let listSize = 3

  /// A sentence (by its start) and a dimension: the key a list of parts is counted under.
  struct SentenceDimension: Hashable {
    var sentence: Int
    var dimension: MeasureDimension
  }

  private(set) var terms = TermTable()
  private var stems: [String: Int] = [:]
  /// The distinct spellings read so far, numbered; `words` holds their readings by number,
  /// so a word is lowered, stemmed and looked up in the word lists once per scan.
  private var spellings = SpellingTable()
  private var words: [WordInfo] = []
  /// Each spelling as written and lower-cased, by number, to show a term.
  private var texts: [String] = []
  private var lowers: [String] = []
  /// How each term is shown (nil: as its stem): a name's latest spelling, else the first
  /// spelling's lower case.
  private var surfaces: [String?] = []
  /// The words of the source being read as this profiler numbers them: the terms and subject
  /// words it refers to in the order it first does (``SourceWords``). `referredBy[t]` is the
  /// source (plus one) that last referred to term `t`, `referenceIndex[t]` its place in that
  /// source's list; the same for subject words.
  private var sourceWords = SourceWords()
  private var referredBy: [Int32] = []
  private var referenceIndex: [Int32] = []
  private var subjectReferredBy: [Int32] = []
  private var reader: Int32 = 0
  /// Each subject word by its number.
  private var subjectTexts: [String] = []
  /// Scratch for one source's term counts, by term (0: absent), and the terms set in it.
  private var topicScratch: [Double] = []
  private var topicTouched: [Int] = []
  /// Scratch for one figure's context weights, by term (0: absent), and the terms set in it.
  private var scratchWeights: [Double] = []
  private var scratchTerms: [Int] = []
  /// Subject words numbered for ``FigureProfile/subjects``, with their terms.
  private var subjectWords: [String: (subject: Int32, term: Int)] = [:]
  /// The counted noun's term of each unit seen (nil inside: the unit counts no noun).
  private var countedNouns: [String: Int?] = [:]
  /// Words of the scan's vocabulary looked up by term in this profiler's numbers, made on
  /// first use (``vocabularyTerms()``).
  private var knownTerms: VocabularyTerms?

  /// The terms of words the profiler looks for among a sentence's tokens, so that a token is
  /// tested by its term, not by its text.
  struct VocabularyTerms {
    /// ``ScanVocabulary/momentWords``: each term with its word's place in the list.
    var moments: [Int: Int] = [:]
    /// ``ScanVocabulary/statisticStems``.
    var statistics: [Int: SummaryStatistic] = [:]
  }

  /// A term as written in the text.
  func surface(_ term: Int) -> String {
    guard term < surfaces.count, let written = surfaces[term] else { return terms.words[term] }
    return written
  }

  /// A spelling's reading, the same wherever it occurs (plain values, copied at no cost).
  struct WordInfo {
    var term: Int?
    var year: Int?
    var isCapitalized: Bool
    var marks: WordMarks
  }

  /// What the scan's word lists say of a word, looked up once per spelling.
  struct WordMarks: OptionSet {
    let rawValue: UInt64
    /// "than", "from": what follows is the baseline a change is measured against.
    static let baseline = WordMarks(rawValue: 1 << 0)
    /// "since": the period runs to now.
    static let periodOpener = WordMarks(rawValue: 1 << 1)
    static let pastMarker = WordMarks(rawValue: 1 << 2)
    static let futureMarker = WordMarks(rawValue: 1 << 3)
    static let last = WordMarks(rawValue: 1 << 4)
    static let periodNoun = WordMarks(rawValue: 1 << 5)
    static let wholeDeterminer = WordMarks(rawValue: 1 << 6)
    static let of = WordMarks(rawValue: 1 << 7)
    static let out = WordMarks(rawValue: 1 << 8)
    /// Only the digits 0–9.
    static let digits = WordMarks(rawValue: 1 << 9)
    static let from = WordMarks(rawValue: 1 << 10)
    static let to = WordMarks(rawValue: 1 << 11)
    /// "killed", "injured", "missing": what happened to the people a count counts.
    static let outcome = WordMarks(rawValue: 1 << 12)
    /// "frozen", "recorded": a past participle or past tense, the head of an action a year
    /// after it may date instead of the figure.
    static let participle = WordMarks(rawValue: 1 << 13)
    /// "when": after a year, it opens a clause of that year's events ("since 2017, when 66
    /// died").
    static let when = WordMarks(rawValue: 1 << 14)

    /// "said", "estimated", "according": the words before it (after "according to") name
    /// who gave the figure.
    static let reporting = WordMarks(rawValue: 1 << 15)
    /// "according": its source follows ("according to the police").
    static let according = WordMarks(rawValue: 1 << 16)
    /// "fell", "up", "rise": a share beside it is a change, not a level.
    static let change = WordMarks(rawValue: 1 << 17)
    /// "to", "at": a share after it is the level a thing reached or stands at.
    static let level = WordMarks(rawValue: 1 << 18)
    /// "won", "scored": a count a side gained in a contest, still a count of the thing.
    static let gain = WordMarks(rawValue: 1 << 19)
    /// "account", "make": with its particle before a share, a part's share of a whole.
    static let partOfWholeVerb = WordMarks(rawValue: 1 << 20)
    /// "for", "up": the particle of a ``partOfWholeVerb``.
    static let partOfWholeParticle = WordMarks(rawValue: 1 << 21)
    /// "on", "won": may stand between a name and the figure it holds (``FigureHolder``).
    static let holderLink = WordMarks(rawValue: 1 << 22)
    /// "for": after a share, before the name that holds it.
    static let shareHolderLink = WordMarks(rawValue: 1 << 23)
    /// A month or weekday: never a figure's holder.
    static let calendarName = WordMarks(rawValue: 1 << 24)
    /// "them", "whom": after "of", makes the figure before a part (``PartitiveFigure``).
    static let partitivePronoun = WordMarks(rawValue: 1 << 25)
    /// "of", "among": opening a sentence, names a whole whose parts follow.
    static let partitiveOpener = WordMarks(rawValue: 1 << 26)
    /// "including": the figure after it is a part of a whole just said.
    static let inclusion = WordMarks(rawValue: 1 << 27)
    /// Ends in "'s": a possessor ("Spain's 17 deaths").
    static let possessive = WordMarks(rawValue: 1 << 28)
    /// "by": before a tally's first count ("passed by 31 votes to 4", ``TallySide``).
    static let tallyOpener = WordMarks(rawValue: 1 << 29)
    /// "together", "combined": a figure beside it is several holders' (``JointFigure``).
    static let joint = WordMarks(rawValue: 1 << 30)
    /// "counted", "reporting": after a share of units, the progress of a count
    /// (``ProgressReading``).
    static let progress = WordMarks(rawValue: 1 << 31)
    /// "with": opens a clause that may read a count's progress (``ProgressReading``).
    static let with = WordMarks(rawValue: 1 << 32)
    /// "requires", "needed": a figure the word governs is a norm (``NormFigure``).
    static let normCue = WordMarks(rawValue: 1 << 33)
    /// "threshold", "target": a noun that names a figure a norm, before it or in apposition
    /// (``NormFigure``).
    static let normNoun = WordMarks(rawValue: 1 << 34)
    /// "is", "are", "be": before "needed" or "required", a passive that makes the figure the
    /// thing needed ("the 52,000 a year that … is needed", ``NormFigure``).
    static let copula = WordMarks(rawValue: 1 << 35)
    /// "needed", "required": a participle of need, a norm only in a passive or after the
    /// figure ("the 50 votes needed"); before a figure it tells what happened ("needed 12
    /// stitches", ``NormFigure``).
    static let normParticiple = WordMarks(rawValue: 1 << 36)
    /// "record", "records": the noun a passed record's value follows (``PriorRecord``).
    static let recordNoun = WordMarks(rawValue: 1 << 43)
    /// "previous", "breaking", "shy": before "record", it was passed or stood before
    /// (``PriorRecord``).
    static let passedRecordCue = WordMarks(rawValue: 1 << 44)
    /// "which", "who": opening a clause after a comma, a description of a name before it
    /// ("Fernbrook, which was founded in 1932, employs …"), whose years are not the sentence's.
    static let relative = WordMarks(rawValue: 1 << 42)
    /// "voters", "members", "fans": a noun of people (``FollowersShare``).
    static let personNoun = WordMarks(rawValue: 1 << 45)
    /// "yet": after a count, what it counts is still to happen (``RemainderCount``).
    static let remainder = WordMarks(rawValue: 1 << 40)
    /// "and", "while": a name and a figure after one may leave out the verb before
    /// (``GappedHolder``).
    static let gappingConjunction = WordMarks(rawValue: 1 << 52)
    /// "ago", "earlier": right after a spell, the time since something (``ElapsedSpan``).
    static let elapsed = WordMarks(rawValue: 1 << 53)
    /// "serious", "critically": a degree of a fate (``SeverityPart``).
    static let severity = WordMarks(rawValue: 1 << 54)
    /// "injured", "condition", "damaged": a harm a degree may qualify (``SeverityPart``).
    static let harm = WordMarks(rawValue: 1 << 55)
    /// "lost", "lose": a fate or a contest's side as its neighbours say (``LostFate``).
    static let loss = WordMarks(rawValue: 1 << 37)
    /// "life", "lives": what "lost" may take (``LostFate``).
    static let life = WordMarks(rawValue: 1 << 38)
    /// "on" right after a share that is no level: what it is measured against (``ChangeBaseline``).
    static let changeBaseline = WordMarks(rawValue: 1 << 61)
    /// "above", "below" right after a share: what it is measured against (``ChangeBaseline``).
    static let relativeBaseline = WordMarks(rawValue: 1 << 62)
    /// "killing", "leaving": a present participle, which may open a clause that tells of the
    /// event of the clause before (``ParticipialClause``).
    static let presentParticiple = WordMarks(rawValue: 1 << 56)
    /// "lost", "shed": a change only before a share (``ScanVocabulary/lossVerbsBeforeShare``).
    static let lossBeforeShare = WordMarks(rawValue: 1 << 57)
    /// "since": its phrase names where a period that runs to now starts (``SincePhrase``).
    static let since = WordMarks(rawValue: 1 << 58)
    /// "year": after "last", the year before the article's.
    static let yearNoun = WordMarks(rawValue: 1 << 39)
    /// "levels", "figures": after "on" and a year, what a change is measured against
    /// (``ChangeBaseline``).
    static let baselineNoun = WordMarks(rawValue: 1 << 41)

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The marks of a lower-cased word.
    init(lower: String) {
      var marks: WordMarks = []
      if ScanVocabulary.baselineWords.contains(lower) { marks.insert(.baseline) }
      if ScanVocabulary.changeBaselineWords.contains(lower) { marks.insert(.changeBaseline) }
      if ScanVocabulary.relativeBaselineWords.contains(lower) { marks.insert(.relativeBaseline) }
      if ScanVocabulary.periodOpeners.contains(lower) { marks.insert(.periodOpener) }
      if ScanVocabulary.pastMarkers.contains(lower) { marks.insert(.pastMarker) }
      if ScanVocabulary.futureMarkers.contains(lower) { marks.insert(.futureMarker) }
      if lower == "last" { marks.insert(.last) }
      if ScanVocabulary.periodNouns.contains(lower) { marks.insert(.periodNoun) }
      if lower == "year" { marks.insert(.yearNoun) }
      if ScanVocabulary.baselineNouns.contains(lower) { marks.insert(.baselineNoun) }
      if ScanVocabulary.wholeDeterminers.contains(lower) { marks.insert(.wholeDeterminer) }
      if lower == "of" { marks.insert(.of) }
      if lower == "out" { marks.insert(.out) }
      if lower == "from" { marks.insert(.from) }
      if lower == "to" { marks.insert(.to) }
      if lower == "when" { marks.insert(.when) }
      if ScanVocabulary.relativePronouns.contains(lower) { marks.insert(.relative) }
      if lower == "since" { marks.insert(.since) }
      if ScanVocabulary.reportingVerbs.contains(lower) { marks.insert(.reporting) }
      if lower == "according" { marks.insert([.reporting, .according]) }
      if ScanVocabulary.changeWords.contains(lower) { marks.insert(.change) }
      if ScanVocabulary.lossVerbsBeforeShare.contains(lower) { marks.insert(.lossBeforeShare) }
      if lower == "to" || lower == "at" { marks.insert(.level) }
      if ScanVocabulary.outcomeWords.contains(lower) { marks.insert(.outcome) }
      if ScanVocabulary.gainWords.contains(lower) { marks.insert(.gain) }
      if ScanVocabulary.partOfWholeVerbs.contains(lower) { marks.insert(.partOfWholeVerb) }
      if ScanVocabulary.partOfWholeParticles.contains(lower) {
        marks.insert(.partOfWholeParticle)
      }
      if lower.unicodeScalars.allSatisfy({ FigureProfiler.isDigit($0) }) { marks.insert(.digits) }
      if ScanVocabulary.holderLinks.contains(lower) { marks.insert(.holderLink) }
      if ScanVocabulary.shareHolderLinks.contains(lower) { marks.insert(.shareHolderLink) }
      let unpossessed =
        lower.hasSuffix("'s") || lower.hasSuffix("’s") ? String(lower.dropLast(2)) : lower
      if ScanVocabulary.calendarNames.contains(unpossessed) { marks.insert(.calendarName) }
      if unpossessed.count < lower.count { marks.insert(.possessive) }
      if ScanVocabulary.partitivePronouns.contains(lower) { marks.insert(.partitivePronoun) }
      if ScanVocabulary.partitiveOpeners.contains(lower) { marks.insert(.partitiveOpener) }
      if ScanVocabulary.inclusionWords.contains(lower) { marks.insert(.inclusion) }
      if lower == "by" { marks.insert(.tallyOpener) }
      if lower == "with" { marks.insert(.with) }
      if ScanVocabulary.jointWords.contains(lower) { marks.insert(.joint) }
      if ScanVocabulary.progressWords.contains(lower) { marks.insert(.progress) }
      if ScanVocabulary.normVerbs.contains(lower) { marks.insert(.normCue) }
      if ScanVocabulary.normParticiples.contains(lower) { marks.insert(.normParticiple) }
      if ScanVocabulary.personNouns.contains(lower) { marks.insert(.personNoun) }
      if ScanVocabulary.normNouns.contains(lower) { marks.insert(.normNoun) }
      if lower == "record" || lower == "records" { marks.insert(.recordNoun) }
      if ScanVocabulary.passedRecordCues.contains(lower) { marks.insert(.passedRecordCue) }
      if ScanVocabulary.copulas.contains(lower) { marks.insert(.copula) }
      if ScanVocabulary.remainderAdverbs.contains(lower) { marks.insert(.remainder) }
      if ScanVocabulary.gappingConjunctions.contains(lower) { marks.insert(.gappingConjunction) }
      if ScanVocabulary.elapsedMarkers.contains(lower) { marks.insert(.elapsed) }
      if ScanVocabulary.severityWords.contains(lower) { marks.insert(.severity) }
      if ScanVocabulary.harmWords.contains(lower) { marks.insert(.harm) }
      if ScanVocabulary.lossWords.contains(lower) { marks.insert(.loss) }
      if ScanVocabulary.lifeNouns.contains(lower) { marks.insert(.life) }
      if (lower.count >= 4 && lower.hasSuffix("ed") && !lower.hasSuffix("eed"))
        || ScanVocabulary.irregularParticiples.contains(lower)
      {
        marks.insert(.participle)
      }
      if lower.count >= 6, lower.hasSuffix("ing"),
        !ScanVocabulary.ingNonParticiples.contains(lower),
        !ScanVocabulary.participlesOfAnotherStatement.contains(lower)
      {
        marks.insert(.presentParticiple)
      }
      self = marks
    }
  }

  /// A word of a sentence.
  struct Token {
    var start: Int
    var end: Int
    /// The stem's term id; nil for stop words, numbers and punctuation.
    var term: Int?
    var marks: WordMarks
    var isName: Bool
    var year: Int?
    /// Clause breaks (commas, semicolons, dashes, brackets) since the sentence began.
    var clause: Int
  }

  /// The profiles of the sources' figures, with the source topics (their figure sentences'
  /// words, TF-IDF weighted).
  /// `shouldStop` is asked before each source with the number done, and with the number of
  /// sources while their figures are renumbered; when it answers true nothing is returned,
  /// and what was read is freed on another thread.
  ///
  /// Sources are read a run at a time on all cores, each core numbering words in tables of its
  /// own (``words(of:index:reading:)``); the words are then numbered for the scan source by
  /// source, in order, so every number is the one reading the sources one by one would give.
  /// `cores`: how many cores read (nil: all, up to ``DiscrepancyScanner/maximumWorkers``).
  mutating func profiles(
    of sources: [Source], kind: FigureKind?, rates: RateSources, cores: Int? = nil,
    shouldStop: (Int) -> Bool = { _ in false }
  ) -> (profiles: [FigureProfile], topics: [WeightedTerms]) {
    let reader = SourceReader(kind: kind, rates: rates, workers: cores)
    let cores = Cores(count: reader.workers)
    defer { cores.release() }
    // Each core's term and subject numbers in the scan's (-1: not yet numbered).
    var scanTerms = [[Int32]](repeating: [], count: cores.count)
    var scanSubjects = [[Int32]](repeating: [], count: cores.count)
    var subjectNumbers: [String: Int32] = [:]
    // The figures as their cores described them, and which core read each source.
    var described: [FigureProfile] = []
    described.reserveCapacity(sources.reduce(0) { $0 + $1.figures.count })
    var readBy: [Int] = []
    // Figures' nearness weights, flat: figure `n`'s run from `rawStarts[n]` to
    // `rawStarts[n + 1]`, in its core's numbers. A dictionary per figure cost more memory
    // than the profiles.
    var rawTerms: [Int32] = []
    var rawWeights: [Double] = []
    var rawStarts: [Int] = [0]
    // Sources' term counts, flat the same way, in the scan's numbers.
    var topicTerms: [Int32] = []
    var topicCounts: [Double] = []
    var topicStarts: [Int] = [0]
    var documentTerms: [Int] = []
    var start = 0
    while start < sources.count {
      let end = reader.runEnd(sources, from: start)
      for index in start..<end where shouldStop(index) {
        BackgroundRelease.release(
          (consume described, consume rawTerms, consume rawWeights, consume topicTerms))
        return ([], [])
      }
      let readings = reader.read(sources[start..<end])
      let results = cores.words(of: sources[start..<end], from: start, readings: readings)
      for (offset, result) in results.enumerated() {
        let core = (offset % cores.count)
        let profiler = cores.profilers[core]
        // The source's terms, numbered in the order it first refers to them.
        FigureProfiler.grow(&scanTerms[core], toHold: profiler.terms.words.count - 1, with: -1)
        for (place, local) in result.terms.enumerated() {
          let local = Int(local)
          if scanTerms[core][local] < 0 {
            scanTerms[core][local] = Int32(terms.id(of: profiler.terms.words[local]))
          }
          let term = Int(scanTerms[core][local])
          FigureProfiler.grow(&surfaces, toHold: term, with: nil)
          if result.nameSpellings[place] >= 0 {
            surfaces[term] = profiler.texts[Int(result.nameSpellings[place])]
          } else if result.firstSpellings[place] >= 0, surfaces[term] == nil {
            surfaces[term] = profiler.lowers[Int(result.firstSpellings[place])]
          }
        }
        FigureProfiler.grow(&scanSubjects[core], toHold: profiler.subjectTexts.count - 1, with: -1)
        for local in result.subjects where scanSubjects[core][Int(local)] < 0 {
          let text = profiler.subjectTexts[Int(local)]
          let number = subjectNumbers[text] ?? Int32(subjectNumbers.count)
          subjectNumbers[text] = number
          scanSubjects[core][Int(local)] = number
        }
        documentTerms.removeAll(keepingCapacity: true)
        for (term, count) in zip(result.topicTerms, result.topicCounts) {
          let term = scanTerms[core][Int(term)]
          documentTerms.append(Int(term))
          topicTerms.append(term)
          topicCounts.append(count)
        }
        terms.addDocument(documentTerms)
        topicStarts.append(topicTerms.count)
        described.append(contentsOf: result.profiles)
        rawTerms.append(contentsOf: result.rawTerms)
        rawWeights.append(contentsOf: result.rawWeights)
        let base = rawStarts[rawStarts.count - 1]
        rawStarts.append(contentsOf: result.rawStarts.dropFirst().lazy.map { $0 + base })
        readBy.append(core)
      }
      start = end
    }
    let table = terms
    let idf = (0..<table.words.count).map { table.idf($0) }
    let topics = FigureProfiler.topics(
      terms: topicTerms, counts: topicCounts, starts: topicStarts, table: table, idf: idf)
    // Each profile again in the scan's numbers, with its context weighed by rarity: runs of
    // figures shared out among the cores, each core writing its own figures, a batch of runs
    // between two looks whether to stop (a few hundred thousand figures take a while).
    let renumbering = Renumbering(
      terms: scanTerms, subjects: scanSubjects, readBy: readBy, idf: idf, rawTerms: rawTerms,
      rawWeights: rawWeights, rawStarts: rawStarts)
    let run = 512
    let runs = (described.count + run - 1) / run
    let batch = 32 * cores.count
    for firstRun in stride(from: 0, to: runs, by: batch) {
      if shouldStop(sources.count) {
        BackgroundRelease.release((consume described, consume topics))
        return ([], [])
      }
      described.withUnsafeMutableBufferPointer { buffer in
        let slots = ProfileSlots(buffer: buffer)
        DispatchQueue.concurrentPerform(iterations: min(batch, runs - firstRun)) { offset in
          let part = firstRun + offset
          var pairs: [(term: Int, weight: Double)] = []
          for figure in (part * run)..<min(slots.buffer.count, (part + 1) * run) {
            slots.buffer[figure] = renumbering.profile(
              slots.buffer[figure], figure, scratch: &pairs)
          }
        }
      }
    }
    return (described, topics)
  }

  /// Each source's topic from its term counts (source `n`'s from `starts[n]` to
  /// `starts[n + 1]`): its figure sentences' words, weighed by count and rarity, the heaviest
  /// kept. Runs of sources are shared out among the cores, each core writing its own sources'
  /// topics (sorting each source's words was a long single-core step).
  static func topics(
    terms: [Int32], counts: [Double], starts: [Int], table: TermTable, idf: [Double]
  ) -> [WeightedTerms] {
    let sources = starts.count - 1
    let run = 256
    return [WeightedTerms](unsafeUninitializedCapacity: sources) { buffer, initialized in
      let slots = TopicSlots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: (sources + run - 1) / run) { part in
        // A word of one source only cannot make two sources alike: topics keep shared words.
        var pairs: [(term: Int, weight: Double)] = []
        for source in (part * run)..<min(sources, (part + 1) * run) {
          pairs.removeAll(keepingCapacity: true)
          for entry in starts[source]..<starts[source + 1] {
            let term = Int(terms[entry])
            guard table.frequency(term) > 1 else { continue }
            pairs.append((term, counts[entry].squareRoot() * idf[term]))
          }
          (slots.buffer.baseAddress! + source).initialize(
            to: WeightedTerms(pairs, keep: FigureProfiler.topicSize))
        }
      }
      initialized = sources
    }
  }

  /// Topics written by several cores, each to its own indices.
  private struct TopicSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<WeightedTerms>
  }

  /// Profiles written by several cores, each to its own indices.
  private struct ProfileSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<FigureProfile>
  }

  /// What turns a profile described in its core's numbers into the scan's: each core's term
  /// and subject numbers in the scan's, the core that read each source, the terms' rarity,
  /// and the figures' nearness weights (figure `n`'s from `rawStarts[n]` to `rawStarts[n + 1]`).
  struct Renumbering: Sendable {
    let terms: [[Int32]]
    let subjects: [[Int32]]
    let readBy: [Int]
    let idf: [Double]
    let rawTerms: [Int32]
    let rawWeights: [Double]
    let rawStarts: [Int]

    /// Figure `figure`'s profile in the scan's numbers, its context weighed by rarity.
    func profile(
      _ local: FigureProfile, _ figure: Int, scratch pairs: inout [(term: Int, weight: Double)]
    ) -> FigureProfile {
      let numbers = terms[readBy[local.source]]
      let subjects = self.subjects[readBy[local.source]]
      func number(_ term: Int) -> Int { Int(numbers[term]) }
      pairs.removeAll(keepingCapacity: true)
      for entry in rawStarts[figure]..<rawStarts[figure + 1] {
        let term = number(Int(rawTerms[entry]))
        pairs.append((term, rawWeights[entry] * idf[term]))
      }
      return FigureProfile(
        figure: local.figure, source: local.source, measure: local.measure,
        context: WeightedTerms(pairs, keep: FigureProfiler.contextSize),
        names: TermSet(gathering: local.names.map(number)),
        nearNames: TermSet(gathering: local.nearNames.map(number)),
        subjects: local.subjects.map { subjects[Int($0)] },
        countedNoun: local.countedNoun.map(number),
        modifiers: TermSet(gathering: local.modifiers.map(number)),
        outcome: local.outcome.map(number), countsThing: local.countsThing,
        attribution: local.attribution.map(number), holder: local.holder.map(number),
        partPredicate: local.partPredicate.map { TermSet(gathering: $0.map(number)) },
        isBaseline: local.isBaseline, period: local.period, years: local.years,
        storyYears: local.storyYears, headlineYears: local.headlineYears, moment: local.moment,
        baselineYears: local.baselineYears,
        partStart: local.partStart, partitiveWhole: local.partitiveWhole,
        restatement: local.restatement, antecedent: local.antecedent,
        comparedStart: local.comparedStart, isListed: local.isListed, isTitle: local.isTitle,
        isTitleTwin: local.isTitleTwin, date: local.date)
    }
  }

  /// One source's figures as one core describes them, in its own numbers.
  struct SourceWords {
    /// The figures' profiles, their contexts left empty.
    var profiles: [FigureProfile] = []
    /// Figure `n`'s terms and nearness weights from `rawStarts[n]` to `rawStarts[n + 1]`.
    var rawTerms: [Int32] = []
    var rawWeights: [Double] = []
    var rawStarts: [Int] = [0]
    /// How often each term occurs in the figures' sentences.
    var topicTerms: [Int32] = []
    var topicCounts: [Double] = []
    /// The terms the source refers to, in the order it first does, each with its first
    /// spelling in the source and its last spelling as a name (-1: none).
    var terms: [Int32] = []
    var firstSpellings: [Int32] = []
    var nameSpellings: [Int32] = []
    /// The subject words it names, in the order it first does.
    var subjects: [Int32] = []
  }

  /// Source `index`'s figures described in this profiler's numbers: its sentences with
  /// figures tokenized once, each figure described, and the words it refers to listed.
  mutating func words(of source: Source, index: Int, reading: SourceReader.Reading)
    -> SourceWords
  {
    sourceWords = SourceWords()
    reader = Int32(index + 1)
    topicTouched.removeAll(keepingCapacity: true)
    let date = source.metadata.date
    let articleYear = date.flatMap { Int($0.prefix(4)) }
    let scalars = reading.scalars
    let storyYears = FigureProfiler.years(
      of: source.figures, before: FigureProfiler.openingLength, in: scalars)
    let headlineYears = FigureProfiler.years(
      of: source.figures, before: FigureProfiler.headlineEnd(scalars), in: scalars)
    var sentenceTokens: [Int: [Token]] = [:]
    // The moment of the day each sentence names, if any (``FigureProfile/moment``): its first
    // clock time, else its first word of a time of day.
    var sentenceMoments: [Int: Int] = [:]
    for figure in source.figures where figure.kind == .time {
      if sentenceMoments[figure.sentenceStart] == nil {
        sentenceMoments[figure.sentenceStart] = FigureProfiler.clockMoment(figure)
      }
    }
    var sentenceSpans: [Int: [Range<Int>]] = [:]
    // The figures that may own a sentence's words (``WordOwnership``): dates and clock times
    // are when, not what.
    var sentenceMeasures: [Int: [(span: Range<Int>, kind: FigureKind)]] = [:]
    for figure in source.figures {
      sentenceSpans[figure.sentenceStart, default: []].append(figure.start..<figure.end)
      if figure.kind != .date && figure.kind != .time {
        sentenceMeasures[figure.sentenceStart, default: []].append(
          (figure.start..<figure.end, figure.kind))
      }
    }
    // How many figures of each dimension each sentence holds: three or more are a list.
    var listSizes: [SentenceDimension: Int] = [:]
    for (figureIndex, measure) in reading.measured {
      let key = SentenceDimension(
        sentence: source.figures[figureIndex].sentenceStart, dimension: measure.dimension)
      listSizes[key, default: 0] += 1
    }
    for (figureIndex, measure) in reading.measured {
      let figure = source.figures[figureIndex]
      let tokens: [Token]
      if let cached = sentenceTokens[figure.sentenceStart] {
        tokens = cached
      } else {
        tokens = tokenize(scalars, from: figure.sentenceStart, to: figure.sentenceEnd)
        sentenceTokens[figure.sentenceStart] = tokens
        if sentenceMoments[figure.sentenceStart] == nil, let moment = wordMoment(in: tokens) {
          sentenceMoments[figure.sentenceStart] = moment
        }
        for token in tokens {
          guard let term = token.term else { continue }
          FigureProfiler.grow(&topicScratch, toHold: term, with: 0)
          if topicScratch[term] == 0 { topicTouched.append(term) }
          topicScratch[term] += 1
        }
      }
      sourceWords.profiles.append(
        describe(
          figure, measure: measure, source: index, tokens: tokens, date: date,
          articleYear: articleYear, storyYears: storyYears, headlineYears: headlineYears,
          moment: sentenceMoments[figure.sentenceStart],
          neighbours: sentenceSpans[figure.sentenceStart, default: []].filter {
            $0 != figure.start..<figure.end
          },
          measures: sentenceMeasures[figure.sentenceStart, default: []].filter {
            $0.kind == figure.kind && $0.span != figure.start..<figure.end
          }.map(\.span),
          isListed: listSizes[
            SentenceDimension(sentence: figure.sentenceStart, dimension: measure.dimension),
            default: 0] >= FigureProfiler.listSize,
          title: reading.titles[figureIndex]))
      for term in scratchTerms {
        sourceWords.rawTerms.append(Int32(term))
        sourceWords.rawWeights.append(scratchWeights[term])
        scratchWeights[term] = 0
      }
      sourceWords.rawStarts.append(sourceWords.rawTerms.count)
    }
    PartitiveWhole.assign(&sourceWords.profiles)
    Restatement.assign(&sourceWords.profiles, in: scalars)
    Anaphor.lendWords(
      Anaphor.assign(&sourceWords.profiles, in: scalars), terms: &sourceWords.rawTerms,
      weights: &sourceWords.rawWeights, starts: &sourceWords.rawStarts)
    Revision.assign(&sourceWords.profiles, in: scalars)
    StatedBaseline.assign(&sourceWords.profiles, in: scalars)
    for term in topicTouched {
      sourceWords.topicTerms.append(Int32(term))
      sourceWords.topicCounts.append(topicScratch[term])
      topicScratch[term] = 0
    }
    return sourceWords
  }

  /// Notes that the source being read refers to `term`; `spelling` is the token's spelling
  /// (-1: not a token), `isName` whether the token is written as a name.
  @inline(__always)
  private mutating func refer(to term: Int, spelling: Int = -1, isName: Bool = false) {
    if term >= referredBy.count {
      FigureProfiler.grow(&referredBy, toHold: term, with: 0)
      FigureProfiler.grow(&referenceIndex, toHold: term, with: 0)
    }
    if referredBy[term] != reader {
      referredBy[term] = reader
      referenceIndex[term] = Int32(sourceWords.terms.count)
      sourceWords.terms.append(Int32(term))
      sourceWords.firstSpellings.append(-1)
      sourceWords.nameSpellings.append(-1)
    }
    guard spelling >= 0 else { return }
    let place = Int(referenceIndex[term])
    if sourceWords.firstSpellings[place] < 0 { sourceWords.firstSpellings[place] = Int32(spelling) }
    if isName { sourceWords.nameSpellings[place] = Int32(spelling) }
  }

  /// One profiler per core, each used by one concurrent iteration only (its own index).
  final class Cores: @unchecked Sendable {
    let count: Int
    private let buffer: UnsafeMutableBufferPointer<FigureProfiler>

    init(count: Int) {
      self.count = count
      buffer = .allocate(capacity: count)
      for index in 0..<count { (buffer.baseAddress! + index).initialize(to: FigureProfiler()) }
    }

    var profilers: UnsafeMutableBufferPointer<FigureProfiler> { buffer }

    func release() {
      buffer.deinitialize()
      buffer.deallocate()
    }

    /// The words of `sources` (the first numbered `first`), source `first + n` read by core
    /// `n % count`, in the sources' order.
    func words(
      of sources: ArraySlice<Source>, from first: Int, readings: [SourceReader.Reading]
    ) -> [SourceWords] {
      let sources = Array(sources)
      let results = UnsafeMutableBufferPointer<SourceWords>.allocate(capacity: sources.count)
      defer { results.deallocate() }
      let slots = Slots(results: results, profilers: buffer)
      let count = self.count
      DispatchQueue.concurrentPerform(iterations: min(count, sources.count)) { core in
        for offset in stride(from: core, to: sources.count, by: count) {
          (slots.results.baseAddress! + offset).initialize(
            to: slots.profilers[core].words(
              of: sources[offset], index: first + offset, reading: readings[offset]))
        }
      }
      let words = Array(results)
      results.deinitialize()
      return words
    }

    /// What the cores write, each its own slots.
    private struct Slots: @unchecked Sendable {
      let results: UnsafeMutableBufferPointer<SourceWords>
      let profilers: UnsafeMutableBufferPointer<FigureProfiler>
    }
  }

  /// The figures of one source worth describing, with their measures: title lines that
  /// repeat a body figure, clock times and figures of other kinds left out; and those of
  /// them that stand on a title line, each with whether the body gives its value hedged
  /// otherwise.
  static func measuredFigures(
    of source: Source, scalars: [Unicode.Scalar], kind: FigureKind?, rates: RateSources,
    conversions: ConversionCache
  ) -> (measured: [(figure: Int, measure: Measure)], titles: [Int: Bool]) {
    let date = source.metadata.date
    let headlineEnd = FigureProfiler.headlineEnd(scalars)
    // A headline or another title line repeats the story's figure; the body's mention has
    // the context, so a figure the body also gives is taken from the body.
    let titleLines = TitleLines(scalars)
    func isTitle(_ figure: Figure) -> Bool {
      figure.end <= headlineEnd || titleLines.isTitle(at: figure.start)
    }
    // Hashing decimals is not cheap: only articles with a figure in a title pay for it.
    let bodyValues =
      source.figures.contains(where: isTitle)
      ? Set(
        source.figures.lazy.filter { !isTitle($0) }.map(FigureProfiler.RepeatedValue.init))
      : []
    // The body's values whatever their hedges: a title's figure of one of them, hedged
    // otherwise, is the body's figure restated (``TitleRestatement``).
    let bodyWritten = Set(bodyValues.map(\.unhedged))
    var measured: [(figure: Int, measure: Measure)] = []
    var titles: [Int: Bool] = [:]
    for (index, figure) in source.figures.enumerated() {
      let onTitle = !bodyValues.isEmpty && isTitle(figure)
      let repeated = onTitle ? RepeatedValue(figure) : nil
      if let repeated, bodyValues.contains(repeated) { continue }
      if let kind, figure.kind != kind { continue }
      guard !FigureProfiler.isJoinedByColon(figure, in: scalars),
        !FigureProfiler.isClockTime(figure, in: scalars),
        let measure = Measure.of(figure, date: date, rates: rates, cache: conversions)
      else { continue }
      measured.append((index, measure))
      if let repeated { titles[index] = bodyWritten.contains(repeated.unhedged) }
    }
    return (measured, titles)
  }

  /// A figure's profile; its context weights, by nearness only (rarity comes once all
  /// sources are read), are left in `scratchWeights` at the terms listed in `scratchTerms`.
  private mutating func describe(
    _ figure: Figure, measure: Measure, source: Int, tokens: [Token], date: String?,
    articleYear: Int?, storyYears: TermSet = [], headlineYears: TermSet = [],
    moment: Int? = nil, neighbours: [Range<Int>] = [],
    measures: [Range<Int>] = [], isListed: Bool = false, title: Bool? = nil
  ) -> FigureProfile {
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
    // "… struck the region in 2012, killing 80 people": the clause the figure's participle
    // hangs on tells of the figure's event, its period the figure's.
    let headClause = ParticipialClause.head(first: first, in: tokens)
    func belongsToAnother(_ index: Int) -> Bool {
      let token = tokens[index]
      return token.clause != clause && token.clause != headClause
        && others.contains {
          // A year is a figure too ("In 2019, 18 people died"): it is not its own owner.
          $0.clause == token.clause
            && !($0.span.lowerBound < token.end && token.start < $0.span.upperBound)
        }
    }
    // Whether a year far off in the figure's clause still dates it: no other figure of the
    // sentence stands between them, and no action the year may date instead ("€210 billion
    // in assets frozen in 2022": the freezing's year, not the holding's).
    func isOwnYear(_ index: Int) -> Bool {
      let token = tokens[index]
      let between = index > last ? (last + 1)..<index : (index + 1)..<first
      return !neighbours.contains {
        index > last
          ? $0.lowerBound >= figure.end && $0.upperBound <= token.start
          : $0.lowerBound >= token.end && $0.upperBound <= figure.start
      } && !tokens[between].contains { $0.marks.contains(.participle) }
    }
    // "Fernbrook, which was founded as a single shop in 1932, employs about 118,000 people":
    // a clause opened by a relative pronoun after a break describes a name; its years date
    // that name's past, not the figure of another clause. Only its years: its other time
    // words are still read ("Diesel, whose price was deregulated years ago, sells for …");
    // leaving them out too paired a hard negative on a hold-out set and found no group.
    var relativeClauses: [Int] = []
    for (index, token) in tokens.enumerated()
    where token.marks.contains(.relative) && index > 0 && tokens[index - 1].clause != token.clause {
      relativeClauses.append(token.clause)
    }
    func isRelativeClause(_ number: Int) -> Bool { relativeClauses.contains(number) }
    let ownership = WordOwnership(first: first, last: last, tokens: tokens, spans: measures)
    scratchTerms.removeAll(keepingCapacity: true)
    // Gathered with repeats, made sets once at the end.
    var names: [Int] = []
    var nearNames: [Int] = []
    var years: [Int] = []
    var baselineYears: [Int] = []
    var earlier = false
    var later = false
    var outcome: (term: Int, reach: Int, isGain: Bool)?
    var reporter: (term: Int, reach: Int)?
    // "six points lower than a week ago", "up from 52 per cent": past the baseline word, a
    // period is the one the change is measured from, not the figure's own.
    let changeBaseline = ChangeBaseline.opener(
      after: last, in: tokens, measure: measure,
      shareRole: FigureProfiler.shareRole(first: first, last: last, in: tokens))
    let baseline =
      changeBaseline
      ?? (last + 1 < tokens.count
        ? tokens[(last + 1)...].firstIndex { $0.marks.contains(.baseline) }
        : nil)
    for (index, token) in tokens.enumerated() where index < first || index > last {
      let distance = index < first ? first - index : index - last
      let crossed = abs(token.clause - clause)
      let reach = distance + 3 * crossed
      if token.isName, let term = token.term {
        names.append(term)
        if reach <= FigureProfiler.nameReach { nearNames.append(term) }
      }
      // The nearest reporting verb of the sentence names who gave the figure.
      if token.marks.contains(.reporting), reach <= FigureProfiler.attributionReach,
        reach < reporter?.reach ?? .max,
        let source = FigureProfiler.reporter(of: index, in: tokens)
      {
        reporter = (source, reach)
      }
      guard reach <= FigureProfiler.window else { continue }
      // "since 2022", "since last year": the period runs to now, so it is the story's.
      let opensPeriod =
        (index > 0 && tokens[index - 1].marks.contains(.periodOpener))
        || (token.year != nil && token.clause != clause && isRelativeClause(token.clause))
        || baseline.map { index > $0 } == true
        || belongsToAnother(index)
        || (token.year != nil && SincePhrase.opensPeriod(year: index, in: tokens))
      // A year further on in the figure's own clause may still state its period ("22,400
      // employees at its peak at the end of 2023").
      // "Since 2017, when 66 people died": a clause a year opens with "when" tells of that
      // year, whatever period the year itself closes.
      let opensWhenClause =
        index < first && index + 1 < tokens.count && tokens[index + 1].marks.contains(.when)
        && tokens[index + 1].clause == clause
      // "Up 14.2% on 2022" and "31.5 per cent on 2021": changes over two different years.
      if let year = token.year, let opener = changeBaseline, index > opener, reach <= 5 {
        baselineYears.append(year)
      }
      if let year = token.year,
        opensWhenClause
          || (!opensPeriod
            && (reach <= 5 || (crossed == 0 && isOwnYear(index)) || token.clause == headClause))
      {
        years.append(year)
        if let articleYear, year < articleYear { earlier = true }
        if let articleYear, year > articleYear { later = true }
      }
      if reach <= 6, !opensPeriod, token.marks.contains(.pastMarker),
        !ElapsedSpan.isElapsed(
          marker: index, last: last, dimension: measure.dimension, in: tokens)
      {
        earlier = true
      }
      if reach <= 6, !opensPeriod, token.marks.contains(.futureMarker) {
        later = true
      }
      if token.marks.contains(.last), !opensPeriod, index + 1 < tokens.count,
        tokens[index + 1].marks.contains(.periodNoun), reach <= 8
      {
        earlier = true
        // "Last year" in an article of 2027 is 2026, as plain a year as one written out, and
        // as near (not "the last year before the pandemic", a final one).
        if tokens[index + 1].marks.contains(.yearNoun), let articleYear, reach <= 5,
          index == 0 || !tokens[index - 1].marks.contains(.wholeDeterminer)
        {
          years.append(articleYear - 1)
        }
      }
      guard let term = token.term else { continue }
      // The nearest wins; a tie goes to the word after the figure ("230 were injured and 14
      // were missing": the 14's fate follows it, the word before is the 230's).
      // A fate before another figure of the sentence is that figure's ("killed and 87
      // injured when ten coaches").
      if token.marks.contains(.outcome), crossed == 0, reach <= FigureProfiler.outcomeReach,
        reach < outcome?.reach ?? .max || (reach == outcome?.reach && index > last),
        !FigureProfiler.isAnotherFiguresWord(index, first: first, in: tokens, figures: neighbours)
      {
        switch LostFate.reading(at: index, in: tokens) {
        case .asWritten: outcome = (term, reach, token.marks.contains(.gain))
        case .death:
          let death = termID(ScanVocabulary.deathTerm)
          refer(to: death)
          outcome = (death, reach, false)
        case .none: break
        }
      }
      let weight =
        1 / (1 + Double(reach) / 3) * ownership.weight(of: index, tokens: tokens)
      setWeight(term) { max($0, weight) }
    }
    var countedNoun: Int?
    var countsThing = false
    if measure.dimension == .count, let unit = figure.unit {
      // A unit's noun is worked out once per scan: thousands of figures share a few units.
      let known: Int?
      if let cached = countedNouns[unit] {
        known = cached
      } else {
        known = countedNounTerm(unit)
        countedNouns[unit] = .some(known)
      }
      if let term = known {
        refer(to: term)
        countedNoun = term
        setWeight(term) { max($0, 1.5) }
        // "69 deaths", "230 injuries": the noun is the fate.
        let noun = unit.lowercased()
        if outcome == nil, ScanVocabulary.outcomeWords.contains(noun) {
          outcome = (term, 0, false)
        }
        // "141 seats won" counts the seats whichever side won them: a gain is no fate. "A
        // 42-member medical team", "a 12-person crew": a hyphened count gives the size of
        // the thing it describes, people or not, and no number of people a fate befell.
        countsThing =
          (outcome?.isGain ?? true)
          && (!ScanVocabulary.personNouns.contains(noun)
            || (outcome == nil && FigureProfiler.isSizeCompound(figure.text, unit: noun)))
      }
    }
    var subjects: [Int32] = []
    var modifiers: [Int] = []
    subjects.reserveCapacity(figure.subjectTerms.count)
    // Only a borrowed subject is weighed so, and few figures borrow one.
    let partitive =
      figure.subjectInferred
      && PartitiveSubject.isPartOrWhole(first: first, last: last, in: tokens, figures: neighbours)
    var statistic = SummaryStatistic.none
    for subjectTerm in figure.subjectTerms {
      if let named = SummaryStatistic.named(byStem: subjectTerm) { statistic = named }
      let word = subjectWord(subjectTerm)
      if PartitiveSubject.isTopicGuess(
        term: word.term, inferred: figure.subjectInferred, partitive: partitive, tokens: tokens)
      {
        continue
      }
      // "people", "times": a subject any count may have says nothing of what is measured;
      // nor does the verb of a change ("House prices rose").
      if !ScanVocabulary.genericCounters.contains(subjectTerm),
        !ScanVocabulary.changeStems.contains(subjectTerm)
      {
        subjects.append(word.subject)
      }
      // Beside a counted noun, the subject's other words say which of its kind are counted.
      if let countedNoun, word.term != countedNoun { modifiers.append(word.term) }
      setWeight(word.term) { $0 + 0.5 }
    }
    // "The median price paid for a home … was €340,000": a statistic named before the figure
    // in its own clause is its statistic, whatever its subject is read as.
    if statistic == .none { statistic = clauseStatistic(before: first, clause: clause, in: tokens) }
    let isBaseline = FigureProfiler.isBaseline(first: first, last: last, in: tokens)
    if isBaseline { earlier = true }
    let period: FigureProfile.Period = earlier ? .earlier : later ? .later : .current
    var ranked = measure
    if measure.isOrdinal, figure.unit == nil {
      ranked.isRank = FigureProfiler.isRank(after: last, in: tokens)
    }
    if measure.dimension == .share {
      ranked.shareRole = FigureProfiler.shareRole(first: first, last: last, in: tokens)
      ranked.isProgress = ProgressReading.isProgress(last: last, in: tokens)
    }
    if measure.dimension == .count {
      ranked.tallySide = TallySide.side(
        first: first, last: last, in: tokens, figures: neighbours)
    }
    ranked.isJoint = JointFigure.isJoint(first: first, last: last, in: tokens)
    // A record the sentence says was passed is a benchmark, compared as a norm is.
    ranked.isNorm =
      NormFigure.isNorm(first: first, last: last, in: tokens)
      || PriorRecord.isPriorRecord(first: first, in: tokens)
    ranked.isGain = outcome?.isGain == true
    ranked.isAge = PersonAge.isAge(figure)
    ranked.statistic = statistic
    if measure.dimension == .count {
      ranked.isRemainder = RemainderCount.isRemainder(last: last, in: tokens)
      ranked.isSevere = SeverityPart.isSevere(first: first, last: last, in: tokens)
    }
    return FigureProfile(
      figure: figure, source: source, measure: ranked, context: WeightedTerms(),
      names: TermSet(gathering: names), nearNames: TermSet(gathering: nearNames),
      subjects: subjects, countedNoun: countedNoun, modifiers: TermSet(gathering: modifiers),
      outcome: outcome?.term, countsThing: countsThing, attribution: reporter?.term,
      holder: FigureHolder.holder(
        first: first, last: last, in: tokens, isShare: measure.dimension == .share)
        ?? GappedHolder.holder(first: first, in: tokens, figures: neighbours)
        ?? (measure.dimension == .share
          ? BracketedShare.holder(first: first, last: last, in: tokens, figures: neighbours)
          : nil),
      partPredicate: PartitiveFigure.predicate(first: first, last: last, in: tokens).map {
        TermSet(gathering: $0)
      },
      isBaseline: isBaseline, period: period,
      years: TermSet(gathering: years), storyYears: storyYears, headlineYears: headlineYears,
      moment: moment,
      baselineYears: TermSet(gathering: baselineYears),
      partStart: FigureProfiler.part(before: first, in: tokens, figures: neighbours),
      isListed: isListed, isTitle: title != nil, isTitleTwin: title == true, date: date)
  }

  /// Lengthens an array indexed by term so that it holds `index`.
  @inline(__always)
  static func grow<T>(_ array: inout [T], toHold index: Int, with filler: T) {
    if index >= array.count {
      array.append(contentsOf: repeatElement(filler, count: index + 1 - array.count))
    }
  }

  /// Sets a term's weight in the scratch from its current one (0 when absent; weights are
  /// positive).
  @inline(__always)
  private mutating func setWeight(_ term: Int, _ update: (Double) -> Double) {
    FigureProfiler.grow(&scratchWeights, toHold: term, with: 0)
    if scratchWeights[term] == 0 { scratchTerms.append(term) }
    scratchWeights[term] = update(scratchWeights[term])
  }

  /// Who a reporting verb says gave a figure: the word before it in its clause ("police
  /// said", "the union claimed"), or the last word of the few after "according to" ("according
  /// to official figures"); nil when that is no content word ("it said", "officials said").
  static func reporter(of verb: Int, in tokens: [Token]) -> Int? {
    let clause = tokens[verb].clause
    if tokens[verb].marks.contains(.according) {
      var source: Int?
      var index = verb + 2
      while index < min(tokens.count, verb + 6), tokens[index].clause == clause {
        if let term = tokens[index].term { source = term }
        index += 1
      }
      return source
    }
    guard verb > 0, tokens[verb - 1].clause == clause else { return nil }
    return tokens[verb - 1].term
  }

  /// "Rose to 58, up from 41", "fell to 61.5% from 64.7%": a figure right after "from" is
  /// the value a change started from, an earlier reading (not "from 10 to 20", a range).
  static func isBaseline(first: Int, last: Int, in tokens: [Token]) -> Bool {
    var index = first - 1
    if index >= 0, tokens[index].marks.contains(.wholeDeterminer) { index -= 1 }
    guard index >= 0, tokens[index].marks.contains(.from) else { return false }
    return !(last + 1 < tokens.count && tokens[last + 1].marks.contains(.to))
  }

  /// "Fell 7.2%", "a 12% rise", "by 1.1 points" are changes; "to 6.5%", "at 4%" levels: read
  /// from the word right before the share, or for a change the word right after it.
  static func shareRole(first: Int, last: Int, in tokens: [Token]) -> Measure.ShareRole {
    if first > 0, first <= tokens.count,
      tokens[first - 1].clause == tokens[min(first, tokens.count - 1)].clause
    {
      let before = tokens[first - 1].marks
      if before.contains(.level) || isPartOfWhole(before: first, in: tokens) { return .level }
      if before.contains(.change) || before.contains(.lossBeforeShare) { return .change }
    }
    if last >= 0, last + 1 < tokens.count, tokens[last + 1].clause == tokens[last].clause,
      tokens[last + 1].marks.contains(.change)
    {
      return .change
    }
    return .unknown
  }

  /// "Brands account for 18% of revenue", "imports make up 27% of sales": a share after a verb
  /// of being part of a whole and its particle is the part's share, a level ("up" there is no
  /// rise).
  static func isPartOfWhole(before first: Int, in tokens: [Token]) -> Bool {
    first >= 2 && tokens[first - 1].marks.contains(.partOfWholeParticle)
      && tokens[first - 2].marks.contains(.partOfWholeVerb)
      && tokens[first - 2].clause == tokens[first - 1].clause
  }

  /// "Is third on 17.2%", "finished ninth in the league": an ordinal with no noun of its own
  /// and no word after it in its clause but a preposition is a place in a ranking; "the 12th
  /// weekly march" names the occurrence of a thing.
  static func isRank(after last: Int, in tokens: [Token]) -> Bool {
    let next = last + 1
    guard last >= 0, next < tokens.count, tokens[next].clause == tokens[last].clause else {
      return true
    }
    return tokens[next].term == nil && !tokens[next].marks.contains(.digits)
  }

  /// The start of the number a figure is the whole of: "118 of the 233", "41 out of 236", or
  /// a number in words among the sentence's other `figures` ("two of its five buildings").
  static func part(before first: Int, in tokens: [Token], figures: [Range<Int>] = []) -> Int? {
    guard first < tokens.count else { return nil }
    var index = first - 1
    // "10 of the train's 17 coaches", "four of Chile's 16 regions": a possessor may name the
    // whole's owner.
    if index >= 0, tokens[index].marks.contains(.possessive) { index -= 1 }
    if index >= 0, tokens[index].marks.contains(.wholeDeterminer) { index -= 1 }
    guard index >= 0, tokens[index].marks.contains(.of) else { return nil }
    index -= 1
    if index >= 0, tokens[index].marks.contains(.out) { index -= 1 }
    guard index >= 0, tokens[index].clause == tokens[first].clause else { return nil }
    guard tokens[index].marks.contains(.digits) else {
      let word = tokens[index].start
      return figures.first { $0.contains(word) }?.lowerBound
    }
    // "1,800" is two tokens: the part starts at the first.
    while index > 0, tokens[index - 1].end + 1 == tokens[index].start,
      tokens[index - 1].marks.contains(.digits)
    {
      index -= 1
    }
    return tokens[index].start
  }

  /// Whether the word at `index`, before the figure starting at token `first`, comes right
  /// after another figure of the sentence (`figures`) or has one between it and this figure:
  /// "87 injured" tells the 87's fate, "killed and 87 injured when ten coaches" none of the ten's.
  static func isAnotherFiguresWord(
    _ index: Int, first: Int, in tokens: [Token], figures: [Range<Int>]
  ) -> Bool {
    guard index < first, index > 0, first < tokens.count else { return false }
    let before = tokens[index - 1]
    let (wordEnd, figureStart) = (tokens[index].end, tokens[first].start)
    return figures.contains {
      ($0.lowerBound >= wordEnd && $0.upperBound <= figureStart)
        || (before.marks.contains(.digits) && $0.lowerBound < before.end
          && before.start < $0.upperBound)
    }
  }

  /// A text's scalars, decoded from its UTF-8 in one pass (a String's UTF-8 is always valid);
  /// the scalar view's own iteration was a tenth of the scan.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var index = 0
        var written = 0
        while index < bytes.count {
          // Eight bytes at a time while they are all ASCII (most of an English text): one
          // test for the eight, each byte its own scalar.
          if index + 8 <= bytes.count {
            let chunk = UInt64(
              littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(
                as: UInt64.self))
            if chunk & 0x8080_8080_8080_8080 == 0 {
              for byte in 0..<8 {
                buffer.initializeElement(
                  at: written + byte,
                  to: Unicode.Scalar(UInt8(truncatingIfNeeded: chunk >> (8 * UInt64(byte)))))
              }
              written += 8
              index += 8
              continue
            }
          }
          let lead = UInt32(bytes[index])
          if lead < 0x80 {
            buffer.initializeElement(at: written, to: unsafeBitCast(lead, to: Unicode.Scalar.self))
            written += 1
            index += 1
            continue
          }
          let value: UInt32
          if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            value =
              (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
              | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
              | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          }
          // Valid UTF-8 decodes to valid scalars only.
          buffer.initializeElement(at: written, to: unsafeBitCast(value, to: Unicode.Scalar.self))
          written += 1
        }
        count = written
      }
    }
  }

  /// What makes two mentions in one article the same figure: kind, written value and hedge,
  /// or the bounds of a range. A title's "41" over the body's "at least 41" is a hedge the
  /// title dropped, a difference a checker looks at: both stay.
  struct RepeatedValue: Hashable {
    var kind: FigureKind
    var value: Decimal?
    var low: Decimal?
    var high: Decimal?
    var qualifier: Qualifier?

    init(_ figure: Figure) {
      kind = figure.kind
      value = figure.value
      qualifier = figure.qualifier
      if figure.value == nil {
        low = figure.low
        high = figure.high
      }
    }

    /// The value as written, whatever its hedge.
    var unhedged: RepeatedValue {
      var value = self
      value.qualifier = nil
      return value
    }
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

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value &- 0x30 < 10
  }

  /// The ASCII clause breaks as bits, so that the space between two words is not hashed.
  private static let asciiClauseBreaks: (low: UInt64, high: UInt64) = {
    var bits: (low: UInt64, high: UInt64) = (0, 0)
    for scalar in ScanVocabulary.clauseBreaks where scalar.value < 0x80 {
      if scalar.value < 64 {
        bits.low |= 1 << UInt64(scalar.value)
      } else {
        bits.high |= 1 << UInt64(scalar.value - 64)
      }
    }
    return bits
  }()

  /// "more than last year - and about 638,000": a hyphen at `index` with a space before it and
  /// a space (or a second hyphen) after is a dash written in plain text; between two numbers
  /// ("2022 - 23", "10 - 12") it is a range.
  static func isPlainDash(_ scalars: [Unicode.Scalar], at index: Int, in line: Range<Int>)
    -> Bool
  {
    guard index > line.lowerBound, scalars[index - 1] == " ", index + 1 < line.upperBound,
      scalars[index + 1] == " " || scalars[index + 1] == "-"
    else { return false }
    let betweenNumbers =
      index >= line.lowerBound + 2 && isDigit(scalars[index - 2])
      && index + 2 < line.upperBound && isDigit(scalars[index + 2])
    return !betweenNumbers
  }

  @inline(__always)
  static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 64 { return asciiClauseBreaks.low & (1 << UInt64(value)) != 0 }
    if value < 0x80 { return asciiClauseBreaks.high & (1 << UInt64(value - 64)) != 0 }
    return ScanVocabulary.clauseBreaks.contains(scalar)
  }

  private mutating func termID(_ stem: String) -> Int { terms.id(of: stem) }

  /// ``knownTerms``, made on first use.
  private mutating func vocabularyTerms() -> VocabularyTerms {
    if let knownTerms { return knownTerms }
    var made = VocabularyTerms()
    for (place, word) in ScanVocabulary.momentWords.enumerated() {
      made.moments[termID(Stemmer.stem(word))] = place
    }
    for (stem, statistic) in ScanVocabulary.statisticStems {
      made.statistics[termID(stem)] = statistic
    }
    knownTerms = made
    return made
  }

  /// The statistic ("average", "median") the nearest word before token `first` in its clause
  /// names, within ``window`` tokens.
  private mutating func clauseStatistic(before first: Int, clause: Int, in tokens: [Token])
    -> SummaryStatistic
  {
    let statistics = vocabularyTerms().statistics
    var index = min(first, tokens.count) - 1
    while index >= 0, first - index <= FigureProfiler.window, tokens[index].clause == clause {
      if let term = tokens[index].term, let statistic = statistics[term] { return statistic }
      index -= 1
    }
    return .none
  }

  /// The moment (``FigureProfile/moment``) of the first word of a time of day among `tokens`
  /// ("in afternoon trading", "on Tuesday evening").
  private mutating func wordMoment(in tokens: [Token]) -> Int? {
    let moments = vocabularyTerms().moments
    for token in tokens {
      if let term = token.term, let place = moments[term] {
        return FigureProfile.minutesInADay + place
      }
    }
    return nil
  }

  /// The moment (``FigureProfile/moment``) of a clock time: its minutes after midnight, read
  /// from its 24-hour form ("21:45").
  static func clockMoment(_ figure: Figure) -> Int? {
    guard let time = figure.time else { return nil }
    let parts = time.split(separator: ":")
    guard parts.count >= 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else {
      return nil
    }
    return hours * 60 + minutes
  }

  /// The term of the noun a count's unit names ("deaths" in "69 deaths"), or nil when the
  /// unit counts nothing in particular.
  private mutating func countedNounTerm(_ unit: String) -> Int? {
    guard unit.count > 2, unit.allSatisfy({ $0.isLetter || $0 == " " }),
      !ScanVocabulary.genericCounters.contains(unit.lowercased())
    else { return nil }
    let stem = Stemmer.stem(unit.split(separator: " ").last.map(String.init) ?? unit)
    return termID(
      ScanVocabulary.synonyms[stem] ?? ScanVocabulary.countedNounFamilies[stem] ?? stem)
  }

  /// A subject word's number among subject words (apart from the terms, whose numbering stays
  /// as it was) and its term, looked up once per word.
  private mutating func subjectWord(_ word: String) -> (subject: Int32, term: Int) {
    let result: (subject: Int32, term: Int)
    if let known = subjectWords[word] {
      result = known
    } else {
      result = (
        subject: Int32(subjectWords.count), term: termID(ScanVocabulary.synonyms[word] ?? word)
      )
      subjectWords[word] = result
      subjectTexts.append(word)
    }
    refer(to: result.term)
    let subject = Int(result.subject)
    FigureProfiler.grow(&subjectReferredBy, toHold: subject, with: 0)
    if subjectReferredBy[subject] != reader {
      subjectReferredBy[subject] = reader
      sourceWords.subjects.append(result.subject)
    }
    return result
  }

  /// The words of a sentence, each with its stem's id (nil for words that say nothing).
  mutating func tokenize(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> [Token] {
    var clause = 0
    var index = max(0, start)
    let end = min(end, scalars.count)
    var tokens: [Token] = []
    tokens.reserveCapacity(max(0, end - index) / 4)
    while index < end {
      let scalar = scalars[index]
      if FigureProfiler.isAlphabetic(scalar) || FigureProfiler.isDigit(scalar) {
        var wordEnd = index
        while wordEnd < end {
          let next = scalars[wordEnd]
          if FigureProfiler.isAlphabetic(next) || FigureProfiler.isDigit(next) {
            wordEnd += 1
            continue
          }
          let inner =
            (next == "'" || next == "’" || next == ".") && wordEnd + 1 < end
            && FigureProfiler.isAlphabetic(scalars[wordEnd + 1])
          guard inner else { break }
          wordEnd += 1
        }
        tokens.append(
          token(scalars, index..<wordEnd, clause: clause, opensSentence: tokens.isEmpty))
        index = wordEnd
        continue
      }
      // A comma between digits groups thousands ("1,800"); it ends no clause.
      let groupsDigits =
        scalar == "," && index > start && index + 1 < end
        && FigureProfiler.isDigit(scalars[index - 1]) && FigureProfiler.isDigit(scalars[index + 1])
      if !groupsDigits, FigureProfiler.isClauseBreak(scalar) { clause += 1 }
      if scalar == "-", FigureProfiler.isPlainDash(scalars, at: index, in: start..<end) {
        clause += 1
      }
      index += 1
    }
    return tokens
  }

  /// The token of the word `scalars[range]`, its reading looked up by its scalars in place.
  private mutating func token(
    _ scalars: [Unicode.Scalar], _ range: Range<Int>, clause: Int, opensSentence: Bool
  ) -> Token {
    let hash = SpellingTable.hash(scalars, range)
    let number: Int
    if let known = spellings.number(of: scalars, range, hash: hash) {
      number = known
    } else {
      number = spellings.count
      spellings.add(scalars, range, hash: hash)
      var word = ""
      word.unicodeScalars.append(contentsOf: scalars[range])
      let lower = word.lowercased()
      words.append(wordInfo(word, lower: lower))
      texts.append(word)
      lowers.append(lower)
    }
    let known = words[number]
    var result = Token(
      start: range.lowerBound, end: range.upperBound, term: known.term, marks: known.marks,
      isName: false, year: known.year, clause: clause)
    guard let term = known.term else { return result }
    result.isName = !opensSentence && known.isCapitalized
    refer(to: term, spelling: number, isName: result.isName)
    return result
  }

  /// What a word as written says, worked out once per distinct spelling: its lower case, its
  /// stem's term (nil for stop words, numbers and words with digits), the year it names, and
  /// the word lists it is in.
  private mutating func wordInfo(_ word: String, lower: String) -> WordInfo {
    var info = WordInfo(
      term: nil, year: nil,
      isCapitalized: word.first?.isUppercase == true, marks: WordMarks(lower: lower))
    if word.unicodeScalars.allSatisfy({ FigureProfiler.isDigit($0) }) {
      if word.count == 4, let year = Int(word), ScanVocabulary.yearRange.contains(year) {
        info.year = year
      }
    } else if word.count > 1,
      !word.unicodeScalars.contains(where: { FigureProfiler.isDigit($0) }),
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
    return info
  }
}
