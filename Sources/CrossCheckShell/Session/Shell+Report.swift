import CrossCheckCore
import Foundation

extension Shell {
  /// The report of this session's discrepancies. Its date is the `report-date` setting, or the
  /// day the session last changed, so the same session gives the same report.
  public func report(filter: Report.Filter = Report.Filter()) -> Report {
    Report.build(
      sessionName: sessionName, corpus: corpus, analysis: analysis, date: reportDate,
      author: analysis.settings.reportAuthor, filter: filter)
  }

  /// The report as ``report(filter:)`` builds it, with a progress line for a long build and
  /// Ctrl-C stopping it (nil then).
  func interruptibleReport(filter: Report.Filter) -> Report? {
    var meter = ProgressMeter(verb: "exporting")
    defer { if meter.isShowing { showProgress?(nil) } }
    return try? Report.build(
      sessionName: sessionName, corpus: corpus, analysis: analysis, date: reportDate,
      author: analysis.settings.reportAuthor, filter: filter,
      progress: { done, total in
        if let line = meter.line("preparing discrepancies", done: done, total: total) {
          showProgress?(line)
        }
      },
      isCancelled: isInterrupted)
  }

  /// The `report-date` setting, or the day the session last changed.
  private var reportDate: String {
    analysis.settings.reportDate
      ?? String(
        (updated ?? created ?? Date(timeIntervalSince1970: 0)).formatted(.iso8601).prefix(10))
  }
}
