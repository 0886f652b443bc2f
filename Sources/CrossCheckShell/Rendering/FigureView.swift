import CrossCheckCore

/// A figure on screen: a summary line, and its sentence with the figure picked out.
enum FigureView {
  /// "bl0122:9  money  300,000,000,000 USD?  total frozen assets · worldwide"
  /// The subject and scope part is shortened with "…" to keep the line within `width`.
  static func summary(_ figure: Figure, style: Style, width: Int = .max) -> String {
    var plain = [figure.id.description, figure.kind.rawValue, FigureFormatter.value(figure)]
    if let hedge = figure.hedge { plain.append("(\(hedge))") }
    var line = [style.accent(plain[0]), plain[1], style.bold(plain[2])] + plain.dropFirst(3)
    var about: [String] = []
    if let subject = figure.subject { about.append(subject) }
    about = (about + figure.scope).map { TerminalText.visible($0) }
    if !about.isEmpty {
      let used = plain.joined(separator: "  ").count + 2
      var text = "— " + about.joined(separator: " · ")
      if used + text.count > width { text = String(text.prefix(max(0, width - used - 1))) + "…" }
      if width - used > 3 { line.append(style.dim(text)) }
    }
    return line.joined(separator: "  ")
  }

  /// The figure's sentence, wrapped and indented, with the figure marked.
  static func sentence(_ figure: Figure, in source: Source, width: Int, style: Style) -> [String] {
    let sentence = source.text(from: figure.sentenceStart, to: figure.sentenceEnd)
    return marked(
      sentence, from: figure.start - figure.sentenceStart, to: figure.end - figure.sentenceStart,
      width: width, style: style)
  }

  /// Wraps `text` to the width, indented, with `start..<end` (code points) marked. The span is
  /// marked with private-use characters before wrapping so escape codes never count as width
  /// and brackets already in the text are left alone.
  static func marked(_ text: String, from start: Int, to end: Int, width: Int, style: Style)
    -> [String]
  {
    let open = "\u{E000}"
    let close = "\u{E001}"
    let scalars = Array(text.unicodeScalars)
    let start = max(0, min(start, scalars.count))
    let end = max(start, min(end, scalars.count))
    let joined =
      String(String.UnicodeScalarView(scalars[..<start])) + open
      + String(String.UnicodeScalarView(scalars[start..<end])) + close
      + String(String.UnicodeScalarView(scalars[end...]))
    return TextWrapper.wrap(joined, width: width - 4).map { line in
      "    "
        + line.replacingOccurrences(of: open, with: style.isEnabled ? "\u{1B}[1;4m" : "[")
        .replacingOccurrences(of: close, with: style.isEnabled ? "\u{1B}[0m" : "]")
    }
  }
}
