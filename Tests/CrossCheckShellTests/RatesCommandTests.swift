import CrossCheckCore
import Foundation
import Testing

@testable import CrossCheckShell

/// The ECB's reference rates at the prompt: conversions without a `rate` command, the analyst's
/// rates winning for their days, `rates` and `rates update`, and rates recorded in the session.
@Suite("Exchange rates at the prompt")
struct RatesCommandTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/ecb")

  static func corpusShell() -> RecordingShell {
    let shell = RecordingShell(width: 200)
    shell.run("load " + RecordingShell.corpusPath)
    shell.clear()
    return shell
  }

  /// The id of the figure written `text` in `source`, looked up by its text.
  static func figure(_ text: String, in source: String, of shell: RecordingShell) throws -> String {
    let found = shell.shell.corpus.source(SourceID(source))?.figures.first { $0.text == text }
    return try #require(found, "no “\(text)” in \(source)").id.description
  }

  @Test func comparingDollarsWithEurosUsesTheECBRateOfTheDayWithoutARateCommand() throws {
    let shell = Self.corpusShell()
    let dollars = try Self.figure("$300 billion", in: "bl0122", of: shell)
    let euros = try Self.figure("€210 billion", in: "il1203", of: shell)
    #expect(shell.run("compare \(dollars) \(euros)") == .succeeded, "\(shell.errors)")
    #expect(shell.output.contains("= 245,028,000,000 USD") || shell.output.contains("245028000000"))
    #expect(
      shell.output.contains("converted at 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"))
    #expect(!shell.output.contains("no EUR→USD rate"))
    #expect(!shell.output.contains("not comparable"))
  }

  @Test func scanComparesTheFrozenAssetsAcrossCurrencies() throws {
    let shell = Self.corpusShell()
    #expect(shell.run("scan --kind money") == .succeeded, "\(shell.errors)")
    let dollars = try Self.figure("$300 billion", in: "bl0122", of: shell)
    let euros = try Self.figure("€210 billion", in: "il1203", of: shell)
    let group = try #require(
      shell.shell.lastScan.first {
        Set($0.figures.map(\.figure.id.description)).isSuperset(of: [dollars, euros])
      })
    #expect(group.comparison.assessment != .incomparable)
    #expect(
      group.comparison.entries.contains {
        $0.conversion?.rates.contains { $0.isECBReferenceRate && $0.date == "2025-12-03" } == true
      })
    #expect(shell.output.contains("1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"))
  }

  @Test func aRateWithoutADateIsAStandingRateAndCompareSaysWhatItSetAside() throws {
    let shell = Self.corpusShell()
    #expect(shell.run("rate EUR USD 1.16") == .succeeded, "\(shell.errors)")
    #expect(shell.status.contains("(entered by the analyst, standing rate)"))
    #expect(shell.shell.analysis.rates.rates.map(\.date) == [nil])
    shell.clear()
    let dollars = try Self.figure("$300 billion", in: "bl0122", of: shell)
    let euros = try Self.figure("€210 billion", in: "il1203", of: shell)
    shell.run("compare \(dollars) \(euros)")
    #expect(
      shell.output.contains("converted at 1 EUR = 1.16 USD (entered by the analyst, standing rate)")
    )
    #expect(
      shell.output.contains(
        "not used: 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03), because the analyst's rate takes precedence"
      ))
  }

  @Test func anOlderAnalystsRateYieldsToTheECBsAndCompareSaysSo() throws {
    let shell = Self.corpusShell()
    shell.run("rate EUR USD 1.3 --date 2025-11-20")
    let dollars = try Self.figure("$300 billion", in: "bl0122", of: shell)
    let euros = try Self.figure("€210 billion", in: "il1203", of: shell)
    shell.clear()
    shell.run("compare \(dollars) \(euros)")
    #expect(
      shell.output.contains("converted at 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"))
    #expect(
      shell.output.contains(
        "not used: 1 EUR = 1.3 USD (entered by the analyst, 2025-11-20), because the ECB reference rate of 2025-12-03 is more recent"
      ))
  }

  @Test func aRateFromACurrencyToItselfIsRefused() {
    let shell = RecordingShell()
    #expect(shell.run("rate EUR eur 1") == .failed)
    #expect(shell.errors.contains("give two different currencies"))
    #expect(shell.shell.analysis.rates.rates.isEmpty)
  }

  @Test func ratesListsTheBuiltInTableAndTheSessionsRates() {
    let shell = RecordingShell(width: 200)
    shell.run("rates")
    #expect(shell.output.contains("Built-in table: ECB reference rates (built in)"))
    #expect(shell.output.contains("1999-01-04 to "))
    #expect(shell.output.contains("The session has no rates of its own"))
    shell.clear()
    shell.run("rate EUR UAH 48.5 --date 2025-12-01 --source \"National Bank of Ukraine\"")
    shell.run("rates")
    #expect(shell.output.contains("The session's rates"))
    #expect(shell.output.contains("2025-12-01  1 EUR  48.5 UAH  National Bank of Ukraine"))
  }

  @Test func flaggingRecordsTheRatesUsedSoAnOpenedSessionKeepsItsNumbers() throws {
    let workspace = try SessionWorkspace()
    let shell = RecordingShell(width: 200)
    shell.run("load " + workspace.corpus)
    let dollars = try Self.figure("$300 billion", in: "bl0122", of: shell)
    let euros = try Self.figure("€210 billion", in: "il1203", of: shell)
    #expect(shell.run("flag \(dollars) \(euros)") == .succeeded, "\(shell.errors)")
    #expect(
      shell.status.contains(
        "rate recorded in the session: 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"))
    let path = workspace.session("assets.json")
    #expect(shell.run("save \(path)") == .succeeded, "\(shell.errors)")
    let saved = try SessionStore.read(path)
    #expect(
      saved.rates == [
        ExchangeRate(
          base: "EUR", quote: "USD", rate: Decimal(string: "1.1668")!, date: "2025-12-03",
          source: "ECB reference rate")
      ])
    // Years later, with a different table (this one says 1.5 for that day), the session's
    // report still converts at the rate it recorded.
    let later = RecordingShell(width: 200)
    #expect(
      later.run("rates update " + Self.fixtures.appendingPathComponent("eurofxref-sample.zip").path)
        == .succeeded, "\(later.errors)")
    #expect(later.run("open \(path) --trust") == .succeeded, "\(later.errors)")
    later.clear()
    later.run("export markdown")
    #expect(later.output.contains("1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"))
    #expect(!later.output.contains("1.5 USD"))
    // Undo takes the recorded rate back with the discrepancy.
    shell.run("undo")
    #expect(shell.shell.analysis.rates.rates.isEmpty)
  }

  /// The rates a flag recorded from a table given with `rates update` are journaled with it, so
  /// a replay in a later run, with another table, records the same rates and conversions.
  @Test func aReplayRecordsTheRatesTheFlagRecorded() throws {
    let workspace = try SessionWorkspace()
    let shell = RecordingShell(width: 200)
    shell.shell.currentFolder = workspace.root
    let zip = Self.fixtures.appendingPathComponent("eurofxref-sample.zip").path
    #expect(shell.run("rates update \(zip)") == .succeeded, "\(shell.errors)")
    shell.run("load " + workspace.corpus)
    let dollars = try Self.figure("$300 billion", in: "bl0122", of: shell)
    let euros = try Self.figure("€210 billion", in: "il1203", of: shell)
    #expect(shell.run("flag \(dollars) \(euros)") == .succeeded, "\(shell.errors)")
    let pinned = shell.shell.analysis.rates.rates
    #expect(pinned.map(\.description) == ["1 EUR = 1.5 USD (ECB reference rate, 2025-12-03)"])
    #expect(
      shell.shell.journal.last?.command.hasSuffix(" --ecb-rate 'EUR USD 1.5 2025-12-03'") == true,
      "\(shell.shell.journal.last?.command ?? "")")
    let path = workspace.session("pinned.json")
    #expect(shell.run("save \(path)") == .succeeded, "\(shell.errors)")

    // A later run, with the built-in table (1.1668 for that day).
    let later = RecordingShell(width: 200)
    later.shell.currentFolder = workspace.root
    #expect(later.run("replay \(path) --verify") == .succeeded, "\(later.errors)")
    #expect(
      later.output.contains("verified: the rebuilt state matches the saved one"),
      "\(later.output)")
    #expect(later.run("replay \(path)") == .succeeded, "\(later.errors)")
    #expect(later.shell.analysis.rates.rates == pinned)
    // The replay keeps the journal's rate, and says that its own table disagrees for that day.
    #expect(
      later.errors.contains(
        "journal entry 2: the flag records 'EUR USD 1.5 2025-12-03' as given; this run's ECB "
          + "table has 1.1668 for that day."), "\(later.errors)")
    #expect(
      later.shell.analysis.discrepancies.map(\.figures)
        == shell.shell.analysis.discrepancies.map(\.figures))
    // A rate that is not one is refused, saying how to write it.
    #expect(later.run("flag \(dollars) \(euros) --ecb-rate 'EUR 1.5'") == .failed)
    #expect(later.errors.contains("is not an ECB rate; write it as FROM TO RATE DAY"))
    // The ECB quotes per euro: a rate between two other currencies is not one of its rates.
    later.clear()
    #expect(later.run("flag \(dollars) \(euros) --ecb-rate 'USD GBP 0.79 2025-12-03'") == .failed)
    #expect(later.errors.contains("the ECB quotes its reference rates per euro"), "\(later.errors)")
    // A rate that agrees with the table is recorded without a warning.
    later.clear()
    #expect(
      later.run("flag \(dollars) \(euros) --ecb-rate 'EUR USD 1.1668 2025-12-03'") == .succeeded,
      "\(later.errors)")
    #expect(!later.errors.contains("warning"), "\(later.errors)")
    // A replay reads this run's table: after `rates update`, the sample's 1.5 is what the
    // journal's 1.5 is checked against, so no warning.
    let updated = RecordingShell(width: 200)
    updated.shell.currentFolder = workspace.root
    #expect(updated.run("rates update \(zip)") == .succeeded, "\(updated.errors)")
    #expect(updated.run("replay \(path)") == .succeeded, "\(updated.errors)")
    #expect(!updated.errors.contains("warning"), "\(updated.errors)")
  }

  @Test func ratesUpdateReadsAFileForThisRunOnly() throws {
    let shell = RecordingShell(width: 200)
    shell.run("compare \"€100\" \"$1\"")
    #expect(shell.output.contains("ECB reference rate"))
    shell.clear()
    let zip = Self.fixtures.appendingPathComponent("eurofxref-sample.zip").path
    #expect(shell.run("rates update \(zip)") == .succeeded, "\(shell.errors)")
    #expect(shell.status.contains("reference rates: ECB reference rates (\(zip)), 4 currencies"))
    #expect(shell.status.contains("to 2026-11-27"))
    shell.clear()
    // A typed figure has no date: the latest rate of the new table.
    shell.run("compare \"€100\" \"$120\"")
    #expect(shell.output.contains("1 EUR = 1.2 USD (ECB reference rate, 2026-11-27)"))
    #expect(shell.output.contains("they agree"))
    #expect(shell.shell.journal.isEmpty)
  }

  @Test func ratesUpdateDownloadsFromAnAddress() throws {
    let zip = try Data(contentsOf: Self.fixtures.appendingPathComponent("eurofxref-sample.zip"))
    let server = try LoopbackHTTPServer(body: zip)
    let shell = RecordingShell(width: 200)
    #expect(shell.run("rates update \(server.url)") == .succeeded, "\(shell.errors)")
    #expect(shell.status.contains("(\(server.url)), 4 currencies, 2022-03-01 to 2026-11-27"))
  }

  @Test func ratesUpdateSaysClearlyWhenTheDownloadFails() throws {
    let notFound = try LoopbackHTTPServer(body: Data("missing".utf8), status: 404)
    let shell = RecordingShell(width: 200)
    #expect(shell.run("rates update \(notFound.url)") == .failed)
    #expect(
      shell.errors.contains("cannot download \(notFound.url): ") && shell.errors.contains("404"))
    #expect(shell.errors.contains("give a downloaded eurofxref-hist.zip or .csv file"))
    #expect(shell.errors.contains("the reference rates are unchanged"))
    shell.clear()
    // Nothing listens on this port any more: as offline.
    let closed = try LoopbackHTTPServer(body: Data(), timeout: 0)
    let port = closed.port
    Thread.sleep(forTimeInterval: 0.2)
    #expect(shell.run("rates update http://127.0.0.1:\(port)/eurofxref-hist.zip") == .failed)
    #expect(shell.errors.contains("cannot download http://127.0.0.1:\(port)/eurofxref-hist.zip"))
    shell.clear()
    shell.run("rates")
    #expect(shell.output.contains("(built in)"))
  }

  @Test func ratesUpdateRefusesAFileThatIsNotTheECBsTable() throws {
    let shell = RecordingShell()
    let path = RecordingShell.corpusPath + "/bl0122.txt"
    #expect(shell.run("rates update \(path)") == .failed)
    #expect(shell.errors.contains("the header must start with 'Date'"))
  }
}
