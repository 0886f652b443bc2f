import ArgumentParser
import CrossCheckCore

/// `verdicts [add NAME]`: lists the verdicts, or adds one to the session's set.
struct VerdictsCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "verdicts",
    abstract: "List the verdicts with their meaning, or 'verdicts add NAME' to add one.")
  static let example = "verdicts add misquote"
  static let changesState = true
  static let completion = CommandCompletion(
    [.choices(["add"]), .none], options: ["--format": OutputFormat.choices])

  @Argument(help: "'add' followed by a new verdict name (lower-case letters, digits, dashes).")
  var words: [String] = []
  @Option(
    help:
      "How the list prints: \(OutputFormat.names) (default: table, or 'set format'); the others have a row per verdict."
  )
  var format: OutputFormat?

  func validate() throws {
    if format != nil && !words.isEmpty {
      throw ValidationError("--format is for the list; 'verdicts add NAME' takes no format")
    }
  }

  func execute(in shell: Shell) throws {
    if words.isEmpty {
      let format = format ?? shell.outputFormat
      guard format == .table else {
        let rows = shell.analysis.verdicts.map { verdict -> [RecordValue] in
          [
            .text(verdict), .text(Verdict.meanings[verdict]),
            .boolean(Verdict.meanings[verdict] == nil),
          ]
        }
        shell.show(RecordSet(columns: ["verdict", "meaning", "custom"], rows: rows), as: format)
        return
      }
      for verdict in shell.analysis.verdicts {
        shell.print(
          "  " + shell.style.accent(verdict.padding(toLength: 20))
            + (Verdict.meanings[verdict] ?? "added in this session"))
      }
      return
    }
    guard words.count == 2, words[0] == "add" else {
      throw ShellError("verdicts takes nothing, or 'add NAME'; usage: verdicts [add NAME]")
    }
    let name = words[1]
    guard Verdict.isValidName(name) else {
      throw ShellError("'\(name)' cannot be a verdict; use lower-case letters, digits and dashes.")
    }
    guard !shell.analysis.verdicts.contains(name) else {
      throw ShellError("'\(name)' is already a verdict.")
    }
    shell.change { $0.settings.customVerdicts.append(name) }
    shell.status("added the verdict '\(name)'")
  }
}

extension VerdictsCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments) else { return nil }
    var command = Self()
    command.words = plain.positionals
    command.format = nil
    return command
  }
}
