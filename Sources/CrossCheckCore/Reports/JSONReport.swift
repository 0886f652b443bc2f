import Foundation

/// The full report as JSON: the ``Report`` with every field, sorted keys, times in ISO 8601,
/// numbers exact (documented in the README).
public enum JSONReport {
  public static func render(_ report: Report) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return JSONText.embeddable(String(decoding: try encoder.encode(report), as: UTF8.self)) + "\n"
  }
}
