import ArgumentParser
import CrossCheckCore

/// `show ID`: a source's metadata and its text wrapped to the terminal width, or a discrepancy
/// in full (`show D1`).
struct ShowCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a source's metadata and text, or a discrepancy in full (show D1).")
  static let example = "show bl0122"
  static let completion = CommandCompletion([.sourceOrDiscrepancyID])

  @Argument(help: "The id of a loaded source (see 'sources'), or a discrepancy (D1).")
  var id: String

  func execute(in shell: Shell) throws {
    if Discrepancy.number(from: id) != nil, id.first == "D" {
      let discrepancy = try shell.discrepancy(id)
      shell.print(
        lines: DiscrepancyView.detail(
          discrepancy, corpus: shell.corpus, width: shell.width(), style: shell.style))
      return
    }
    guard let source = shell.corpus.source(SourceID(id)) else {
      if FigureID(id) != nil {
        throw ShellError("'\(id)' is a figure, not a source: try 'figure \(id)'.")
      }
      throw ShellError(SourceLoadError.notLoaded(id: id).description)
    }
    let style = shell.style
    let width = shell.width()
    let metadata = source.metadata
    shell.print(
      lines: TextWrapper.wrap(metadata.title ?? "(no headline)", width: width).map(style.bold))
    let facts = [metadata.outlet, metadata.date, metadata.url, source.path].compactMap { $0 }
    shell.print(
      lines: TextWrapper.wrap(facts.joined(separator: " · "), width: width).map(style.dim))
    let fingerprint = "\(source.wordCount) words · sha256 \(source.sha256)"
    shell.print(lines: TextWrapper.wrap(fingerprint, width: width).map(style.dim))
    shell.print()
    shell.print(lines: TextWrapper.wrap(source.text, width: width))
  }
}

extension ShowCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments), plain.positionals.count == 1 else { return nil }
    var command = Self()
    command.id = plain.positionals[0]
    return command
  }
}
