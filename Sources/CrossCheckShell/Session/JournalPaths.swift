import CrossCheckCore

/// Journal commands that name files (`load`, `rates import`) keep absolute paths in memory and
/// paths relative to the session file on disk, so a session folder can move as a whole.
enum JournalPaths {
  /// Rewrites the path arguments of `command` with `transform`; other commands are unchanged.
  static func rewrite(_ command: String, _ transform: (String) -> String) -> String {
    // Most journal entries name no file: only they are split into words.
    let name = CommandTokenizer.firstWord(of: command)
    guard name == "load" || name == "rates" else { return command }
    let words = CommandTokenizer.tokenize(command).words.map(\.text)
    guard let name = words.first else { return command }
    let pathStart: Int
    switch name {
    case "load": pathStart = 1
    case "rates" where words.count >= 3 && words[1] == "import": pathStart = 2
    default: return command
    }
    let rewritten = words.enumerated().map { index, word in
      index >= pathStart && !word.hasPrefix("-") ? transform(word) : word
    }
    return rewritten.map(CommandTokenizer.quote).joined(separator: " ")
  }

  static func relative(_ command: String, to folder: String) -> String {
    rewrite(command) { $0.hasPrefix("/") ? SessionStore.relativePath(of: $0, from: folder) : $0 }
  }

  static func absolute(_ command: String, from folder: String) -> String {
    rewrite(command) { SessionStore.absolutePath(of: $0, from: folder) }
  }
}
