import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// A load lists its files once, with what one look at each told, and reading them asks the
/// system only what the listing could not say; what a load finds and reports stays the same.
@Suite("Listing files to load")
struct FileListingTests {
  /// A folder's text files in name order, each with its size (a link's through the link),
  /// whether it is a plain file, and whether its folder lists a name its sidecar may have
  /// (without case: on a file system that ignores case that name is its sidecar).
  @Test func listsEachFileWithWhatOneLookTold() throws {
    let folder = try TemporaryDirectory()
    let plain = try folder.write("a.txt", "12 people\n")
    try folder.write("b.TXT", "7 cats\n")
    try folder.write("a.meta.json", #"{"outlet": "A"}"#)
    try folder.write("B.META.JSON", #"{"outlet": "B"}"#)
    try folder.write("sub.txt/inner.txt", "3 dogs\n")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/c.txt", withDestinationPath: plain)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/d.txt", withDestinationPath: folder.path + "/sub.txt")
    let listed = try SourceLoader.list(folder.path)
    #expect(
      listed == [
        ListedFile(
          path: folder.path + "/a.txt", size: 10, isPlainFile: true, mayHaveSidecar: true),
        ListedFile(
          path: folder.path + "/b.TXT", size: 7, isPlainFile: true, mayHaveSidecar: true),
        ListedFile(
          path: folder.path + "/c.txt", size: 10, isPlainFile: false, mayHaveSidecar: false),
      ])
    #expect(try SourceLoader.expand(folder.path) == listed.map(\.path))
  }

  /// A glob or a single file may have a sidecar wherever it is: it is looked for.
  @Test func looksForTheSidecarOfAGlobsOrAFilesMatches() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("a.txt", "12 people\n")
    #expect(
      try SourceLoader.list(folder.path + "/*.txt")
        == [ListedFile(path: path, size: 10, isPlainFile: true, mayHaveSidecar: true)])
    #expect(
      try SourceLoader.list(path)
        == [ListedFile(path: path, size: 10, isPlainFile: true, mayHaveSidecar: true)])
  }

  /// A file listed as plain that is gone, a folder or a FIFO by the time it is read (it was
  /// swapped) is refused with the error a look at it would have given.
  @Test func aFileChangedSinceItWasListedGetsTheUsualError() throws {
    let folder = try TemporaryDirectory()
    let fifo = folder.path + "/pipe.txt"
    #expect(mkfifo(fifo, 0o600) == 0)
    try folder.write("sub.txt/inner.txt", "3 dogs\n")
    for path in [folder.path + "/absent.txt", fifo, folder.path + "/sub.txt"] {
      var usual: SourceLoadError?
      do { _ = try TextFile.read(path: path) } catch { usual = error }
      #expect(usual != nil)
      #expect(throws: usual!) { try TextFile.read(path: path, isPlainFile: true) }
    }
  }

  /// A file listed as plain that is a symbolic link by the time it is read is not opened
  /// through the link unlooked: it is read the usual way, through the link, with the target's
  /// canonical path; a link to a FIFO is refused as a FIFO.
  @Test func aFileSwappedForALinkIsReadTheUsualWay() throws {
    let folder = try TemporaryDirectory()
    let target = try folder.write("a.txt", "12 people\n")
    let link = folder.path + "/b.txt"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    var folders = CanonicalFolders()
    folders.add([link])
    let file = try TextFile.read(path: link, folders: folders, isPlainFile: true)
    #expect(file.text == "12 people\n")
    #expect(file.canonicalPath == TextFile.canonicalize(target))
    let fifo = folder.path + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let fifoLink = folder.path + "/c.txt"
    try FileManager.default.createSymbolicLink(atPath: fifoLink, withDestinationPath: fifo)
    #expect(throws: SourceLoadError.notRegularFile(path: fifoLink, kind: "a FIFO (named pipe)")) {
      try TextFile.read(path: fifoLink, isPlainFile: true)
    }
  }

  /// A read that stops short where the size says the file ends is taken as its end: the read
  /// that would give 0 is not made. (A pipe whose writer stays open shows it: another read
  /// would find nothing yet.)
  @Test func aShortReadAtTheExpectedEndIsTheEnd() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    defer {
      close(ends[0])
      close(ends[1])
    }
    #expect(fcntl(ends[0], F_SETFL, O_NONBLOCK) == 0)
    #expect(write(ends[1], "12 people", 9) == 9)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
    defer { buffer.deallocate() }
    #expect(try FileReader.read(ends[0], into: buffer, expectedEnd: 9) == 9)
    #expect(String(decoding: buffer[..<9], as: UTF8.self) == "12 people")
  }
}
