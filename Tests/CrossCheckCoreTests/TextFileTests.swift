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

  /// Read in small blocks, a file's code points of two, three and four bytes fall across
  /// every block boundary: the text is the file's all the same, and a file that goes wrong at
  /// a boundary is refused as it is when read at once.
  @Test(arguments: [512, 513, 514, 515])
  func readsInBlocksCuttingNoCodePoint(blockBytes: Int) throws {
    let folder = try TemporaryDirectory()
    let pattern = Array("é 12% “x” 🎉 ".utf8)
    for size in [511, 512, 513, 1_030, 1_537, 2_050] {
      var body = (0..<size).map { pattern[$0 % pattern.count] }
      while String(validating: body, as: UTF8.self) == nil { body.removeLast() }
      for mark in [[], [0xEF, 0xBB, 0xBF] as [UInt8]] {
        let path = try folder.write("file.txt", bytes: mark + body)
        let file = try TextFile.read(path: path, blockBytes: blockBytes)
        #expect(Array(file.text.utf8) == body, "\(size) \(mark.count)")
        #expect(file.hasBOM == !mark.isEmpty && file.byteCount == mark.count + body.count)
        // Read by the blocks themselves, not again the careful way.
        let blocks = try FileReader.withRegularFile(path) {
          descriptor, size throws(FileReader.Failure) in
          try TextFile.readText(descriptor, size: size, blockBytes: blockBytes)
        }
        guard case .text(let text, _, _) = blocks else {
          Issue.record("read again: \(size) \(mark.count)")
          continue
        }
        #expect(Array(text.utf8) == body, "\(size) \(mark.count)")
        // A four-byte form cut short just before a boundary, and a NUL after one.
        for bad in [[0xF0, 0x9F, 0x8E, 0x41], [0x41, 0x00]] as [[UInt8]] {
          let cut = try folder.write("bad.txt", bytes: mark + body.prefix(blockBytes - 2) + bad)
          var whole: SourceLoadError?
          do { _ = try TextFile.read(path: cut) } catch { whole = error }
          #expect(whole != nil)
          #expect(throws: whole!) { try TextFile.read(path: cut, blockBytes: blockBytes) }
        }
      }
    }
  }

  @Test func findsTheCodePointCutAtTheEnd() {
    for (bytes, cut) in [
      ([0x41], 0), ([0xC3], 1), ([0xC3, 0xA9], 0), ([0xE2, 0x80], 2), ([0xE2, 0x80, 0x9C], 0),
      ([0xF0, 0x9F, 0x8E], 3), ([0xF0, 0x9F, 0x8E, 0x89], 0), ([0x80, 0x80, 0x80], 0), ([], 0),
    ] as [([UInt8], Int)] {
      #expect(bytes.withUnsafeBufferPointer(UTF8Text.cutSequenceLength) == cut, "\(bytes)")
    }
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
