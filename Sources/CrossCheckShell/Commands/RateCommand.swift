import ArgumentParser
import CrossCheckCore
import Foundation

/// `rate FROM TO RATE [--date D] [--source S]`: records a dated exchange rate, or a standing one.
struct RateCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "rate",
    abstract: "Record an exchange rate: 1 FROM = RATE TO on a date, with its source.",
    discussion: """
      The session's rates win over the built-in ECB reference rates for their days: a dated \
      rate is used for articles of that day and later, until the ECB has a more recent one. \
      Without --date the rate is a standing rate: it applies on every day and always wins over \
      the ECB's. 'compare' names the rate it used and any it set aside.
      """)
  static let example = "rate EUR USD 1.16 --date 2025-12-03 --source \"ECB reference rate\""
  static let changesState = true
  static let completion = CommandCompletion(
    [.none], options: ["--date": ArgumentKind.none, "--source": ArgumentKind.none])

  @Argument(help: "The currency converted from (ISO 4217, e.g. EUR).")
  var from: String
  @Argument(help: "The currency converted to (e.g. USD).")
  var to: String
  @Argument(help: "How many TO one FROM buys, e.g. 1.16.")
  var rate: String
  @Option(help: "The day the rate applies to, YYYY-MM-DD (default: every day, a standing rate).")
  var date: String?
  @Option(help: "Where the rate comes from (default: 'entered by the analyst').")
  var source: String?

  func execute(in shell: Shell) throws {
    for code in [from, to] where code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isLetter })
    {
      throw ShellError("'\(code)' is not a currency code; use three letters such as EUR or USD.")
    }
    if from.uppercased() == to.uppercased() {
      throw ShellError(
        "a rate converts between two different currencies: 1 \(from.uppercased()) is always "
          + "1 \(to.uppercased()); give two different currencies.")
    }
    guard let value = DecimalText.parse(rate), value > 0
    else {
      throw ShellError("'\(rate)' is not a rate; write a positive number such as 1.16.")
    }
    if let date, !ExchangeRate.isDay(date) {
      throw ShellError("'\(date)' is not a date; write it as YYYY-MM-DD.")
    }
    let entry = ExchangeRate(
      base: from, quote: to, rate: value, date: date, source: source ?? "entered by the analyst")
    shell.change { $0.rates.add(entry) }
    shell.status(
      "rate \(entry.description)"
        + (date == nil ? " — applies on every day, over the ECB's reference rates" : ""))
  }
}

extension RateCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments, options: ["--date", "--source"]),
      plain.positionals.count == 3
    else { return nil }
    var command = Self()
    command.from = plain.positionals[0]
    command.to = plain.positionals[1]
    command.rate = plain.positionals[2]
    command.date = plain.value("--date")
    command.source = plain.value("--source")
    return command
  }
}
