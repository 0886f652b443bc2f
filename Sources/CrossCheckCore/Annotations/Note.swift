import Foundation

/// A timestamped note on a discrepancy.
public struct Note: Codable, Equatable, Sendable {
  public var time: Date
  public var text: String

  public init(time: Date, text: String) {
    self.time = time
    self.text = text
  }
}
