/// The formats `export` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// A readable report: title block, summary table, one section per discrepancy.
  case markdown
  /// One self-contained page (inline CSS, no scripts, no network): reads on screen and in print.
  case html
  /// One row per figure in a discrepancy, RFC 4180 quoting.
  case csv
  /// The full report as JSON.
  case json
  /// schema.org ClaimReview JSON-LD, one object per discrepancy with a verdict.
  case claimreview
  /// W3C Web Annotation JSON-LD, one annotation per figure reference.
  case annotations

  /// The usual file extension.
  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    case .html: return "html"
    case .csv: return "csv"
    case .json: return "json"
    case .claimreview: return "claimreview.jsonld"
    case .annotations: return "annotations.jsonld"
    }
  }
}
