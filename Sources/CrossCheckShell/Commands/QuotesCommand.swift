import ArgumentParser
import CrossCheckCore

/// `quotes [SOURCE...] [--min-words N] [--differing]`: quotations several sources share, with
/// their wordings compared word by word.
struct QuotesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List quotations that several sources share and mark where the wording differs.",
    discussion: """
      A quotation is text between “ ” or " " (‘ ’ inside it stays part of it). Quotations from \
      different sources are the same when their words, ignoring case and punctuation, mostly \
      coincide in order; one may quote only part of the other. Each shared quotation lists its \
      sources with the offset where it starts (in code points). When the wordings differ, the \
      fullest wording is shown above each other one, word under word, with the words that \
      differ in bold — or in {braces} without colour: capitalization, punctuation, and words \
      changed, added or left out. When a source quotes only part of the quotation, its words \
      stand under that part. Quotations \
      shorter than --min-words are left out unless they occur word for word in a longer one.
      """)
  static let example = "quotes gra1204 --differing"
  static let completion = CommandCompletion(
    [.sourceID],
    options: [
      "--min-words": ArgumentKind.none, "--differing": nil, "--format": OutputFormat.choices,
    ])

  @Argument(help: "Only quotations that one of these sources gives (default: all).")
  var sources: [String] = []

  @Option(help: "The fewest words a quotation needs to be compared on its own.")
  var minWords: Int = QuoteMatcher.defaultMinimumWords

  @Flag(help: "Only quotations whose wording differs between sources.")
  var differing = false

  @Option(
    help:
      "\(OutputFormat.names) (default: table, or 'set format'); the others have a row per wording."
  )
  var format: OutputFormat?

  func validate() throws {
    guard minWords >= 2 else { throw ValidationError("--min-words must be at least 2") }
  }

  func execute(in shell: Shell) throws {
    for id in sources where shell.corpus.source(SourceID(id)) == nil {
      throw ShellError(SourceLoadError.notLoaded(id: id).description)
    }
    guard !shell.corpus.sources.isEmpty else {
      throw ShellError("no sources are loaded; use 'load PATH' first.")
    }
    let wanted = Set(sources.map(SourceID.init))
    let matches = QuoteMatcher.matches(in: shell.corpus.sources, minimumWords: minWords)
      .filter { match in
        (!differing || match.hasDifferences)
          && (wanted.isEmpty || !wanted.isDisjoint(with: match.sources))
      }
    let format = format ?? shell.outputFormat
    guard format == .table else {
      shell.show(QuoteMatchView.records(matches), as: format)
      return
    }
    for (index, match) in matches.enumerated() {
      if index > 0 { shell.print() }
      shell.print(lines: QuoteMatchView.lines(match, style: shell.style, width: shell.width()))
    }
    if !matches.isEmpty { shell.print() }
    let differingCount = matches.filter(\.hasDifferences).count
    var footer =
      matches.count == 1
      ? "1 quotation in more than one source"
      : "\(matches.count) quotations in more than one source"
    footer += ", \(differingCount) worded differently"
    if differingCount > 0 && !shell.style.isEnabled {
      footer += "; {braces} mark the words that differ"
    }
    shell.print(lines: TextWrapper.wrap(footer, width: shell.width()).map { shell.style.dim($0) })
  }
}
