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
  /// Code point offsets to UTF-8 offsets, for ``text(from:to:)``.
  private let scalarIndex = ScalarIndex()

  public init(
    id: SourceID, path: String, canonicalPath: String, metadata: SourceMetadata, text: String,
    sha256: String, byteCount: Int
  ) {
    self.init(
      id: id, path: path, canonicalPath: canonicalPath, metadata: metadata, text: text,
      sha256: sha256, byteCount: byteCount, wordCount: Source.countWords(in: text),
      figures: FigureExtractor.extract(from: text, source: id))
  }

  /// A source whose words and figures were counted and found already (by a load that works on
  /// pieces of the text on several cores).
  init(
    id: SourceID, path: String, canonicalPath: String, metadata: SourceMetadata, text: String,
    sha256: String, byteCount: Int, wordCount: Int, figures: [Figure]
  ) {
    self.id = id
    self.path = path
    self.canonicalPath = canonicalPath
    self.metadata = metadata
    self.text = text
    self.sha256 = sha256
    self.byteCount = byteCount
    self.wordCount = wordCount
    self.figures = figures
  }

  /// The figure with this id, if it is one of this source's.
  public func figure(_ id: FigureID) -> Figure? {
    guard id.source == self.id, id.number >= 1, id.number <= figures.count else { return nil }
    return figures[id.number - 1]
  }

  /// Words are runs of non-space characters that contain at least one letter or digit, so dashes,
  /// bullets and page furniture such as "/" or "_____" are not counted.
  static func countWords(in text: String) -> Int {
    var text = text
    return text.withUTF8(countWords(utf8:))
  }

  /// The words of valid UTF-8 text. Counts add up over pieces that end at a line feed.
  ///
  /// One pass over the bytes: eight ASCII bytes at a time (``ASCIIWords``), and a code point at
  /// a time where a non-ASCII byte is near. ASCII and the common non-ASCII code points (Latin to
  /// Arabic, and General Punctuation with its dashes, quotes and spaces) are classed by tables
  /// made once from Unicode's properties; only rarer code points are asked for their properties.
  static func countWords(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    return lowKinds.withUnsafeBufferPointer { low in
      punctuationKinds.withUnsafeBufferPointer { punctuation in
        var count = 0
        // 1 while the current word holds a letter or a digit; it is counted at its end.
        var wordHasAlphanumeric = 0
        var index = 0
        while index < bytes.count {
          if index + 8 <= bytes.count {
            let chunk = UInt64(
              littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // The ASCII bytes before the first non-ASCII one (all eight, mostly).
            let asciiBytes = ASCIIWords.leadingASCIIBytes(of: chunk)
            if asciiBytes > 0 {
              count += ASCIIWords.count(
                in: chunk, bytes: asciiBytes, wordHasAlphanumeric: &wordHasAlphanumeric)
              index += asciiBytes
              if asciiBytes == 8 { continue }
            }
          }
          // A non-ASCII code point (or one of the last few bytes): classed on its own.
          do {
            let byte = bytes[index]
            let kind: UInt8
            if byte < 0x80 {
              kind = low[Int(byte)]
              index += 1
            } else {
              // Valid UTF-8 (it is a String's): the lead byte gives the length.
              let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
              var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
              var next = index + 1
              while next < index + length && next < bytes.count {
                value = value << 6 | UInt32(bytes[next] & 0x3F)
                next += 1
              }
              index += length
              if value < UInt32(low.count) {
                kind = low[Int(value)]
              } else if value >= 0x2000 && value < 0x2000 + UInt32(punctuation.count) {
                kind = punctuation[Int(value - 0x2000)]
              } else {
                kind = Unicode.Scalar(value).map(wordKind) ?? 0
              }
            }
            // Without branches: a space ends the word, a letter or digit marks it.
            let isSpace = Int(kind >> 1)
            count += wordHasAlphanumeric & isSpace
            wordHasAlphanumeric = (wordHasAlphanumeric | Int(kind & 1)) & (isSpace ^ 1)
          }
        }
        return count + wordHasAlphanumeric
      }
    }
  }

  /// What a code point is to the word count: 2 a space, 1 a letter or a digit, 0 anything else.
  private static func wordKind(_ scalar: Unicode.Scalar) -> UInt8 {
    if scalar.properties.isWhitespace { return 2 }
    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return 1 }
    return 0
  }

  /// The kind of every code point below U+0800 (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic).
  private static let lowKinds: [UInt8] = (0..<0x800).map {
    wordKind(Unicode.Scalar(UInt32($0))!)
  }

  /// The kind of every code point of General Punctuation, U+2000–U+206F.
  private static let punctuationKinds: [UInt8] = (0x2000..<0x2070).map {
    wordKind(Unicode.Scalar(UInt32($0))!)
  }
}

extension Source {
  /// The text between two code point offsets (as figures and selectors give them).
  public func text(from start: Int, to end: Int) -> String {
    let offsets = scalarIndex.byteOffsets(from: start, to: end, in: text)
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lower)
    let upper = utf8.index(lower, offsetBy: offsets.upper - offsets.lower)
    return String(text.unicodeScalars[lower..<upper])
  }

  /// The UTF-8 bytes between two code point offsets, lent to `body` without making a string
  /// of them (rows written a figure at a time).
  public func withUTF8<Result>(
    from start: Int, to end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let offsets = scalarIndex.byteOffsets(from: start, to: end, in: text)
    var text = text
    return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[offsets.lower..<offsets.upper])) }
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
