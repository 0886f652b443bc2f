import ArgumentParser
import CrossCheckCore
import Foundation

/// `set [NAME VALUE]`: shows or changes a session setting.
struct SetCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract:
      "Show the settings, or change one: tolerance, author, report-date, title, report-url; format, timing, pager.",
    discussion: """
      tolerance: how far "about", "around", "some" reach when figures are compared as \
      intervals, as a fraction of the value (0.1 is ±10%; "almost" and "nearly" reach only \
      downwards). author: who signs the reports (ClaimReview author); 'set author' alone \
      clears it. report-date: the reports' date, YYYY-MM-DD (default: the day the session last \
      changed); 'set report-date' alone clears it. title: the reports' title (default: the \
      first discrepancy's title or subject). report-url: the http(s) address the reports are \
      published at, which ClaimReview requires as its url. 'set title' or 'set report-url' alone \
      clears it. These five are the session's: saved, journaled, undone by 'undo'. format \
      (table, csv, json, jsonl, markdown): how sources, figures, discrepancies, scan, compare and \
      rates print without --format. timing (on, off): show each command's wall time on standard \
      error. pager (off, on, always): page output longer than the terminal through $PAGER \
      (default 'less -FRX'), at a terminal only. These three last for this run only.
      """)
  static let example = "set tolerance 0.15"
  static let changesState = true
  static let names = ["tolerance", "author", "report-date", "title", "report-url"]
  static let completion = CommandCompletion([.choices(names + Shell.displaySettings), .none])

  @Argument(help: "The setting's name: tolerance, author, report-date, title or report-url.")
  var name: String?
  @Argument(help: "Its new value (for author and title, several words are joined).")
  var value: [String] = []

  func execute(in shell: Shell) throws {
    let settings = shell.analysis.settings
    guard let name else {
      shell.print(
        "tolerance    \(settings.approxTolerance)  (how far 'about' reaches, as a fraction)")
      shell.print("author       \(settings.reportAuthor ?? "—")  (who signs the reports)")
      shell.print(
        "report-date  \(settings.reportDate ?? "—")  (default: the day the session last changed)")
      shell.print(
        "title        \(TerminalText.visible(settings.reportTitle ?? "—"))  "
          + "(default: the first discrepancy's title)")
      shell.print(
        "report-url   \(TerminalText.visible(settings.reportURL ?? "—"))  "
          + "(where the reports are published)")
      shell.print(lines: shell.displaySettingLines)
      return
    }
    let text = value.joined(separator: " ")
    if try shell.setDisplay(name, to: text) { return }
    switch name {
    case "tolerance":
      guard let number = DecimalText.parse(text), number >= 0, number < 1 else {
        throw ShellError("tolerance takes a fraction from 0 to 1, e.g. set tolerance 0.1")
      }
      shell.change { $0.settings.approxTolerance = number }
      shell.status("tolerance \(number)")
    case "author":
      shell.change { $0.settings.reportAuthor = text.isEmpty ? nil : text }
      shell.status(text.isEmpty ? "author cleared" : "author \(text)")
    case "report-date":
      guard text.isEmpty || ExchangeRate.isDay(text) else {
        throw ShellError(
          "report-date takes a day written YYYY-MM-DD, e.g. set report-date 2025-12-05")
      }
      shell.change { $0.settings.reportDate = text.isEmpty ? nil : text }
      shell.status(text.isEmpty ? "report-date cleared" : "report-date \(text)")
    case "title":
      shell.change { $0.settings.reportTitle = text.isEmpty ? nil : text }
      shell.status(text.isEmpty ? "title cleared" : "title \(text)")
    case "report-url":
      guard text.isEmpty || WebAddress.link(text) != nil else {
        throw ShellError(
          "report-url takes an http or https address, e.g. set report-url https://example.org/report.html"
        )
      }
      shell.change { $0.settings.reportURL = text.isEmpty ? nil : text }
      shell.status(text.isEmpty ? "report-url cleared" : "report-url \(text)")
    default:
      var message = "there is no setting '\(name)'"
      let names = SetCommand.names + Shell.displaySettings
      if let guess = EditDistance.suggestion(for: name, among: names) {
        message += " — did you mean '\(guess)'?"
      } else {
        message +=
          "; the settings are " + names.dropLast().joined(separator: ", ") + " and "
          + names[names.count - 1] + "."
      }
      throw ShellError(message)
    }
  }
}

extension SetCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments) else { return nil }
    var command = Self()
    command.name = plain.positionals.first
    command.value = Array(plain.positionals.dropFirst())
    return command
  }
}
