import ArgumentParser
import CrossCheckCore
import Foundation

/// `rates [import FILE | update [FILE|URL]]`: lists the exchange rates, imports the ECB's CSV
/// into the session, or re-reads the ECB reference table.
struct RatesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "rates",
    abstract:
      "List the exchange rates; 'rates import FILE' adds the ECB's CSV to the session; 'rates update [FILE|URL]' re-reads the ECB table.",
    discussion: """
      CrossCheck has the ECB's euro reference rates built in (daily since 1999; see README). \
      Conversions use the rate of each article's date or the last ECB business day before it \
      (so a Sunday article uses Friday's rate), crossed through the euro. The session's own \
      rates ('rate', 'rates import') win for their days. 'rates update' re-reads the ECB table \
      for this run from eurofxref-hist.zip or .csv, a file or an address (default: the ECB's), \
      without changing the session; conversions recorded in discrepancies keep their rates.
      """)
  static let example = "rates update eurofxref-hist.zip"
  static let changesState = true
  static let completion = CommandCompletion(
    [.choices(["import", "update"]), .path], options: ["--format": OutputFormat.choices])

  @Argument(help: "'import FILE', or 'update' with an optional file or address.")
  var words: [String] = []
  @Option(help: "How the list prints: \(OutputFormat.names) (default: table, or 'set format').")
  var format: OutputFormat?

  func execute(in shell: Shell) throws {
    switch words.first {
    case nil:
      list(shell, format: format ?? shell.outputFormat)
    case "import" where words.count == 2:
      try importCSV(words[1], in: shell)
    case "update" where words.count <= 2:
      try update(words.count == 2 ? words[1] : ReferenceRateFile.ecbAddress, in: shell)
    default:
      throw ShellError(
        "rates takes nothing, 'import FILE' or 'update [FILE|URL]'; usage: rates [import FILE | update [FILE|URL]]"
      )
    }
  }

  private func importCSV(_ file: String, in shell: Shell) throws {
    let path = shell.resolvePath(file)
    let data: Data
    do {
      // Refused by its size before a byte is read, as 'rates update' refuses it.
      data = try FileReader.read(path, maximumBytes: ReferenceRateFile.maximumSize)
    } catch .tooLarge(let byteCount) {
      let sizes = ByteCountText.texts(byteCount, limit: ReferenceRateFile.maximumSize)
      throw ShellError(
        "'\(path)' is \(sizes.size), larger than the "
          + "\(sizes.limit) a rate table may be; it was not "
          + "read. Is it the ECB's CSV?")
    } catch {
      throw ShellError("cannot read '\(path)': \(error.description).")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ShellError("'\(path)' is not UTF-8 text; is it the ECB's CSV?")
    }
    let rates: [ExchangeRate]
    do {
      rates = try ECBReferenceRates.parse(text)
    } catch {
      throw ShellError("'\(path)' \(error.description); nothing was imported.")
    }
    shell.change { $0.rates.add(contentsOf: rates) }
    let days = Set(rates.compactMap(\.date))
    shell.status(
      "imported \(rates.count) rates for \(Set(rates.map(\.quote)).count) currencies over \(days.count) days (\(days.min() ?? "")…\(days.max() ?? "")) from \(path)"
    )
  }

  /// Replaces the reference table for this run. Not a change to the session: nothing is
  /// journaled, and a replayed journal may not fetch anything.
  private func update(_ location: String, in shell: Shell) throws {
    guard !shell.isReplaying else {
      throw ShellError(
        "'rates update' does not run from a session's journal; run it at the prompt.")
    }
    let place = ReferenceRateFile.isAddress(location) ? location : shell.resolvePath(location)
    let table: ECBRateTable
    do {
      table = try ReferenceRateFile.load(place)
    } catch {
      throw ShellError(error.description + "; the reference rates are unchanged.")
    }
    let before = shell.referenceRates.table
    shell.referenceRates = .table(table)
    shell.status("reference rates: " + Self.summary(table))
    if let before {
      shell.status(shell.style.dim("  (before: " + Self.summary(before) + ")"))
    }
  }

  static func summary(_ table: ECBRateTable) -> String {
    "ECB reference rates (\(table.origin)), \(table.currencies.count) currencies, \(table.firstDay) to \(table.lastDay) (\(table.dayCount) days)"
  }

  private func list(_ shell: Shell, format: OutputFormat) {
    let rates = shell.analysis.rates.rates
    guard format == .table else {
      // The data formats list the session's own rates, one per row.
      let rows = rates.map { rate -> [RecordValue] in
        [
          .text(rate.date), .text(rate.base), .text(rate.quote), .number(rate.rate),
          .text(rate.source),
        ]
      }
      shell.show(
        RecordSet(columns: ["date", "base", "quote", "rate", "source"], rows: rows), as: format)
      return
    }
    if let table = shell.referenceRates.table {
      shell.print(
        shell.style.bold("Built-in table: ") + Self.summary(table)
          + "; used where the session has no rate as recent.")
    } else {
      shell.print(shell.style.bold("Built-in table: ") + "none")
    }
    guard !rates.isEmpty else {
      shell.print(
        "The session has no rates of its own. Add one with 'rate EUR USD 1.16 --date 2025-12-03', or 'rates import FILE'."
      )
      return
    }
    shell.print(
      shell.style.bold("The session's rates")
        + " (they win for their days; ECB rates here were recorded by discrepancies or imported):")
    let rows = rates.map { rate -> [RecordValue] in
      [
        .text(rate.date ?? "standing"), .text("1 \(rate.base)"),
        .text("\(rate.rate) \(rate.quote)"),
        .text(rate.source),
      ]
    }
    shell.show(
      RecordSet(columns: ["date", "from", "to", "source"], rows: rows, flexibleColumns: [3]),
      as: .table)
  }
}

extension RatesCommand: PlainlyParsedCommand {
  /// `rates import FILE` as journaled; a listing with --format is left to ArgumentParser.
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments) else { return nil }
    var command = Self()
    command.words = plain.positionals
    command.format = nil
    return command
  }
}
