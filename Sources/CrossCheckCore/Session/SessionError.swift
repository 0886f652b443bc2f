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
    }
  }

  /// A decoding error as a short reason: where in the file, and what.
  static func describe(_ error: any Error, data: Data) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func place(_ path: [any CodingKey]) -> String {
      let keys = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
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
      return "it is not valid JSON\(place(context.codingPath))"
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
