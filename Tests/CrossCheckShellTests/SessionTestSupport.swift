import CrossCheckCore
import Foundation

@testable import CrossCheckShell

/// A fresh folder for one session test: `Corpus/` holds copies of the five corpus articles with
/// their sidecars (so a test can edit them), `Sessions/` is empty. Removed when dropped.
final class SessionWorkspace {
  let root: String
  var corpus: String { root + "/Corpus" }
  var sessions: String { root + "/Sessions" }

  init() throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("crosscheck-session-tests-\(UUID().uuidString)").path
    let files = FileManager.default
    try files.createDirectory(atPath: root + "/Corpus", withIntermediateDirectories: true)
    try files.createDirectory(atPath: root + "/Sessions", withIntermediateDirectories: true)
    for name in try files.contentsOfDirectory(atPath: RecordingShell.corpusPath)
    where name.hasSuffix(".txt") || name.hasSuffix(".meta.json") {
      try files.copyItem(
        atPath: RecordingShell.corpusPath + "/" + name, toPath: root + "/Corpus/" + name)
    }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// The path of a session file in `Sessions/`.
  func session(_ name: String) -> String { sessions + "/" + name }

  /// The path of a corpus article's text in `Corpus/`.
  func source(_ id: String) -> String { corpus + "/" + id + ".txt" }

  func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  func text(_ path: String) throws -> String {
    try String(decoding: bytes(path), as: UTF8.self)
  }

  func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Rewrites a corpus article's text.
  func editSource(_ id: String, _ change: (String) -> String) throws {
    let path = source(id)
    let old = try text(path)
    let new = change(old)
    precondition(new != old, "the edit of \(id) changed nothing")
    try write(new, to: path)
  }

  /// Every file under the workspace (hidden ones too) with its bytes: what "nothing was written"
  /// is checked against.
  func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let name = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      let path = root + "/" + name
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        files[name] = try bytes(path)
      }
    }
    return files
  }
}

/// A clock a test moves by hand.
final class TestClock {
  /// 2025-12-04T09:30:00Z
  static let start = Date(timeIntervalSince1970: 1_764_840_600)
  var time = TestClock.start

  func advance(_ seconds: TimeInterval = 60) {
    time += seconds
  }
}

/// `date` as a session file writes it.
func iso8601(_ date: Date) -> String {
  let formatter = ISO8601DateFormatter()
  formatter.timeZone = TimeZone(identifier: "UTC")
  return formatter.string(from: date)
}

extension RecordingShell {
  /// A shell on `clock`, with the workspace's corpus loaded when `loaded`.
  static func session(
    in workspace: SessionWorkspace, clock: TestClock, loaded: Bool = true, width: Int = 100
  ) -> RecordingShell {
    let shell = RecordingShell(width: width)
    shell.shell.now = { clock.time }
    // The analyst works in the workspace, so its sources need no confirmation.
    shell.shell.currentFolder = workspace.root
    if loaded {
      shell.run("load \(workspace.corpus)")
      shell.clear()
    }
    return shell
  }

  /// What a session is made of, for "nothing changed" checks.
  var state: SessionState {
    SessionState(
      sources: shell.corpus.sources.map { "\($0.id)=\($0.sha256)" }, analysis: shell.analysis,
      journal: shell.journal, sessionPath: shell.sessionPath, sessionName: shell.sessionName,
      hasUnsavedChanges: shell.hasUnsavedChanges)
  }
}

struct SessionState: Equatable {
  var sources: [String]
  var analysis: AnalysisState
  var journal: [JournalEntry]
  var sessionPath: String?
  var sessionName: String
  var hasUnsavedChanges: Bool
}

/// The code points of `text` from `start` to `end`.
func codePoints(of text: String, from start: Int, to end: Int) -> String {
  let scalars = Array(text.unicodeScalars)
  return String(String.UnicodeScalarView(scalars[start..<end]))
}

/// The code point offset of the first occurrence of `needle` in `text`.
func codePointOffset(of needle: String, in text: String) -> Int? {
  guard let range = text.range(of: needle) else { return nil }
  return text.unicodeScalars.distance(
    from: text.unicodeScalars.startIndex, to: range.lowerBound)
}
