import Foundation
import Testing

@testable import CrossCheckCore

/// Reports are published: what comes from an article, a sidecar or a session file must not
/// become a formula, live markup, a link to anything but a web page, or the end of a script.
@Suite("Reports: hostile text stays text")
struct ReportInjectionTests {
  /// The sample report with hostile text where articles, sidecars and sessions put text.
  func hostileReport() throws -> Report {
    var report = try sampleReport()
    report.sources[0].url = "javascript:alert(1)"
    report.sources[0].date = "\"><script>x</script>"
    report.sources[0].outlet = "@SUM(1+1)*cmd|' /C calc'!A0"
    report.sources[1].url = "https://example.org/a(b)</script>"
    report.sources[2].url = "HTTPS://example.org/news"
    report.discrepancies[0].title = "=HYPERLINK(\"http://evil.example\",\"click\")"
    report.discrepancies[0].figures[0].text = "+cmd|' /C calc'!A0"
    report.discrepancies[0].figures[0].sentence = "-2+3 </script><script>alert(1)</script>"
    report.discrepancies[0].figures[0].value = Decimal(-5)
    report.discrepancies[0].figures[1].text = "€210 billion</script><script>alert(1)</script>"
    report.discrepancies[0].figures[1].hedge = "\tindented"
    report.discrepancies[0].figures[1].qualifier = "\rreturn"
    return report
  }

  /// The CSV's cells in `column`, one per row, read as RFC 4180 says.
  func cells(_ csv: String, column: String) throws -> [String] {
    var rows: [[String]] = [[]]
    var cell = ""
    var quoted = false
    var characters = Array(csv.unicodeScalars)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            cell.unicodeScalars.append(characters.removeFirst())
          } else {
            quoted = false
          }
        } else {
          cell.unicodeScalars.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        rows[rows.count - 1].append(cell)
        cell = ""
      } else if character == "\r", characters.first == "\n" {
        characters.removeFirst()
        rows[rows.count - 1].append(cell)
        cell = ""
        rows.append([])
      } else {
        cell.unicodeScalars.append(character)
      }
    }
    rows.removeLast()
    let index = try #require(rows[0].firstIndex(of: column))
    return rows.dropFirst().map { $0[index] }
  }

  @Test("CSV text cells that a spreadsheet would run get a leading quote")
  func csvFormulasAreNeutralized() throws {
    let csv = CSVReport.render(try hostileReport())
    #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""))
    #expect(try cells(csv, column: "text").first == "'+cmd|' /C calc'!A0")
    #expect(try cells(csv, column: "outlet").first == "'@SUM(1+1)*cmd|' /C calc'!A0")
    #expect(try cells(csv, column: "sentence").first == "'-2+3 </script><script>alert(1)</script>")
    #expect(try cells(csv, column: "hedge")[1] == "'\tindented")
    #expect(try cells(csv, column: "qualifier")[1] == "'\rreturn")
    for column in CSVReport.columns where !CSVReport.numberColumns.contains(column) {
      for cell in try cells(csv, column: column) {
        #expect(!"=+-@\t\r".unicodeScalars.contains(cell.unicodeScalars.first ?? "x"), "\(cell)")
      }
    }
  }

  @Test("the CSV gives the verdict's meaning, neutralized like the other text cells")
  func csvVerdictMeaning() throws {
    var report = try hostileReport()
    report.discrepancies[0].verdictMeaning = "=right, but \"framed\" to mislead"
    let meanings = try cells(CSVReport.render(report), column: "verdict_meaning")
    #expect(meanings.first == "'=right, but \"framed\" to mislead")
  }

  @Test("negative numbers in the number columns stay numbers")
  func csvNegativeNumbersStayNumeric() throws {
    let csv = CSVReport.render(try hostileReport())
    #expect(try cells(csv, column: "value").first == "-5")
    #expect(CSVReport.neutralized("-5") == "'-5")
    #expect(CSVReport.isPlainNumber("-12.5"))
    #expect(!CSVReport.isPlainNumber("-1+2"))
  }

  @Test("Markdown escapes sidecar fields and links only http(s) URLs")
  func markdownEscapesAndLinksOnlyWebURLs() throws {
    let markdown = MarkdownReport.render(try hostileReport())
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("| \"\\>\\<script\\>x\\</script\\> |"))
    #expect(!markdown.contains("javascript:"))
    #expect(!markdown.contains("](javascript"))
    #expect(markdown.contains("](HTTPS://example.org/news)"))
    // An http URL that would break out of the link is not made a link either.
    #expect(!markdown.contains("](https://example.org/a"))
  }

  /// A right-to-left override left open in a title would reverse the verdict badge printed
  /// after it; in a sentence, the figure itself.
  @Test("a direction control in a field is closed where the field ends")
  func directionControlsStayInTheirField() throws {
    var report = try hostileReport()
    report.discrepancies[0].title = "Deaths \u{202E}reversed"
    report.discrepancies[0].figures[0].sentence = "\u{2067}It said 40 died."
    report.discrepancies[0].figures[0].startInSentence = 9
    report.discrepancies[0].figures[0].endInSentence = 11
    let html = HTMLReport.render(report)
    #expect(html.contains("Deaths \u{202E}reversed\u{202C}</a>"))
    #expect(html.contains("<p>\u{2067}It said \u{2069}<mark>40</mark> died.</p>"))
    #expect(!html.contains("reversed</a>"))
    let markdown = MarkdownReport.render(report)
    #expect(markdown.contains("Deaths \u{202E}reversed\u{202C}"))
    #expect(!markdown.contains("reversed |"))
    // Closed already, or not opened: as it was.
    #expect(BidiControls.closed("a\u{202E}b\u{202C}c") == "a\u{202E}b\u{202C}c")
    #expect(BidiControls.closed("plain عربي") == "plain عربي")
  }

  @Test("HTML shows a sidecar url as escaped text, never as a link")
  func htmlNeverLinksSidecarURLs() throws {
    let html = HTMLReport.render(try hostileReport())
    #expect(!html.contains("href=\"javascript"))
    #expect(!html.contains("<script>x"))
    #expect(html.contains("javascript:alert(1)"), "shown as text")
    #expect(!html.contains("href=\"http"), "the report links only inside itself")
  }

  @Test("JSON-LD names only http(s) URLs and can be embedded in a page")
  func jsonLDLinksOnlyWebURLsAndHasNoRawLessThan() throws {
    let report = try hostileReport()
    let claimReview = try ClaimReviewReport.render(report)
    let annotations = try AnnotationsReport.render(report)
    for json in [claimReview, annotations] {
      #expect(!json.contains("<"))
      #expect(json.contains("\\u003c/script>"))
      #expect(!json.contains("javascript:"))
      #expect(json.contains("HTTPS://example.org/news"))
      // Still JSON, with the same text inside.
      _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
    }
    #expect(annotations.contains("urn:sha256:"), "a source without a web URL is named by hash")
  }

  @Test("the JSON report writes < as \\u003c and decodes to the same text")
  func jsonReportHasNoRawLessThan() throws {
    let json = try JSONReport.render(try hostileReport())
    #expect(!json.contains("<"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let sources = try #require(object["sources"] as? [[String: Any]])
    #expect(sources[0]["date"] as? String == "\"><script>x</script>")
  }

  @Test("JSON text escapes <, DEL and C1 controls and stays the same JSON")
  func jsonTextEscapes() throws {
    let json = #"{"a":"</script>\#u{9B}2J\#u{7F}é€"}"#
    let escaped = JSONText.embeddable(json)
    #expect(escaped == #"{"a":"\u003c/script>\u009b2J\u007fé€"}"#)
    let decoded = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
    #expect(decoded?["a"] == "</script>\u{9B}2J\u{7F}é€")
  }

  @Test("a link is http or https with nothing that would break out of it")
  func linkRule() {
    func link(_ url: String) -> String? {
      Report.Source(id: "a", path: "a.txt", url: url, sha256: "").link
    }
    #expect(link("https://example.org/x?y=1") == "https://example.org/x?y=1")
    #expect(link("http://example.org") == "http://example.org")
    #expect(link("javascript:alert(1)") == nil)
    #expect(link("data:text/html,<b>") == nil)
    #expect(link("https://") == nil)
    #expect(link("https://example.org/\"onmouseover") == nil)
    #expect(link("https://example.org/ x") == nil)
    #expect(link("https://example.org/\u{1B}[2J") == nil)
  }
}
