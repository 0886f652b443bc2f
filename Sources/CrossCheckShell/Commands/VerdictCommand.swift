import ArgumentParser
import CrossCheckCore

/// `verdict D1 VERDICT`: sets a discrepancy's verdict.
struct VerdictCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "verdict",
    abstract: "Set a discrepancy's verdict (see 'verdicts' for the set, and to add your own).")
  static let example = "verdict D1 scope-difference"
  static let changesState = true
  static let completion = CommandCompletion([.discrepancyID, .verdict])

  @Argument(help: "The discrepancy (D1).")
  var discrepancy: String
  @Argument(
    help:
      "contradiction, scope-difference, counting-difference, rounding, time-difference, consistent, unresolved, or one added with 'verdicts add'."
  )
  var verdict: String

  func execute(in shell: Shell) throws {
    let target = try shell.discrepancy(discrepancy)
    let known = shell.analysis.verdicts
    guard known.contains(verdict) else {
      let message = VerdictMessage.unknown(verdict, known: known)
      throw ShellError(
        message + (message.hasSuffix("?") ? " " : ". ")
          + "Add your own with 'verdicts add \(verdict)'.")
    }
    shell.change { $0.update(target.id) { $0.verdict = verdict } }
    shell.status("\(target.label): \(verdict)")
  }
}

extension VerdictCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments), plain.positionals.count == 2 else { return nil }
    var command = Self()
    command.discrepancy = plain.positionals[0]
    command.verdict = plain.positionals[1]
    return command
  }
}
