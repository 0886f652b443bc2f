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
    let data: Data
    do {
      // Never read whole when it is far larger than any script (a disk image given by mistake).
      data = try FileReader.read(path, maximumBytes: maximumBytes)
    } catch .tooLarge(let byteCount) {
      let sizes = ByteCountText.texts(byteCount, limit: maximumBytes)
      throw ScriptFileError(
        "cannot read the script '\(path)': it is \(sizes.size), and a script "
          + "of commands may be at most \(sizes.limit); check the path.")
    } catch {
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
        "cannot read the script '\(path)': it is not UTF-8 text (\(firstBadByte(in: data))); "
          + "save it as UTF-8.")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    // By bytes: "\r\n" is one Character, which a split on "\n" would not cut.
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    if lines.last == "" { lines.removeLast() }
    return ScriptFile(path: path, lines: lines)
  }
}

extension ScriptFile {
  /// The largest script read, 16 MiB: hundreds of thousands of commands.
  public static let maximumBytes = 16 << 20

  /// Where bytes that are not UTF-8 first go wrong: "byte 0xFF on line 3".
  static func firstBadByte(in data: Data) -> String {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = data.makeIterator()
    var offset = 0
    var line = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") { line += 1 }
        offset += encoded.count
      case .error:
        let byte = data[data.startIndex + offset]
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex) on line \(line)"
      case .emptyInput:
        return "a byte that is not"
      }
    }
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
