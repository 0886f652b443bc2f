/// Why the autosave journal is not kept. Data only: the shell says it as a sentence.
public enum AutosaveProblem: Error, Equatable, Sendable {
  /// The journal's name is a symbolic link (someone may want CrossCheck to write elsewhere).
  case symbolicLink(path: String)
  /// It is a folder, a device, a pipe: not a regular file.
  case notARegularFile(path: String)
  /// It belongs to another user.
  case notYours(path: String)
  /// It has other names (hard links), so appending to it would change another file too.
  case hardLinked(path: String)
  /// It could not be opened; `reason` is the system's words.
  case cannotOpen(path: String, reason: String)
  /// Another running CrossCheck keeps this journal.
  case inUse(path: String)
  /// The journal holds `limit` bytes, the most a journal may: the entries in it stay, and
  /// later ones are not written until a save starts a new journal.
  case full(path: String, limit: Int)
  /// It is `byteCount` bytes, larger than the `limit` a journal may be: it was not read.
  case tooLarge(path: String, byteCount: Int, limit: Int)
  /// Writing or flushing an entry failed (a full disk, an I/O error).
  case writeFailed(path: String, reason: String)
}
