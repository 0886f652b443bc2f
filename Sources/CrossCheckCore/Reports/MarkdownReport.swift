import Foundation

/// The report as Markdown (CommonMark with GitHub tables): a title block, a summary table, then
/// one section per discrepancy with its figures quoted and the figure in bold.
public enum MarkdownReport {
  public static func render(_ report: Report) -> String {
    var out: [String] = []
    out.append("# \(escape(report.title))")
    out.append("")
    if report.sessionName != Report.unsavedSessionName {
      out.append("- Session: \(escape(report.sessionName))")
    }
    out.append("- Date: \(escape(report.date))")
    if let author = report.author { out.append("- Author: \(escape(author))") }
    out.append("- Discrepancies: \(report.discrepancies.count)")
    out.append("")
    out.append("## Sources")
    out.append("")
    out.append("| id | title | outlet | date | SHA-256 |")
    out.append("| --- | --- | --- | --- | --- |")
    for source in report.sources {
      let headline =
        source.title
        ?? "article from "
        + [source.outlet ?? "an unnamed outlet", source.date ?? "undated"]
        .joined(separator: ", ")
      let title =
        source.link.map { "[\(escape(headline))](\(escapeURL($0)))" } ?? escape(headline)
      out.append(
        "| \(source.id) | \(title) | \(escape(source.outlet ?? "—")) | \(escape(source.date ?? "—")) | `\(source.sha256)` |"
      )
    }
    out.append("")
    out.append("## Summary")
    out.append("")
    out.append("| discrepancy | verdict | figures | spread |")
    out.append("| --- | --- | --- | --- |")
    for discrepancy in report.discrepancies {
      let name = "[\(discrepancy.label)](#\(anchor(discrepancy))) " + escape(heading(discrepancy))
      let figures = discrepancy.figures.map { "“" + escape($0.text) + "”" }.joined(separator: ", ")
      out.append(
        "| \(name) | \(escape(discrepancy.verdict ?? "none")) | \(figures) | \(escape(discrepancy.spread ?? "—")) |"
      )
    }
    let sources = Dictionary(
      report.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for discrepancy in report.discrepancies {
      out.append("")
      out.append("## \(discrepancy.label) — \(escape(heading(discrepancy)))")
      out.append("")
      var verdict = "**Verdict:** " + escape(discrepancy.verdict ?? "none yet")
      if let meaning = discrepancy.verdictMeaning { verdict += " — " + escape(meaning) }
      out.append(verdict + "  ")
      out.append(
        "**Tags:** "
          + (discrepancy.tags.isEmpty ? "—" : discrepancy.tags.map(escape).joined(separator: ", ")))
      for figure in discrepancy.figures {
        out.append("")
        out.append("> " + highlighted(figure))
        var origin = "> — \(figure.id)"
        if let source = sources[figure.sourceID] {
          origin +=
            ", " + escape(source.outlet ?? "unknown outlet") + ", "
            + escape(source.date ?? "undated")
        }
        if let normalized = figure.normalized { origin += " · normalized: " + escape(normalized) }
        out.append(">")
        out.append(origin)
        if figure.sourceChanged {
          out.append(">\n> *The source's text changed since this was flagged; quoted as recorded.*")
        }
      }
      out.append("")
      if let assessment = discrepancy.assessment {
        out.append("**Assessment:** \(escape(assessment))  ")
      }
      if let spread = discrepancy.spread { out.append("**Spread:** " + escape(spread)) }
      if !discrepancy.explanations.isEmpty {
        out.append("")
        out.append("**Possible explanations:**")
        out.append("")
        for explanation in discrepancy.explanations { out.append("- " + escape(explanation)) }
      }
      if !discrepancy.howWeCompared.isEmpty {
        out.append("")
        out.append("**How we compared:**")
        out.append("")
        for line in discrepancy.howWeCompared { out.append("- " + escape(line)) }
      }
      if !discrepancy.notes.isEmpty {
        out.append("")
        out.append("**Notes:**")
        out.append("")
        for note in discrepancy.notes {
          out.append("- \(Report.timestamp(note.time)) — " + escape(note.text))
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The sentence with the figure in bold.
  static func highlighted(_ figure: Report.Figure) -> String {
    let scalars = Array(figure.sentence.unicodeScalars)
    let start = max(0, min(figure.startInSentence, scalars.count))
    let end = max(start, min(figure.endInSentence, scalars.count))
    func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
    return escape(flatten(text(0..<start))) + "**" + escape(text(start..<end)) + "**"
      + escape(flatten(text(end..<scalars.count)))
  }

  /// A discrepancy's title, or its figures as quoted ("six vs seventh") without one.
  static func heading(_ discrepancy: Report.Discrepancy) -> String {
    guard let title = discrepancy.title, !title.isEmpty else {
      return discrepancy.figures.map(\.text).joined(separator: " vs ")
    }
    return title
  }

  /// The heading anchor GitHub and most renderers make for a discrepancy's heading.
  static func anchor(_ discrepancy: Report.Discrepancy) -> String {
    let heading = discrepancy.label + " — " + heading(discrepancy)
    var slug = ""
    for character in heading.lowercased() {
      if character.isLetter || character.isNumber || character == "-" || character == "_" {
        slug.append(character)
      } else if character == " " {
        slug.append("-")
      }
    }
    return slug
  }

  private static func flatten(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
  }

  /// Backslash-escapes what Markdown would otherwise read as markup (or raw HTML).
  static func escape(_ text: String) -> String {
    var escaped = ""
    // A direction control left open would reverse the rest of the line (``BidiControls``).
    for character in BidiControls.closed(flatten(text)) {
      if "\\`*_[]<>|~#".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  private static func escapeURL(_ url: String) -> String {
    url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: ")", with: "%29")
      .replacingOccurrences(of: "(", with: "%28")
  }
}
