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

  /// Runs the pager with `text` on its standard input; false when it could not be started.
  private func run(_ text: String) -> Bool {
    fflush(nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let input = Pipe()
    process.standardInput = input
    do {
      try process.run()
    } catch {
      return false
    }
    // A pager that quits early closes the pipe: the write then fails, which is fine.
    let previous = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previous) }
    let handle = input.fileHandleForWriting
    try? handle.write(contentsOf: Data(text.utf8))
    try? handle.close()
    process.waitUntilExit()
    return true
  }

  /// The terminal's height in rows.
  static func terminalRows() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
    return Int(size.ws_row)
  }
}
