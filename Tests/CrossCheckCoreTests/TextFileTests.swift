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

  /// A file is read straight into its text's storage: every size, with and without a byte
  /// order mark (which the text leaves out and the byte count keeps).
  @Test(arguments: [1, 3, 4, 7, 15, 16, 17, 4_095, 65_537, 300_001])
  func readsTheWholeFileWithAndWithoutAByteOrderMark(size: Int) throws {
    let folder = try TemporaryDirectory()
    let pattern = Array("é 12% “x”\n".utf8)
    var body = (0..<size).map { pattern[$0 % pattern.count] }
    // Whole characters only: cut a partial one off the end.
    while String(validating: body, as: UTF8.self) == nil { body.removeLast() }
    guard !body.isEmpty else { return }
    let plain = try TextFile.read(path: try folder.write("plain.txt", bytes: body))
    #expect(Array(plain.text.utf8) == body)
    #expect(!plain.hasBOM && plain.byteCount == body.count)
    let marked = try TextFile.read(
      path: try folder.write("marked.txt", bytes: [0xEF, 0xBB, 0xBF] + body))
    #expect(Array(marked.text.utf8) == body)
    #expect(marked.hasBOM && marked.byteCount == body.count + 3)
  }

  /// Where a file goes wrong counts the byte order mark, as the bytes on disk do.
  @Test func placesBadUTF8AfterAByteOrderMarkInTheFile() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write(
      "bad.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("ok\nstill ok\n".utf8) + [0xC3, 0x28])
    #expect(throws: SourceLoadError.invalidUTF8(path: path, byteOffset: 15, line: 3, byte: 0xC3)) {
      try TextFile.read(path: path)
    }
  }

  /// A regular file longer than its size said when it was opened (files under /proc say 0)
  /// is read to its end.
  @Test func readsAFileLongerThanItsStatedSize() throws {
    var status = stat()
    guard stat("/proc/self/status", &status) == 0, status.st_size == 0 else { return }
    let file = try TextFile.read(path: "/proc/self/status")
    #expect(file.text.hasPrefix("Name:"))
    #expect(file.byteCount == file.text.utf8.count)
  }

  /// The string's own check repairs bad bytes with U+FFFD, sometimes in as many bytes as they
  /// were: a text with U+FFFD is checked again the careful way, and refused with the place of
  /// the first bad byte; a file with U+FFFD itself in it loads as it is.
  @Test func refusesBadUTF8ThatARepairWouldHideAndKeepsARealReplacementCharacter() throws {
    let folder = try TemporaryDirectory()
    // F0 9F 8E is a four-byte form cut short: its repair is three bytes too.
    let hidden = try folder.write(
      "hidden.txt", bytes: Array("ab\n".utf8) + [0xF0, 0x9F, 0x8E] + [0x63])
    #expect(throws: SourceLoadError.invalidUTF8(path: hidden, byteOffset: 3, line: 2, byte: 0xF0)) {
      try TextFile.read(path: hidden)
    }
    let real = "Total: 5 \u{FFFD} million\n"
    let file = try TextFile.read(path: try folder.write("real.txt", real))
    #expect(file.text == real)
  }
}
