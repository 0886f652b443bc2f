import CrossCheckCore
import Foundation

/// A comparison on screen: one block per figure (source, sentence, normalized value, difference),
/// then the assessment and the explanations offered.
enum ComparisonView {
  static func render(
    _ comparison: Comparison, sources: [Source?], width: Int, style: Style
  ) -> [String] {
    var lines: [String] = []
    for (index, entry) in comparison.entries.enumerated() {
      let figure = entry.figure
      let source = sources[index]
      var origin =
        source.map {
          "\($0.id) · \($0.metadata.outlet ?? "unknown outlet") · \($0.metadata.date ?? "undated")"
        } ?? "typed by the analyst"
      if source != nil { origin = figure.id.description + "  " + origin }
      lines.append(style.bold("\(index + 1). ") + style.accent(TerminalText.visible(origin)))
      if let source {
        lines += FigureView.sentence(figure, in: source, width: width, style: style)
      } else {
        lines.append(TerminalText.visible("    [\(figure.text)]"))
      }
      // An amount converted at a rate (often an inverse one, 1/1.1706) has digits no article
      // stated: it is shown to the cent.
      let interval = entry.conversion == nil ? entry.interval : entry.interval.map(Self.toCents)
      var value = "    = " + describe(interval, unit: entry.unit, figure: figure)
      if var difference = entry.difference {
        if entry.conversion != nil { difference = DecimalText.rounded(difference, places: 2) }
        value += "   Δ " + signed(difference) + (entry.unit.map { " " + $0 } ?? "")
        if let relative = entry.relativeDifference {
          value += " (" + signed(DecimalText.rounded(relative, places: 1)) + "%)"
        }
      }
      lines.append(style.bold(value))
      if let conversion = entry.conversion {
        lines += TextWrapper.wrap("converted at " + conversion.description, width: width - 6).map {
          style.dim("      " + $0)
        }
      }
      if let conversion = entry.unitConversion {
        lines += TextWrapper.wrap("converted: " + conversion.description, width: width - 6).map {
          style.dim("      " + $0)
        }
      }
    }
    lines.append("")
    let verdict: String
    switch comparison.assessment {
    case .agree: verdict = "they agree"
    case .consistent:
      verdict = "consistent: the figures differ, but both can be true"
    case .differ: verdict = "they differ: the intervals do not overlap"
    case .incomparable: verdict = "not comparable as they stand"
    }
    lines.append(style.bold("Assessment: ") + verdict)
    if !comparison.explanations.isEmpty {
      lines.append(style.bold("Possible explanations:"))
      for explanation in comparison.explanations {
        lines += TextWrapper.wrap(explanation.description, width: width - 4).enumerated().map {
          "  " + ($0.offset == 0 ? "- " : "  ") + $0.element
        }
      }
    }
    return lines
  }

  /// The comparison as rows, one per figure, for `compare --format`: the figure, its normalized
  /// interval and difference from the first, and the comparison's assessment and explanations
  /// (the same on every row).
  static func records(_ comparison: Comparison, sources: [Source?]) -> RecordSet {
    let columns = [
      "position", "id", "source", "outlet", "date", "text", "normalized", "low", "high", "unit",
      "difference", "relative_difference_percent", "conversion", "assessment", "explanations",
    ]
    let explanations = RecordValue.list(comparison.explanations.map { .text($0.description) })
    let rows = comparison.entries.enumerated().map { index, entry -> [RecordValue] in
      let source = sources[index]
      return [
        .integer(index + 1), .text(entry.isTyped ? nil : entry.figure.id.description),
        .text(source?.path), .text(source?.metadata.outlet), .text(source?.metadata.date),
        .text(entry.figure.text),
        .text(describe(entry.interval, unit: entry.unit, figure: entry.figure)),
        .number(entry.interval?.lower), .number(entry.interval?.upper), .text(entry.unit),
        .number(entry.difference),
        .number(entry.relativeDifference.map { DecimalText.rounded($0, places: 1) }),
        .text(entry.conversion?.description), .text(comparison.assessment.rawValue),
        explanations,
      ]
    }
    return RecordSet(columns: columns, rows: rows)
  }

  /// The interval's bounds rounded to two decimal places.
  static func toCents(_ interval: Interval) -> Interval {
    var rounded = interval
    rounded.lower = interval.lower.map { DecimalText.rounded($0, places: 2) }
    rounded.upper = interval.upper.map { DecimalText.rounded($0, places: 2) }
    return rounded
  }

  static func describe(_ interval: Interval?, unit: String?, figure: Figure) -> String {
    guard let interval else { return FigureFormatter.value(figure) + "  (not normalized)" }
    let suffix = unit.map { " " + ($0 == "percent" ? "%" : $0) } ?? ""
    if figure.kind == .tally, let parts = figure.components {
      return parts.map(FigureFormatter.number).joined(separator: "–")
    }
    if interval.isPoint, let value = interval.lower {
      return FigureFormatter.number(value) + suffix
    }
    let low =
      interval.lower.map { (interval.lowerInclusive ? "[" : "(") + FigureFormatter.number($0) }
      ?? "(−∞"
    let high =
      interval.upper.map { FigureFormatter.number($0) + (interval.upperInclusive ? "]" : ")") }
      ?? "∞)"
    return low + ", " + high + suffix
  }

  static func signed(_ value: Decimal) -> String {
    (value > 0 ? "+" : "") + FigureFormatter.number(value)
  }

}
