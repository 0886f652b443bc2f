import CrossCheckCore
import Foundation

/// Discrepancies on screen: a one-line summary, and the full record for `show D1`.
enum DiscrepancyView {
  static func summary(_ discrepancy: Discrepancy, style: Style) -> String {
    var parts = [style.accent(discrepancy.label)]
    parts.append(
      discrepancy.verdict.map { style.bold(TerminalText.visible($0)) } ?? style.dim("no verdict"))
    parts.append(TerminalText.visible(title(discrepancy)))
    parts.append(style.dim(discrepancy.figures.map(\.figure.description).joined(separator: ", ")))
    if !discrepancy.tags.isEmpty {
      parts.append(TerminalText.visible(discrepancy.tags.map { "#" + $0 }.joined(separator: " ")))
    }
    if !discrepancy.notes.isEmpty {
      parts.append(
        style.dim("\(discrepancy.notes.count) note" + (discrepancy.notes.count == 1 ? "" : "s")))
    }
    return parts.joined(separator: "  ")
  }

  /// The title the list and `show D1` give a discrepancy: the analyst's, else its figures'
  /// quotes side by side.
  static func title(_ discrepancy: Discrepancy) -> String {
    discrepancy.title
      ?? discrepancy.figures.map { "“\($0.quote.exact)”" }.joined(separator: " vs ")
  }

  /// The discrepancies as rows for `discrepancies` in any format.
  static func records(_ discrepancies: [Discrepancy], format: OutputFormat) -> RecordSet {
    let rows = discrepancies.map { discrepancy -> [RecordValue] in
      let figures = discrepancy.figures.map { RecordValue.text($0.figure.description) }
      let tags = discrepancy.tags.map(RecordValue.text)
      return [
        .text(discrepancy.label),
        format == .table ? .text(discrepancy.verdict ?? "—") : .text(discrepancy.verdict),
        .text(title(discrepancy)),
        format == .table ? .text(figures.map(\.plainText).joined(separator: ", ")) : .list(figures),
        format == .table
          ? .text(tags.map { "#" + $0.plainText }.joined(separator: " ")) : .list(tags),
        .integer(discrepancy.notes.count),
      ]
    }
    return RecordSet(
      columns: ["id", "verdict", "title", "figures", "tags", "notes"], rows: rows,
      flexibleColumns: [2, 3])
  }

  static func detail(_ discrepancy: Discrepancy, corpus: Corpus, width: Int, style: Style)
    -> [String]
  {
    // Titles, verdicts, tags and quotes may come from a session file: made visible.
    let visible: (String) -> String = TerminalText.visible
    var lines = [
      style.bold("\(discrepancy.label)  \(visible(title(discrepancy)))")
    ]
    lines.append(
      "  verdict  "
        + visible(
          discrepancy.verdict ?? "none yet (set one with 'verdict \(discrepancy.label) VERDICT')"))
    lines.append(
      "  tags     "
        + (discrepancy.tags.isEmpty ? "—" : visible(discrepancy.tags.joined(separator: ", "))))
    lines.append("  flagged  " + timestamp(discrepancy.created))
    lines.append("")
    for reference in discrepancy.figures {
      let source = corpus.source(reference.figure.source)
      let figure = source?.figure(reference.figure)
      var header = style.accent(reference.figure.description)
      if let source {
        header += visible(
          "  \(source.metadata.outlet ?? "unknown outlet") · \(source.metadata.date ?? "undated")")
      }
      if let figure, figure.text == reference.quote.exact {
        header += "  " + style.bold(FigureFormatter.value(figure))
      }
      lines.append(header)
      if let source, let figure, source.sha256 == reference.sourceSHA256 {
        lines += FigureView.sentence(figure, in: source, width: width, style: style)
      } else {
        lines.append(
          visible(
            "    …\(reference.quote.prefix)[\(reference.quote.exact)]\(reference.quote.suffix)…"))
        lines.append(
          style.dim("    (the source is not loaded, or its text changed since this was flagged)"))
      }
    }
    if !discrepancy.notes.isEmpty {
      lines.append("")
      lines.append(style.bold("Notes"))
      for note in discrepancy.notes {
        lines.append("  " + style.dim(timestamp(note.time)))
        lines += TextWrapper.wrap(note.text, width: width - 4).map { "    " + $0 }
      }
    }
    return lines
  }

  /// "2025-12-03T10:15:00Z". A format style, not a formatter: creating an ICU formatter per note
  /// would dominate a long replay.
  static func timestamp(_ date: Date) -> String {
    date.formatted(.iso8601)
  }
}
