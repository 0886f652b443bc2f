/// What is known about a source besides its text. Every field is optional.
///
/// Metadata lives in a sidecar file next to the text (`article.txt` → `article.meta.json`), so the
/// article file itself stays byte-for-byte as received and its SHA-256 matches the original.
public struct SourceMetadata: Codable, Equatable, Sendable {
  /// The headline, where the text has one.
  public var title: String?
  /// The publication or agency that published the text.
  public var outlet: String?
  /// The publication date, ISO 8601 (`2026-01-22`).
  public var date: String?
  /// Where the text was published, when known.
  public var url: String?

  public init(title: String? = nil, outlet: String? = nil, date: String? = nil, url: String? = nil)
  {
    self.title = title
    self.outlet = outlet
    self.date = date
    self.url = url
  }

  /// The largest sidecar read, 1 MiB: four short fields take a few hundred bytes.
  public static let maximumBytes = 1 << 20

  /// The sidecar path for a text file: the same name with its extension replaced by `.meta.json`.
  public static func sidecarPath(forTextFile path: String) -> String {
    let slash = PathParts.lastSlash(in: path[...])
    if let dot = PathParts.lastDot(in: path[...]), slash.map({ dot > $0 }) ?? true,
      dot != path.startIndex, path[path.index(before: dot)] != "/"
    {
      return String(path[..<dot]) + ".meta.json"
    }
    return path + ".meta.json"
  }
}
