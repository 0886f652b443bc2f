/// Word counting over eight ASCII bytes at once, held in one 64-bit word (first byte lowest),
/// for ``Source/countWords(utf8:)``: most news text is ASCII, and a byte at a time costs several
/// times more.
///
/// The classes are Unicode's for ASCII: spaces are White_Space (tab to carriage return, and
/// space); letters and digits are Alphabetic or numeric (A–Z, a–z, 0–9). Tests hold them to the
/// properties for every ASCII byte.
enum ASCIIWords {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// How many of the eight bytes come before the first non-ASCII one (8 when all are ASCII).
  @inline(__always)
  static func leadingASCIIBytes(of chunk: UInt64) -> Int {
    (chunk & highBits).trailingZeroBitCount / 8
  }

  /// How many words end at a space among the first `bytes` (1...8) bytes, all ASCII; the bytes
  /// after them are left for later. `wordHasAlphanumeric` (0 or 1) carries whether the word
  /// still open holds a letter or digit, in and out.
  ///
  /// Adding 1 at each letter or digit to 0xFF at each other non-space byte carries a 1 from the
  /// word's first letter or digit up to the space that ends it; a word without one carries
  /// nothing. The carry out of the last byte is the open word's. Bytes past `bytes` count as
  /// neither space nor letter, so the carry passes through them unchanged (a non-ASCII byte can
  /// upset only the classes of the bytes above it, which are masked off).
  @inline(__always)
  static func count(in chunk: UInt64, bytes: Int, wordHasAlphanumeric: inout Int) -> Int {
    let kept: UInt64 = bytes == 8 ? ~0 : (1 << UInt64(bytes * 8)) &- 1
    let spaces = ((within(chunk, 0x09, 0x0D) | within(chunk, 0x20, 0x20)) >> 7) & kept
    // Setting bit 5 maps A–Z onto a–z and nothing else onto a–z.
    let alphanumerics =
      ((within(chunk, 0x30, 0x39) | within(chunk | ones &* 0x20, 0x61, 0x7A)) >> 7) & kept
    let nonSpaces = ~(spaces &* 0xFF)
    let (partial, firstOverflow) = nonSpaces.addingReportingOverflow(alphanumerics)
    let (sum, secondOverflow) = partial.addingReportingOverflow(UInt64(wordHasAlphanumeric))
    wordHasAlphanumeric = (firstOverflow ? 1 : 0) | (secondOverflow ? 1 : 0)
    // Each byte of `ended` is 0 or 1, so multiplying by `ones` sums them into the top byte (the
    // build targets processors without a population count instruction).
    let ended = sum & spaces
    return Int((ended &* ones) >> 56)
  }

  /// The high bit of each byte set where `low <= byte <= high` (every byte below 0x80, and
  /// `high` below 0x80, so no sum carries into the next byte).
  @inline(__always)
  private static func within(_ chunk: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
    let atLeastLow = chunk &+ ones &* UInt64(0x80 - low)
    let aboveHigh = chunk &+ ones &* UInt64(0x7F - high)
    return atLeastLow & ~aboveHigh & highBits
  }
}
