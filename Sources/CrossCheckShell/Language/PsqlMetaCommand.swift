/// psql's backslash commands that CrossCheck understands, each the name of a CrossCheck command:
/// `\q` is `quit`, `\?` and `\h CMD` are `help`, `\o FILE` is `output`, `\i FILE` is `source`.
/// (A backslash would otherwise only escape the next character, so these are read before the
/// line is split into words.)
enum PsqlMetaCommand {
  /// Each meta command and the command it stands for.
  static let aliases: [String: String] = [
    "\\q": "quit", "\\?": "help", "\\h": "help", "\\o": "output", "\\i": "source",
  ]

  /// The backslash command `line` starts with (`\x`) when it is not one of ``aliases``: a
  /// psql user's `\x` or `\dt` would otherwise be "unknown command 'x'", its backslash taken
  /// for an escape.
  static func unknown(in line: String) -> String? {
    let start = line.drop(while: { $0 == " " || $0 == "\t" })
    guard start.first == "\\" else { return nil }
    let word = String(start.prefix(while: { $0 != " " && $0 != "\t" && $0 != "\n" }))
    return aliases[word] == nil && word.count > 1 ? word : nil
  }

  /// The meta commands CrossCheck knows (``aliases``), for an error.
  static let known = #"\q, \?, \h, \o and \i"#

  /// `line` with a leading meta command replaced by its CrossCheck command; other lines as they
  /// are.
  static func expand(_ line: String) -> String {
    let start = line.drop(while: { $0 == " " || $0 == "\t" })
    guard start.first == "\\" else { return line }
    let word = start.prefix(while: { $0 != " " && $0 != "\t" && $0 != "\n" })
    guard let command = aliases[String(word)] else { return line }
    return command + start.dropFirst(word.count)
  }
}
