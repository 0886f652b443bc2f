import ArgumentParser
import CrossCheckCore
import Foundation

/// `rate FROM TO RATE [--date D] [--source S]`: records a dated exchange rate.
struct RateCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "rate",
    abstract: "Record an exchange rate: 1 FROM = RATE TO on a date, with its source.")
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
  @Option(help: "The day the rate applies to, YYYY-MM-DD (default: today).")
  var date: String?
  @Option(help: "Where the rate comes from (default: 'entered by the analyst').")
  var source: String?

  func execute(in shell: Shell) throws {
    for code in [from, to] where code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isLetter })
    {
      throw ShellError("'\(code)' is not a currency code; use three letters such as EUR or USD.")
    }
    guard from.uppercased() != to.uppercased() else {
      throw ShellError(
        "a rate converts between two different currencies; \(from) to \(to) is always 1.")
    }
    guard let value = DecimalText.parse(rate), value > 0
    else {
      throw ShellError("'\(rate)' is not a rate; write a positive number such as 1.16.")
    }
    let day =
      date
      ?? ISO8601DateFormatter.string(
        from: shell.commandTime, timeZone: .current, formatOptions: [.withFullDate])
    guard ExchangeRate.isDay(day) else {
      throw ShellError("'\(day)' is not a date; write it as YYYY-MM-DD.")
    }
    let entry = ExchangeRate(
      base: from, quote: to, rate: value, date: day, source: source ?? "entered by the analyst")
    shell.change { $0.rates.add(entry) }
    shell.print("rate \(entry.description)")
  }
}
