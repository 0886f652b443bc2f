import Foundation
import Testing

@testable import CrossCheckCore

/// A report built from the corpus with two discrepancies, the way a session makes one.
func sampleReport(author: String? = "The desk", extraNote: String? = nil) throws -> Report {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path
  var corpus = Corpus()
  _ = corpus.load(folder)
  var analysis = AnalysisState()
  analysis.rates.add(
    ExchangeRate(
      base: "EUR", quote: "USD", rate: Decimal(string: "1.1668")!, date: "2025-12-03",
      source: "ECB reference rate"))
  func reference(_ id: String) throws -> FigureReference {
    let figureID = try #require(FigureID(id))
    let source = try #require(corpus.source(figureID.source))
    return FigureReference(figure: try #require(source.figure(figureID)), in: source)
  }
  let time = Date(timeIntervalSince1970: 1_764_900_000)
  let assets = analysis.flag(
    [try reference("bl0122:9"), try reference("il1203:11")], title: "Frozen assets", at: time)
  analysis.update(assets.id) {
    $0.verdict = "scope-difference"
    $0.tags = ["assets", "sanctions"]
    $0.notes = [
      Note(time: time, text: extraNote ?? "Worldwide vs Europe, \"nested\" scopes | not rivals")
    ]
  }
  _ = analysis.flag([try reference("bl0122:5"), try reference("bl0123:2")], title: nil, at: time)
  return Report.build(
    sessionName: "sample", corpus: corpus, analysis: analysis, date: "2025-12-05", author: author)
}

@Suite("Reports: the model, Markdown, CSV and JSON")
struct ReportTests {
  @Test func buildsNormalizedFiguresWithTheRatesUsed() throws {
    let report = try sampleReport()
    #expect(report.discrepancies.map(\.label) == ["D1", "D2"])
    let assets = report.discrepancies[0]
    #expect(assets.figures.map(\.text) == ["$300 billion", "€210 billion"])
    #expect(assets.figures[1].normalized == "245,028,000,000 USD")
    #expect(assets.figures[1].conversion == "1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)")
    #expect(assets.assessment == "differ")
    #expect(assets.spread == "245,028,000,000 – 300,000,000,000 USD")
    #expect(assets.explanations.contains { $0.hasPrefix("different scope: worldwide vs Europe") })
    #expect(report.sources.map(\.id) == ["bl0122", "bl0123", "il1203"])
    #expect(report.sources.map(\.path) == ["bl0122.txt", "bl0123.txt", "il1203.txt"])
    // The figure sits in its sentence at the recorded offsets.
    let figure = assets.figures[0]
    let scalars = Array(figure.sentence.unicodeScalars)
    #expect(
      String(String.UnicodeScalarView(scalars[figure.startInSentence..<figure.endInSentence]))
        == "$300 billion")
  }

  @Test func markdownHasTheTitleBlockSummaryAndSections() throws {
    let markdown = MarkdownReport.render(try sampleReport())
    #expect(
      markdown.hasPrefix(
        "# Frozen assets\n\n- Session: sample\n- Date: 2025-12-05\n- Author: The desk\n"))
    #expect(
      markdown.contains(
        "| bl0122 | Putin starts Moscow talks with US Envoys Witkoff and Kushner | Bloomberg News | 2026-01-22 | `fe0566d5ea9fe6982efe2d67d40ba88763f4ff0b325471edf09366268cd98d0f` |"
      ))
    #expect(
      markdown.contains(
        "| [D1](#d1--frozen-assets) Frozen assets | scope-difference | “$300 billion”, “€210 billion” | 245,028,000,000 – 300,000,000,000 USD |"
      ))
    #expect(markdown.contains("## D1 — Frozen assets"))
    #expect(markdown.contains("estimated at **$300 billion** worldwide"))
    #expect(
      markdown.contains(
        "210,000,000,000 EUR = 245,028,000,000 USD, at 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)."
      ))
    #expect(
      markdown.contains(
        "- 2025-12-05T02:00:00Z — Worldwide vs Europe, \"nested\" scopes \\| not rivals"))
    #expect(markdown.contains("**Tags:** assets, sanctions"))
  }

  @Test func markdownEscapesMarkupFromNotesAndArticles() throws {
    let markdown = MarkdownReport.render(
      try sampleReport(extraNote: "<script>alert(1)</script> *bold* [link](x)"))
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[link\\](x)"))
  }

  @Test func csvFollowsRFC4180() throws {
    let csv = CSVReport.render(try sampleReport())
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines[0] == CSVReport.columns.joined(separator: ","))
    #expect(lines.last == "")
    #expect(lines.count == 1 + 4 + 1)  // header, four figures, the empty string after the last CRLF
    #expect(
      lines[1].hasPrefix(
        "D1,Frozen assets,scope-difference,assets sanctions,bl0122:9,bl0122,Bloomberg News,2026-01-22,$300 billion,money,300000000000,,,USD,"
      ))
    #expect(CSVReport.field("a \"b\", c") == "\"a \"\"b\"\", c\"")
    #expect(CSVReport.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVReport.field("plain") == "plain")
    // Every row has as many fields as the header, quotes taken into account.
    for line in lines.dropLast() {
      var fields = 1
      var quoted = false
      for character in line {
        if character == "\"" { quoted.toggle() } else if character == "," && !quoted { fields += 1 }
      }
      #expect(fields == CSVReport.columns.count, "\(line)")
    }
  }

  @Test func jsonIsTheFullReportWithExactNumbers() throws {
    let json = try JSONReport.render(try sampleReport())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["sessionName"] as? String == "sample")
    #expect(object["date"] as? String == "2025-12-05")
    let discrepancies = try #require(object["discrepancies"] as? [[String: Any]])
    let figures = try #require(discrepancies[0]["figures"] as? [[String: Any]])
    #expect((figures[0]["value"] as? NSNumber)?.int64Value == 300_000_000_000)
    #expect(
      figures[1]["conversion"] as? String == "1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)")
    let notes = try #require(discrepancies[0]["notes"] as? [[String: Any]])
    #expect(notes[0]["time"] as? String == "2025-12-05T02:00:00Z")
  }

  @Test(arguments: [false, true])
  func sameReportSameBytes(_ markdown: Bool) throws {
    let first = try sampleReport()
    let second = try sampleReport()
    if markdown {
      #expect(MarkdownReport.render(first) == MarkdownReport.render(second))
    } else {
      #expect(try JSONReport.render(first) == JSONReport.render(second))
      #expect(CSVReport.render(first) == CSVReport.render(second))
    }
  }
}
