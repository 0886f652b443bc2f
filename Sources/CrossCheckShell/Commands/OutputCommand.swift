import ArgumentParser
import CrossCheckCore

/// `output [FILE] [--force]`: sends the following commands' output to FILE (sqlite3's
/// `.output`, psql's `\o`); `output` alone sends it back to the screen.
struct OutputCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "output",
    abstract: "Send the following commands' output to FILE; 'output' alone sends it back.",
    discussion: """
      Like sqlite3's .output and psql's \\o (an alias). Only output goes to FILE: errors, \
      warnings and status lines stay on the screen. FILE is written without colour and with \
      control characters made visible. An existing FILE is not replaced without --force, and \
      a symbolic link is never followed. See also 'once'.
      """)
  static let example = "output figures.csv"
  static let completion = CommandCompletion([.path], options: ["--force": nil])
  static let isRecordedInTranscript = false
  static let managesOutput = true

  @Argument(help: "The file to write; none to go back to the screen.")
  var file: String?
  @Flag(help: "Replace FILE if it exists.")
  var force = false

  func execute(in shell: Shell) throws {
    guard let file else {
      if force {
        throw ShellError("output: --force goes with a FILE; usage: output [FILE] [--force]")
      }
      if let previous = shell.outputFile {
        previous.close()
        shell.outputFile = nil
        shell.status("output goes to the screen again (it went to \(previous.path))")
      }
      return
    }
    let path = shell.resolvePath(file)
    let opened = try OutputFile.opened(path, force: force)
    shell.outputFile?.close()
    shell.outputFile = opened
    shell.status("output goes to \(path) until 'output' alone")
  }
}

extension OutputFile {
  /// Opens `path` for `output` or `once`, with the refusal in words.
  static func opened(_ path: String, force: Bool) throws -> OutputFile {
    do {
      return try OutputFile(path: path, replacing: force)
    } catch {
      throw ShellError(
        "cannot write '\(path)': \(FileWriteMessage.reason(error, typed: path))"
          + (error == .exists(path: path) ? "; add --force to replace it." : "."))
    }
  }
}
