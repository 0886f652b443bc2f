import ArgumentParser
import CrossCheckCore

/// `flag ID ID... [--title "..."]`: records a discrepancy holding those figures.
struct FlagCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "flag",
    abstract: "Record a discrepancy (D1, D2, …) holding the given figures.",
    discussion: """
      Each figure is stored with its position and its exact quote with context (the W3C \
      TextPositionSelector and TextQuoteSelector), so it can be found again if a source changes.
      """)
  static let example = "flag bl0122:9 il1203:11 --title \"Frozen Russian assets\""
  static let changesState = true
  static let completion = CommandCompletion(
    [.figureOrSuggestion], options: ["--title": ArgumentKind.none])

  @Argument(help: "The figures (ids such as bl0122:9).")
  var figures: [String]

  @Option(help: "A title for the discrepancy.")
  var title: String?

  func validate() throws {
    if figures.isEmpty {
      throw ValidationError("Give the figures to flag, e.g. flag bl0122:9 il1203:11")
    }
  }

  func execute(in shell: Shell) throws {
    var references: [FigureReference] = []
    var title = self.title
    if let anchors = shell.replayAnchors {
      // A replay: find each figure again by its quote, never by a possibly stale id.
      references = try reanchor(anchors, in: shell)
    }
    for id in figures where shell.replayAnchors == nil {
      // "S3": the figures of the third suggestion of the last scan.
      if id.first == "S", let rank = Int(id.dropFirst()) {
        guard let suggestion = shell.lastScan.first(where: { $0.rank == rank }) else {
          throw ShellError(
            shell.lastScan.isEmpty
              ? "there is no \(id): run 'scan' first."
              : "there is no \(id); the last scan made S1–S\(shell.lastScan.count).")
        }
        for (figure, source) in suggestion.figures
        where !references.contains(where: { $0.figure == figure.id }) {
          references.append(FigureReference(figure: figure, in: source))
        }
        if title == nil { title = suggestion.subject }
        continue
      }
      let (figure, source) = try shell.figure(id)
      if references.contains(where: { $0.figure == figure.id }) { continue }
      references.append(FigureReference(figure: figure, in: source))
    }
    shell.journalCommand =
      "flag " + references.map(\.figure.description).joined(separator: " ")
      + (title.map { " --title " + CommandTokenizer.quote($0) } ?? "")
    shell.journalAnchors = references
    let time = shell.commandTime
    let pinned = RatePinning.rates(for: references, in: shell)
    let discrepancy = shell.change { state in
      if !pinned.isEmpty { state.rates.add(contentsOf: pinned) }
      return state.flag(references, title: title, at: time)
    }
    shell.print("flagged \(DiscrepancyView.summary(discrepancy, style: shell.style))")
    for rate in pinned {
      shell.print(shell.style.dim("  rate recorded in the session: " + rate.description))
    }
  }

  /// Re-anchors recorded figures in the sources as they are now, reporting what moved.
  private func reanchor(_ anchors: [FigureReference], in shell: Shell) throws -> [FigureReference] {
    var references: [FigureReference] = []
    for anchor in anchors {
      guard let source = shell.corpus.source(anchor.figure.source) else {
        references.append(anchor)
        shell.replayReport.append(
          "\(anchor.figure) “\(anchor.quote.exact)”: orphaned (its source is not loaded)")
        continue
      }
      switch Reanchoring.locate(anchor, in: source) {
      case .exact(let id):
        if let figure = source.figure(id) {
          references.append(FigureReference(figure: figure, in: source))
        }
        if source.sha256 != anchor.sourceSHA256 {
          shell.replayReport.append(
            "\(anchor.figure) “\(anchor.quote.exact)”: exact (same place in the changed text)")
        }
      case .relocated(let id, let from, let to):
        if let figure = source.figure(id) {
          references.append(FigureReference(figure: figure, in: source))
        }
        shell.replayReport.append(
          "\(anchor.figure) “\(anchor.quote.exact)”: relocated from \(from) to \(to), now \(id)")
      case .orphaned:
        // Kept as recorded (its quote, unattached to any figure), so the discrepancy and the
        // numbers of those after it stay what they were.
        references.append(anchor)
        shell.replayReport.append(
          "\(anchor.figure) “\(anchor.quote.exact)”: orphaned (the quote is no longer in \(source.id))"
        )
      }
    }
    return references
  }
}
