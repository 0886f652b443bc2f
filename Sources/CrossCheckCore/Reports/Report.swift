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

    /// The url when it is a web address a reader can follow (http or https, nothing in it that
    /// would end or break a link): the only kind of address any report turns into a link.
    /// A sidecar is hostile; its `javascript:` or `data:` url stays text, or is left out.
    public var link: String? {
      guard let url else { return nil }
      let lowered = url.lowercased()
      guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
        url.unicodeScalars.count > (lowered.hasPrefix("https") ? 8 : 7),
        !url.unicodeScalars.contains(where: {
          $0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            || "<>\"`".unicodeScalars.contains($0)
        })
      else { return nil }
      return url
    }
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
    /// The value in the discrepancy's common unit, as text ("243,600,000,000 USD").
    public var normalized: String?
    public var normalizedLow: Decimal?
    public var normalizedHigh: Decimal?
    /// The exchange rates used to normalize it ("1 EUR = 1.16 USD (ECB reference rate, 2025-12-03)").
    public var conversion: String?
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
    /// The range of normalized values ("4,000,000,000 – 300,000,000,000 USD"), if comparable.
    public var spread: String?
  }

  public var sessionName: String
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
    let comparator = Comparator(rates: analysis.rates, tolerance: analysis.settings.approxTolerance)
    var discrepancies: [Discrepancy] = []
    for recorded in analysis.discrepancies where filter.includes(recorded) {
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
        }
        figures.append(figure)
      }
      var assessment: String?
      var explanations: [String] = []
      var spread: String?
      if items.count >= 2 {
        let comparison = comparator.compare(items)
        assessment = comparison.assessment.rawValue
        explanations = comparison.explanations.map(\.reportText)
        // Normalized values go to the figures that could be compared (in order).
        var entries = comparison.entries.makeIterator()
        for index in figures.indices where !figures[index].sourceChanged {
          guard let entry = entries.next() else { break }
          figures[index].normalizedLow = entry.interval?.lower
          figures[index].normalizedHigh = entry.interval?.upper
          figures[index].normalized = entry.interval.map { describe($0, unit: entry.unit) }
          figures[index].conversion = entry.conversion?.description
        }
        let bounds = comparison.entries.compactMap(\.interval).flatMap { [$0.lower, $0.upper] }
          .compactMap { $0 }
        if let low = bounds.min(), let high = bounds.max(), comparison.assessment != .incomparable {
          let unit = comparison.entries.first?.unit.map { " " + $0 } ?? ""
          spread =
            low == high
            ? Report.number(low) + unit : Report.number(low) + " – " + Report.number(high) + unit
        }
      }
      discrepancies.append(
        Discrepancy(
          label: recorded.label, title: recorded.title, verdict: recorded.verdict,
          verdictMeaning: recorded.verdict.flatMap { Verdict.meanings[$0] }, tags: recorded.tags,
          notes: recorded.notes, created: recorded.created, figures: figures,
          assessment: assessment,
          explanations: explanations, spread: spread))
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
      sessionName: sessionName, date: date, author: author,
      sources: sources + unloaded, discrepancies: discrepancies)
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
