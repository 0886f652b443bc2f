import Testing

@testable import CrossCheckShell

@Suite("Continuation lines")
struct LogicalLineReaderTests {
  @Test func joinsLinesEndingInABackslash() {
    var reader = LogicalLineReader()
    #expect(reader.feed("sources") == .line(LogicalLine(text: "sources", lineNumber: 1)))
    #expect(reader.feed("load \\") == nil)
    #expect(reader.isContinuing)
    #expect(reader.feed("  Corpus/ \\") == nil)
    #expect(
      reader.feed("  extra/")
        == .line(LogicalLine(text: "load \\\n  Corpus/ \\\n  extra/", lineNumber: 2)))
    #expect(!reader.isContinuing)
    #expect(reader.feed("help") == .line(LogicalLine(text: "help", lineNumber: 5)))
  }

  @Test func dropsCarriageReturnsOfCRLFScripts() {
    var reader = LogicalLineReader()
    #expect(reader.feed("load \\\r") == nil)
    #expect(reader.feed("Corpus/\r") == .line(LogicalLine(text: "load \\\nCorpus/", lineNumber: 1)))
  }

  @Test func finishReturnsAnUnfinishedCommand() {
    var reader = LogicalLineReader()
    _ = reader.feed("load \\")
    #expect(reader.finish() == .line(LogicalLine(text: "load \\", lineNumber: 1)))
    #expect(reader.finish() == nil)
  }

  @Test func discardForgetsAHalfEnteredCommand() {
    var reader = LogicalLineReader()
    _ = reader.feed("load \\")
    reader.discard()
    #expect(!reader.isContinuing)
    #expect(reader.feed("sources") == .line(LogicalLine(text: "sources", lineNumber: 2)))
  }

  /// A line goes on where the previous one stopped: inside a double-quoted word a `'` is a
  /// letter, and inside a word a `#` starts no comment, so their trailing `\` continues.
  @Test func aContinuedLineGoesOnInsideTheQuoteOrWordItStoppedIn() {
    var reader = LogicalLineReader()
    #expect(reader.feed("note D1 \"it\\") == nil)
    #expect(reader.feed("'s \\") == nil)
    #expect(
      reader.feed("fine\"")
        == .line(LogicalLine(text: "note D1 \"it\\\n's \\\nfine\"", lineNumber: 1)))
    #expect(reader.feed("load a\\") == nil)
    #expect(reader.feed("#b \\") == nil)
    #expect(reader.feed("c") == .line(LogicalLine(text: "load a\\\n#b \\\nc", lineNumber: 4)))
    #expect(reader.feed("load a \\") == nil)
    #expect(reader.feed("#b \\") == .line(LogicalLine(text: "load a \\\n#b \\", lineNumber: 7)))
  }

  /// Every sequence of three lines made of quotes, comments, words and trailing backslashes
  /// is joined as tokenizing the whole text so far after each line joins it.
  @Test func joinsAsTokenizingTheWholeCommandDoes() {
    let fragments = [
      "a", "b \\", "\"c\\", "'d\\", "#e \\", "f\\", "\\", "\"", "'", " g \"h\" \\", "i # j\\",
    ]
    for first in fragments {
      for second in fragments {
        for third in fragments {
          var reader = LogicalLineReader()
          let lines = [first, second, third]
          let read = lines.compactMap { reader.feed($0) } + [reader.finish()].compactMap { $0 }
          #expect(read == Self.joinedByRetokenizing(lines), "\(lines)")
        }
      }
    }
  }

  /// A command continued over 200,000 lines is read in linear time (re-reading the command
  /// so far at each line took minutes).
  @Test(.timeLimit(.minutes(1)))
  func aCommandContinuedOverManyLinesIsReadInLinearTime() {
    var reader = LogicalLineReader()
    let count = 200_000
    for _ in 1..<count { #expect(reader.feed("x \\") == nil) }
    guard case .line(let line) = reader.feed("x") else {
      Issue.record("the command did not end")
      return
    }
    #expect(line.text.utf8.count == (count - 1) * 4 + 1)
    #expect(line.lineNumber == 1)
  }

  /// A command whose lines come to more than a command line may be is not run: it comes out
  /// as too long, with where it began and its size, and the next command reads as usual.
  @Test func aCommandContinuedPastTheLimitIsTooLong() {
    var reader = LogicalLineReader(maximumBytes: 20)
    #expect(reader.feed("help") == .line(LogicalLine(text: "help", lineNumber: 1)))
    #expect(reader.feed("note D1 aaaa \\") == nil)
    #expect(reader.feed("bbbbbbbbbb \\") == nil)
    #expect(
      reader.feed("cc")
        == .tooLong(
          OverlongCommand(
            lineNumber: 2, lineCount: 3, byteCount: 30, limit: 20)))
    #expect(
      reader.feed("a 20-byte command xx")
        == .line(
          LogicalLine(
            text: "a 20-byte command xx", lineNumber: 5)))
    #expect(
      reader.feed("a 21-byte command xxx")
        == .tooLong(
          OverlongCommand(
            lineNumber: 6, lineCount: 1, byteCount: 21, limit: 20)))
  }

  @Test func aScriptCommandContinuedPastTheLimitIsReportedOnceAndNotRun() {
    let shell = RecordingShell()
    let part = String(repeating: "x", count: 400_000)
    let result = ScriptRunner.run(
      [
        "set tolerance 0.3", "note D1 " + part + " \\", part + " \\", part + " \\", part,
        "set tolerance 0.4",
      ], file: "<stdin>", in: shell.shell)
    #expect(result == ScriptRunner.Result(commands: 2, failures: 1))
    #expect(
      shell.errors
        == "crosscheck:<stdin>:2: this command, continued over 4 lines, is 1.5 MiB, longer than "
        + "the 1 MiB a command line may be; it was not run (is it data piped by mistake?).\n")
    #expect(shell.shell.analysis.settings.approxTolerance.description == "0.4")
  }

  /// The reader as it was: the whole command so far tokenized again at every line.
  private static func joinedByRetokenizing(_ lines: [String]) -> [LogicalInput] {
    var read: [LogicalInput] = []
    var pending: (text: String, line: Int)?
    for (index, line) in lines.enumerated() {
      let text = pending.map { $0.text + "\n" + line } ?? line
      let start = pending?.line ?? index + 1
      if CommandTokenizer.tokenize(text).ending == .continuation {
        pending = (text, start)
      } else {
        pending = nil
        read.append(.line(LogicalLine(text: text, lineNumber: start)))
      }
    }
    if let pending { read.append(.line(LogicalLine(text: pending.text, lineNumber: pending.line))) }
    return read
  }
}
