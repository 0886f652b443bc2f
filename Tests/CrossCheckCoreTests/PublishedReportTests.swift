import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The corpus of the checkout, loaded once per test.
private func checkoutCorpus() -> Corpus {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path
  var corpus = Corpus()
  _ = corpus.load(folder)
  return corpus
}

private func reference(_ id: String, in corpus: Corpus) throws -> FigureReference {
  let figureID = try #require(FigureID(id))
  let source = try #require(corpus.source(figureID.source))
  return FigureReference(figure: try #require(source.figure(figureID)), in: source)
}

private func figure(_ report: Report, text: String) throws -> Report.Figure {
  try #require(report.discrepancies.flatMap(\.figures).first { $0.text == text })
}

/// An unsaved session with D1, the frozen assets ($300 billion worldwide, about $4 billion to
/// $5 billion in the U.S., €210 billion in Europe, converted at the built-in ECB rate), and D2
/// (six vs seventh), neither with a title unless `titled`.
private func assetsReport(
  settings: (inout Settings) -> Void = { _ in }, titled: Bool = false
) throws -> Report {
  let corpus = checkoutCorpus()
  var analysis = AnalysisState()
  settings(&analysis.settings)
  let time = Date(timeIntervalSince1970: 1_764_900_000)
  let assets = analysis.flag(
    [
      try reference("bl0122:9", in: corpus), try reference("bl0122:8", in: corpus),
      try reference("il1203:11", in: corpus),
    ], title: titled ? "Russia's frozen assets" : nil, at: time)
  analysis.update(assets.id) { $0.verdict = "scope-difference" }
  let visits = analysis.flag(
    [try reference("bl0122:5", in: corpus), try reference("bl0123:2", in: corpus)], title: nil,
    at: time)
  analysis.update(visits.id) { $0.verdict = "counting-difference" }
  return Report.build(
    sessionName: "untitled", corpus: corpus, analysis: analysis, date: "2025-12-05",
    author: "The desk")
}

@Suite("Reports an editor would publish")
struct PublishedReportTests {
  // MARK: - The title

  @Test func theTitleSettingTitlesThePageEscaped() throws {
    let report = try assetsReport(settings: { $0.reportTitle = "Assets <b>&</b> visits" })
    #expect(report.title == "Assets <b>&</b> visits")
    let html = HTMLReport.render(report)
    #expect(
      html.contains("<title>Assets &lt;b&gt;&amp;&lt;/b&gt; visits — CrossCheck report</title>"))
    #expect(html.contains("<h1>Assets &lt;b&gt;&amp;&lt;/b&gt; visits</h1>"))
    #expect(MarkdownReport.render(report).hasPrefix("# Assets \\<b\\>&\\</b\\> visits\n"))
  }

  @Test func withoutTheSettingTheFirstDiscrepancysTitleOrSubjectTitlesIt() throws {
    #expect(try assetsReport(titled: true).title == "Russia's frozen assets")
    // No title anywhere: the subject of the first figure, as the extractor found it.
    let id = try #require(FigureID("bl0122:9"))
    let subject = try #require(checkoutCorpus().source(id.source)?.figure(id)?.subject)
    let report = try assetsReport()
    #expect(!subject.isEmpty)
    #expect(report.title == subject.prefix(1).uppercased() + subject.dropFirst())
    #expect(HTMLReport.render(report).contains("<h1>" + HTMLReport.escape(report.title) + "</h1>"))
  }

  @Test func nothingInAnUntitledSessionsPageSaysUntitled() throws {
    // The session is unsaved ("untitled"), D2 has no title, il1203 has no headline.
    let report = try assetsReport()
    #expect(report.discrepancies[1].title == nil)
    #expect(report.sources.first { $0.id == "il1203" }?.title == nil)
    let html = HTMLReport.render(report)
    #expect(!html.lowercased().contains("untitled"))
    #expect(html.contains("from an unsaved session"))
    // The article without a headline is named by its outlet and date.
    #expect(html.contains("Article from Israeli news site (unnamed), 2025-12-03"))
    // A discrepancy without a title is named by its figures.
    #expect(html.contains("<span class=\"label\">D2</span> six vs seventh</a>"))
    let markdown = MarkdownReport.render(report)
    #expect(!markdown.lowercased().contains("untitled"))
    #expect(markdown.contains("## D2 — six vs seventh"))
    #expect(markdown.contains("| article from Israeli news site (unnamed), 2025-12-03 |"))
  }

  // MARK: - The spread

  @Test func theSpreadIsOfTheValuesTheArticlesStateNotTheHedgesReach() throws {
    let report = try assetsReport()
    let assets = report.discrepancies[0]
    // "about $4 billion to $5 billion" states 4 to 5 billion; "about" widens it only for the
    // comparison (±10%), which the spread must not show as 3,600,000,000.
    #expect(assets.spread == "4,000,000,000 – 300,000,000,000 USD")
    let hedged = try figure(report, text: "about $4 billion to $5 billion")
    #expect(hedged.normalized == "4,000,000,000 – 5,000,000,000 USD")
    #expect(hedged.normalizedLow == 4_000_000_000 && hedged.normalizedHigh == 5_000_000_000)
    #expect(hedged.comparedAs == "3,600,000,000 – 5,500,000,000 USD")
    #expect(try figure(report, text: "$300 billion").comparedAs == nil)
    let html = HTMLReport.render(report)
    #expect(
      html.contains(
        "<td class=\"spread\" data-label=\"Spread\">4,000,000,000 – 300,000,000,000 USD</td>"))
    #expect(!html.contains("3,600,000,000 – 300,000,000,000"))
    #expect(
      MarkdownReport.render(report).contains("**Spread:** 4,000,000,000 – 300,000,000,000 USD"))
  }

  // MARK: - Offsets

  @Test func codePointOffsetsAreATooltipNotPartOfTheQuote() throws {
    let report = try assetsReport()
    let html = HTMLReport.render(report)
    #expect(!html.contains(" · code points "))
    for figure in report.discrepancies.flatMap(\.figures) {
      let file = try #require(report.sources.first { $0.id == figure.sourceID }?.path)
      #expect(
        html.contains(
          "<span class=\"ref\" title=\"code points \(figure.start)–\(figure.end) of \(file)\">"
            + figure.id + "</span>"))
    }
    // Outside attributes, "code points" is said once, in the colophon.
    let text = html.replacingOccurrences(
      of: #"title="[^"]*""#, with: "", options: .regularExpression)
    #expect(text.components(separatedBy: "code points").count == 2)
  }

  // MARK: - How we compared

  @Test func eachDiscrepancySaysHowItsFiguresWereCompared() throws {
    let report = try assetsReport()
    let lines = report.discrepancies[0].howWeCompared
    let euro =
      "“€210 billion” (il1203:11): 210,000,000,000 EUR = 245,028,000,000 USD, at 1 EUR = 1.1668 USD "
      + "(ECB reference rate, 2025-12-03)."
    #expect(
      lines == [
        "Every figure is brought to USD, the unit of the first.",
        "“$300 billion” (bl0122:9): 300,000,000,000 USD.",
        "“about $4 billion to $5 billion” (bl0122:8): 4,000,000,000 – 5,000,000,000 USD; “about” "
          + "allows 10% (the session's tolerance), so it is compared as 3,600,000,000 – "
          + "5,500,000,000 USD.",
        euro,
      ])
    // The rate is the one the comparison used, as the figure records it.
    #expect(
      try figure(report, text: "€210 billion").conversion
        == "1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)")
    let markdown = MarkdownReport.render(report)
    #expect(markdown.contains("**How we compared:**\n\n- Every figure is brought to USD"))
    #expect(markdown.contains("- " + MarkdownReport.escape(euro)))
    let html = HTMLReport.render(report)
    #expect(html.contains("<h3>How we compared</h3>"))
    #expect(html.contains("<li>" + HTMLReport.escape(euro) + "</li>"))
    // A count and an ordinal need no conversion, and an ordinal says which one it is.
    #expect(
      report.discrepancies[1].howWeCompared == [
        "“six” (bl0122:5): 6 times.", "“seventh” (bl0123:2): 7th visit.",
      ])
    // "Six times" before and "the seventh" are no range of one thing: no spread.
    #expect(report.discrepancies[1].spread == nil)
    #expect(Report.ordinal(1) == "1st" && Report.ordinal(22) == "22nd")
    #expect(Report.ordinal(13) == "13th" && Report.ordinal(103) == "103rd")
    #expect(Report.ordinal(Decimal(string: "2.5")!) == nil)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(try JSONReport.render(report).utf8))
        as? [String: Any])
    let discrepancies = try #require(json["discrepancies"] as? [[String: Any]])
    #expect(discrepancies[0]["howWeCompared"] as? [String] == lines)
    #expect(json["title"] as? String == report.title)
  }

  @Test func aUnitConversionIsNamedWithTheLargerUnitFirst() throws {
    let folder = try TemporaryDirectory()
    try folder.write("days.txt", "Workers said the strike lasted three days in March.\n")
    try folder.write("hours.txt", "The union said the strike lasted 80 hours in March.\n")
    var corpus = Corpus()
    _ = corpus.load(folder.path)
    var analysis = AnalysisState()
    let days = try #require(corpus.source(SourceID("days"))?.figures.first)
    let hours = try #require(corpus.source(SourceID("hours"))?.figures.first)
    _ = analysis.flag(
      [
        FigureReference(figure: days, in: try #require(corpus.source(SourceID("days")))),
        FigureReference(figure: hours, in: try #require(corpus.source(SourceID("hours")))),
      ], title: "The strike", at: Date(timeIntervalSince1970: 0))
    let report = Report.build(
      sessionName: "s", corpus: corpus, analysis: analysis, date: "2026-03-12", author: nil)
    let compared = report.discrepancies[0]
    #expect(try figure(report, text: "80 hours").unitConversion == "1 day = 24 hour")
    #expect(try figure(report, text: "three days").unitConversion == nil)
    #expect(
      compared.howWeCompared == [
        "Every figure is brought to day, the unit of the first.",
        "“three days” (days:\(days.id.number)): 3 day.",
        "“80 hours” (hours:\(hours.id.number)): 80 hour = 3.3333 day (1 day = 24 hour).",
      ])
    #expect(compared.spread == "3 – 3.3333 day")
  }

  @Test func aQuantityConvertedBetweenUnitsIsNamedAndItsStatedValueSpread() throws {
    let folder = try TemporaryDirectory()
    try folder.write("km.txt", "The fire burned 40 km of the coast road.\n")
    try folder.write("miles.txt", "The fire burned 30 miles of the coast road.\n")
    var corpus = Corpus()
    _ = corpus.load(folder.path)
    var analysis = AnalysisState()
    let km = try #require(corpus.source(SourceID("km")))
    let miles = try #require(corpus.source(SourceID("miles")))
    _ = analysis.flag(
      [
        FigureReference(figure: try #require(km.figures.first), in: km),
        FigureReference(figure: try #require(miles.figures.first), in: miles),
      ], title: "The road", at: Date(timeIntervalSince1970: 0))
    let report = Report.build(
      sessionName: "s", corpus: corpus, analysis: analysis, date: "2026-03-12", author: nil)
    let converted = try figure(report, text: "30 miles")
    #expect(converted.unitConversion == "1 mile = 1.609344 km")
    #expect(converted.normalizedLow == Decimal(string: "48.28032"))
    #expect(report.discrepancies[0].spread == "40 – 48.2803 km")
  }
}
