import CrossCheckShell
import Foundation

/// psql's pager: at the prompt, a command's output is held until the command ends, then shown
/// through `$PAGER` (default `less -FRX`) when it is longer than the terminal (`set pager on`)
/// or always (`set pager always`). Only at a terminal: never in pipes, batch mode or files.
final class Pager {
  private let environment: [String: String]
  private var held: String?

  init(environment: [String: String]) {
    self.environment = environment
  }

  /// Writes `text` now, or holds it while a command runs at the prompt.
  func write(_ text: String) {
    if held != nil {
      held! += text
    } else {
      Swift.print(text, terminator: "")
    }
  }

  /// Starts holding a command's output.
  func begin() {
    held = ""
  }

  /// Shows what was held without a pager (before the command asks a question, say).
  func release() {
    guard let text = held else { return }
    held = ""
    Swift.print(text, terminator: "")
    fflush(nil)
  }

  /// Ends the command: shows its output, through the pager if `mode` asks for it.
  func end(mode: PagerMode) {
    guard let text = held else { return }
    held = nil
    let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    let rows = Self.terminalRows() ?? 24
    let pages = mode == .always ? !text.isEmpty : mode == .on && lines >= rows - 1
    if pages, run(text) { return }
    Swift.print(text, terminator: "")
    fflush(nil)
  }

  /// The pager command: `$PAGER`, else `less -FRX` (quit at once if it fits, keep colour, leave
  /// the screen as it is).
  var command: String {
    let pager = environment["PAGER"]?.trimmingCharacters(in: .whitespaces) ?? ""
    return pager.isEmpty ? "less -FRX" : pager
  }

  /// The pager's environment: CrossCheck's, with `LESS=FRX` when `LESS` is unset, as git does,
  /// so that a `$PAGER` of plain `less` shows colour rather than its codes as text.
  var pagerEnvironment: [String: String] {
    var result = environment
    if result["LESS"] == nil { result["LESS"] = "FRX" }
    return result
  }

  /// Runs the pager with `text` on its standard input; false when it could not be started.
  ///
  /// The pager is spawned in CrossCheck's own process group, the terminal's foreground group,
  /// as psql's popen does: `Process` puts its child in a group of its own, and a pager in a
  /// background group cannot read the keyboard (less showed one screen and quit).
  private func run(_ text: String) -> Bool {
    fflush(nil)
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return false }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, ends[0])
    posix_spawn_file_actions_addclose(&actions, ends[1])
    let words: [String] = ["/bin/sh", "-c", command]
    let arguments: [UnsafeMutablePointer<CChar>?] =
      words.map { word in word.withCString { strdup($0) } } + [nil]
    defer { for argument in arguments { free(argument) } }
    let variables: [UnsafeMutablePointer<CChar>?] =
      pagerEnvironment.map { name, value in "\(name)=\(value)".withCString { strdup($0) } } + [nil]
    defer { for variable in variables { free(variable) } }
    var child: pid_t = 0
    let spawned = posix_spawn(&child, "/bin/sh", &actions, nil, arguments, variables)
    close(ends[0])
    guard spawned == 0 else {
      close(ends[1])
      return false
    }
    // A pager that quits early closes the pipe: the write then fails, which is fine.
    let previous = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previous) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes {
        Foundation.write(ends[1], $0.baseAddress, $0.count)
      }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      written += count
    }
    close(ends[1])
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    return true
  }

  /// The terminal's height in rows.
  static func terminalRows() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
    return Int(size.ws_row)
  }
}
