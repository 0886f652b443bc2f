import ArgumentParser
import CrossCheckCore

/// `figure ID`: one figure in full: every recorded field and its paragraph.
struct FigureCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "figure",
    abstract: "Show one figure in full: value, bounds, unit, hedge, subject, scope and context.")
  static let example = "figure bl0122:9"
  static let completion = CommandCompletion([.figureID])

  @Argument(help: "A figure id such as bl0122:9 (see 'figures').")
  var id: String

  func execute(in shell: Shell) throws {
    let (figure, source) = try shell.figure(id)
    let style = shell.style
    shell.print(FigureView.summary(figure, style: style, width: shell.width()))
    var rows: [(String, String)] = [
      ("text", "“\(figure.text)”"),
      ("kind", figure.kind.rawValue),
    ]
    if let value = figure.value { rows.append(("value", value.description)) }
    if let low = figure.low {
      rows.append(
        ("low", "\(low.description) (\(figure.lowInclusive == false ? "exclusive" : "inclusive"))"))
    }
    if let high = figure.high {
      rows.append(
        (
          "high",
          "\(high.description) (\(figure.highInclusive == false ? "exclusive" : "inclusive"))"
        ))
    }
    if let components = figure.components {
      rows.append(("parts", components.map(\.description).joined(separator: " – ")))
    }
    if let date = figure.date { rows.append(("date", date)) }
    if let time = figure.time { rows.append(("time", time)) }
    if let zone = figure.zone { rows.append(("zone", zone)) }
    if figure.valueOutOfRange {
      rows.append(("value", "out of range (too large for exact decimal arithmetic)"))
    }
    if let unit = figure.unit {
      rows.append(
        (
          "unit",
          unit
            + (figure.unitIsAmbiguous
              ? (figure.kind == .money
                ? " (a bare $: taken as \(unit), the article's likeliest dollar; could be another)"
                : " (written without its scale: could be another unit of that name)") : "")
        ))
    }
    if let qualifier = figure.qualifier {
      rows.append(("hedge", "\(qualifier.rawValue) — “\(figure.hedge ?? "")”"))
    }
    if let scale = figure.scale { rows.append(("scale", scale)) }
    rows.append(("subject", figure.subject ?? "—"))
    if !figure.subjectTerms.isEmpty {
      rows.append(("terms", figure.subjectTerms.joined(separator: ", ")))
    }
    rows.append(("scope", figure.scope.isEmpty ? "—" : figure.scope.joined(separator: "; ")))
    rows.append(
      (
        "source",
        "\(source.id) · \(source.metadata.outlet ?? "unknown outlet") · \(source.metadata.date ?? "undated")"
      ))
    rows.append(
      (
        "offsets",
        "characters \(figure.start) to \(figure.end - 1) of the text, counted from 0 (Unicode code points)"
      ))
    let labelWidth = rows.map(\.0.count).max() ?? 0
    for (label, value) in rows {
      shell.print(
        "  " + style.dim(label.padding(toLength: labelWidth)) + "  " + TerminalText.visible(value))
    }
    shell.print()
    let paragraph = source.paragraph(around: figure)
    shell.print(
      lines: FigureView.marked(
        paragraph.text, from: paragraph.figureStart, to: paragraph.figureEnd, width: shell.width(),
        style: style))
  }
}

extension FigureCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments), plain.positionals.count == 1 else { return nil }
    var command = Self()
    command.id = plain.positionals[0]
    return command
  }
}
