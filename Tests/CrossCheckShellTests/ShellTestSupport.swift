import Foundation

@testable import CrossCheckShell

/// A shell whose output and errors are collected as text.
final class RecordingShell {
  private(set) var output = ""
  private(set) var errors = ""
  /// The status lines (loaded, saved, flagged…), which the executable writes to standard error.
  private(set) var status = ""
  private(set) var shell: Shell!

  init(width: Int = 80) {
    shell = Shell(
      output: { [unowned self] in self.output += $0 },
      errorOutput: { [unowned self] in self.errors += $0 },
      status: { [unowned self] in self.status += $0 })
    shell.width = { width }
  }

  /// Runs `line` and returns its status; output and errors accumulate.
  @discardableResult
  func run(_ line: String) -> CommandStatus {
    shell.execute(line)
  }

  func clear() {
    output = ""
    errors = ""
    status = ""
  }

  static let corpusPath =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path + "/Corpus"
}
