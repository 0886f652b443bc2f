import ArgumentParser
import CrossCheckCore
import Foundation

/// `export FORMAT [FILE] [--verdict V] [--tag T] [--ids D1,D3] [--force]`: writes the report of
/// the session's discrepancies.
struct ExportCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write the report of the discrepancies: markdown, html, csv, json, claimreview, annotations.",
    discussion: """
      Without FILE the report is printed. Reports are deterministic: the same session gives the \
      same bytes (the report date is the 'report-date' setting, or the day the session last \
      changed; see 'set'). An existing file is only replaced with --force.
      """)
  static let example = "export html Sessions/frozen-assets.html --verdict scope-difference"
  static let completion = CommandCompletion(
    [.choices(ReportFormat.allCases.map(\.rawValue)), .path],
    options: ["--verdict": .verdict, "--tag": .tag, "--ids": .discrepancyID, "--force": nil])

  @Argument(help: "markdown, html, csv, json, claimreview or annotations.")
  var format: String
  @Argument(help: "Where to write the report (default: print it).")
  var file: String?
  @Option(help: "Only discrepancies with this verdict.")
  var verdict: String?
  @Option(help: "Only discrepancies with this tag.")
  var tag: String?
  @Option(help: "Only these discrepancies, e.g. D1,D3.")
  var ids: String?
  @Flag(help: "Replace FILE if it exists.")
  var force = false

  func execute(in shell: Shell) throws {
    guard let reportFormat = ReportFormat(rawValue: format.lowercased()) else {
      var message = "'\(format)' is not a report format"
      if let guess = EditDistance.suggestion(
        for: format, among: ReportFormat.allCases.map(\.rawValue))
      {
        message += " — did you mean '\(guess)'?"
      } else {
        message += "; use markdown, html, csv, json, claimreview or annotations."
      }
      throw ShellError(message)
    }
    if let verdict, !shell.analysis.verdicts.contains(verdict) {
      throw VerdictMessage.unknownFilter(verdict, known: shell.analysis.verdicts)
    }
    var numbers: [Int]?
    if let ids {
      numbers = []
      for label in ids.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        numbers?.append(try shell.discrepancy(label).id)
      }
    }
    guard
      let report = shell.interruptibleReport(
        filter: Report.Filter(verdict: verdict, tag: tag, ids: numbers))
    else {
      throw ShellError("interrupted; no report was written.")
    }
    if reportFormat == .claimreview && report.url == nil
      && report.discrepancies.contains(where: { $0.verdict != nil })
    {
      // Google requires the address of the page the review is published on.
      shell.warn(
        "the ClaimReview has no 'url', which Google requires: give the address the report is "
          + "published at with 'set report-url https://…'")
    }
    let text: String
    do {
      text = try ReportRenderer.render(report, as: reportFormat)
    } catch {
      throw ShellError("the \(reportFormat.rawValue) report could not be written: \(error)")
    }
    guard let file else {
      shell.write(text)
      return
    }
    let path = shell.resolvePath(file)
    do {
      try FileWriter.write(Data(text.utf8), to: Shell.absolute(path), replacing: force)
    } catch .exists {
      throw ShellError(
        "'\(path)' already exists; add --force to overwrite it, or choose another name.")
    } catch {
      // A report is not the session: said of the path as typed, without "the session is
      // unchanged", which the session's own save says.
      throw ShellError(
        "cannot write '\(path)': \(FileWriteMessage.reason(error, typed: path)); nothing was written."
      )
    }
    shell.status(
      "wrote the \(reportFormat.rawValue) report of \(Counted.text(report.discrepancies.count, "discrepancy", "discrepancies")) to \(path)"
    )
  }
}
