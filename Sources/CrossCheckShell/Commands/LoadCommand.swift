import ArgumentParser
import CrossCheckCore

/// `load PATH|DIR|GLOB...`: adds text files as sources.
struct LoadCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Load text files (a file, a folder's *.txt files, or a glob) as sources.",
    discussion: """
      Text must be UTF-8 (a byte order mark and CRLF line ends are fine). Metadata (title, \
      outlet, date, url) is read from a JSON sidecar beside each file: article.txt → \
      article.meta.json. A file already loaded, or with the same text as a loaded one, is skipped. \
      In a script file, relative paths are relative to the script's folder. A load that takes \
      more than a second shows its progress on a terminal; Ctrl-C stops it and loads nothing.
      """)
  static let example = "load Corpus/"
  static let changesState = true
  static let completion = CommandCompletion([.path])

  @Argument(help: "Files, folders or glob patterns such as 'Corpus/*.txt'.")
  var paths: [String]

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file, folder or pattern") }
  }

  func execute(in shell: Shell) throws {
    // Ctrl-C puts the session back as it was before the command.
    let before = shell.session
    var meter = ProgressMeter(verb: "loading")
    var reports: [LoadReport] = []
    for path in paths {
      let report = shell.session.corpus.load(
        shell.resolvePath(path),
        progress: { progress in
          if let line = meter.line(for: progress) { shell.showProgress?(line) }
        },
        isCancelled: shell.isInterrupted)
      if report.interrupted || shell.isInterrupted() {
        if meter.isShowing { shell.showProgress?(nil) }
        shell.session = before
        throw ShellError("interrupted; nothing was loaded.")
      }
      reports.append(report)
    }
    if meter.isShowing { shell.showProgress?(nil) }
    for report in reports {
      for source in report.loaded {
        shell.session.forgetUnloaded(source.id)
        let title = source.metadata.title.map { "  " + TerminalText.visible($0) } ?? ""
        shell.status("loaded \(shell.style.accent(source.id.rawValue))  \(source.path)\(title)")
      }
      for warning in report.warnings { shell.warn(warning.description) }
      for problem in report.problems { shell.report(problem.description) }
    }
  }
}

extension LoadCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments), !plain.positionals.isEmpty else { return nil }
    var command = Self()
    command.paths = plain.positionals
    return command
  }
}
