import CrossCheckCore
import Foundation

extension Shell {
  /// The report of this session's discrepancies. Its date is the `report-date` setting, or the
  /// day the session last changed, so the same session gives the same report.
  public func report(filter: Report.Filter = Report.Filter()) -> Report {
    let date =
      analysis.settings.reportDate
      ?? String(
        (updated ?? created ?? Date(timeIntervalSince1970: 0)).formatted(.iso8601).prefix(10))
    return Report.build(
      sessionName: sessionName, corpus: corpus, analysis: analysis, date: date,
      author: analysis.settings.reportAuthor, filter: filter)
  }
}
