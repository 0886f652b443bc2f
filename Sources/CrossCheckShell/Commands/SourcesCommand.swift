import ArgumentParser

/// `sources`: the loaded sources with id, title, outlet, date and word count.
struct SourcesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the loaded sources with id, title, outlet, date and word count.")
  static let example = "sources"

  func execute(in shell: Shell) throws {
    let sources = shell.corpus.sources
    guard !sources.isEmpty else {
      shell.print("No sources are loaded. Use 'load PATH' to add text files.")
      return
    }
    let rows = sources.map { source in
      [
        source.id.rawValue,
        source.metadata.title ?? "(no headline)",
        source.metadata.outlet ?? "—",
        source.metadata.date ?? "—",
        String(source.wordCount),
      ]
    }
    let table = Table(
      headers: ["ID", "TITLE", "OUTLET", "DATE", "WORDS"], rows: rows, flexibleColumns: [1, 2])
    shell.print(lines: table.render(width: shell.width(), style: shell.style))
  }
}
