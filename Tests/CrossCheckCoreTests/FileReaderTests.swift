import Foundation
import Testing

@testable import CrossCheckCore

/// The one reader of whole files refuses what is not a regular file at the moment of reading,
/// without waiting on it.
@Suite("Reading files")
struct FileReaderTests {
  @Test func readsARegularFileWhole() throws {
    let folder = try TemporaryDirectory()
    let bytes = (0..<200_000).map { UInt8($0 % 251) }
    let path = try folder.write("big.bin", bytes: bytes)
    #expect(try FileReader.read(path) == Data(bytes))
  }

  /// Read in one go up to the size the file states: files of every small size and around
  /// the sizes of blocks come back exactly, an empty one as no bytes.
  @Test func readsFilesOfEverySizeExactly() throws {
    let folder = try TemporaryDirectory()
    for size in [0, 1, 2, 7, 8, 9, 4095, 4096, 4097, 65_535, 65_536, 65_537, 131_073] {
      let bytes = (0..<size).map { UInt8(($0 * 7 + size) % 256) }
      let path = try folder.write("file\(size).bin", bytes: bytes)
      #expect(try FileReader.read(path) == Data(bytes), "size \(size)")
    }
  }

  /// A file whose stated size is 0 though it has bytes (as under /proc) is read to its end.
  @Test func readsAFileLongerThanItsStatedSize() throws {
    let data = try FileReader.read("/proc/self/status")
    #expect(data.count > 100)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("Name:"))
    #expect(text.contains("VmRSS:") && text.hasSuffix("\n"))
  }

  @Test func refusesAFIFOWithoutBlocking() throws {
    let folder = try TemporaryDirectory()
    let fifo = folder.path + "/pipe.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    // No writer ever opens the FIFO: a blocking open or read would hang this test.
    #expect(throws: FileReader.Failure.notRegularFile) { try FileReader.read(fifo) }
    #expect(FileReader.contents(of: fifo) == nil)
  }

  @Test func refusesADevice() {
    #expect(throws: FileReader.Failure.notRegularFile) { try FileReader.read("/dev/zero") }
  }

  @Test func namesAMissingFile() throws {
    let folder = try TemporaryDirectory()
    #expect(throws: FileReader.Failure.cannotOpen(reason: "No such file or directory")) {
      try FileReader.read(folder.path + "/absent.txt")
    }
  }
}
