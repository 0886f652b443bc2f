import ArgumentParser
import CrossCheckCore
import Foundation

/// `history [--save FILE [--force]]`: lists the session's commands, or saves them as a script.
struct HistoryCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List the commands run so far, or save them as a script with --save FILE.",
    discussion: """
      Lists the commands that ran without an error, as typed (blank lines, failed commands and \
      'history' itself are left out). With --save, writes them to FILE one per line, after a \
      comment with the date and CrossCheck's version: 'crosscheck --batch FILE' runs them \
      again. The commands of sourced scripts are not listed; their 'source' line is.
      """)
  static let example = "history --save checks.cc"
  static let completion = CommandCompletion(
    options: ["--save": .path, "--force": nil, "--format": OutputFormat.choices])
  static let isRecordedInTranscript = false

  @Option(help: ArgumentHelp("Write the commands to FILE as a script.", valueName: "file"))
  var save: String?

  @Flag(help: "Replace FILE if it exists.")
  var force = false

  @Option(
    help:
      "\(OutputFormat.names) (default: table, or 'set format'); the others have a row per command."
  )
  var format: OutputFormat?

  func validate() throws {
    if force && save == nil { throw ValidationError("--force goes with --save FILE") }
    if format != nil && save != nil {
      throw ValidationError("--format is for the listing; --save writes a script")
    }
  }

  func execute(in shell: Shell) throws {
    if let save {
      try TranscriptFile.write(shell, to: save, force: force)
      return
    }
    let format = format ?? shell.outputFormat
    guard format == .table else {
      let rows = shell.transcript.enumerated().map { index, command -> [RecordValue] in
        [.integer(index + 1), .text(command)]
      }
      shell.show(RecordSet(columns: ["number", "command"], rows: rows), as: format)
      return
    }
    guard !shell.transcript.isEmpty else {
      shell.print(
        "No commands yet; the history lists the commands that ran without an error.")
      return
    }
    let width = String(shell.transcript.count).count
    for (index, command) in shell.transcript.enumerated() {
      let number = String(index + 1)
      let lines = command.split(separator: "\n", omittingEmptySubsequences: false)
      shell.print(String(repeating: " ", count: width - number.count) + number + "  " + lines[0])
      for line in lines.dropFirst() {
        shell.print(String(repeating: " ", count: width + 2) + line)
      }
    }
  }
}

/// `transcript FILE [--force]`: saves the session's commands as a script (`history --save`).
struct TranscriptCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "transcript",
    abstract: "Save the commands run so far as a script ('history --save FILE' does the same).",
    discussion: """
      Writes the commands that ran without an error to FILE, one per line as typed, after a \
      comment with the date and CrossCheck's version. 'crosscheck --batch FILE' runs them again. \
      An existing FILE is kept unless --force is given.
      """)
  static let example = "transcript checks.cc"
  static let completion = CommandCompletion([.path], options: ["--force": nil])
  static let isRecordedInTranscript = false

  @Argument(help: "The script file to write.")
  var file: String

  @Flag(help: "Replace FILE if it exists.")
  var force = false

  func execute(in shell: Shell) throws {
    try TranscriptFile.write(shell, to: file, force: force)
  }
}

/// Writes a shell's transcript as a script that `crosscheck --batch` runs.
enum TranscriptFile {
  /// The script's text: a header comment, then one command a line.
  static func text(of transcript: [String], savedAt date: Date) -> String {
    let stamp = date.formatted(.iso8601)
    var text = "# CrossCheck \(CrossCheckVersion.current) transcript, saved \(stamp).\n"
    text += "# Run it with: crosscheck --batch FILE (relative paths start at FILE's folder).\n"
    for command in transcript { text += command + "\n" }
    return text
  }

  static func write(_ shell: Shell, to path: String, force: Bool) throws {
    guard !path.isEmpty else {
      throw ShellError("the file name is empty; give a file to write the commands to.")
    }
    let target = shell.resolvePath(path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw ShellError("'\(target)' is a folder; give a file name to write the commands to.")
      }
      if !force {
        throw ShellError(
          "'\(target)' already exists; choose another name, or add --force to replace it.")
      }
    }
    let data = Data(text(of: shell.transcript, savedAt: shell.now()).utf8)
    do {
      try FileWriter.write(data, to: target, replacing: force)
    } catch {
      // A missing folder's reason already says what to do.
      let advice: String
      if case .folderMissing = error {
        advice = ""
      } else {
        advice = "; check that its folder exists and is writable"
      }
      throw ShellError(
        "cannot write '\(target)': \(FileWriteMessage.reason(error, typed: target))\(advice).")
    }
    let count = shell.transcript.count
    shell.status(
      "saved \(count) command\(count == 1 ? "" : "s") to \(target); run them with "
        + "'crosscheck --batch \(CommandTokenizer.quote(target))'")
  }
}
