import ArgumentParser
import CrossCheckCore
import Foundation

/// `rates [import FILE]`: lists the session's exchange rates, or imports the ECB's CSV.
struct RatesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "rates",
    abstract: "List the session's exchange rates, or 'rates import FILE' to read the ECB's CSV.",
    discussion: """
      The ECB's reference-rate CSV has a Date column and one column per currency, each rate per \
      1 EUR, with N/A where none was published. Conversions use the rate nearest on or before \
      each article's date (so a Sunday article uses Friday's rate).
      """)
  static let example = "rates import eurofxref-hist.csv"
  static let changesState = true
  static let completion = CommandCompletion([.choices(["import"]), .path])

  @Argument(help: "'import' followed by the CSV file to read.")
  var words: [String] = []

  func execute(in shell: Shell) throws {
    if words.isEmpty {
      list(shell)
      return
    }
    guard words.count == 2, words[0] == "import" else {
      throw ShellError("rates takes nothing, or 'import FILE'; usage: rates [import FILE]")
    }
    let path = shell.resolvePath(words[1])
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ShellError("cannot read '\(path)'; check the path.")
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
    let days = Set(rates.map(\.date))
    shell.print(
      "imported \(rates.count) rates for \(Set(rates.map(\.quote)).count) currencies over \(days.count) days (\(days.min() ?? "")…\(days.max() ?? "")) from \(path)"
    )
  }

  private func list(_ shell: Shell) {
    let rates = shell.analysis.rates.rates
    guard !rates.isEmpty else {
      shell.print(
        "No exchange rates yet. Add one with 'rate EUR USD 1.16 --date 2025-12-03', or 'rates import FILE'."
      )
      return
    }
    let rows = rates.map { [$0.date, "1 \($0.base)", "\($0.rate) \($0.quote)", $0.source] }
    shell.print(
      lines: Table(headers: ["DATE", "FROM", "TO", "SOURCE"], rows: rows, flexibleColumns: [3])
        .render(width: shell.width(), style: shell.style))
  }
}
