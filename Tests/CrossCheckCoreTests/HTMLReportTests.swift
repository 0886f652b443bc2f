import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// A copy of the corpus plus a hostile article, with discrepancies whose every text field
/// carries markup: the HTML report must show all of it as text.
private struct HostileFixture {
  static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

  /// Characters that take more than one code point, or more than one UTF-16 unit, sit before
  /// the figure, so an offset counted in the wrong unit shifts the `<mark>`.
  static let evilSentence =
    "Le café 🇺🇦 said <script>alert(1)</script> and \"><img src=x onerror=alert(1)> cost "
    + "$5 billion & 'more'."
  static let evilText =
    "Hostile article.\n\n" + evilSentence + " Nothing else was said about it.\n"
  static let evilMeta = """
    {"title": "<script>alert('title')</script> & \\"Co\\"",
     "outlet": "<img src=x onerror=alert('outlet')>",
     "date": "2026-01-05",
     "url": "javascript:alert('url')"}
    """

  let folder: TemporaryDirectory
  var corpus = Corpus()
  var analysis = AnalysisState()

  init() throws {
    folder = try TemporaryDirectory()
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpusFolder.path)
    for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".meta.json") {
      let bytes = try Data(contentsOf: Self.corpusFolder.appendingPathComponent(name))
      try folder.write(name, bytes: Array(bytes))
    }
    try folder.write("evil.txt", Self.evilText)
    try folder.write("evil.meta.json", Self.evilMeta)
    let loaded = corpus.load(folder.path)
    #expect(loaded.problems.isEmpty)
    #expect(corpus.sources.count == 6)

    let time = Date(timeIntervalSince1970: 1_764_900_000)
    let evil = try reference(text: "$5 billion", in: "evil")
    let first = analysis.flag(
      [try reference(id: "bl0122:9"), evil], title: "<script>alert('d1')</script> & friends",
      at: time)
    analysis.update(first.id) {
      $0.verdict = "contradiction"
      $0.tags = ["<b>bold</b>", "\"quoted\""]
      $0.notes = [
        Note(time: time, text: "<img src=x onerror=alert('note')> & <a href=\"https://x\">x</a>"),
        Note(time: time.addingTimeInterval(3_600), text: "second note"),
      ]
    }
    _ = analysis.flag(
      [try reference(id: "bl0122:5"), try reference(id: "bl0123:2")], title: nil, at: time)
    let third = analysis.flag([evil], title: "custom verdict", at: time)
    analysis.update(third.id) { $0.verdict = "\"><svg onload=alert('verdict')>" }
  }

  func reference(id: String) throws -> FigureReference {
    let figureID = try #require(FigureID(id))
    let source = try #require(corpus.source(figureID.source))
    return FigureReference(figure: try #require(source.figure(figureID)), in: source)
  }

  func reference(text: String, in sourceID: String) throws -> FigureReference {
    let source = try #require(corpus.source(SourceID(sourceID)))
    let figure = try #require(
      source.figures.first { $0.text == text }, "'\(text)' was not found in \(sourceID)")
    return FigureReference(figure: figure, in: source)
  }

  func report(author: String? = "<i>Desk</i> & Co") -> Report {
    Report.build(
      sessionName: "<script>alert('session')</script>", corpus: corpus, analysis: analysis,
      date: "2026-01-06", author: author)
  }
}

/// The report of the worked example in Sessions/.
private func exampleReport() throws -> Report {
  let sessionPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sessions/frozen-assets.json").path
  let file = try SessionStore.read(sessionPath)
  let folder = (sessionPath as NSString).deletingLastPathComponent
  var corpus = Corpus()
  for source in file.sources {
    _ = corpus.load(SessionStore.absolutePath(of: source.path, from: folder))
  }
  return Report.build(
    sessionName: file.name, corpus: corpus, analysis: file.analysis, date: "2026-11-21",
    author: nil)
}

/// The tags of a page, in order. Text never holds a `<` (it is escaped), so every `<` opens a
/// tag; `>` may appear in the style sheet, which holds no `<`.
private struct Tag: Equatable {
  var name: String
  var closing: Bool
  var source: String
}

private func tags(in html: String) -> [Tag] {
  var result: [Tag] = []
  var rest = Substring(html)
  while let open = rest.firstIndex(of: "<") {
    guard let close = rest[open...].firstIndex(of: ">") else {
      result.append(Tag(name: "<unclosed>", closing: false, source: String(rest[open...])))
      break
    }
    let body = rest[rest.index(after: open)..<close]
    let closing = body.hasPrefix("/")
    let name = (closing ? body.dropFirst() : body).prefix {
      $0.isLetter || $0.isNumber || $0 == "!"
    }
    result.append(
      Tag(name: name.lowercased(), closing: closing, source: String(rest[open...close])))
    rest = rest[rest.index(after: close)...]
  }
  return result
}

private let allowedElements: Set<String> = [
  "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav",
  "section", "article", "h1", "h2", "h3", "p", "dl", "dt", "dd", "div", "span", "time", "table",
  "thead", "tbody", "tr", "th", "td", "ol", "ul", "li", "a", "figure", "figcaption", "blockquote",
  "mark", "cite", "strong", "wbr",
]
private let voidElements: Set<String> = ["!doctype", "meta", "wbr"]

/// Every tag is an allowed element, no attribute runs code or fetches anything, and the
/// elements nest: each closing tag closes the innermost open one, and nothing is left open.
private func checkMarkup(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
  var open: [String] = []
  for tag in tags(in: html) {
    #expect(
      allowedElements.contains(tag.name), "unexpected tag \(tag.source)",
      sourceLocation: sourceLocation)
    let lowered = tag.source.lowercased()
    #expect(
      lowered.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil,
      "event handler in \(tag.source)", sourceLocation: sourceLocation)
    #expect(!lowered.contains("src="), "src in \(tag.source)", sourceLocation: sourceLocation)
    if let href = lowered.range(of: "href=\"") {
      #expect(
        lowered[href.upperBound...].hasPrefix("#"), "link out of the page: \(tag.source)",
        sourceLocation: sourceLocation)
    }
    // Attribute values are quoted and hold no quote: an even number of quotes per tag.
    #expect(
      tag.source.filter { $0 == "\"" }.count % 2 == 0, "stray quote in \(tag.source)",
      sourceLocation: sourceLocation)
    if voidElements.contains(tag.name) { continue }
    if tag.closing {
      guard open.last == tag.name else {
        // One report is enough: every later closing tag would be off by one.
        Issue.record(
          "\(tag.source) closes <\(open.last ?? "nothing")>", sourceLocation: sourceLocation)
        return
      }
      open.removeLast()
    } else {
      open.append(tag.name)
    }
  }
  #expect(open.isEmpty, "left open: \(open)", sourceLocation: sourceLocation)
}

private func count(_ needle: String, in html: String) -> Int {
  html.components(separatedBy: needle).count - 1
}

/// The values of `attribute` in the tags named `element` whose source contains `containing`.
private func attribute(
  _ attribute: String, of element: String, containing: String? = nil, in html: String
)
  -> [String]
{
  tags(in: html).filter { tag in
    tag.name == element && !tag.closing && (containing.map { tag.source.contains($0) } ?? true)
  }
  .compactMap { tag in
    guard let start = tag.source.range(of: " \(attribute)=\"") else { return nil }
    return String(tag.source[start.upperBound...].prefix { $0 != "\"" })
  }
}

@Suite("Reports: HTML")
struct HTMLReportTests {
  @Test func hostileTextShowsAsTextAndNeverAsMarkup() throws {
    let html = HTMLReport.render(try HostileFixture().report())
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"))
    #expect(!lowered.contains("<img"))
    #expect(!lowered.contains("<svg"))
    #expect(!lowered.contains("<b>"))
    #expect(!lowered.contains("<i>"))
    #expect(!lowered.contains("<a href=\"https"))
    // The escaped forms are there, from each field that carried them.
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))  // the article
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))  // the article
    #expect(
      html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
    #expect(html.contains("&lt;img src=x onerror=alert(&#39;outlet&#39;)&gt;"))
    #expect(html.contains("javascript:alert(&#39;url&#39;)"))
    #expect(html.contains("&lt;script&gt;alert(&#39;d1&#39;)&lt;/script&gt; &amp; friends"))
    #expect(html.contains("&lt;img src=x onerror=alert(&#39;note&#39;)&gt; &amp; &lt;a href="))
    #expect(html.contains("<li>&lt;b&gt;bold&lt;/b&gt;</li><li>&quot;quoted&quot;</li>"))
    #expect(html.contains("&quot;&gt;&lt;svg onload=alert(&#39;verdict&#39;)&gt;"))
    #expect(html.contains("&lt;script&gt;alert(&#39;session&#39;)&lt;/script&gt;"))
    #expect(html.contains("&lt;i&gt;Desk&lt;/i&gt; &amp; Co"))
    checkMarkup(html)
  }

  @Test func theFigureIsMarkedInItsEscapedSentence() throws {
    let html = HTMLReport.render(try HostileFixture().report())
    let sentence =
      "Le café 🇺🇦 said &lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img src=x "
      + "onerror=alert(1)&gt; cost <mark>$5 billion</mark> &amp; &#39;more&#39;."
    // In D1 and in D3.
    #expect(count("<blockquote><p>" + sentence + "</p></blockquote>", in: html) == 2)
    #expect(html.contains("<mark>$300 billion</mark> worldwide"))
    #expect(count("<mark>", in: html) == 5)
    #expect(count("<mark>", in: html) == count("</mark>", in: html))
  }

  @Test func sentencesAreSplitAtCodePointOffsets() {
    // "e\u{301}" is one Character and two code points; the flag is one Character, two code
    // points and four UTF-16 units.
    let sentence = "Cafe\u{301} 🇺🇦 <b> paid €5bn & more."
    let start = Array("Cafe\u{301} 🇺🇦 <b> paid ".unicodeScalars).count
    let figure = Report.Figure(
      id: "x:1", sourceID: "x", text: "€5bn", sentence: sentence, startInSentence: start,
      endInSentence: start + 4, start: 0, end: 4, prefix: "", suffix: "", sourceChanged: false)
    #expect(
      HTMLReport.markedSentence(figure)
        == "Cafe\u{301} 🇺🇦 &lt;b&gt; paid <mark>€5bn</mark> &amp; more.")
    // Offsets past the end are clamped rather than trapping.
    var wild = figure
    wild.startInSentence = 500
    wild.endInSentence = 900
    #expect(HTMLReport.markedSentence(wild) == HTMLReport.escape(sentence) + "<mark></mark>")
  }

  @Test func escapesAllFiveCharacters() {
    #expect(
      HTMLReport.escape(#"<a href="x" title='y'>&amp;</a>"#)
        == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
    #expect(HTMLReport.escape("plain é 🇺🇦") == "plain é 🇺🇦")
  }

  @Test func nothingIsFetchedAndNothingRuns() throws {
    let html = HTMLReport.render(try HostileFixture().report())
    let lowered = html.lowercased()
    for forbidden in [
      "<link", "@import", "url(", "@font-face", "<script", "<iframe", "<object", "<embed",
      "href=\"http", "href=\"//", "href=\"javascript", "src=\"",
    ] {
      #expect(!lowered.contains(forbidden), "found \(forbidden)")
    }
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(count("<style>", in: html) == 1)
    checkMarkup(html)
  }

  @Test func sameReportGivesTheSameBytes() throws {
    let fixture = try HostileFixture()
    let first = HTMLReport.render(fixture.report())
    let second = HTMLReport.render(fixture.report())
    #expect(Array(first.utf8) == Array(second.utf8))
    let example = try exampleReport()
    #expect(Array(HTMLReport.render(example).utf8) == Array(HTMLReport.render(example).utf8))
    // And a different report gives different bytes (the comparison can tell).
    #expect(HTMLReport.render(fixture.report(author: nil)) != first)
  }

  @Test func contentsLinkToEachSection() throws {
    let html = HTMLReport.render(try HostileFixture().report())
    let navStart = try #require(html.range(of: "<nav class=\"toc\""))
    let navEnd = try #require(html.range(of: "</nav>"))
    let toc = String(html[navStart.lowerBound..<navEnd.upperBound])
    let links = attribute("href", of: "a", in: toc)
    let sections = attribute("id", of: "article", containing: "class=\"discrepancy\"", in: html)
    #expect(links == ["#d1", "#d2", "#d3"])
    #expect(sections == ["d1", "d2", "d3"])
    #expect(links == sections.map { "#" + $0 })
    // Every in-page link has a target, and ids are unique.
    let ids = tags(in: html).compactMap { tag -> String? in
      guard let start = tag.source.range(of: " id=\"") else { return nil }
      return String(tag.source[start.upperBound...].prefix { $0 != "\"" })
    }
    #expect(Set(ids).count == ids.count)
    for link in Set(attribute("href", of: "a", in: html)) {
      #expect(ids.contains(String(link.dropFirst())), "\(link) goes nowhere")
    }
  }

  @Test func theSummaryHasARowPerDiscrepancy() throws {
    let html = HTMLReport.render(try HostileFixture().report())
    let start = try #require(html.range(of: "<table class=\"summary-table"))
    let end = try #require(html[start.upperBound...].range(of: "</table>"))
    let table = String(html[start.lowerBound..<end.upperBound])
    #expect(count("<tr>", in: table) == 4)  // the head and three discrepancies
    for heading in ["Discrepancy", "Verdict", "Figures", "Spread"] {
      #expect(table.contains(">" + heading))
    }
    #expect(table.contains("<li>$300 billion</li><li>$5 billion</li>"))
    #expect(table.contains("300,000,000,000 USD"))
  }

  @Test func verdictsGetTheirOwnBadges() throws {
    let html = HTMLReport.render(try HostileFixture().report())
    #expect(html.contains("<span class=\"badge v-contradiction\">contradiction</span>"))
    #expect(html.contains("<span class=\"badge v-none\">no verdict</span>"))
    #expect(html.contains("<span class=\"badge v-custom\">&quot;&gt;&lt;svg"))
    #expect(html.contains(Verdict.meanings["contradiction"]!))
    // Each built-in verdict has a colour of its own, and the neutral one is none of them.
    func background(_ selector: String) -> String? {
      guard let rule = html.range(of: selector + " { background: ") else { return nil }
      return String(html[rule.upperBound...].prefix { $0 != ";" })
    }
    let colours = Verdict.builtIn.map { background(".v-" + $0) }
    #expect(!colours.contains(nil))
    #expect(Set(colours).count == Verdict.builtIn.count)
    let neutral = try #require(background(".v-custom, .v-none"))
    #expect(!colours.contains(neutral))
  }

  @Test func sectionsHoldTheFiguresSourcesValuesAndNotes() throws {
    let html = HTMLReport.render(try exampleReport())
    checkMarkup(html)
    #expect(
      html.contains("<h1>Frozen Russian assets and Witkoff&#39;s visits: what the figures say</h1>")
    )
    #expect(!html.contains(">Author<"))  // no author, no line for one
    #expect(html.contains("<mark>$300 billion</mark> worldwide"))
    #expect(html.contains("<mark>€210 billion</mark>"))
    #expect(html.contains("<span class=\"badge v-scope-difference\">scope-difference</span>"))
    #expect(html.contains("<span class=\"badge v-counting-difference\">counting-difference</span>"))
    #expect(html.contains("<span class=\"who\">Bloomberg News, <time datetime=\"2026-01-22\">"))
    #expect(html.contains("<dd><span class=\"num\">245,028,000,000 USD</span></dd>"))
    #expect(
      html.contains(
        "<li>“€210 billion” (il1203:11): 210,000,000,000 EUR = 245,028,000,000 USD, at 1 EUR = "
          + "1.1668 USD (ECB reference rate, 2025-12-03).</li>"))
    #expect(html.contains("<li>frozen-assets</li><li>sanctions</li>"))
    #expect(html.contains("are nested scopes, not rival totals."))
    #expect(html.contains("<time datetime=\"2026-"))
    #expect(count("<article class=\"discrepancy\"", in: html) == 2)
    #expect(count("<figure class=\"quote\">", in: html) == 7)
    // The sources table: id, title, outlet, date and the hash in two halves.
    #expect(html.contains("<tr id=\"source-bl0122\">"))
    #expect(html.contains("Putin starts Moscow talks with US Envoys Witkoff and Kushner"))
    #expect(
      html.contains(
        "<span>fe0566d5ea9fe6982efe2d67d40ba887</span><wbr><span>63f4ff0b325471edf09366268cd98d0f</span>"
      ))
    #expect(!html.contains("Source changed."))
  }

  @Test func aChangedSourceIsQuotedAsRecorded() throws {
    var fixture = try HostileFixture()
    // The hostile article is edited after its figure was flagged.
    try fixture.folder.write("evil.txt", "Rewritten. " + HostileFixture.evilText)
    var corpus = Corpus()
    _ = corpus.load(fixture.folder.path)
    fixture.corpus = corpus
    let html = HTMLReport.render(fixture.report())
    #expect(count("<figure class=\"quote changed\">", in: html) == 2)
    #expect(count("<strong>Source changed.</strong>", in: html) == 2)
    // The recorded context (32 code points either side), escaped, with the figure marked.
    #expect(html.contains("&gt; cost <mark>$5 billion</mark> &amp; &#39;more&#39;. Nothing else"))
    #expect(!html.lowercased().contains("<img"))
    checkMarkup(html)
  }

  @Test func readsInPrint() throws {
    let html = HTMLReport.render(try exampleReport())
    let print = try #require(html.range(of: "@media print {"))
    let rules = String(html[print.upperBound...])
    // A discrepancy is kept on one page where it fits.
    let block = try #require(rules.range(of: ".discrepancy {"))
    #expect(rules[block.upperBound...].prefix { $0 != "}" }.contains("break-inside: avoid"))
    #expect(rules.contains("background: none"))
    #expect(rules.contains("@page"))
  }

  @Test func anEmptyReportSaysSo() {
    let report = Report(
      sessionName: "empty", title: "Empty", date: "2026-01-01", author: nil, sources: [],
      discrepancies: [])
    let html = HTMLReport.render(report)
    #expect(html.contains("No discrepancies are recorded in this report."))
    #expect(!html.contains("<nav"))
    checkMarkup(html)
  }
}
