import Foundation

/// What can go wrong with a session file: data naming the file and the problem (the shell says
/// it as a sentence). None changes anything on disk.
public enum SessionError: Error, Equatable, Sendable {
  case unreadable(path: String, reason: String)
  /// Larger than a session file may be (`limit` bytes), as its size said before it was read.
  case tooLarge(path: String, byteCount: Int, limit: Int)
  case malformed(path: String, reason: String)
  case newerSchema(path: String, version: Int, supported: Int)
  case missingSources(path: String, sources: [String])
  case exists(path: String)
  /// It could not be written; `problem` says why (the shell words it).
  case unwritable(path: String, problem: FileWriteError)
  /// A value that decodes but cannot be right; `field` is its JSON path (`discrepancies[3].id`).
  case invalidValue(path: String, field: String, problem: SessionValueProblem)

  /// A coding path as JSON path: `discrepancies[3].id`.
  static func jsonPath(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }

  /// The largest discrepancy number a session file may hold.
  public static var maximumDiscrepancyNumber: Int { SessionValidator.maximumDiscrepancyNumber }

  /// A decoding error as a short reason: where in the file, and what.
  static func describe(_ error: any Error, data: Data) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func place(_ path: [any CodingKey]) -> String {
      let keys = jsonPath(path)
      return keys.isEmpty ? "" : " at \(keys)"
    }
    switch error {
    case .dataCorrupted(let context):
      if data.isEmpty { return "the file is empty" }
      let last = data.reversed().first { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }
      if last != UInt8(ascii: "}") { return "it ends too early (truncated?)" }
      let text = "\(context.underlyingError.map { "\($0)" } ?? context.debugDescription)"
      if text.lowercased().contains("end of") || text.lowercased().contains("unexpected end") {
        return "it ends too early (truncated?)"
      }
      if !context.codingPath.isEmpty {
        // Valid JSON, but a value of the wrong form (a date that is not ISO 8601, a fraction
        // where a whole number belongs).
        let detail = context.debugDescription.trimmingCharacters(in: .punctuationCharacters)
        return "\(jsonPath(context.codingPath)) has a value of the wrong form (\(detail))"
      }
      return "it is not valid JSON"
    case .keyNotFound(let key, let context):
      return "'\(key.stringValue)' is missing\(place(context.codingPath))"
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      var reason = context.debugDescription.lowercased()
        .trimmingCharacters(in: .punctuationCharacters)
      if reason.isEmpty { reason = "a value is not a \(type)" }
      return reason + place(context.codingPath)
    @unknown default:
      return "\(error)"
    }
  }
}
