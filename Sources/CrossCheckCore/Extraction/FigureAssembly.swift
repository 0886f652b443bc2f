/// An article's figures put together from those of its runs of lines, a run at a time and in
/// order: offsets shifted to count from the article's start, topics carried from figure to
/// figure, ids numbered; then the passes that look at the whole article. A load adds each run
/// as soon as it is extracted, so only the final figures are kept, not every run's as well.
/// What the whole-article passes need is noted as figures come in, so a stream can take the
/// figures out as they are made (``takeFigures()``) and finish them later (``finishing()``).
struct FigureAssembly {
  let source: SourceID
  /// The figures added and not yet taken, each run's array as it came: joined once, into an
  /// array of the right size, when they are taken or finished. (Appended to one array instead,
  /// every figure was moved again each time that array grew: a large file has hundreds of runs.)
  private var runs: [[Figure]] = []
  /// How many figures ``runs`` holds.
  private var figureCount = 0
  /// How many figures were taken out before those in ``runs``.
  private var taken = 0
  private var topics = TopicTracker()
  /// The "first"s that stay only in a series of ordinals, in text order.
  private var seriesCandidates: [Figure] = []
  /// The subject terms of every ordinal but "first": the series a candidate must belong to.
  private var series: Set<String> = []
  /// The temperature scales of the figures that are not candidates, and whether any of them
  /// is a bare degree.
  private var scales: Set<String> = []
  private var hasBareDegrees = false
  /// The dollars the article names ("A$", "NZ$", "US$"), and whether it writes a bare "$".
  private var dollars: Set<String> = []
  private var hasBareDollars = false
  /// Where the last bare-dollar amount ended (code points from the article's start).
  private var bareDollarEnd: Int?
  /// The named dollars converted into or out of a bare "$" in brackets.
  private var convertedDollars: Set<String> = []
  /// Whether the article writes the US dollar's letters after its sign ("$US13.4 billion").
  private var writesSignFirstDollars = false
  /// The last amount in a named dollar other than the US one, and where it ended.
  private var namedDollarEnd: (unit: String, end: Int)?
  /// Where the article's opening says it is from, for the dollar its bare "$" means: the
  /// first run's tally (the run that starts the text).
  private var places: PlaceTally?
  /// Where the article's outlet is from, as its metadata says.
  private let outlet: OutletHome
  /// Amounts in a letter sign read only in its currency's home ("R370"), by figure number, and
  /// the currencies of that kind the article names otherwise ("R2.51 trillion", "300 rand").
  private var homeSignAmounts: [(number: Int, currency: String)] = []
  private var namedHomeCurrencies: Set<String> = []
  /// The currencies of shared names written with their country ("Ugandan shillings"), and
  /// whether any shared name is written bare ("shillings").
  private var namedSharedCurrencies: Set<String> = []
  private var hasBareSharedNames = false
  private var scalarsBeforeRun = 0
  /// The sentence, kind and subject of the last figure with a subject of its own.
  private var sentenceSubject: (sentence: Int, kind: FigureKind, subject: String?, terms: [String])?

  init(source: SourceID, outlet: OutletHome = OutletHome()) {
    self.source = source
    self.outlet = outlet
  }

  /// Takes the run's figures and finishes each where it lies in the run's array, a field at a
  /// time, not copied.
  mutating func add(_ run: consuming LineRunFigures) {
    let scalarCount = run.scalarCount
    if places == nil { places = run.places }
    var (figures, notes) = run.take()
    topics.reserveCapacity(forMore: notes.count)
    // By index: a loop over the notes themselves copied each one, its Strings retained and
    // released.
    for index in notes.indices {
      figures[index].start += scalarsBeforeRun
      figures[index].end += scalarsBeforeRun
      figures[index].sentenceStart += scalarsBeforeRun
      figures[index].sentenceEnd += scalarsBeforeRun
      let kind = figures[index].kind
      if let head = notes[index].subjectHead {
        topics.note(head.stem, word: head.word, kind: kind)
        sentenceSubject = (
          figures[index].sentenceStart, kind, figures[index].subject, figures[index].subjectTerms
        )
      } else if figures[index].subject == nil, kind == .money || kind == .count {
        // No subject of its own: the subject of the figure of its kind before it in the same
        // sentence ("counted 1.1 million protesters; unions said 3 million") or, for "12 of
        // them", in the sentence before; else the topic of the figures before it, if any.
        if let earlier = sentenceSubject,
          earlier.sentence == figures[index].sentenceStart || notes[index].pointsBack,
          earlier.kind == kind, earlier.subject != nil
        {
          figures[index].subject = earlier.subject
          figures[index].subjectTerms = earlier.terms
          figures[index].subjectInferred = true
        } else if let topic = topics.topic(for: kind) {
          figures[index].subject = topic.word
          figures[index].subjectTerms = [topic.stem]
          figures[index].subjectInferred = true
          topics.note(topic.stem, word: topic.word, kind: kind)
        }
      }
      // "20-point plan": what is counted is the plan's points.
      if let unit = notes[index].compoundUnit {
        figures[index].subject = (figures[index].subject.map { $0 + " " } ?? "") + unit.word
        if !figures[index].subjectTerms.contains(unit.stem) {
          figures[index].subjectTerms.append(unit.stem)
        }
      }
      figures[index].id = FigureID(source: source, number: taken + figureCount + index + 1)
      if kind == .ordinal && figures[index].value != 1 {
        series.formUnion(figures[index].subjectTerms)
      }
      if kind == .money, let unit = figures[index].unit {
        if Vocabulary.currencyHomes[unit] != nil {
          if figures[index].unitIsAmbiguous {
            homeSignAmounts.append((figures[index].id.number, unit))
          } else {
            namedHomeCurrencies.insert(unit)
          }
        }
        if Vocabulary.homeNamedCurrencies[unit] != nil, figures[index].unitIsAmbiguous {
          hasBareSharedNames = true
        } else if Vocabulary.sharedNameFamilies[unit] != nil {
          namedSharedCurrencies.insert(unit)
        }
        let start = figures[index].start
        if ArticleFinish.isBareDollar(figures[index]) {
          hasBareDollars = true
          bareDollarEnd = figures[index].end
        } else if Vocabulary.dollarCurrencies.contains(unit) {
          if Self.isConversion(start: start, afterBareDollarEnd: bareDollarEnd) {
            convertedDollars.insert(unit)
          } else if unit == "USD", figures[index].text.hasPrefix("$"),
            let named = namedDollarEnd,
            Self.isConversion(start: start, afterBareDollarEnd: named.end)
          {
            // "2.5 billion Canadian dollars ($1.8 billion)": the bracketed "$" converts it.
            convertedDollars.insert(named.unit)
          } else {
            dollars.insert(unit)
          }
          if unit == "USD", SignFirstHouseStyle.writesSignFirst(figures[index].text) {
            writesSignFirstDollars = true
          }
          if unit != "USD" { namedDollarEnd = (unit, figures[index].end) }
        }
      }
      if notes[index].needsSeries {
        seriesCandidates.append(figures[index])
      } else {
        Self.noteDegrees(
          unit: figures[index].unit, kind: kind, scales: &scales, hasBareDegrees: &hasBareDegrees)
      }
    }
    scalarsBeforeRun += scalarCount
    figureCount += figures.count
    runs.append(figures)
  }

  /// The figures added since the last call, numbered but not finished: for a caller that keeps
  /// them itself and finishes them with ``finishing()`` once every run is in.
  mutating func takeFigures() -> [Figure] {
    let result = takeRuns()
    taken += result.count
    return result
  }

  /// The article's figures, once every run is in (none taken out). The assembly is left empty,
  /// so the figures are changed in place, not copied.
  mutating func finish() -> [Figure] {
    var result = takeRuns()
    finishing().apply(to: &result, source: source)
    return result
  }

  /// The figures of ``runs`` as one array, the runs let go of: one run's array as it is, several
  /// copied into an array reserved for all of them, each run freed once copied.
  private mutating func takeRuns() -> [Figure] {
    defer {
      runs = []
      figureCount = 0
    }
    if runs.count == 1 { return runs.removeLast() }
    var result: [Figure] = []
    result.reserveCapacity(figureCount)
    for index in runs.indices {
      result.append(contentsOf: runs[index])
      runs[index] = []
    }
    return result
  }

  /// Whether the article's home (``PlaceTally``) may change `figure`: a bare "$" amount, or an
  /// amount in a letter sign read only in its currency's home ("R370"). ``finishing()`` asks
  /// for the home only when the article has one of these.
  static func needsHome(_ figure: Figure) -> Bool {
    needsHome(kind: figure.kind, unitIsAmbiguous: figure.unitIsAmbiguous)
  }

  /// ``needsHome(_:)`` of a figure of `kind` whose unit is ambiguous or not, asked as the figure
  /// is made.
  static func needsHome(kind: FigureKind, unitIsAmbiguous: Bool) -> Bool {
    kind == .money && unitIsAmbiguous
  }

  /// What the passes over the whole article do, once every run is in:
  ///
  /// "first" is a position only in a series the source counts with other ordinals too ("the
  /// first march" beside "the 12th march"); otherwise it is discourse ("the first round", "their
  /// first events") and is dropped, and the figures after it are renumbered.
  ///
  /// "44 or 45 degrees" in an article that writes its other temperatures as "47.9C" are degrees
  /// Celsius; with no other temperature, or both scales, they stay ambiguous.
  func finishing() -> ArticleFinish {
    var dropped: [Int] = []
    var scales = scales
    var hasBareDegrees = hasBareDegrees
    for candidate in seriesCandidates {
      if candidate.subjectTerms.contains(where: series.contains) {
        Self.noteDegrees(
          unit: candidate.unit, kind: candidate.kind, scales: &scales,
          hasBareDegrees: &hasBareDegrees)
      } else {
        dropped.append(candidate.id.number)
      }
    }
    // Only the amounts ``needsHome(_:)`` names ask where the article is from.
    let home =
      hasBareDollars || hasBareSharedNames || !homeSignAmounts.isEmpty
      ? (places ?? PlaceTally()).home(outlet: outlet)
        ?? SignFirstHouseStyle.home(writesSignFirst: writesSignFirstDollars) : nil
    // "R370" stays rand only in a South African article, or one that names rand otherwise.
    for amount in homeSignAmounts
    where !namedHomeCurrencies.contains(amount.currency)
      && home != Vocabulary.currencyHomes[amount.currency]
    {
      dropped.append(amount.number)
    }
    if !homeSignAmounts.isEmpty { dropped.sort() }
    let dollar =
      hasBareDollars
      ? ArticleDollar.dollar(home: home, named: dollars, converted: convertedDollars)
      : nil
    let namedCurrencies =
      hasBareSharedNames
      ? HomeNamedCurrency.currencies(
        home: home, named: namedSharedCurrencies, places: places?.mentions ?? [:]) : [:]
    return ArticleFinish(
      dropped: dropped, degreeScale: hasBareDegrees && scales.count == 1 ? scales.first : nil,
      dollar: dollar, namedCurrencies: namedCurrencies)
  }

  /// "about $3 billion (4.2 billion Australian dollars)": a named dollar in brackets right
  /// after a bare-dollar amount converts it, so it is not the dollar the article means by "$";
  /// the same for a bare "$" in brackets right after a named dollar.
  static func isConversion(start: Int, afterBareDollarEnd end: Int?) -> Bool {
    guard let end else { return false }
    return start > end && start - end <= 2
  }

  /// Static, and given the two fields it reads: a method of the assembly handed its own
  /// fields inout would copy the whole assembly, and a figure passed whole would be copied too.
  private static func noteDegrees(
    unit: String?, kind: FigureKind, scales: inout Set<String>, hasBareDegrees: inout Bool
  ) {
    if let unit, unit == "degC" || unit == "degF" { scales.insert(unit) }
    if ArticleFinish.isBareDegree(kind: kind, unit: unit) { hasBareDegrees = true }
  }
}
