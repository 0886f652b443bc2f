import Foundation

/// A recorded discrepancy: figures that disagree (or seem to), with the analyst's notes, verdict
/// and tags. Numbered D1, D2, … in the order they were flagged; numbers are never reused.
public struct Discrepancy: Codable, Equatable, Sendable, Identifiable {
  public var id: Int
  public var title: String?
  public var figures: [FigureReference]
  public var notes: [Note]
  public var verdict: String?
  public var tags: [String]
  public var created: Date

  public init(id: Int, title: String?, figures: [FigureReference], created: Date) {
    self.id = id
    self.title = title
    self.figures = figures
    self.notes = []
    self.verdict = nil
    self.tags = []
    self.created = created
  }

  /// "D3"
  public var label: String { "D\(id)" }

  /// Parses "D3" (or "d3").
  public static func number(from label: String) -> Int? {
    guard label.first == "D" || label.first == "d", let number = Int(label.dropFirst()), number > 0
    else { return nil }
    return number
  }
}
