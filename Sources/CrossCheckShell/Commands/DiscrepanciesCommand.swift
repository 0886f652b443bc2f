import ArgumentParser
import CrossCheckCore

/// `discrepancies [--verdict V] [--tag T] [--format F]`: the recorded discrepancies.
struct DiscrepanciesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "discrepancies",
    abstract: "List the recorded discrepancies, optionally only those with a verdict or tag.")
  static let example = "discrepancies --verdict scope-difference"
  static let completion = CommandCompletion(
    [], options: ["--verdict": .verdict, "--tag": .tag, "--format": OutputFormat.choices])

  @Option(help: "Only those with this verdict ('none' for those without one).")
  var verdict: String?
  @Option(help: "Only those with this tag.")
  var tag: String?
  @Option(help: "\(OutputFormat.names) (default: table, or 'set format').")
  var format: OutputFormat?

  func execute(in shell: Shell) throws {
    if let verdict, verdict != "none", !shell.analysis.verdicts.contains(verdict) {
      throw VerdictMessage.unknownFilter(verdict, known: shell.analysis.verdicts)
    }
    let chosen = shell.analysis.discrepancies.filter { discrepancy in
      (verdict == nil || discrepancy.verdict == verdict
        || (verdict == "none" && discrepancy.verdict == nil))
        && (tag == nil || discrepancy.tags.contains(tag!))
    }
    let format = format ?? shell.outputFormat
    guard !chosen.isEmpty || format != .table else {
      shell.print(
        shell.analysis.discrepancies.isEmpty
          ? "No discrepancies yet. Record one with 'flag ID ID'." : "No discrepancy matches.")
      return
    }
    shell.show(DiscrepancyView.records(chosen, format: format), as: format)
  }
}

extension DiscrepanciesCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments, options: ["--verdict", "--tag", "--format"]),
      plain.positionals.isEmpty
    else { return nil }
    var command = Self()
    command.verdict = plain.value("--verdict")
    command.tag = plain.value("--tag")
    command.format = nil
    if let format = plain.value("--format") {
      guard let value = OutputFormat(argument: format) else { return nil }
      command.format = value
    }
    return command
  }
}
