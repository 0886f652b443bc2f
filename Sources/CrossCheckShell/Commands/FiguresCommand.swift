import ArgumentParser
import CrossCheckCore

/// `figures [SOURCE...] [--kind K] [--grep WORD] [--format F]`: the figures of the loaded sources.
struct FiguresCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "figures",
    abstract: "List the figures in the loaded sources, each with its sentence.",
    discussion: """
      Each figure shows its id (SOURCE:N, stable for the same text), kind, normalized value, \
      hedge, subject and scope, then its sentence with the figure in [brackets] (underlined in \
      colour). Dates are listed but left out of comparisons.
      """)
  static let example = "figures bl0122 --kind money"
  static let completion = CommandCompletion(
    [.sourceID],
    options: [
      "--kind": .choices(FigureKind.allCases.map(\.rawValue)), "--grep": ArgumentKind.none,
      "--format": OutputFormat.choices,
    ])

  @Argument(help: "Sources to list (default: all).")
  var sources: [String] = []

  @Option(
    help: "Only figures of this kind: money, count, ordinal, percent, duration, tally, date, other."
  )
  var kind: FigureKind?

  @Option(help: "Only figures whose text, subject or sentence contains WORD (any case).")
  var grep: String?

  @Option(
    help:
      "\(OutputFormat.names) (default: table, each figure with its sentence; or 'set format'). The data formats have the keys of 'crosscheck figures --format json'."
  )
  var format: OutputFormat?

  /// How many figures are listed between two looks at whether Ctrl-C was pressed.
  static let figuresBetweenLooks = 256
  /// About how many bytes of rows are written at once.
  static let blockBytes = 1 << 16

  func execute(in shell: Shell) throws {
    var chosen: [Source] = []
    for id in sources {
      guard let source = shell.corpus.source(SourceID(id)) else {
        throw ShellError(SourceLoadError.notLoaded(id: id).description)
      }
      chosen.append(source)
    }
    if chosen.isEmpty { chosen = shell.corpus.sources }
    guard !chosen.isEmpty else {
      throw ShellError("no sources are loaded; use 'load PATH' first.")
    }
    let needle = grep?.lowercased()
    let format = format ?? shell.outputFormat
    // The data formats are written as the figures are listed, a block of rows at a time.
    let rows = format == .table || !shell.showsOutput ? nil : FigureRowWriter(format: format)
    if let rows { shell.write(rows.header) }
    var shown = 0
    for source in chosen {
      for (index, figure) in source.figures.enumerated() where kind == nil || figure.kind == kind {
        // Ctrl-C: a listing of a large corpus stops where it is (it changes nothing).
        if index % Self.figuresBetweenLooks == 0, shell.isInterrupted() {
          throw ShellError("interrupted; the listing stopped.")
        }
        if let needle {
          let sentence = source.text(from: figure.sentenceStart, to: figure.sentenceEnd)
          let haystack = [figure.text, figure.subject ?? "", sentence].joined(separator: " ")
            .lowercased()
          guard haystack.contains(needle) else { continue }
        }
        shown += 1
        guard format == .table else {
          rows?.append(figure, in: source)
          if let rows, rows.pendingBytes >= Self.blockBytes { shell.write(rows.take()) }
          continue
        }
        shell.print(FigureView.summary(figure, style: shell.style, width: shell.width()))
        shell.print(
          lines: FigureView.sentence(figure, in: source, width: shell.width(), style: shell.style))
      }
    }
    guard format == .table else {
      if let rows { shell.write(rows.take() + rows.footer) }
      return
    }
    shell.print(shell.style.dim(shown == 1 ? "1 figure" : "\(shown) figures"))
  }
}

extension FigureKind: ExpressibleByArgument {}

extension FiguresCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments, options: ["--kind", "--grep", "--format"]) else {
      return nil
    }
    var command = Self()
    command.sources = plain.positionals
    command.kind = nil
    command.format = nil
    if let kind = plain.value("--kind") {
      guard let value = FigureKind(argument: kind) else { return nil }
      command.kind = value
    }
    command.grep = plain.value("--grep")
    if let format = plain.value("--format") {
      guard let value = OutputFormat(argument: format) else { return nil }
      command.format = value
    }
    return command
  }
}
