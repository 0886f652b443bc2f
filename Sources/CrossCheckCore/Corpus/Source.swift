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
      figures: FigureExtractor.extract(from: text, source: id, metadata: metadata))
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
  /// One pass over the bytes: 64 bytes at a time as bit masks (``ASCIIWords``), each non-ASCII
  /// code point among them classed by its first byte; the last few bytes eight ASCII bytes at
  /// a time, and a code point at a time where a non-ASCII byte is near. ASCII and the common
  /// non-ASCII code points (Latin to Arabic, and General Punctuation with its dashes, quotes and
  /// spaces) are classed by tables made once from Unicode's properties; only rarer code points
  /// are asked for their properties.
  ///
  /// In a block of 64, a code point's bytes after its first are neither space nor letter: they
  /// follow its first byte, so they only ever join the word it begins or ends, and add nothing.
  static func countWords(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    return lowKinds.withUnsafeBufferPointer { low in
      punctuationKinds.withUnsafeBufferPointer { punctuation in
        var count = 0
        // 1 while the current word holds a letter or a digit; it is counted at its end.
        var wordHasAlphanumeric = 0
        var index = 0
        while index + 64 <= bytes.count {
          var spaces: UInt64 = 0
          var alphanumerics: UInt64 = 0
          var leads: UInt64 = 0
          for lane in 0..<8 {
            let chunk = UInt64(
              littleEndian: UnsafeRawPointer(base + index + lane * 8).loadUnaligned(
                as: UInt64.self))
            let classes = ASCIIWords.classes(of: chunk)
            spaces |= classes.spaces << UInt64(lane * 8)
            alphanumerics |= classes.alphanumerics << UInt64(lane * 8)
            leads |= classes.leads << UInt64(lane * 8)
          }
          while leads != 0 {
            let offset = leads.trailingZeroBitCount
            leads &= leads &- 1
            let kind = scalarKind(at: index + offset, of: bytes, low: low, punctuation: punctuation)
            if kind.kind == 2 {
              spaces |= 1 << UInt64(offset)
            } else if kind.kind == 1 {
              alphanumerics |= 1 << UInt64(offset)
            }
          }
          count += ASCIIWords.countEnded(
            spaces: spaces, alphanumerics: alphanumerics,
            wordHasAlphanumeric: &wordHasAlphanumeric)
          index += 64
        }
        // A code point begun in the last block ends in the bytes after it: its bytes there
        // are neither space nor letter, as in the block.
        while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
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
          let (kind, length) = scalarKind(
            at: index, of: bytes, low: low, punctuation: punctuation)
          index += length
          // Without branches: a space ends the word, a letter or digit marks it.
          let isSpace = Int(kind >> 1)
          count += wordHasAlphanumeric & isSpace
          wordHasAlphanumeric = (wordHasAlphanumeric | Int(kind & 1)) & (isSpace ^ 1)
        }
        return count + wordHasAlphanumeric
      }
    }
  }

  /// The word kind (see ``wordKind(_:)``) of the code point that begins at `index` of valid
  /// UTF-8 text, and its length in bytes.
  @inline(__always)
  private static func scalarKind(
    at index: Int, of bytes: UnsafeBufferPointer<UInt8>, low: UnsafeBufferPointer<UInt8>,
    punctuation: UnsafeBufferPointer<UInt8>
  ) -> (kind: UInt8, length: Int) {
    let byte = bytes[index]
    if byte < 0x80 { return (low[Int(byte)], 1) }
    // Valid UTF-8 (it is a String's): the lead byte gives the length.
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
    var next = index + 1
    while next < index + length && next < bytes.count {
      value = value << 6 | UInt32(bytes[next] & 0x3F)
      next += 1
    }
    if value < UInt32(low.count) { return (low[Int(value)], length) }
    if value >= 0x2000 && value < 0x2000 + UInt32(punctuation.count) {
      return (punctuation[Int(value - 0x2000)], length)
    }
    return (Unicode.Scalar(value).map(wordKind) ?? 0, length)
  }

  /// What a code point is to the word count: 2 a space, 1 a letter or a digit, 0 anything else.
  static func wordKind(_ scalar: Unicode.Scalar) -> UInt8 {
    if scalar.properties.isWhitespace { return 2 }
    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return 1 }
    return 0
  }

  /// The kind of every code point below U+0800 (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic).
  /// Written out as ranges (``WordKindRanges``): asking the properties of each code point at
  /// every start was 1.7 million instructions.
  static let lowKinds = WordKindRanges.kinds(of: 0..<0x800, from: WordKindRanges.low)

  /// The kind of every code point of General Punctuation, U+2000–U+206F.
  static let punctuationKinds = WordKindRanges.kinds(
    of: 0x2000..<0x2070, from: WordKindRanges.punctuation)
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
