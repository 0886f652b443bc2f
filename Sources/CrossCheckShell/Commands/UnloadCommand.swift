import ArgumentParser
import CrossCheckCore
import Foundation

/// `unload ID [--force]`: removes a source from the session.
struct UnloadCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "unload",
    abstract: "Remove a loaded source from the session.",
    discussion: """
      A source that discrepancies cite is only unloaded with --force: their figures then keep \
      the quotes recorded when they were flagged and are reported as orphaned, and reports \
      still list the source.
      """)
  static let example = "unload bl0122"
  static let changesState = true
  static let completion = CommandCompletion([.sourceID], options: ["--force": nil])

  @Argument(help: "The id of the source to remove.")
  var id: String
  @Flag(help: "Unload it even though discrepancies cite it.")
  var force = false

  func execute(in shell: Shell) throws {
    guard let loaded = shell.corpus.source(SourceID(id)) else {
      do {
        _ = try shell.session.corpus.unload(id)
      } catch {
        throw ShellError(error.description)
      }
      return
    }
    let citing = shell.analysis.citing(loaded.id)
    if !citing.isEmpty && !force {
      let labels = citing.map { "D\($0)" }.joined(separator: ", ")
      throw ShellError(
        "\(loaded.id) is cited by \(labels); add --force to unload it anyway (their figures keep the quotes recorded when they were flagged and are reported as orphaned)."
      )
    }
    let source: Source
    do {
      source = try shell.session.corpus.unload(id)
    } catch {
      throw ShellError(error.description)
    }
    shell.status("unloaded \(source.id)  \(source.path)")
    guard !citing.isEmpty else { return }
    shell.session.rememberUnloaded(
      SessionSource(
        id: source.id, path: URL(fileURLWithPath: source.path).lastPathComponent,
        sha256: source.sha256, metadata: source.metadata))
    for number in citing {
      guard let discrepancy = shell.analysis.discrepancy(number) else { continue }
      for reference in discrepancy.figures where reference.figure.source == source.id {
        shell.warn(
          "\(discrepancy.label): \(reference.figure) “\(reference.quote.exact)” is orphaned: \(source.id) was unloaded; it keeps its recorded quote"
        )
      }
    }
  }
}

extension UnloadCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments, flags: ["--force"]), plain.positionals.count == 1
    else { return nil }
    var command = Self()
    command.id = plain.positionals[0]
    command.force = plain.has("--force")
    return command
  }
}
