import Foundation

/// Finding the programs the end-to-end tests run: the `crosscheck` binary SwiftPM built, and
/// tools such as tmux and bash.
enum Executables {
  /// The repository root: this file is Tests/EndToEndTests/Executables.swift.
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The first of `folders` that holds an executable `name`.
  static func locate(_ name: String, in folders: [String]) throws -> URL {
    let paths = folders.map { $0 + "/" + name }
    guard let path = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      throw TerminalTestError(description: "the end-to-end tests need \(name); looked at \(paths)")
    }
    return URL(fileURLWithPath: path)
  }

  /// The `crosscheck` executable SwiftPM built beside the test bundle (it is a dependency of
  /// this test target): a sibling of the running test executable, or of a folder above it.
  static func crosscheck() throws -> URL {
    var starts: [URL] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      starts.append(URL(fileURLWithPath: exe))
    }
    starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath())
    // On macOS the tests run inside an .xctest bundle loaded by a helper process.
    starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }

    var looked: [String] = []
    for start in starts {
      var folder = start.deletingLastPathComponent()
      for _ in 0..<5 {
        let candidate = folder.appendingPathComponent("crosscheck")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        looked.append(folder.path)
        folder = folder.deletingLastPathComponent()
      }
    }
    throw TerminalTestError(
      description: "the crosscheck executable was not found beside the tests; run 'swift build' "
        + "first. Looked in:\n" + looked.joined(separator: "\n"))
  }
}
