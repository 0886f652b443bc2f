import CrossCheckShell
import Foundation
import LineEditor

/// The prompt: read a line with libedit, run it, repeat until `quit` or Ctrl-D.
struct InteractiveLoop {
  let shell: Shell
  let historyFile: String?

  func run() {
    InterruptSignal.install()
    if let historyFile {
      try? FileManager.default.createDirectory(
        atPath: (historyFile as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true)
    }
    let editor = LineEditor(programName: "crosscheck", historyFile: historyFile) { [shell] before in
      let completion = shell.complete(before)
      return EditorCompletion(
        deleteCount: completion.deleteCount, insertion: completion.insertion,
        alternatives: completion.alternatives)
    }
    let style = shell.style
    Swift.print(
      style.dim(
        "CrossCheck \(CrossCheckVersion.current). Type 'help' for the commands, Tab to complete, "
          + "Ctrl-D to leave."))
    let prompt = promptText("crosscheck> ", style: style)
    let continuation = promptText("       ...> ", style: style)
    var reader = LogicalLineReader()
    while !shell.exitRequested {
      switch editor.readLine(prompt: reader.isContinuing ? continuation : prompt) {
      case .line(let text):
        guard let line = reader.feed(text) else { continue }
        editor.addToHistory(line.text.replacingOccurrences(of: "\\\n", with: " "))
        InterruptSignal.reset()
        shell.execute(line.text)
        fflush(nil)
      case .interrupted:
        reader.discard()
      case .endOfInput:
        Swift.print()
        return
      }
    }
  }

  /// The prompt with its colour codes marked as zero-width for libedit (`\u{1}` brackets them).
  private func promptText(_ text: String, style: Style) -> String {
    guard style.isEnabled else { return text }
    let name = text.dropLast(2)
    return "\u{1}\u{1B}[1;36m\u{1}\(name)\u{1}\u{1B}[0m\u{1}> "
  }
}
