import Foundation

/// A script read from a file: its lines, and the path it was read from.
public struct ScriptFile: Equatable, Sendable {
  /// The path as it was given (or resolved against the including script's folder), which error
  /// messages show.
  public var path: String
  /// The physical lines, without their line breaks.
  public var lines: [String]

  public init(path: String, lines: [String]) {
    self.path = path
    self.lines = lines
  }

  /// Reads a script: UTF-8 text (a byte order mark and CRLF line ends are accepted).
  public static func read(_ path: String) throws(ScriptFileError) -> ScriptFile {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ScriptFileError(
        "cannot read the script '\(path)': there is no such file; check the path.")
    }
    if isDirectory.boolValue {
      throw ScriptFileError(
        "cannot read the script '\(path)': it is a folder; give the script file inside it.")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ScriptFileError(
        "cannot read the script '\(path)': permission denied or an I/O error; check that the "
          + "file is readable.")
    }
    guard var text = String(validating: data, as: UTF8.self) else {
      throw ScriptFileError(
        "cannot read the script '\(path)': it is not UTF-8 text; save it as UTF-8.")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    // By bytes: "\r\n" is one Character, which a split on "\n" would not cut.
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    if lines.last == "" { lines.removeLast() }
    return ScriptFile(path: path, lines: lines)
  }
}

/// Why a script could not be run: unreadable, not UTF-8, a cycle, or nested too deeply.
public struct ScriptFileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
