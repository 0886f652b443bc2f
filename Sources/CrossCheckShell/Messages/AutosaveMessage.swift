import CrossCheckCore

/// An ``AutosaveProblem`` in words, for the prompt.
public enum AutosaveMessage {
  /// The sentence said when autosave stops.
  public static func sentence(_ problem: AutosaveProblem) -> String {
    switch problem {
    case .symbolicLink(let path):
      return refused(path, "it is a symbolic link")
    case .notARegularFile(let path):
      return refused(path, "it is not a regular file")
    case .notYours(let path):
      return refused(path, "it belongs to another user")
    case .hardLinked(let path):
      return refused(path, "it has other names (hard links)")
    case .inUse(let path):
      return refused(path, "another running CrossCheck keeps it")
    case .cannotOpen(let path, let reason):
      return
        "autosave is off: the journal '\(path)' cannot be opened (\(reason)); 'save' keeps your work."
    case .full(let path, let limit):
      return
        "autosave paused: the journal '\(path)' holds \(ByteCountText.text(limit)), the most a journal may; the changes in it are kept, and 'save' keeps the rest and starts a new journal."
    case .tooLarge(let path, let byteCount, let limit):
      let sizes = ByteCountText.texts(byteCount, limit: limit)
      return
        "the autosave journal '\(path)' is \(sizes.size), larger than the \(sizes.limit) a journal may be; it was not read and is left as it is, so nothing in it was recovered: move it elsewhere or delete it if you do not need it, and this warning stops. 'save' keeps this session's work."
    case .writeFailed(let path, let reason):
      return
        "autosave failed: writing '\(path)' failed (\(reason)); changes from now on are not safe from a crash until you 'save'."
    }
  }

  private static func refused(_ path: String, _ why: String) -> String {
    "autosave is off: the journal '\(path)' is not used because \(why); this session goes on without autosave, so 'save' to keep your work."
  }

  /// Said when a save moved a journal too large to read aside and autosave started anew.
  public static func setAside(_ path: String, to aside: String) -> String {
    "the autosave journal '\(path)', too large to read, was moved to '\(aside)' (not read, "
      + "not deleted); autosave starts a new journal."
  }

  /// The reminder at quit.
  public static func reminder(_ problem: AutosaveProblem) -> String {
    "note: autosave did not work in this session: " + sentence(problem)
  }
}
