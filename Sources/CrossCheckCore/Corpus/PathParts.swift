/// The parts of a file path a load needs for every file (its name, its folder, its extension),
/// found on the path's bytes.
///
/// A load asks for them once or twice a file, so thousands of files asked a `Character` at a
/// time (grapheme breaking on every step) cost more than reading them. For an ASCII path, bytes
/// are characters and the answers are the same; a path with any other byte is read a
/// `Character` at a time as before, so a combining mark after a slash or a dot still counts as
/// the `Character` rules say.
enum PathParts {
  private static let slash = UInt8(ascii: "/")
  private static let dot = UInt8(ascii: ".")

  /// The last part of `path` between slashes that is not empty (`dir/a.txt` → `a.txt`,
  /// `dir/` → `dir`), or the path itself when it has none (`""`, `"//"`).
  static func lastComponent(of path: String) -> String {
    let utf8 = path.utf8
    guard isASCII(path) else {
      return path.split(separator: "/").last.map(String.init) ?? path
    }
    var end = utf8.endIndex
    while end > utf8.startIndex, utf8[utf8.index(before: end)] == slash {
      end = utf8.index(before: end)
    }
    guard end > utf8.startIndex else { return path }
    var start = end
    while start > utf8.startIndex, utf8[utf8.index(before: start)] != slash {
      start = utf8.index(before: start)
    }
    return String(path[start..<end])
  }

  /// Where the last `.` of `text` is, if it has one.
  static func lastDot(in text: Substring) -> String.Index? {
    guard isASCII(text) else { return text.lastIndex(of: ".") }
    return text.utf8.lastIndex(of: dot)
  }

  /// Where the last `/` of `text` is, if it has one.
  static func lastSlash(in text: Substring) -> String.Index? {
    guard isASCII(text) else { return text.lastIndex(of: "/") }
    return text.utf8.lastIndex(of: slash)
  }

  /// Whether every byte of `text` is ASCII: then each byte is a `Character`.
  static func isASCII<Text: StringProtocol>(_ text: Text) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }
}
