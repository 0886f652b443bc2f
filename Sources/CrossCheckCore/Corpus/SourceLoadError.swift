/// Why a path could not be loaded as a source. Each case reads as one sentence that says what went
/// wrong and what to do; the session goes on after any of them.
public enum SourceLoadError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(path: String)
  case noMatches(pattern: String)
  case noTextFiles(directory: String)
  case unreadable(path: String, reason: String)
  /// A FIFO, device or socket: `kind` names it ("a FIFO (named pipe)").
  case notRegularFile(path: String, kind: String)
  case symlinkLoop(path: String)
  case danglingLink(path: String, target: String)
  /// UTF-16 or UTF-32 text; `encoding` as `iconv -f` names it.
  case wideEncoding(path: String, encoding: String)
  case binary(path: String, byteOffset: Int)
  /// Larger than a source may be (`limit` bytes), as its size said before it was read.
  case tooLarge(path: String, byteCount: Int, limit: Int)
  /// A name that is not UTF-8: `path` as given, with the bytes that are not shown as `\xE9`.
  case nameNotUTF8(path: String)
  /// A path through a file as if it were a folder ('a.txt/', 'a.txt/b.txt'): `file` is the
  /// part of it that is a file.
  case fileAsFolder(path: String, file: String)
  /// A metadata sidecar given as a source, or a pattern that matches only sidecars.
  case sidecarGiven(path: String)
  case invalidUTF8(path: String, byteOffset: Int, line: Int, byte: UInt8)
  case empty(path: String)
  case alreadyLoaded(path: String, id: SourceID)
  case sameTextAs(path: String, id: SourceID)
  case notLoaded(id: String)

  public var description: String {
    switch self {
    case .notFound(let path):
      return
        "'\(path)' does not exist; check the path (relative paths start at the current folder)."
    case .noMatches(let pattern):
      return "no files match '\(pattern)'; check the pattern, or quote it if it has spaces."
    case .noTextFiles(let directory):
      return "'\(directory)' has no text files (\(SourceLoader.textExtensionList)) to load."
    case .unreadable(let path, let reason):
      // The system's reasons often end in a full stop of their own.
      let reason = reason.hasSuffix(".") ? String(reason.dropLast()) : reason
      return "cannot read '\(path)': \(reason)."
    case .notRegularFile(let path, let kind):
      return "'\(path)' is not a regular file (it is \(kind)); load a text file."
    case .symlinkLoop(let path):
      return "'\(path)' is a symbolic link loop (the links lead back to themselves); "
        + "point the link at the file itself."
    case .danglingLink(let path, let target):
      return "'\(path)' is a symbolic link to '\(target)', which does not exist; "
        + "check the link or load the file itself."
    case .wideEncoding(let path, let encoding):
      return "'\(path)' is \(encoding) text, and CrossCheck reads UTF-8; convert it with "
        + "'iconv -f \(encoding) -t UTF-8 \(path) > converted.txt' and load that."
    case .binary(let path, let byteOffset):
      return
        "'\(path)' looks like a binary file (NUL byte at byte \(byteOffset)); load plain UTF-8 text."
    case .invalidUTF8(let path, let byteOffset, let line, let byte):
      let hex = String(byte, radix: 16, uppercase: true)
      return "'\(path)' is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte "
        + "\(byteOffset) (line \(line)); re-save it as UTF-8 and load it again."
    case .tooLarge(let path, let byteCount, let limit):
      let sizes = ByteCountText.texts(byteCount, limit: limit)
      return "'\(path)' is \(sizes.size), larger than the "
        + "\(sizes.limit) a source may be; load the articles in it as files of their own."
    case .nameNotUTF8(let path):
      return "'\(path)' has a name that is not UTF-8 (each \\x.. is a byte that is not); "
        + "rename it in UTF-8 (convmv -f latin1 -t utf-8 --notest FILE) and load it again."
    case .fileAsFolder(let path, let file):
      var trimmed = path[...]
      while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
      return trimmed == file
        ? "'\(path)' ends in '/', but '\(file)' is a file, not a folder; load it without the '/'."
        : "'\(path)' goes through '\(file)', which is a file, not a folder; check the path."
    case .sidecarGiven(let path):
      return "'\(path)': metadata sidecars (*.meta.json) are read with the text file beside "
        + "them, not loaded as sources; load the text files (*.txt) instead."
    case .empty(let path):
      return "'\(path)' is empty; there is nothing to load."
    case .alreadyLoaded(let path, let id):
      return "'\(path)' is already loaded as \(id); not loaded twice."
    case .sameTextAs(let path, let id):
      return "'\(path)' has the same text as \(id), which is already loaded; not loaded twice."
    case .notLoaded(let id):
      return "no source '\(id)' is loaded; 'sources' lists the loaded ones."
    }
  }
}
