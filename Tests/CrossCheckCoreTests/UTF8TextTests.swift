import CrossCheckTestSupport
import Testing

@testable import CrossCheckCore

/// The load's own UTF-8 check says what the standard library's says, and the text it makes is
/// the standard library's, for every kind of byte sequence at every place among ASCII runs.
@Suite("UTF-8 text")
struct UTF8TextTests {
  /// Sequences at the edges of the table of well-formed UTF-8, valid and not.
  static let sequences: [[UInt8]] = [
    [0x41], [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0xA0, 0x80],
    [0xE0, 0x9F, 0xBF], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF],
    [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBD],
    [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
    [0xF1, 0x80, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE], [0x80], [0xBF],
    [0xC2], [0xE2, 0x80], [0xF0, 0x9F, 0x8E], [0xE2, 0x41, 0x80], [0xF0, 0x9F, 0x41, 0x89],
    [0xE2, 0x80, 0x9C], [0xC2, 0xA0], [0xE3, 0x80, 0x80], [0xCC, 0x81], [0x0D, 0x0A],
  ]

  @Test func agreesWithTheStandardLibraryOnEverySequenceAtEveryPlace() {
    for sequence in Self.sequences {
      for before in 0...17 {
        for after in [0, 1, 7, 8, 9, 16] {
          let bytes =
            [UInt8](repeating: 0x61, count: before) + sequence
            + [UInt8](repeating: 0x62, count: after)
          expectSameAsStandardLibrary(bytes)
        }
      }
    }
  }

  @Test func agreesWithTheStandardLibraryOnRandomBytes() {
    var random = SplitMix64(seed: 13)
    // Mostly ASCII with a few high bytes, as in news text; and bytes of any value.
    for round in 0..<4000 {
      let count = Int(random.next() % 40)
      let bytes = (0..<count).map { _ -> UInt8 in
        let value = UInt8(truncatingIfNeeded: random.next())
        return round % 2 == 0 && value % 4 != 0 ? value & 0x7F : value
      }
      expectSameAsStandardLibrary(bytes)
      // The same bytes after valid multi-byte text, so they start at other alignments.
      expectSameAsStandardLibrary(Array("é “x” 🎉 ".utf8) + bytes)
    }
  }

  @Test func saysWhetherValidTextIsASCII() {
    for (text, isASCII) in [
      ("", true), ("plain\r\n", true), ("twelve bytes and more", true),
      ("caf\u{E9}", false), ("a long run of ASCII, then \u{201C}", false),
    ] {
      let bytes = Array(text.utf8)
      #expect(bytes.withUnsafeBufferPointer(UTF8Text.check) == isASCII, "\(text)")
    }
  }

  private func expectSameAsStandardLibrary(_ bytes: [UInt8]) {
    let expected = String(validating: bytes, as: UTF8.self)
    let made = bytes.withUnsafeBufferPointer(UTF8Text.string)
    #expect(made == expected, "\(bytes)")
    #expect(made.map { Array($0.utf8) == bytes } ?? true, "\(bytes)")
  }
}
