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
