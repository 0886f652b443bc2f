import CrossCheckCore
import Foundation

/// A scan suggestion on screen: its figures with source, outlet and date, the difference, the
/// reasons in words and the words that made the scan pair them.
enum SuggestionView {
  static func render(_ suggestion: Suggestion, width: Int, style: Style) -> [String] {
    var lines: [String] = []
    let codes = suggestion.reasons.map(\.rawValue).joined(separator: ", ")
    lines.append(
      style.bold(suggestion.label) + "  " + style.accent(TerminalText.visible(suggestion.subject))
        + "  "
        + suggestion.comparison.assessment.rawValue + (codes.isEmpty ? "" : "  (\(codes))"))
    let entries = suggestion.comparison.entries
    for (index, (figure, source)) in suggestion.figures.enumerated() {
      lines += figureLines(figure, source: source, width: width)
      // An amount in another currency: what it comes to, and at which rate.
      if index < entries.count, let conversion = entries[index].conversion {
        let value = ComparisonView.describe(
          entries[index].interval, unit: entries[index].unit, figure: figure)
        lines += TextWrapper.wrap("= \(value) at \(conversion.description)", width: width - 6)
          .map { "      " + style.dim($0) }
      }
    }
    if let difference = difference(suggestion.comparison) {
      lines.append("    " + style.bold("difference: ") + difference)
    }
    lines += TextWrapper.wrap(suggestion.explanation, width: width - 4).map {
      "    " + style.dim($0)
    }
    lines += reasonLines(
      reasons: suggestion.reasons, evidence: suggestion.evidence, width: width, style: style)
    return lines
  }

  /// A figure's line: id, value, quoted text, then source, outlet and date. When that is wider
  /// than the terminal, the source goes on a line of its own, and a quote that still does not
  /// fit ends in "…": cutting the line would cut the date or the outlet, the provenance a
  /// checker reads the line for.
  static func figureLines(_ figure: Figure, source: Source, width: Int) -> [String] {
    let outlet = source.metadata.outlet ?? "unknown outlet"
    let origin = TerminalText.visible(
      "\(source.id) · \(outlet) · \(source.metadata.date ?? "undated")")
    let head = "    \(figure.id)  \(FigureFormatter.value(figure))  "
    let quote = TerminalText.visible(figure.text)
    let whole = head + "“" + quote + "”  " + origin
    if whole.count <= width { return [whole] }
    let room = max(8, width - head.count - 2)
    let shortened = quote.count <= room ? quote : String(quote.prefix(room - 1)) + "…"
    return [head + "“" + shortened + "”", "      " + origin]
  }

  /// "Reasons:" and "Evidence:" lines, for a suggestion or a comparison.
  static func reasonLines(reasons: [ScanReason], evidence: [String], width: Int, style: Style)
    -> [String]
  {
    var lines: [String] = []
    if !reasons.isEmpty {
      let text =
        "reasons: " + reasons.map { "\($0.rawValue) — \($0.words)" }.joined(separator: "; ")
      lines += TextWrapper.wrap(text, width: width - 4).map { "    " + $0 }
    }
    if !evidence.isEmpty {
      lines += TextWrapper.wrap("evidence: " + evidence.joined(separator: ", "), width: width - 4)
        .map { "    " + style.dim($0) }
    }
    return lines
  }

  /// The largest difference from the first figure, in its unit and in percent.
  static func difference(_ comparison: Comparison) -> String? {
    let entries = comparison.entries.filter { $0.difference != nil }
    guard
      let largest = entries.max(by: {
        abs($0.relativeDifference ?? 0) < abs($1.relativeDifference ?? 0)
      }), let difference = largest.difference
    else { return nil }
    var text =
      "up to " + ComparisonView.signed(difference) + (largest.unit.map { " " + $0 } ?? "")
    if let relative = largest.relativeDifference {
      text += " (" + ComparisonView.signed(DecimalText.rounded(relative, places: 1)) + "%)"
    }
    return text + " from the first figure"
  }
}
