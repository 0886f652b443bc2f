import CrossCheckTestSupport
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

  /// The check in place says what the standard library's copying check says, on bytes that
  /// are mostly UTF-8 with errors of every kind (overlong forms, surrogates, stray and missing
  /// continuation bytes, code points past U+10FFFF).
  @Test func validatesUTF8AsTheStandardLibraryDoes() {
    var random = SplitMix64(seed: 15)
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("é".utf8), Array("—".utf8), Array("🎉".utf8), [0xC0, 0xAF],
      [0xED, 0xA0, 0x80], [0x80], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC2],
      [0xF0, 0x9F, 0x8E],
    ]
    var invalid = 0
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0..<24, using: &random) {
        // Mostly valid pieces, so that errors fall at every place in long valid runs.
        let index =
          Int.random(in: 0..<10, using: &random) < 8
          ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<pieces.count, using: &random)
        bytes += pieces[index]
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      if !expected { invalid += 1 }
      #expect(bytes.withUnsafeBufferPointer(TextFile.isValidUTF8) == expected, "\(bytes)")
    }
    #expect(invalid > 100)
  }
}
