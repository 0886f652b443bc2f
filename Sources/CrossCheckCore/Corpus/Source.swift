/// A loaded article: its text exactly as read, where it came from, and its fingerprint.
///
/// Offsets into a source (figure spans, selectors) count Unicode code points from the start of
/// ``text``, which is the file's content after an optional UTF-8 byte order mark.
public struct Source: Sendable, Identifiable {
  public let id: SourceID
  /// The path as the analyst gave it (or as found in a directory or glob they gave).
  public let path: String
  /// The absolute, symlink-free path; two loads of the same file share it.
  public let canonicalPath: String
  public let metadata: SourceMetadata
  /// The article text, byte-for-byte (CRLF line ends are kept), without a leading BOM.
  public let text: String
  /// Lower-case hex SHA-256 of the file's bytes, BOM included, so a changed file is noticed.
  public let sha256: String
  public let byteCount: Int
  public let wordCount: Int
  /// Every checkable figure in the text, found when the source is loaded.
  public let figures: [Figure]

  public init(
    id: SourceID, path: String, canonicalPath: String, metadata: SourceMetadata, text: String,
    sha256: String, byteCount: Int
  ) {
    self.id = id
    self.path = path
    self.canonicalPath = canonicalPath
    self.metadata = metadata
    self.text = text
    self.sha256 = sha256
    self.byteCount = byteCount
    self.wordCount = Source.countWords(in: text)
    self.figures = FigureExtractor.extract(from: text, source: id)
  }

  /// The figure with this id, if it is one of this source's.
  public func figure(_ id: FigureID) -> Figure? {
    guard id.source == self.id, id.number >= 1, id.number <= figures.count else { return nil }
    return figures[id.number - 1]
  }

  /// Words are runs of non-space characters that contain at least one letter or digit, so dashes,
  /// bullets and page furniture such as "/" or "_____" are not counted.
  ///
  /// Runs over the UTF-8 bytes: an ASCII byte is classed by a table, and only a non-ASCII code
  /// point is decoded and asked for its Unicode properties.
  static func countWords(in text: String) -> Int {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable(countWords(utf8:)) ?? 0
  }

  private static func countWords(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var inWord = false
    var wordHasAlphanumeric = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let kind: CharacterKind
      if byte < 0x80 {
        kind = asciiKinds[Int(byte)]
        index += 1
      } else {
        // The text is valid UTF-8 (it is a String): the lead byte gives the length.
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length where index + offset < bytes.count {
          value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        index += length
        kind = Unicode.Scalar(value).map(CharacterKind.init) ?? .other
      }
      switch kind {
      case .space:
        if inWord && wordHasAlphanumeric { count += 1 }
        inWord = false
        wordHasAlphanumeric = false
      case .alphanumeric:
        inWord = true
        wordHasAlphanumeric = true
      case .other:
        inWord = true
      }
    }
    if inWord && wordHasAlphanumeric { count += 1 }
    return count
  }

  /// What a code point is to the word count.
  private enum CharacterKind {
    case space, alphanumeric, other

    init(_ scalar: Unicode.Scalar) {
      if scalar.properties.isWhitespace {
        self = .space
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        self = .alphanumeric
      } else {
        self = .other
      }
    }
  }

  /// The kind of every ASCII code point, looked up instead of asking Unicode's tables.
  private static let asciiKinds: [CharacterKind] = (0..<128).map {
    CharacterKind(Unicode.Scalar(UInt8($0)))
  }
}

extension Source {
  /// The text between two code point offsets (as figures and selectors give them).
  public func text(from start: Int, to end: Int) -> String {
    let scalars = text.unicodeScalars
    let lower =
      scalars.index(scalars.startIndex, offsetBy: max(0, start), limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    let upper =
      scalars.index(lower, offsetBy: max(0, end - start), limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    return String(scalars[lower..<upper])
  }

  /// The paragraph (line) around a figure, and where the figure sits in it.
  public func paragraph(around figure: Figure) -> (text: String, figureStart: Int, figureEnd: Int) {
    let scalars = Array(text.unicodeScalars)
    var start = figure.start
    while start > 0, scalars[start - 1] != "\n" { start -= 1 }
    var end = figure.end
    while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
    return (
      String(String.UnicodeScalarView(scalars[start..<end])), figure.start - start,
      figure.end - start
    )
  }
}
