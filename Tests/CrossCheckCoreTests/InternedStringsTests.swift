import Testing

@testable import CrossCheckCore

/// The table that makes each distinct string of a session file once.
@Suite("Strings made once per file")
struct InternedStringsTests {
  /// `text` through the table, and how many times the table made a string for it.
  private static func intern(
    _ text: String, in table: inout InternedStrings, made: inout Int
  ) -> String? {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      table.string(for: UnsafeBufferPointer(buffer)) { bytes in
        made += 1
        return String(decoding: bytes, as: UTF8.self)
      }
    }
  }

  @Test func theSameBytesGiveTheStringMadeTheFirstTime() {
    var table = InternedStrings()
    var made = 0
    let texts = (0..<5_000).map { "a quoted context of some length, number \($0)" }
    for text in texts { #expect(Self.intern(text, in: &table, made: &made) == text) }
    #expect(made == texts.count)
    // Again, in another order: every one is found, none made anew.
    for text in texts.reversed() { #expect(Self.intern(text, in: &table, made: &made) == text) }
    #expect(made == texts.count)
  }

  /// Bytes that differ only late, or only in length, are different strings.
  @Test func nearlyEqualBytesAreDifferentStrings() {
    var table = InternedStrings()
    var made = 0
    let texts = [
      "0123456789abcdef", "0123456789abcdeg", "0123456789abcdef0", "0123456789abcdef\u{0}",
      "", "x", "naïve café, naïve café", "naïve café, naïve cafe",
    ]
    for text in texts + texts { #expect(Self.intern(text, in: &table, made: &made) == text) }
    #expect(made == texts.count)
  }

  /// What `make` refuses (invalid UTF-8) is not kept; beyond the table's limit strings are
  /// still right, only made each time.
  @Test func refusedAndOverflowingStringsStayRight() {
    var table = InternedStrings()
    var made = 0
    var refused = [UInt8](repeating: 0x41, count: 20)
    refused[3] = 0xFF
    for _ in 0..<2 {
      let result = refused.withUnsafeBufferPointer { buffer in
        table.string(for: buffer) { _ in
          made += 1
          return nil
        }
      }
      #expect(result == nil)
    }
    #expect(made == 2)
    made = 0
    let count = InternedStrings.maximumCount + 10
    for number in 0..<count {
      #expect(Self.intern("string number \(number) of many", in: &table, made: &made) != nil)
    }
    #expect(made == count)
    let last = "string number \(count - 1) of many"
    #expect(Self.intern(last, in: &table, made: &made) == last)
    #expect(made == count + 1)
    let first = "string number 0 of many"
    #expect(Self.intern(first, in: &table, made: &made) == first)
    #expect(made == count + 1)
  }
}
