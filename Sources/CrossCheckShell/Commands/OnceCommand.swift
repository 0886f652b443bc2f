import ArgumentParser
import CrossCheckCore

/// `once FILE [--force]`: sends the next command's output to FILE (sqlite3's `.once`).
struct OnceCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "once",
    abstract: "Send the next command's output (only) to FILE.",
    discussion: """
      Like sqlite3's .once. Errors, warnings and status lines stay on the screen. FILE is \
      written without colour and with control characters made visible. An existing FILE is \
      not replaced without --force, and a symbolic link is never followed. See also 'output'.
      """)
  static let example = "once scan.json"
  static let completion = CommandCompletion([.path], options: ["--force": nil])
  static let isRecordedInTranscript = false
  static let managesOutput = true

  @Argument(help: "The file to write.")
  var file: String
  @Flag(help: "Replace FILE if it exists.")
  var force = false

  func execute(in shell: Shell) throws {
    let path = shell.resolvePath(file)
    shell.onceFile?.close()
    shell.onceFile = try OutputFile.opened(path, force: force)
    shell.status("the next command's output goes to \(path)")
  }
}
