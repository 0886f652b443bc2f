import ArgumentParser
import CrossCheckCore
import Foundation

/// `verdicts [add NAME ["MEANING"]]`: lists the verdicts, or adds one to the session's set.
struct VerdictsCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "verdicts",
    abstract:
      "List the verdicts with their meaning, or 'verdicts add NAME \"MEANING\"' to add one.",
    discussion: """
      A verdict added to the session is saved with it; its meaning (optional, one line in \
      quotes) shows in this list and in the reports beside the verdict, as the built-in \
      verdicts' meanings do.
      """)
  static let example = "verdicts add misquote \"a quotation was changed or cut\""
  static let changesState = true
  static let completion = CommandCompletion(
    [.choices(["add"]), .none], options: ["--format": OutputFormat.choices])

  /// The longest meaning: one line of a report.
  static let maximumMeaningLength = 200

  @Argument(
    help:
      "'add', a new verdict name (lower-case letters, digits, dashes) and, optionally, what it means in quotes."
  )
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
            .text(verdict), .text(shell.analysis.meaning(ofVerdict: verdict)),
            .boolean(Verdict.meanings[verdict] == nil),
          ]
        }
        shell.show(RecordSet(columns: ["verdict", "meaning", "custom"], rows: rows), as: format)
        return
      }
      for verdict in shell.analysis.verdicts {
        shell.print(
          "  " + shell.style.accent(verdict.padding(toLength: 20))
            + (shell.analysis.meaning(ofVerdict: verdict) ?? "added in this session"))
      }
      return
    }
    guard (2...3).contains(words.count), words[0] == "add" else {
      throw ShellError(
        "verdicts takes nothing, or 'add NAME' and what it means in quotes; usage: "
          + "verdicts [add NAME [\"MEANING\"]], e.g. \(Self.example)")
    }
    let name = words[1]
    let meaning = words.count == 3 ? words[2].trimmingCharacters(in: .whitespaces) : nil
    guard Verdict.isValidName(name) else {
      throw ShellError("'\(name)' cannot be a verdict; use lower-case letters, digits and dashes.")
    }
    guard !shell.analysis.verdicts.contains(name) else {
      throw ShellError("'\(name)' is already a verdict.")
    }
    if let meaning {
      guard !meaning.isEmpty, !meaning.contains(where: \.isNewline) else {
        throw ShellError(
          "a verdict's meaning is one line of words in quotes; give one, or leave it out.")
      }
      guard meaning.count <= Self.maximumMeaningLength else {
        throw ShellError(
          "the meaning is \(meaning.count) characters; a verdict's meaning may have at most "
            + "\(Self.maximumMeaningLength) (one line of a report). Add detail as a note.")
      }
    }
    shell.change { state in
      state.settings.customVerdicts.append(name)
      if let meaning {
        var meanings = state.settings.customVerdictMeanings ?? [:]
        meanings[name] = meaning
        state.settings.customVerdictMeanings = meanings
      }
    }
    shell.status("added the verdict '\(name)'" + (meaning.map { ": \($0)" } ?? ""))
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
