import ArgumentParser
import CrossCheckCore

/// `unload ID`: removes a source from the session.
struct UnloadCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "unload",
    abstract: "Remove a loaded source from the session.")
  static let example = "unload bl0122"
  static let changesState = true
  static let completion = CommandCompletion([.sourceID])

  @Argument(help: "The id of the source to remove.")
  var id: String

  func execute(in shell: Shell) throws {
    do {
      let source = try shell.corpus.unload(id)
      shell.print("unloaded \(source.id)  \(source.path)")
    } catch {
      throw ShellError(error.description)
    }
  }
}
