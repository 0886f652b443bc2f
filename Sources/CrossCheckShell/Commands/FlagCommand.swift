import ArgumentParser
import CrossCheckCore
import Foundation

/// `flag ID ID... [--title "..."]`: records a discrepancy holding those figures.
struct FlagCommand: JournaledCommand {
  static let configuration = CommandConfiguration(
    commandName: "flag",
    abstract: "Record a discrepancy (D1, D2, …) holding the given figures.",
    discussion: """
      Each figure is stored with its position and its exact quote with context (the W3C \
      TextPositionSelector and TextQuoteSelector), so it can be found again if a source changes. \
      The ECB reference rates its comparison uses are recorded in the session, and in the \
      journal as --ecb-rate, so a replay records the same rates whatever table it runs with.
      """)
  static let example = "flag bl0122:9 il1203:11 --title \"Frozen Russian assets\""
  static let changesState = true
  static let completion = CommandCompletion(
    [.figureOrSuggestion], options: ["--title": ArgumentKind.none, "--ecb-rate": ArgumentKind.none])

  @Argument(help: "The figures (ids such as bl0122:9).")
  var figures: [String]

  @Option(help: "A title for the discrepancy.")
  var title: String?

  @Option(
    help: ArgumentHelp(
      "An ECB reference rate (per euro) to record instead of reading it from the table ('EUR USD 1.1668 2025-12-03'); the journal writes the rates a flag recorded this way. A warning says when this run's table has that day at another rate.",
      valueName: "rate"))
  var ecbRate: [String] = []

  func validate() throws {
    if figures.isEmpty {
      throw ValidationError("Give the figures to flag, e.g. flag bl0122:9 il1203:11")
    }
  }

  func perform(in shell: Shell, replaying anchors: [FigureReference]?) throws -> JournalRecord {
    var references: [FigureReference] = []
    var anchoring: [String] = []
    var title = self.title
    if let anchors {
      // A replay: find each figure again by its quote, never by a possibly stale id.
      for anchor in anchors {
        let (reference, outcome) = Reanchoring.reanchor(anchor, in: shell.corpus)
        if let line = AnchorMessage.line(anchor, outcome) { anchoring.append(line) }
        references.append(reference)
      }
    }
    for id in figures where anchors == nil {
      // "S3": the figures of the third suggestion of the last scan.
      if id.first == "S", let rank = Int(id.dropFirst()) {
        guard let suggestion = shell.lastScan.first(where: { $0.rank == rank }) else {
          throw ShellError(
            shell.lastScan.isEmpty
              ? "there is no \(id): run 'scan' first."
              : "there is no \(id); the last scan made S1–S\(shell.lastScan.count).")
        }
        for (figure, source) in suggestion.figures
        where !references.contains(where: { $0.figure == figure.id }) {
          references.append(FigureReference(figure: figure, in: source))
        }
        if title == nil { title = suggestion.subject }
        continue
      }
      let (figure, source) = try shell.figure(id)
      if references.contains(where: { $0.figure == figure.id }) { continue }
      references.append(FigureReference(figure: figure, in: source))
    }
    let time = shell.commandTime
    // The rates the first run recorded, when given: a replay then does not depend on the table.
    let pinned =
      ecbRate.isEmpty
      ? RatePinning.rates(for: references, in: shell) : try ecbRate.map(Self.rate(from:))
    let discrepancy = shell.change { state in
      if !pinned.isEmpty { state.rates.add(contentsOf: pinned) }
      return state.flag(references, title: title, at: time)
    }
    shell.status("flagged \(DiscrepancyView.summary(discrepancy, style: shell.style))")
    for rate in pinned {
      shell.status(shell.style.dim("  rate recorded in the session: " + rate.description))
    }
    if !ecbRate.isEmpty, let table = shell.referenceRates.table {
      for rate in pinned {
        if let known = Self.tableRate(disagreeingWith: rate, in: table) {
          shell.warn(
            "the flag records '\(Self.text(of: rate))' as given; this run's ECB table has "
              + "\(known) for that day.")
        }
      }
    }
    return JournalRecord(
      command: "flag " + references.map(\.figure.description).joined(separator: " ")
        + (title.map { " --title " + CommandTokenizer.quote($0) } ?? "")
        + pinned.map { " --ecb-rate " + CommandTokenizer.quote(Self.text(of: $0)) }.joined(),
      anchors: references, anchoring: anchoring)
  }

  /// A pinned rate as `--ecb-rate` writes it: "EUR USD 1.1668 2025-12-03".
  static func text(of rate: ExchangeRate) -> String {
    "\(rate.base) \(rate.quote) \(rate.rate) \(rate.date ?? "")"
  }

  /// The table's rate for `rate`'s very day when the two differ: a journal from elsewhere, or a
  /// hand-typed value, may not be what the ECB published. A table without that day says nothing.
  static func tableRate(disagreeingWith rate: ExchangeRate, in table: ECBRateTable) -> Decimal? {
    guard case .success(let known) = table.rate(of: rate.quote, on: rate.date),
      known.date == rate.date, known.rate != rate.rate
    else { return nil }
    return known.rate
  }

  /// The rate an `--ecb-rate` value gives.
  static func rate(from text: String) throws -> ExchangeRate {
    let words = text.split(separator: " ").map(String.init)
    if words.count == 4, words[0].uppercased() != "EUR" {
      throw ShellError(
        "'\(text)' is not an ECB rate: the ECB quotes its reference rates per euro, so write EUR "
          + "first, e.g. 'EUR USD 1.1668 2025-12-03'.")
    }
    guard words.count == 4,
      words[0...1].allSatisfy({ $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isLetter } }),
      words[0] != words[1], let value = DecimalText.parse(words[2]), value > 0,
      ExchangeRate.isDay(words[3])
    else {
      throw ShellError(
        "'\(text)' is not an ECB rate; write it as FROM TO RATE DAY, e.g. 'EUR USD 1.1668 2025-12-03'."
      )
    }
    return ExchangeRate(
      base: words[0], quote: words[1], rate: value, date: words[3],
      source: ECBRateTable.sourceName)
  }
}

extension FlagCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard
      let plain = PlainArguments(arguments, options: ["--title"], repeatable: ["--ecb-rate"]),
      !plain.positionals.isEmpty
    else { return nil }
    var command = Self()
    command.figures = plain.positionals
    command.title = plain.value("--title")
    command.ecbRate = plain.values("--ecb-rate")
    return command
  }
}
