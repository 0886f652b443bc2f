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

  /// The bytes of `chunk` that are spaces, the bytes that are letters or digits, and the bytes
  /// that begin a non-ASCII code point, one bit a byte (bit k for the k-th byte): for
  /// ``countEnded(spaces:alphanumerics:wordHasAlphanumeric:)`` over 64 bytes at once. A
  /// non-ASCII byte is neither space nor letter here (its high bit is cleared first, so it
  /// cannot upset its neighbours); the caller classes each code point by its first byte.
  @inline(__always)
  static func classes(of chunk: UInt64) -> (spaces: UInt64, alphanumerics: UInt64, leads: UInt64) {
    let isASCII = ~chunk & highBits
    let low = chunk & ~highBits
    let spaces = (within(low, 0x09, 0x0D) | within(low, 0x20, 0x20)) & isASCII
    let alphanumerics =
      (within(low, 0x30, 0x39) | within(low | ones &* 0x20, 0x61, 0x7A)) & isASCII
    // A first byte of a non-ASCII code point is 11xxxxxx.
    let leads = chunk & (chunk << 1) & highBits
    return (gathered(spaces), gathered(alphanumerics), gathered(leads))
  }

  /// The high bits of the eight bytes as the eight low bits of the result, first byte lowest.
  @inline(__always)
  private static func gathered(_ highBitsOfBytes: UInt64) -> UInt64 {
    ((highBitsOfBytes >> 7) &* 0x0102_0408_1020_4080) >> 56
  }

  /// How many words end at a space among 64 bytes given as bit masks (bit k for byte k): the
  /// same carry as ``count(in:bytes:wordHasAlphanumeric:)``, one bit a byte instead of eight.
  /// Bytes that are neither space nor letter (non-ASCII bytes that do not begin a letter or a
  /// space, punctuation) pass the carry on.
  @inline(__always)
  static func countEnded(spaces: UInt64, alphanumerics: UInt64, wordHasAlphanumeric: inout Int)
    -> Int
  {
    let (partial, firstOverflow) = (~spaces).addingReportingOverflow(alphanumerics)
    let (sum, secondOverflow) = partial.addingReportingOverflow(UInt64(wordHasAlphanumeric))
    wordHasAlphanumeric = (firstOverflow ? 1 : 0) | (secondOverflow ? 1 : 0)
    return (sum & spaces).nonzeroBitCount
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
