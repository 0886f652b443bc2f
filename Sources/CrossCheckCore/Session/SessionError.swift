import Foundation

/// What can go wrong with a session file. Each reads as a sentence naming the problem; none
/// changes anything on disk.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case malformed(path: String, reason: String)
  case newerSchema(path: String, version: Int, supported: Int)
  case missingSources(path: String, sources: [String])
  case exists(path: String)
  case unwritable(path: String, reason: String)
  /// A value that decodes but cannot be right; `field` is its JSON path (`discrepancies[3].id`).
  case invalidValue(path: String, field: String, problem: SessionValueProblem)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "cannot read the session '\(path)': \(reason)."
    case .malformed(let path, let reason):
      return "'\(path)' is not a valid session file: \(reason). Nothing was changed."
    case .newerSchema(let path, let version, let supported):
      return
        "'\(path)' was written by a newer CrossCheck (session schema \(version); this version reads up to \(supported)). Upgrade CrossCheck to open it; nothing was changed."
    case .missingSources(let path, let sources):
      return
        "the session '\(path)' needs sources that are missing: \(sources.joined(separator: ", ")). Put them back (paths are relative to the session file) and open it again."
    case .exists(let path):
      return "'\(path)' already exists; add --force to overwrite it, or choose another name."
    case .unwritable(let path, let reason):
      return
        "cannot write '\(path)': \(reason). The session is unchanged in memory; try another path."
    case .invalidValue(let path, let field, let problem):
      return
        "'\(path)' is not a valid session file: \(field) \(Self.describe(problem)). Nothing was changed."
    }
  }

  /// What is wrong with a value, as the end of a sentence that starts with its JSON path.
  static func describe(_ problem: SessionValueProblem) -> String {
    switch problem {
    case .rateNotPositive: "must be greater than 0"
    case .currencyCode: "must be a three-letter currency code"
    case .day: "must be a day written YYYY-MM-DD"
    case .tolerance: "must be at least 0 and less than 1"
    case .numberOutOfRange:
      "must be from 1 to \(SessionValidator.maximumDiscrepancyNumber)"
    case .duplicateNumber(let number): "is D\(number), which another discrepancy already has"
    case .nextNumber:
      "must be from 1 to \(SessionValidator.maximumDiscrepancyNumber + 1)"
    case .unknownVerdict(let verdict):
      "is '\(verdict)', which is neither a built-in verdict nor in settings.customVerdicts"
    case .position: "must have 0 ≤ start ≤ end"
    }
  }

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
