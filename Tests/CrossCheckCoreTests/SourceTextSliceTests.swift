import Testing

@testable import CrossCheckCore

/// `Source.text(from:to:)` finds code point offsets through a table of checkpoints; it must give
/// what counting code points from the start gives, for every offset, clamped alike.
@Suite("Source text between code point offsets")
struct SourceTextSliceTests {
  /// The slice as counted from the text's start, one code point at a time.
  private func counted(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = text.unicodeScalars
    let lower =
      scalars.index(scalars.startIndex, offsetBy: max(0, start), limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    let upper =
      scalars.index(lower, offsetBy: max(0, end - start), limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    return String(scalars[lower..<upper])
  }

  private func source(_ text: String) -> Source {
    Source(
      id: SourceID("t"), path: "t.txt", canonicalPath: "/t.txt", metadata: SourceMetadata(),
      text: text, sha256: "x", byteCount: text.utf8.count)
  }

  /// Texts of one to four bytes a code point, with lengths on and around the checkpoints.
  @Test(arguments: [0, 1, 1023, 1024, 1025, 2048, 3000])
  func slicesEqualCountedSlices(length: Int) {
    let pieces = ["a", "é", "—", "🎉", "\r\n", " ", "7"]
    var generator = SystemRandomNumberGenerator()
    let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    let source = source(text)
    let count = text.unicodeScalars.count
    var offsets = [-5, -1, 0, 1, count - 1, count, count + 1, count + 100]
    offsets += (0..<60).map { _ in Int.random(in: 0...max(0, count)) }
    offsets += [1023, 1024, 1025, 2047, 2048, 2049].filter { $0 <= count + 1 }
    for start in offsets {
      for end in offsets.prefix(12) + [start, start + 1, start + 1500] {
        #expect(source.text(from: start, to: end) == counted(text, start, end))
      }
    }
  }
}
