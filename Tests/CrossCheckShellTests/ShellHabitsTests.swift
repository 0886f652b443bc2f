import CrossCheckCore
import Foundation
import Testing

@testable import CrossCheckShell

/// The prompt's polish for psql and sqlite3 users: suggestions, figure ids where a source was
/// meant, completion of figure ids, plain words, help without repetitions, and every listing in
/// every format through one renderer.
@Suite("Shell habits")
struct ShellHabitsTests {
  static func loaded(width: Int = 100) -> RecordingShell {
    let shell = RecordingShell(width: width)
    shell.run("load \(RecordingShell.corpusPath)")
    shell.clear()
    return shell
  }

  @Test("a singular command name suggests its plural")
  func singularSuggestsPlural() {
    let shell = Self.loaded()
    #expect(shell.run("discrepancy") == .failed)
    #expect(shell.errors.contains("unknown command 'discrepancy' — did you mean 'discrepancies'?"))
    #expect(EditDistance.suggestion(for: "figure", among: ["figures"]) == "figures")
    #expect(EditDistance.suggestion(for: "verdicts", among: ["discrepancies"]) == nil)
  }

  /// ArgumentParser lists an option's values a line each; at the prompt the error is one line
  /// that says what to type, with the usage after it.
  @Test("a bad option value is one line naming the values the option takes")
  func aBadOptionValueIsOneLine() {
    let shell = Self.loaded()
    #expect(shell.run("scan --kind foo") == .failed)
    #expect(shell.errors.split(separator: "\n").count == 1, "\(shell.errors)")
    #expect(
      shell.errors.contains(
        "scan: the value 'foo' is invalid for '--kind <kind>'; use one of money, count, ordinal, "
          + "percent, duration, quantity, tally, date, time, other; usage: scan [--kind <kind>]"),
      "\(shell.errors)")
    shell.clear()
    #expect(shell.run("figures --format xml") == .failed)
    #expect(shell.errors.split(separator: "\n").count == 1, "\(shell.errors)")
    #expect(
      shell.errors.contains(
        "provide one of 'table', 'csv', 'json', 'jsonl' or 'markdown'; usage: figures"),
      "\(shell.errors)")
  }

  /// A summary longer than the terminal wrapped at the left edge, under the command names.
  @Test("help's command list wraps a long summary under itself")
  func helpWrapsLongSummariesUnderThemselves() {
    let shell = Self.loaded(width: 80)
    #expect(shell.run("help") == .succeeded)
    let lines = shell.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
    let list = lines.prefix { !$0.isEmpty }.dropFirst()
    #expect(list.allSatisfy { $0.hasPrefix("  ") }, "\(list)")
    let rates = list.firstIndex { $0.hasPrefix("  rates ") }
    #expect(rates != nil)
    if let rates { #expect(list[rates + 1].hasPrefix(String(repeating: " ", count: 17))) }
  }

  /// psql's `\x` lost its backslash to the escape rule and was "unknown command 'x'".
  @Test("an unknown psql backslash command is named with its backslash and the known ones")
  func anUnknownBackslashCommandIsNamed() {
    let shell = Self.loaded()
    #expect(shell.run(#"\x"#) == .failed)
    #expect(
      shell.errors.contains(
        #"unknown command '\x'; of psql's backslash commands CrossCheck has \q, \?, \h, \o and \i"#),
      "\(shell.errors)")
    shell.clear()
    #expect(shell.run(#"\dt foo"#) == .failed)
    #expect(shell.errors.contains(#"unknown command '\dt'"#), "\(shell.errors)")
    #expect(shell.run(#"\?"#) == .succeeded)
  }

  /// A script line of one enormous word (a file of NUL bytes piped in) was compared with every
  /// command letter by letter (hundreds of megabytes, minutes) and echoed whole.
  @Test("an enormous unknown command is refused at once, its name cut short")
  func anEnormousUnknownCommandIsCutShort() {
    let shell = Self.loaded()
    #expect(shell.run(String(repeating: "a", count: 1_000_000)) == .failed)
    #expect(shell.errors.contains("unknown command '\(String(repeating: "a", count: 40))…'"))
    #expect(shell.errors.count < 200, "\(shell.errors.count) characters")
    #expect(EditDistance.suggestion(for: String(repeating: "x", count: 50), among: ["help"]) == nil)
  }

  @Test("show with a figure id says which command shows figures")
  func showAFigureID() {
    let shell = Self.loaded()
    #expect(shell.run("show bl0122:9") == .failed)
    #expect(shell.errors.contains("'bl0122:9' is a figure, not a source: try 'figure bl0122:9'."))
  }

  @Test("figure ids complete in their numeric order, listed with their text")
  func figureCompletion() {
    let shell = Self.loaded()
    let completion = shell.shell.complete("figure bl0122:1")
    #expect(completion.alternatives.count > 2, "\(completion)")
    let ids = completion.alternatives.map { String($0.prefix { $0 != " " }) }
    let numbers = ids.compactMap { FigureID($0)?.number }
    #expect(numbers == numbers.sorted() && numbers.first == 1, "\(ids)")
    let source = shell.shell.corpus.sources.first { $0.id.rawValue == "bl0122" }!
    for (id, alternative) in zip(ids, completion.alternatives) {
      let text = source.figures.first { $0.id.description == id }!.text
      #expect(alternative == id + "  " + text)
    }
  }

  @Test("figure says where the figure is in plain words")
  func positionInWords() {
    let shell = Self.loaded()
    shell.run("figure bl0122:9")
    #expect(!shell.output.contains("..<"), "\(shell.output)")
    let figure = shell.shell.corpus.sources.first { $0.id.rawValue == "bl0122" }!.figures.first {
      $0.text == "$300 billion"
    }!
    #expect(
      shell.output.contains(
        "characters \(figure.start) to \(figure.end - 1) of the text, counted from 0"))
  }

  @Test("help scan gives each default once")
  func helpDefaultsOnce() {
    let shell = Self.loaded()
    shell.run("help scan")
    #expect(!shell.output.contains("(default 20)"), "\(shell.output)")
    #expect(shell.output.components(separatedBy: "(default: 20)").count == 2, "\(shell.output)")
  }

  @Test("a converted amount is shown to the cent, not to 28 digits")
  func convertedAmountDigits() {
    let shell = Self.loaded(width: 200)
    shell.run("rate USD EUR 0.857 --date 2025-12-03")
    shell.clear()
    #expect(shell.run("compare bl0122:9 il1203:11") == .succeeded, "\(shell.errors)")
    // 210 billion euros at 1/0.857 dollars a euro.
    #expect(shell.output.contains("= 245,040,840,140.02 USD"), "\(shell.output)")
    #expect(!shell.output.contains("…"), "\(shell.output)")
  }

  @Test("CSV cells that a spreadsheet would run are neutralized, numbers keep their sign")
  func csvCells() {
    let records = RecordSet(
      columns: ["text", "value"],
      rows: [[.text("=SUM(A1)"), .number(-12.5)], [.text("a, \"b\""), .null]])
    let csv = RecordRenderer.render(records, as: .csv, width: 80, style: Style(isEnabled: false))
    #expect(csv == "text,value\r\n'=SUM(A1),-12.5\r\n\"a, \"\"b\"\"\",\r\n")
  }

  @Test("markdown escapes markup and the pipe; jsonl writes one object a line")
  func markdownAndJSONLines() {
    let records = RecordSet(
      columns: ["text", "n"], rows: [[.text("a|b *c*"), .integer(1)], [.text("<x>"), .null]])
    let style = Style(isEnabled: false)
    #expect(
      RecordRenderer.render(records, as: .markdown, width: 80, style: style)
        == "| text | n |\n| --- | --- |\n| a\\|b \\*c\\* | 1 |\n| \\<x\\> |  |\n")
    #expect(
      RecordRenderer.render(records, as: .jsonl, width: 80, style: style)
        == "{\"n\":1,\"text\":\"a|b *c*\"}\n{\"n\":null,\"text\":\"\\u003cx>\"}\n")
  }

  @Test("set format changes the default of listings for this run only: nothing is journaled")
  func setFormatIsNotJournaled() {
    let shell = Self.loaded()
    let journal = shell.shell.journal.count
    #expect(shell.run("set format json") == .succeeded)
    #expect(shell.status == "format json\n")
    #expect(shell.shell.journal.count == journal)
    shell.clear()
    shell.run("discrepancies")
    let parsed = try? JSONSerialization.jsonObject(with: Data(shell.output.utf8))
    #expect((parsed as? [Any])?.isEmpty == true, "\(shell.output)")
    #expect(shell.run("set format yaml") == .failed)
    #expect(shell.errors.contains("format takes one of table, csv, json, jsonl, markdown"))
  }
}
