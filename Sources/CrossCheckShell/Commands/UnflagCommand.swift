import ArgumentParser
import CrossCheckCore

/// `unflag D1`: removes a discrepancy (undo brings it back).
struct UnflagCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "unflag",
    abstract: "Remove a discrepancy ('undo' brings it back).")
  static let example = "unflag D2"
  static let changesState = true
  static let completion = CommandCompletion([.discrepancyID])

  @Argument(help: "The discrepancy (D1).")
  var discrepancy: String

  func execute(in shell: Shell) throws {
    let target = try shell.discrepancy(discrepancy)
    shell.change { _ = $0.unflag(target.id) }
    shell.status("removed \(target.label); 'undo' brings it back")
  }
}

extension UnflagCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments), plain.positionals.count == 1 else { return nil }
    var command = Self()
    command.discrepancy = plain.positionals[0]
    return command
  }
}
