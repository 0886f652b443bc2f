import Foundation
import Testing

@testable import CrossCheckCore

/// Reading a file refuses binary files by their first NUL byte, wherever it is.
@Suite("Text files")
struct TextFileTests {
  @Test(arguments: [0, 1, 7, 8, 63, 64, 65, 4095, 100_000])
  func findsTheFirstNULWhereverItIs(offset: Int) {
    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: offset + 200)
    bytes[offset] = 0
    bytes[offset + 100] = 0
    #expect(TextFile.firstNUL(in: bytes) == offset)
  }

  @Test func findsNoNULInText() {
    #expect(TextFile.firstNUL(in: Array("plain text, é and 🎉\n".utf8)) == nil)
    #expect(TextFile.firstNUL(in: []) == nil)
  }
}
