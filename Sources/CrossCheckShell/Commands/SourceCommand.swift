import ArgumentParser

/// `source FILE`: runs the commands of a script file, as if typed here.
struct SourceCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "source",
    abstract: "Run the commands of a script file, one per line, as if typed here.",
    discussion: """
      Errors inside the script read 'crosscheck:FILE:LINE: message' and the script goes on \
      after them (with --bail on the command line, everything stops at the first). A relative \
      FILE is relative to the folder of the script that sources it (at the prompt, to the \
      current folder), and so are the relative paths of the commands inside it. Scripts can \
      source others up to 16 deep; a script that sources itself, directly or through others, \
      is refused. The command fails if any command in the script failed.
      """)
  static let example = "source checks/belgium.cc"
  static let completion = CommandCompletion([.path])

  @Argument(help: "The script file to run.")
  var file: String

  func execute(in shell: Shell) throws {
    let path = shell.resolvePath(file)
    let result: ScriptRunner.Result
    do throws(ScriptFileError) {
      result = try shell.run(try ScriptFile.read(path))
    } catch {
      throw ShellError(error.message)
    }
    if shell.isInterrupted() { throw ShellError("interrupted; the rest of '\(path)' did not run.") }
    if result.failures > 0 { shell.markFailed() }
  }
}
