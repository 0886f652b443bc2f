import Foundation

/// A session's discrepancies as a report: everything every export format needs, computed once
/// and in a fixed order, so the same session and report date always give the same bytes.
public struct Report: Sendable, Encodable {
  public struct Source: Sendable, Encodable {
    public var id: String
    /// The source's file name.
    public var path: String
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?
    public var sha256: String

    /// The url when it is a web address a reader can follow (see ``WebAddress/link(_:)``): the
    /// only kind of address any report turns into a link.
    public var link: String? { url.flatMap(WebAddress.link) }
  }

  public struct Figure: Sendable, Encodable {
    public var id: String
    public var sourceID: String
    /// The figure as quoted ("$300 billion").
    public var text: String
    /// The sentence it sits in, and where the figure is in it (code points).
    public var sentence: String
    public var startInSentence: Int
    public var endInSentence: Int
    /// The W3C selectors recorded when the figure was flagged.
    public var start: Int
    public var end: Int
    public var prefix: String
    public var suffix: String
    public var kind: String?
    public var value: Decimal?
    public var low: Decimal?
    public var high: Decimal?
    public var unit: String?
    public var qualifier: String?
    public var hedge: String?
    /// The value the article states, in the discrepancy's common unit, as text
    /// ("245,028,000,000 USD"; "about $4 billion" is "4,000,000,000 USD").
    public var normalized: String?
    public var normalizedLow: Decimal?
    public var normalizedHigh: Decimal?
    /// The interval the comparison used when a hedge widened the stated value
    /// ("3,600,000,000 – 4,400,000,000 USD" for "about $4 billion" at ±10%).
    public var comparedAs: String?
    /// The exchange rates used to normalize it ("1 EUR = 1.16 USD (ECB reference rate, 2025-12-03)").
    public var conversion: String?
    /// The unit conversion used to normalize it, other than a currency's ("1 day = 24 hour").
    public var unitConversion: String?
    /// True when the source text changed since the figure was flagged (it is quoted as recorded).
    public var sourceChanged: Bool
  }

  public struct Discrepancy: Sendable, Encodable {
    public var label: String
    public var title: String?
    public var verdict: String?
    public var verdictMeaning: String?
    public var tags: [String]
    public var notes: [Note]
    public var created: Date
    public var figures: [Figure]
    public var assessment: String?
    public var explanations: [String]
    /// The range of the values the articles state, normalized ("4,000,000,000 –
    /// 300,000,000,000 USD"), if comparable. A hedge's widening is not part of it.
    public var spread: String?
    /// "How we compared": one sentence per step (the common unit, each figure's value and the
    /// rate or unit conversion that brought it there, a hedge's reach).
    public var howWeCompared: [String] = []
  }

  public var sessionName: String
  /// The report's title: the `title` setting, else the first discrepancy's title, else the
  /// subject of its first figure, else its figures as quoted; with no discrepancy, the session's
  /// name (or "Discrepancy report" for an unsaved session).
  public var title: String
  /// Where the report is published (the `report-url` setting; an http or https address).
  public var url: String? = nil
  /// The report's date, YYYY-MM-DD.
  public var date: String
  public var author: String?
  public var sources: [Source]
  public var discrepancies: [Discrepancy]

  /// Which discrepancies a report covers.
  public struct Filter: Sendable {
    public var verdict: String?
    public var tag: String?
    public var ids: [Int]?

    public init(verdict: String? = nil, tag: String? = nil, ids: [Int]? = nil) {
      self.verdict = verdict
      self.tag = tag
      self.ids = ids
    }

    func includes(_ discrepancy: CrossCheckCore.Discrepancy) -> Bool {
      (verdict == nil || discrepancy.verdict == verdict)
        && (tag == nil || discrepancy.tags.contains(tag!))
        && (ids == nil || ids!.contains(discrepancy.id))
    }
  }

  public static func build(
    sessionName: String, corpus: Corpus, analysis: AnalysisState, date: String, author: String?,
    filter: Filter = Filter()
  ) -> Report {
    (try? build(
      sessionName: sessionName, corpus: corpus, analysis: analysis, date: date, author: author,
      filter: filter, progress: { _, _ in }, isCancelled: { false }))!
  }

  /// The report, telling `progress` how many discrepancies are done of how many, and stopping
  /// at the next discrepancy once `isCancelled` answers true.
  public static func build(
    sessionName: String, corpus: Corpus, analysis: AnalysisState, date: String, author: String?,
    filter: Filter = Filter(), progress: (_ done: Int, _ total: Int) -> Void,
    isCancelled: () -> Bool
  ) throws(ReportInterrupted) -> Report {
    // The rates the loaded articles cite convert what nothing else does, as in `scan` and
    // `compare`; they come from the sources, which the session records with their SHA-256.
    let comparator = Comparator(
      rates: analysis.rates, tolerance: analysis.settings.approxTolerance,
      cited: CitedRates.table(in: corpus.sources))
    var discrepancies: [Discrepancy] = []
    // The subject of the report's first figure, for a title when nothing better is set.
    var firstSubject: String?
    let total = analysis.discrepancies.count
    for (done, recorded) in analysis.discrepancies.enumerated() {
      progress(done, total)
      if isCancelled() { throw ReportInterrupted() }
      guard filter.includes(recorded) else { continue }
      var figures: [Figure] = []
      var items: [(figure: CrossCheckCore.Figure, sourceDate: String?)] = []
      for reference in recorded.figures {
        let source = corpus.source(reference.figure.source)
        let current = source.flatMap {
          $0.sha256 == reference.sourceSHA256 ? $0.figure(reference.figure) : nil
        }
        var figure = Figure(
          id: reference.figure.description, sourceID: reference.figure.source.rawValue,
          text: reference.quote.exact,
          sentence: reference.quote.prefix + reference.quote.exact + reference.quote.suffix,
          startInSentence: reference.quote.prefix.unicodeScalars.count,
          endInSentence: reference.quote.prefix.unicodeScalars.count
            + reference.quote.exact.unicodeScalars.count,
          start: reference.position.start, end: reference.position.end,
          prefix: reference.quote.prefix,
          suffix: reference.quote.suffix, sourceChanged: current == nil)
        if let current, let source {
          figure.sentence = source.text(from: current.sentenceStart, to: current.sentenceEnd)
          figure.startInSentence = current.start - current.sentenceStart
          figure.endInSentence = current.end - current.sentenceStart
          figure.kind = current.kind.rawValue
          figure.value = current.value
          figure.low = current.low
          figure.high = current.high
          figure.unit = current.unit
          figure.qualifier = current.qualifier?.rawValue
          figure.hedge = current.hedge
          items.append((current, source.metadata.date))
          if discrepancies.isEmpty && items.count == 1 { firstSubject = current.subject }
        }
        figures.append(figure)
      }
      var assessment: String?
      var explanations: [String] = []
      var spread: String?
      var howWeCompared: [String] = []
      if items.count >= 2 {
        let comparison = comparator.compare(items)
        assessment = comparison.assessment.rawValue
        explanations = comparison.explanations.map(\.reportText)
        // Normalized values go to the figures that could be compared (in order).
        var entries = comparison.entries.makeIterator()
        for index in figures.indices where !figures[index].sourceChanged {
          guard let entry = entries.next() else { break }
          fill(&figures[index], from: entry)
        }
        spread = Report.spread(comparison)
        howWeCompared = Report.howWeCompared(
          comparison, figures: figures, tolerance: analysis.settings.approxTolerance)
      }
      discrepancies.append(
        Discrepancy(
          label: recorded.label, title: recorded.title, verdict: recorded.verdict,
          verdictMeaning: recorded.verdict.flatMap(analysis.meaning(ofVerdict:)),
          tags: recorded.tags,
          notes: recorded.notes, created: recorded.created, figures: figures,
          assessment: assessment, explanations: explanations, spread: spread,
          howWeCompared: howWeCompared))
    }
    let used = Set(discrepancies.flatMap { $0.figures.map(\.sourceID) })
    let sources = corpus.sources.filter { used.contains($0.id.rawValue) }.map { source in
      // The file name only: a full path would tie the report's bytes to one machine.
      Source(
        id: source.id.rawValue, path: URL(fileURLWithPath: source.path).lastPathComponent,
        title: source.metadata.title,
        outlet: source.metadata.outlet, date: source.metadata.date, url: source.metadata.url,
        sha256: source.sha256)
    }
    // A source unloaded while cited is still listed: its figures are quoted as recorded.
    let loaded = Set(sources.map(\.id))
    let unloaded = analysis.unloadedSources.filter {
      used.contains($0.id.rawValue) && !loaded.contains($0.id.rawValue)
    }.map { source in
      Source(
        id: source.id.rawValue, path: URL(fileURLWithPath: source.path).lastPathComponent,
        title: source.metadata.title, outlet: source.metadata.outlet, date: source.metadata.date,
        url: source.metadata.url, sha256: source.sha256)
    }
    return Report(
      sessionName: sessionName,
      title: title(
        setting: analysis.settings.reportTitle, sessionName: sessionName,
        discrepancies: discrepancies, firstSubject: firstSubject),
      url: analysis.settings.reportURL.flatMap(WebAddress.link), date: date, author: author,
      sources: sources + unloaded, discrepancies: discrepancies)
  }

  /// The name a session has until it is saved under one of its own.
  static let unsavedSessionName = "untitled"

  private static func title(
    setting: String?, sessionName: String, discrepancies: [Discrepancy], firstSubject: String?
  ) -> String {
    if let setting = nonBlank(setting) { return setting }
    guard let first = discrepancies.first else {
      return sessionName == unsavedSessionName ? "Discrepancy report" : sessionName
    }
    if let title = nonBlank(first.title) { return title }
    if let subject = nonBlank(firstSubject) {
      return subject.prefix(1).uppercased() + subject.dropFirst()
    }
    return first.figures.map(\.text).joined(separator: " vs ")
  }

  private static func nonBlank(_ text: String?) -> String? {
    guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
      return nil
    }
    return text
  }

  /// A compared figure's normalized values, from what the comparison used.
  private static func fill(_ figure: inout Figure, from entry: ComparedFigure) {
    let shown = entry.stated ?? entry.interval
    figure.normalizedLow = shown?.lower
    figure.normalizedHigh = shown?.upper
    figure.normalized = shown.map { describe($0, unit: entry.unit) }
    // An ordinal says which one, not how many: "7th visit", not "7 visit".
    if entry.figure.kind == .ordinal, let shown, shown.isPoint, let value = shown.lower,
      let position = ordinal(value)
    {
      figure.normalized = position + (entry.unit.map { " " + $0 } ?? "")
    }
    if let interval = entry.interval, interval != shown {
      figure.comparedAs = describe(interval, unit: entry.unit)
    }
    figure.conversion = entry.conversion?.description
    if let unitConversion = entry.unitConversion {
      figure.unitConversion = unitConversion.description
    } else if entry.conversion == nil, let factor = entry.factor, factor != 1,
      let from = entry.figure.unit, let to = entry.unit, from != to
    {
      // The larger unit first: "1 day = 24 hour", not "1 hour = 0.0417 day".
      figure.unitConversion =
        factor >= 1
        ? "1 \(from) = \(number(factor)) \(to)" : "1 \(to) = \(number(1 / factor)) \(from)"
    }
  }

  /// "1st", "2nd", "3rd", "11th", "22nd" for a whole positive number; nil otherwise.
  static func ordinal(_ value: Decimal) -> String? {
    guard value > 0, value == DecimalText.rounded(value, places: 0), value < 1_000_000_000 else {
      return nil
    }
    let number = NSDecimalNumber(decimal: value).intValue
    let suffix: String
    switch (number % 10, number % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(number)\(suffix)"
  }

  /// The range of the stated values, in the common unit; nil when they cannot be compared, or
  /// when a count meets an ordinal (six before and the seventh are no range of one thing).
  private static func spread(_ comparison: Comparison) -> String? {
    guard comparison.assessment != .incomparable,
      Set(comparison.entries.map(\.figure.kind)) != [.count, .ordinal]
    else { return nil }
    let bounds = comparison.entries.compactMap { $0.stated ?? $0.interval }
      .flatMap { [$0.lower, $0.upper] }.compactMap { $0 }
    guard let low = bounds.min(), let high = bounds.max() else { return nil }
    return describe(
      Interval(lower: low, upper: high), unit: comparison.entries.first?.unit ?? nil)
  }

  /// One sentence for the common unit, then one per figure: its stated value in its own unit,
  /// what brought it to the common unit (the rate with its day and source, or the unit
  /// conversion), and how far a hedge widened it.
  private static func howWeCompared(
    _ comparison: Comparison, figures: [Figure], tolerance: Decimal
  ) -> [String] {
    var lines: [String] = []
    let converted = comparison.entries.contains { ($0.factor ?? 1) != 1 }
    if let unit = comparison.entries.first?.unit ?? nil, converted {
      lines.append(
        "Every figure is brought to \(unit == "percent" ? "%" : unit), the unit of the first.")
    }
    var entries = comparison.entries.makeIterator()
    for figure in figures {
      let quoted = "“" + figure.text + "” (" + figure.id + ")"
      guard !figure.sourceChanged else {
        lines.append(
          quoted + ": its source changed since it was flagged, so it is quoted as recorded "
            + "and left out of the comparison.")
        continue
      }
      guard let entry = entries.next() else { break }
      guard let normalized = figure.normalized else {
        lines.append(quoted + ": could not be brought to the common unit.")
        continue
      }
      var line = quoted + ": "
      // Its value in its own unit first when something converted it.
      let own = Interval.of(entry.figure, tolerance: 0).map {
        describe($0, unit: entry.figure.unit)
      }
      if let own, figure.conversion != nil || figure.unitConversion != nil {
        line += own + " = " + normalized
      } else {
        line += normalized
      }
      if let conversion = figure.conversion {
        line += ", at " + conversion
      } else if let unitConversion = figure.unitConversion {
        line += " (" + unitConversion + ")"
      }
      if let comparedAs = figure.comparedAs {
        let percent = number(tolerance * 100)
        let hedge = entry.figure.hedge.map { "“" + $0 + "”" } ?? "an approximate figure"
        line +=
          "; " + hedge + " allows \(percent)% (the session's tolerance), so it is compared as "
        line += comparedAs
      }
      lines.append(line + ".")
    }
    return lines
  }

  static func describe(_ interval: Interval, unit: String?) -> String {
    let suffix = unit.map { " " + ($0 == "percent" ? "%" : $0) } ?? ""
    switch (interval.lower, interval.upper) {
    case (let low?, let high?) where low == high: return number(low) + suffix
    case (let low?, let high?): return number(low) + " – " + number(high) + suffix
    case (let low?, nil): return (interval.lowerInclusive ? "≥ " : "> ") + number(low) + suffix
    case (nil, let high?): return (interval.upperInclusive ? "≤ " : "< ") + number(high) + suffix
    case (nil, nil): return "?"
    }
  }

  /// "300,000,000,000", "0.6667".
  public static func number(_ value: Decimal) -> String {
    DecimalText.grouped(DecimalText.rounded(value, places: 4).description)
  }

  /// A timestamp as reports write it: ISO 8601 in UTC.
  public static func timestamp(_ date: Date) -> String {
    date.formatted(.iso8601)
  }
}

/// Building a report stopped because its caller asked (Ctrl-C): nothing was written.
public struct ReportInterrupted: Error, Equatable, Sendable {
  public init() {}
}
