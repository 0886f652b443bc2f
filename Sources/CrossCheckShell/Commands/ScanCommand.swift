import ArgumentParser
import CrossCheckCore
import Foundation

/// `scan [--kind K] [--min-diff PCT] [--format F] [--limit N]`: proposes candidate discrepancies.
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
      high, unit, kind}]} (jsonl: one per line); csv and markdown print one row per figure, \
      the suggestion's fields repeated.
      """)
  static let example = "scan --kind money"
  static let completion = CommandCompletion(
    [],
    options: [
      "--kind": .choices(FigureKind.allCases.map(\.rawValue)), "--min-diff": ArgumentKind.none,
      "--format": OutputFormat.choices, "--limit": ArgumentKind.none,
    ])

  @Option(help: "Only figures of this kind.")
  var kind: FigureKind?
  @Option(
    name: .customLong("min-diff"), help: "Only groups whose values differ by at least PCT percent.")
  var minimumDifference: Double?
  @Option(
    help:
      "\(OutputFormat.names) (default: table, or 'set format'); csv and markdown have a row per figure."
  )
  var format: OutputFormat?
  @Option(help: "How many suggestions to show, at most 100000.")
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
    // Ctrl-C stops the scan and leaves the last complete scan in place for 'flag S1'.
    var meter = ProgressMeter(verb: "scanning")
    let suggestions: [Suggestion]
    do {
      suggestions = try scanner.scan(
        shell.corpus.sources,
        progress: { progress in
          if let line = meter.line(for: progress) { shell.showProgress?(line) }
        },
        isCancelled: shell.isInterrupted)
    } catch {
      if meter.isShowing { shell.showProgress?(nil) }
      throw ShellError("interrupted; the scan stopped, and S1, S2… still name the last full scan.")
    }
    if meter.isShowing { shell.showProgress?(nil) }
    shell.lastScan = suggestions
    switch format ?? shell.outputFormat {
    case .json:
      shell.show(SuggestionRows.nested(suggestions), as: .json)
    case .jsonl:
      shell.show(SuggestionRows.nested(suggestions), as: .jsonl)
    case .csv:
      shell.show(SuggestionRows.flat(suggestions), as: .csv)
    case .markdown:
      shell.show(SuggestionRows.flat(suggestions), as: .markdown)
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

/// Suggestions as rows: nested (one per suggestion, its figures inside) for JSON, flat (one per
/// figure of each suggestion) for the text formats.
enum SuggestionRows {
  static let figureColumns = [
    "source", "id", "start", "end", "text", "value", "low", "high", "unit", "kind",
  ]

  static func figureCells(_ figure: Figure, in source: Source) -> [RecordValue] {
    [
      .text(source.path), .text(figure.id.description), .integer(figure.start),
      .integer(figure.end), .text(figure.text), .number(figure.value), .number(figure.low),
      .number(figure.high), .text(figure.unit), .text(figure.kind.rawValue),
    ]
  }

  /// `[{rank, subject, assessment, explanation, reasons, evidence, figures: [{source, id, start,
  /// end, text, value, low, high, unit, kind}]}]`.
  static func nested(_ suggestions: [Suggestion]) -> RecordSet {
    let rows = suggestions.map { suggestion -> [RecordValue] in
      summary(suggestion) + [
        .list(suggestion.figures.map { .object(figureColumns, figureCells($0, in: $1)) })
      ]
    }
    return RecordSet(columns: summaryColumns + ["figures"], rows: rows)
  }

  /// One row per figure, the suggestion's fields repeated.
  static func flat(_ suggestions: [Suggestion]) -> RecordSet {
    let rows = suggestions.flatMap { suggestion in
      suggestion.figures.map { summary(suggestion) + figureCells($0, in: $1) }
    }
    return RecordSet(columns: summaryColumns + figureColumns, rows: rows)
  }

  private static let summaryColumns = [
    "rank", "subject", "assessment", "explanation", "reasons", "evidence",
  ]

  private static func summary(_ suggestion: Suggestion) -> [RecordValue] {
    [
      .integer(suggestion.rank), .text(suggestion.subject),
      .text(suggestion.comparison.assessment.rawValue), .text(suggestion.explanation),
      .list(suggestion.reasons.map { .text($0.rawValue) }),
      .list(suggestion.evidence.map(RecordValue.text)),
    ]
  }
}
