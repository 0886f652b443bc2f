import ArgumentParser
import CrossCheckCore
import CrossCheckShell
import Foundation

/// `crosscheck figures [--format table|json|jsonl] PATH...`: the figures of text files, for
/// pipelines, without the prompt.
struct FiguresSubcommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "figures",
    abstract: "Print every figure found in text files, without starting the prompt.",
    discussion: """
      jsonl prints one JSON object per figure and line; json prints one array; table is for \
      reading. The JSON fields are documented in the README. Exit status 2 if a path could not \
      be loaded (the others are still printed).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl
  }

  @Option(help: "Output format: table, json or jsonl.")
  var format: Format = .table

  @Argument(help: "Text files, folders or glob patterns.", completion: .file())
  var paths: [String]

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file, folder or pattern.") }
  }

  func run() throws {
    let output = FileHandle.standardOutput
    if format != .table {
      // Each file's lines are written as soon as its batch of files is loaded, so many files
      // are never held at once, and a large file's figures are held packed, not as figures.
      if try writeLines(to: output, pretty: format == .json) { throw ExitCode(2) }
      return
    }
    var corpus = Corpus()
    var failed = false
    for path in paths {
      failed = report(corpus.load(path)) || failed
    }
    switch format {
    case .table:
      let width = TerminalColumns.width(in: ProcessInfo.processInfo.environment) ?? 120
      for line in FigureTable.render(corpus.sources.flatMap(\.figures), width: width) {
        output.write(Data((TerminalText.visible(line) + "\n").utf8))
      }
    case .json, .jsonl:
      break
    }
    if failed { throw ExitCode(2) }
  }

  /// Prints each problem and warning of a load (a broken sidecar: the text loads without it);
  /// whether there was a problem.
  private func report(_ load: LoadReport) -> Bool {
    let lines =
      load.problems.map { "crosscheck: \($0.description)\n" }
      + load.warnings.map { "crosscheck: warning: \($0.description)\n" }
    for line in lines {
      FileHandle.standardError.write(Data(TerminalText.visible(line).utf8))
    }
    return !load.problems.isEmpty
  }

  /// Writes the figures of every path as JSON Lines, or `pretty` as one JSON array, directly
  /// (the same bytes as JSONEncoder's), a block at a time as the lines are made, so the output
  /// is never held whole; whether a path could not be loaded.
  private func writeLines(to output: FileHandle, pretty: Bool) throws -> Bool {
    let blockBytes = 1 << 16
    var block: [UInt8] = []
    block.reserveCapacity(blockBytes + 4096)
    let write = { (block: inout [UInt8]) in
      block.withUnsafeBytes { output.write(Data($0)) }
      block.removeAll(keepingCapacity: true)
    }
    var corpus = Corpus()
    var failed = false
    var isFirst = true
    if pretty { block += Array("[\n".utf8) }
    for path in paths {
      let loaded = corpus.stream(path) { source, figures in
        if pretty {
          FigureLines.appendPretty(
            source, figures: figures, to: &block, flushingAt: blockBytes, isFirst: &isFirst,
            flush: write)
        } else {
          FigureLines.append(
            source, figures: figures, to: &block, flushingAt: blockBytes, flush: write)
        }
      }
      failed = report(loaded) || failed
    }
    if pretty { block += Array("\n]\n".utf8) }
    write(&block)
    return failed
  }
}
