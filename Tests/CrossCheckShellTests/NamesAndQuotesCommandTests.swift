import Foundation
import Testing

@testable import CrossCheckShell

@Suite("The names and quotes commands")
struct NamesAndQuotesCommandTests {
  func loadedShell(width: Int = 100) -> RecordingShell {
    let shell = RecordingShell(width: width)
    shell.run("load \(RecordingShell.corpusPath)")
    shell.clear()
    return shell
  }

  func lines(_ shell: RecordingShell) -> [String] {
    shell.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func namesListsEachSpellingPerSourceWithCountOffsetAndContext() {
    let shell = loadedShell()
    #expect(shell.run("names") == .succeeded)
    let lines = lines(shell)
    #expect(
      lines.first == "Zelenskyy · Zelenskiy · Zelensky  — transliteration, 14 uses in 4 sources")
    #expect(lines.contains { $0.hasPrefix("  Zelenskyy  bl0122   3×  @1250  …") })
    #expect(lines.contains { $0.hasPrefix("  Zelenskyy  bl0123   5×  @1547  ") })
    #expect(
      lines.contains {
        $0.hasPrefix("  Zelenskiy  gra1204  3×  @1622  ")
          && $0.contains("president Volodymyr Zelenskiy has ruled out")
      })
    #expect(lines.contains { $0.hasPrefix("  Zelensky   il1203   3×  @5202  ") })
    #expect(lines.dropLast().last == "1 name spelled more than one way")
    #expect(lines.allSatisfy { $0.count <= 100 })
    #expect(shell.errors.isEmpty)
  }

  @Test func namesFiltersBySourceAndCountAndFitsNarrowTerminals() {
    let shell = loadedShell(width: 50)
    shell.run("names")
    #expect(shell.output.contains("Zelenskiy  gra1204"))
    #expect(lines(shell).allSatisfy { $0.count <= 50 })
    shell.clear()
    // bl1127 never names Zelenskyy; gra1204 does.
    shell.run("names bl1127")
    #expect(shell.output == "0 names spelled more than one way\n")
    shell.clear()
    shell.run("names gra1204")
    #expect(shell.output.contains("Zelensky "))
    shell.clear()
    shell.run("names --min-sources 5")
    #expect(shell.output == "0 names spelled more than one way\n")
    shell.clear()
    #expect(shell.run("names zz") == .failed)
    #expect(shell.errors.contains("no source 'zz' is loaded"))
  }

  @Test func quotesLinesUpDifferingWordingsWithBracesWithoutColour() throws {
    let shell = loadedShell()
    #expect(shell.run("quotes") == .succeeded)
    let lines = lines(shell)
    #expect(
      lines.contains("gra1204 @734 · il1203 @1352  — 2 differences (capitalization, punctuation)"))
    let top = try #require(lines.first { $0.hasPrefix("  gra1204  {what} comes out") })
    let bottom = try #require(lines.first { $0.hasPrefix("  il1203   {What} comes out") })
    #expect(top.hasSuffix("two to {tango.}"))
    #expect(bottom.hasSuffix("two to {tango,}"))
    #expect(top.count == bottom.count)
    #expect(lines.contains("  gra1204  stop wasting the world’s {time.}"))
    #expect(lines.contains("  il1203   stop wasting the world’s {time,}"))
    #expect(lines.contains("bl0122 @3845 · bl0123 @4255  — same wording"))
    #expect(
      lines.contains("  “Europe loves to discuss the future but avoids taking action today,”"))
    // A fragment stands under the part of the fuller quotation it quotes.
    #expect(lines.contains("  il1203   constructive, very useful and informative."))
    #expect(lines.contains("  gra1204                very useful"))
    #expect(
      lines.dropLast().last
        == "5 quotations in more than one source, 2 worded differently; {braces} mark the words that differ"
    )
    #expect(lines.allSatisfy { $0.count <= 100 })
  }

  @Test func quotesHighlightsInBoldWithColourAndWrapsBothRowsTogether() {
    let shell = loadedShell(width: 60)
    shell.shell.style = Style(isEnabled: true)
    shell.run("quotes --differing")
    #expect(shell.output.contains("\u{1B}[1mtango.\u{1B}[0m"))
    #expect(shell.output.contains("\u{1B}[1mWhat\u{1B}[0m"))
    #expect(!shell.output.contains("{"))
    shell.shell.style = Style(isEnabled: false)
    shell.clear()
    shell.run("quotes --differing")
    let lines = lines(shell)
    #expect(lines.allSatisfy { $0.count <= 60 })
    // The 17-word quotation no longer fits on one line: each line of one wording is followed
    // by the same stretch of the other.
    let rows = lines.filter { $0.hasPrefix("  gra1204") || $0.hasPrefix("  il1203") }
    #expect(rows.count == 6)
    #expect(rows[0].hasPrefix("  gra1204  {what}") && rows[1].hasPrefix("  il1203   {What}"))
    #expect(rows[2].hasSuffix("{tango.}") && rows[3].hasSuffix("{tango,}"))
    // The footer wraps too.
    #expect(
      lines.suffix(3) == [
        "2 quotations in more than one source, 2 worded differently;",
        "{braces} mark the words that differ", "",
      ])
  }

  @Test func quotesFiltersBySourceAndMinimumWords() {
    let shell = loadedShell()
    shell.run("quotes bl0123")
    #expect(shell.output.hasSuffix("2 quotations in more than one source, 0 worded differently\n"))
    shell.clear()
    // With 11 words the minimum, Sybiha's five-word remark and "very useful" are too short,
    // and no quotation of 11 words or more contains them.
    shell.run("quotes --min-words 11")
    #expect(shell.output.contains("{tango.}"))
    #expect(shell.output.contains("Europe loves"))
    #expect(!shell.output.contains("wasting"))
    #expect(!shell.output.contains("very useful"))
    shell.clear()
    #expect(shell.run("quotes --min-words 1") == .failed)
    #expect(shell.errors.contains("--min-words must be at least 2"))
  }

  @Test func helpExplainsTheMarksAndCompletionKnowsTheOptions() {
    let shell = loadedShell()
    shell.run("help quotes")
    #expect(shell.output.contains("{braces}"))
    #expect(shell.output.contains("EXAMPLE:\n  quotes gra1204 --differing"))
    shell.clear()
    shell.run("help")
    #expect(shell.output.contains("names") && shell.output.contains("quotes"))
    #expect(
      shell.shell.complete("quotes --min") == Completion(deleteCount: 5, insertion: "--min-words "))
    #expect(shell.shell.complete("names gr") == Completion(deleteCount: 2, insertion: "gra1204 "))
  }
}

@Suite("The names, quotes, history and verdicts listings in the data formats")
struct ListingFormatTests {
  func loadedShell() -> RecordingShell {
    let shell = RecordingShell(width: 100)
    shell.run("load \(RecordingShell.corpusPath)")
    shell.clear()
    return shell
  }

  /// The JSON array a listing printed, as objects.
  func objects(_ shell: RecordingShell) throws -> [[String: Any]] {
    let parsed = try JSONSerialization.jsonObject(with: Data(shell.output.utf8))
    return try #require(parsed as? [[String: Any]], "\(shell.output)")
  }

  @Test func namesInJSONHaveARowPerSpellingAndSource() throws {
    let shell = loadedShell()
    #expect(shell.run("names --format json") == .succeeded)
    let rows = try objects(shell)
    let row = try #require(
      rows.first {
        $0["spelling"] as? String == "Zelenskiy" && $0["source"] as? String == "gra1204"
      })
    #expect(row["count"] as? Int == 3)
    #expect(row["first_start"] as? Int == 1622)
    #expect(row["reasons"] as? [String] == ["transliteration"])
    #expect((row["after"] as? String)?.contains("has ruled out") == true, "\(row)")
    #expect(
      Set(rows.compactMap { $0["spelling"] as? String }) == ["Zelenskyy", "Zelenskiy", "Zelensky"])
    #expect(Set(rows.compactMap { $0["name"] as? Int }) == [1])
    #expect(!shell.output.contains("spelled more than one way"))
  }

  @Test func quotesInCSVAndJSONLHaveARowPerWording() throws {
    let shell = loadedShell()
    #expect(shell.run("quotes --differing --format jsonl") == .succeeded)
    let lines = shell.output.split(separator: "\n")
    #expect(lines.count >= 2)
    var references = 0
    var differing = 0
    for line in lines {
      let row = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(row["quote"] is Int && row["source"] is String && row["text"] is String)
      if row["reference"] as? Bool == true { references += 1 }
      if let differences = row["differences"] as? [[String: Any]], !differences.isEmpty {
        differing += 1
        #expect(differences.allSatisfy { $0["kind"] is String })
      }
    }
    #expect(references >= 1 && differing >= 1)
    shell.clear()
    #expect(shell.run("quotes --format csv") == .succeeded)
    #expect(shell.output.hasPrefix("quote,source,start,end,text,reference,differences\r\n"))
  }

  @Test func historyAndVerdictsFollowSetFormat() throws {
    let shell = loadedShell()
    shell.run("verdicts add misquote")
    shell.run("set format json")
    shell.clear()
    #expect(shell.run("verdicts") == .succeeded)
    let verdicts = try objects(shell)
    let added = try #require(verdicts.first { $0["verdict"] as? String == "misquote" })
    #expect(added["custom"] as? Bool == true)
    #expect(added["meaning"] is NSNull)
    #expect(verdicts.contains { $0["custom"] as? Bool == false && $0["meaning"] is String })
    shell.clear()
    #expect(shell.run("history --format csv") == .succeeded)
    #expect(shell.output.hasPrefix("number,command\r\n"))
    #expect(shell.output.contains("2,verdicts add misquote\r\n"), "\(shell.output)")
    shell.clear()
    #expect(shell.run("history --save x.cc --format csv") == .failed)
    #expect(shell.run("verdicts add other --format json") == .failed)
  }
}
