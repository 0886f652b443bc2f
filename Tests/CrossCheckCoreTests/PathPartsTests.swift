import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The parts of a path a load takes from every file's path, read on bytes, say what the
/// `Character` rules say; and a file's canonical path from its resolved folder is the system's.
@Suite("Path parts")
struct PathPartsTests {
  /// Random paths of ASCII and non-ASCII parts (a combining mark after a dot or a slash among
  /// them): the byte reading gives what reading `Character`s gives.
  @Test func readsPathsAsTheCharacterRulesDo() {
    var random = SplitMix64(seed: 15)
    let parts = ["a", "Z", "7", "/", "//", ".", "..", "-", " ", "é", "\u{301}", "🎉", "txt", "News"]
    for _ in 0..<3_000 {
      let path = (0..<Int.random(in: 0..<14, using: &random)).map { _ in
        parts[Int.random(in: 0..<parts.count, using: &random)]
      }.joined()
      #expect(
        PathParts.lastComponent(of: path)
          == (path.split(separator: "/").last.map(String.init) ?? path), "\(path)")
      #expect(PathParts.lastDot(in: path[...]) == path.lastIndex(of: "."), "\(path)")
      #expect(PathParts.lastSlash(in: path[...]) == path.lastIndex(of: "/"), "\(path)")
    }
  }

  @Test(arguments: [
    ("dir/a.txt", "a.txt"), ("dir/", "dir"), ("a.txt", "a.txt"), ("", ""), ("//", "//"),
    ("/x//", "x"),
  ])
  func takesTheLastNonEmptyPart(_ path: String, _ name: String) {
    #expect(PathParts.lastComponent(of: path) == name)
  }

  @Test func sidecarsAndExtensionsComeFromTheLastDotOfTheName() {
    #expect(SourceMetadata.sidecarPath(forTextFile: "a/b.c/d.txt") == "a/b.c/d.meta.json")
    #expect(SourceMetadata.sidecarPath(forTextFile: "a/b.c/d") == "a/b.c/d.meta.json")
    #expect(SourceMetadata.sidecarPath(forTextFile: "a/.hidden") == "a/.hidden.meta.json")
    #expect(SourceMetadata.sidecarPath(forTextFile: "é/x.txt") == "é/x.meta.json")
    #expect(SourceLoader.fileExtension(of: "News.TXT") == "TXT")
    #expect(SourceLoader.fileExtension(of: ".txt") == "")
  }

  /// A file's canonical path from its folder's is the system's (`realpath`), for plain files,
  /// files reached through a linked folder or `..`, and a file that is itself a link.
  @Test func canonicalPathsAreTheSystems() throws {
    let folder = try TemporaryDirectory()
    let plain = try folder.write("real/a.txt", "12 people\n")
    try folder.write("real/sub/b.txt", "13 people\n")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/linked", withDestinationPath: folder.path + "/real")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/real/link.txt", withDestinationPath: plain)
    let paths = [
      plain, folder.path + "/linked/a.txt", folder.path + "/real/sub/../a.txt",
      folder.path + "/real/link.txt", folder.path + "/linked/sub/b.txt",
      folder.path + "//real/a.txt",
    ]
    var folders = CanonicalFolders()
    folders.add(paths)
    for path in paths {
      #expect(folders.canonicalPath(of: path) == TextFile.canonicalize(path), "\(path)")
      #expect(
        try TextFile.read(path: path, folders: folders).canonicalPath == TextFile.canonicalize(path)
      )
    }
    // A relative path, from the current folder (the tests' own, never changed here).
    let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
    let up = String(repeating: "../", count: depth) + folder.path.dropFirst()
    let relative = [up + "/real/a.txt", up + "/linked/sub/b.txt"]
    var relativeFolders = CanonicalFolders()
    relativeFolders.add(relative)
    for path in relative {
      #expect(relativeFolders.canonicalPath(of: path) == TextFile.canonicalize(path), "\(path)")
      #expect(relativeFolders.canonicalPath(of: path).hasPrefix("/"))
    }
  }
}
