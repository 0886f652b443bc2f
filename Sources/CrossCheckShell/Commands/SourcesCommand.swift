import ArgumentParser

/// `sources`: the loaded sources with id, title, outlet, date and word count.
struct SourcesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the loaded sources with id, title, outlet, date and word count.")
  static let example = "sources --format csv"
  static let completion = CommandCompletion(options: ["--format": OutputFormat.choices])

  @Option(help: "\(OutputFormat.names) (default: table, or 'set format').")
  var format: OutputFormat?

  func execute(in shell: Shell) throws {
    let sources = shell.corpus.sources
    let format = format ?? shell.outputFormat
    guard !sources.isEmpty || format != .table else {
      shell.print("No sources are loaded. Use 'load PATH' to add text files.")
      return
    }
    // The table shows a dash for what is missing; the data formats leave it null.
    let missing: (String?) -> RecordValue = { value in
      format == .table ? .text(value ?? "—") : .text(value)
    }
    let rows = sources.map { source -> [RecordValue] in
      [
        .text(source.id.rawValue),
        format == .table
          ? .text(source.metadata.title ?? "(no headline)") : .text(source.metadata.title),
        missing(source.metadata.outlet),
        missing(source.metadata.date),
        .integer(source.wordCount),
        .text(source.path),
      ]
    }
    var records = RecordSet(
      columns: ["id", "title", "outlet", "date", "words", "path"], rows: rows,
      flexibleColumns: [1, 2])
    if format == .table {
      // The path is long and shown by 'show'; the table keeps to what fits.
      records.columns.removeLast()
      records.rows = records.rows.map { Array($0.dropLast()) }
    }
    shell.show(records, as: format)
  }
}

extension SourcesCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments, options: ["--format"]), plain.positionals.isEmpty
    else { return nil }
    var command = Self()
    command.format = nil
    if let format = plain.value("--format") {
      guard let value = OutputFormat(argument: format) else { return nil }
      command.format = value
    }
    return command
  }
}
