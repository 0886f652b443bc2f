import Foundation

/// A crash-safe record of state changes not yet saved: one JSON line per journal entry, each
/// flushed to disk (fsync) as it happens, so a killed process loses at most the command in
/// flight. It lives beside the session file (`.NAME.autosave.jsonl`), or in the state folder
/// for a session never saved.
public final class AutosaveJournal {
  public let path: String
  private var descriptor: Int32 = -1

  public init(path: String) {
    self.path = path
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// The autosave file for a session file: `.NAME.autosave.jsonl` in the same folder.
  public static func path(besideSession session: String) -> String {
    let url = URL(fileURLWithPath: session)
    let name = url.deletingPathExtension().lastPathComponent
    return url.deletingLastPathComponent().appendingPathComponent(".\(name).autosave.jsonl").path
  }

  /// The autosave file for an untitled session: `$XDG_STATE_HOME/crosscheck/untitled.autosave.jsonl`,
  /// or `~/.crosscheck_autosave.jsonl`.
  public static func untitledPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + (state.hasSuffix("/") ? "" : "/") + "crosscheck/untitled.autosave.jsonl"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + (home.hasSuffix("/") ? "" : "/") + ".crosscheck_autosave.jsonl"
  }

  /// Appends an entry and flushes it to disk before returning.
  public func append(_ entry: JournalEntry) {
    if descriptor < 0 {
      try? FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
        withIntermediateDirectories: true)
      descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
      guard descriptor >= 0 else { return }
    }
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard var line = try? encoder.encode(entry) else { return }
    line.append(0x0A)
    line.withUnsafeBytes { buffer in _ = write(descriptor, buffer.baseAddress, buffer.count) }
    fsync(descriptor)
  }

  /// The entries recorded, skipping a last line cut short by a crash.
  public func entries() -> [JournalEntry] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return data.split(separator: 0x0A).compactMap {
      try? decoder.decode(JournalEntry.self, from: Data($0))
    }
  }

  /// Forgets the entries (they were saved, recovered or discarded).
  public func clear() {
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    unlink(path)
  }
}
