import CrossCheckCore
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
    let problem: String? =
      switch FileCheck.check(path) {
      case .regularFile: nil
      case .missing: "there is no such file; check the path."
      case .directory: "it is a folder; give the script file inside it."
      case .notRegular(let kind): "it is not a regular file (it is \(kind)); give a script file."
      case .symlinkLoop: "it is a symbolic link loop (the links lead back to themselves)."
      case .danglingLink(let target): "it is a symbolic link to '\(target)', which does not exist."
      case .inaccessible(let reason): reason + "."
      }
    if let problem { throw ScriptFileError("cannot read the script '\(path)': " + problem) }
    guard let data = FileReader.contents(of: path) else {
      throw ScriptFileError(
        "cannot read the script '\(path)': permission denied or an I/O error; check that the "
          + "file is readable.")
    }
    if let encoding = TextEncodingGuess.wideEncoding(of: data) {
      throw ScriptFileError(
        "cannot read the script '\(path)': it is \(encoding) text, not UTF-8; convert it with "
          + "'iconv -f \(encoding) -t UTF-8 \(path) > converted.cc'.")
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
