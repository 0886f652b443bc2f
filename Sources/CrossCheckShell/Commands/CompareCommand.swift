import ArgumentParser
import CrossCheckCore

/// `compare ID ID [ID...]`, or `compare ID "€210bn"`: figures side by side, normalized.
struct CompareCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Put figures side by side: normalized values, differences, assessment, explanations.",
    discussion: """
      The first figure is the reference: the others are converted to its unit (money at the \
      exchange rate nearest on or before each article's date; see 'rates'), and compared as \
      intervals ("about" reaches ±tolerance, see 'set'). A quoted figure such as "€210bn" can \
      stand in for an id.
      """)
  static let example = "compare bl0122:9 il1203:11"
  static let completion = CommandCompletion(
    [.figureID], options: ["--format": OutputFormat.choices])

  @Argument(help: "Two or more figure ids, or a figure typed in quotes.")
  var figures: [String]
  @Option(
    help:
      "\(OutputFormat.names) (default: table, or 'set format'); the others have a row per figure.")
  var format: OutputFormat?

  func validate() throws {
    if figures.count < 2 { throw ValidationError("Give at least two figures to compare") }
  }

  func execute(in shell: Shell) throws {
    var items: [(figure: Figure, sourceDate: String?)] = []
    var sources: [Source?] = []
    for argument in figures {
      if FigureID(argument) != nil {
        let (figure, source) = try shell.figure(argument)
        items.append((figure, source.metadata.date))
        sources.append(source)
      } else {
        guard
          let typed = FigureExtractor.extract(from: argument, source: ComparedFigure.typedSource)
            .first
        else {
          throw ShellError(
            "'\(argument)' is neither a figure id nor a figure; try an id like bl0122:9 or a figure like \"€210bn\"."
          )
        }
        items.append((typed, nil))
        sources.append(nil)
      }
    }
    let comparator = Comparator(
      rates: shell.analysis.rates, reference: shell.referenceRates,
      tolerance: shell.analysis.settings.approxTolerance,
      cited: CitedRates.table(in: shell.corpus.sources))
    let comparison = comparator.compare(items)
    let format = format ?? shell.outputFormat
    guard format == .table else {
      shell.show(ComparisonView.records(comparison, sources: sources), as: format)
      return
    }
    shell.print(
      lines: ComparisonView.render(
        comparison, sources: sources, width: shell.width(), style: shell.style))
    let rates = comparator.rateSources
    let reasons = ScanReasons.reasons(for: items, rates: rates)
    let evidence = ScanEvidence.terms(
      of: items.map(\.figure.id), in: shell.corpus.sources, rates: rates)
    shell.print(
      lines: SuggestionView.reasonLines(
        reasons: reasons, evidence: evidence, width: shell.width(), style: shell.style))
  }
}
