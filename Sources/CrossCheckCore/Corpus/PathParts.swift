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
    guard isASCII(path) else {
      return path.split(separator: "/").last.map(String.init) ?? path
    }
    // On the bytes in place, not through the view an index at a time.
    var contiguous = path
    let found = contiguous.withUTF8 { bytes -> Range<Int> in
      var end = bytes.count
      while end > 0, bytes[end - 1] == slash { end -= 1 }
      var start = end
      while start > 0, bytes[start - 1] != slash { start -= 1 }
      return start..<end
    }
    guard !found.isEmpty else { return path }
    let utf8 = path.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
    return String(path[start..<utf8.index(start, offsetBy: found.count)])
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

  /// Whether every byte of `text` is ASCII: then each byte is a `Character`. On the bytes in
  /// place where the string lends them: asked through the view one index at a time, a few
  /// paths a file cost more than reading a small file's bytes.
  static func isASCII<Text: StringProtocol>(_ text: Text) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var high: UInt8 = 0
      for byte in bytes { high |= byte }
      return high < 0x80
    } ?? text.utf8.allSatisfy { $0 < 0x80 }
  }
}
