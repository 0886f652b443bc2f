import CrossCheckTestSupport
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

  /// A file is read with O_NONBLOCK still set (regular files ignore it): a read that says it
  /// would block (a file system that heeds the flag; here a pipe whose writer is slow) clears
  /// it and waits for the bytes, not fails.
  @Test func aReadThatWouldBlockWaitsForTheBytes() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    defer { close(ends[0]) }
    #expect(fcntl(ends[0], F_SETFL, O_NONBLOCK) == 0)
    let writer = ends[1]
    let written = DispatchSemaphore(value: 0)
    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) {
      _ = write(writer, "12 people", 9)
      close(writer)
      written.signal()
    }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
    defer { buffer.deallocate() }
    #expect(try FileReader.read(ends[0], into: buffer) == 9)
    #expect(String(decoding: buffer[..<9], as: UTF8.self) == "12 people")
    written.wait()
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
