import ArgumentParser
import CrossCheckCore
import Foundation

/// `scan [--kind K] [--min-diff PCT] [--format table|json]`: proposes candidate discrepancies.
struct ScanCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract:
      "Propose candidate discrepancies across the loaded sources, most worth checking first.",
    discussion: """
      Groups 2–6 figures that measure the same thing (same dimension once normalized, values \
      within a plausible ratio, clauses sharing rare words, names and topic), a real \
      difference first and agreement last, each with the explanation 'compare' would give, \
      the reasons the values may differ and the shared words that paired them. 'flag S3' \
      records suggestion 3. --format json prints an array of {rank, subject, assessment, \
      explanation, reasons, evidence, figures: [{source, id, start, end, text, value, low, \
      high, unit}]}.
      """)
  static let example = "scan --kind money"
  static let completion = CommandCompletion(
    [],
    options: [
      "--kind": .choices(FigureKind.allCases.map(\.rawValue)), "--min-diff": ArgumentKind.none,
      "--format": .choices(["table", "json"]), "--limit": ArgumentKind.none,
    ])

  enum Format: String, ExpressibleByArgument {
    case table, json
  }

  @Option(help: "Only figures of this kind.")
  var kind: FigureKind?
  @Option(
    name: .customLong("min-diff"), help: "Only groups whose values differ by at least PCT percent.")
  var minimumDifference: Double?
  @Option(help: "table (default) or json.")
  var format: Format = .table
  @Option(help: "How many suggestions to show (default 20, at most 100000).")
  var limit: Int = 20

  /// The largest `--limit`: far more suggestions than anyone reads, and small enough that the
  /// scanner's arithmetic on it cannot overflow.
  static let maximumLimit = 100_000
  /// The largest `--min-diff`, in percent: `Decimal` holds it exactly (it cannot hold 1e400).
  static let maximumDifference = 1_000_000.0

  func validate() throws {
    guard (1...Self.maximumLimit).contains(limit) else {
      throw ValidationError("--limit takes a whole number from 1 to \(Self.maximumLimit)")
    }
    if let minimumDifference,
      !minimumDifference.isFinite || !(0...Self.maximumDifference).contains(minimumDifference)
    {
      throw ValidationError(
        "--min-diff takes a percentage from 0 to \(Int(Self.maximumDifference)), e.g. 10")
    }
  }

  func execute(in shell: Shell) throws {
    guard !shell.corpus.sources.isEmpty else {
      throw ShellError("no sources are loaded; use 'load PATH' first.")
    }
    let comparator = Comparator(
      rates: shell.analysis.rates, reference: shell.referenceRates,
      tolerance: shell.analysis.settings.approxTolerance)
    let scanner = DiscrepancyScanner(
      comparator: comparator, kind: kind,
      minimumDifference: minimumDifference.map { Decimal($0) }, limit: limit)
    let suggestions = scanner.scan(shell.corpus.sources)
    shell.lastScan = suggestions
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let records = suggestions.map(SuggestionRecord.init)
      let json = JSONText.embeddable(String(decoding: try encoder.encode(records), as: UTF8.self))
      shell.print(json)
    case .table:
      guard !suggestions.isEmpty else {
        shell.print("No candidate discrepancies found.")
        return
      }
      for suggestion in suggestions {
        shell.print(
          lines: SuggestionView.render(suggestion, width: shell.width(), style: shell.style))
      }
      shell.print(
        shell.style.dim("'compare' the figures of a suggestion, or 'flag S1' to record it."))
    }
  }
}

/// A suggestion as `scan --format json` prints it.
struct SuggestionRecord: Encodable {
  struct FigureEntry: Encodable {
    var source: String
    var id: String
    var start: Int
    var end: Int
    var text: String
    var value: Decimal?
    var low: Decimal?
    var high: Decimal?
    var unit: String?
    var kind: String
  }

  var rank: Int
  var subject: String
  var assessment: String
  var explanation: String
  /// Drawn from ScanReason's raw values, most likely first.
  var reasons: [String]
  var evidence: [String]
  var figures: [FigureEntry]

  init(_ suggestion: Suggestion) {
    rank = suggestion.rank
    subject = suggestion.subject
    assessment = suggestion.comparison.assessment.rawValue
    explanation = suggestion.explanation
    reasons = suggestion.reasons.map(\.rawValue)
    evidence = suggestion.evidence
    figures = suggestion.figures.map { figure, source in
      FigureEntry(
        source: source.path, id: figure.id.description, start: figure.start, end: figure.end,
        text: figure.text, value: figure.value, low: figure.low, high: figure.high,
        unit: figure.unit,
        kind: figure.kind.rawValue)
    }
  }

  enum CodingKeys: String, CodingKey {
    case rank, subject, assessment, explanation, reasons, evidence, figures
  }
}

extension SuggestionRecord.FigureEntry {
  enum CodingKeys: String, CodingKey {
    case source, id, start, end, text, value, low, high, unit, kind
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(id, forKey: .id)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(text, forKey: .text)
    try container.encode(value, forKey: .value)
    try container.encode(low, forKey: .low)
    try container.encode(high, forKey: .high)
    try container.encode(unit, forKey: .unit)
    try container.encode(kind, forKey: .kind)
  }
}
