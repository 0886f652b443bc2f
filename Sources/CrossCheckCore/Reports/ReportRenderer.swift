/// Renders a report in any of the formats.
public enum ReportRenderer {
  public static func render(_ report: Report, as format: ReportFormat) throws -> String {
    switch format {
    case .markdown: return MarkdownReport.render(report)
    case .html: return HTMLReport.render(report)
    case .csv: return CSVReport.render(report)
    case .json: return try JSONReport.render(report)
    case .claimreview: return try ClaimReviewReport.render(report)
    case .annotations: return try AnnotationsReport.render(report)
    }
  }
}
