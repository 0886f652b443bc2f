/// A physical line of a script or of standard input as read, or why it was not: a piped
/// script is bounded as a script file is, line by line and as a whole.
public enum ScriptInputLine: Equatable, Sendable {
  /// The line, without its line break.
  case text(String)
  /// A line of `byteCount` bytes, longer than the `limit` a command line may be: read past,
  /// never kept whole, and not run.
  case tooLong(byteCount: Int, limit: Int)
  /// The input went past the `limit` a script may be; nothing after it is read.
  case inputTooLarge(limit: Int)
}

extension ScriptInputLine {
  /// The longest command line run, 1 MiB: a note or a title is a few hundred bytes, and a
  /// line far longer is data piped by mistake (read whole, it took seconds to refuse).
  public static let maximumLineBytes = 1 << 20

  /// A line of a script file, refused when it is longer than a command line may be; the
  /// `\r` of a CRLF line break is not counted, so a line is refused alike with CRLF or LF.
  static func checked(_ line: String) -> ScriptInputLine {
    let count = line.utf8.count - (line.utf8.last == UInt8(ascii: "\r") ? 1 : 0)
    return count > maximumLineBytes
      ? .tooLong(byteCount: count, limit: maximumLineBytes) : .text(line)
  }
}
