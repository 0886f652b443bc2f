import Testing

@testable import CrossCheckShell

@Suite("Continuation lines")
struct LogicalLineReaderTests {
  @Test func joinsLinesEndingInABackslash() {
    var reader = LogicalLineReader()
    #expect(reader.feed("sources") == LogicalLine(text: "sources", lineNumber: 1))
    #expect(reader.feed("load \\") == nil)
    #expect(reader.isContinuing)
    #expect(reader.feed("  Corpus/ \\") == nil)
    #expect(
      reader.feed("  extra/") == LogicalLine(text: "load \\\n  Corpus/ \\\n  extra/", lineNumber: 2)
    )
    #expect(!reader.isContinuing)
    #expect(reader.feed("help") == LogicalLine(text: "help", lineNumber: 5))
  }

  @Test func dropsCarriageReturnsOfCRLFScripts() {
    var reader = LogicalLineReader()
    #expect(reader.feed("load \\\r") == nil)
    #expect(reader.feed("Corpus/\r")?.text == "load \\\nCorpus/")
  }

  @Test func finishReturnsAnUnfinishedCommand() {
    var reader = LogicalLineReader()
    _ = reader.feed("load \\")
    #expect(reader.finish() == LogicalLine(text: "load \\", lineNumber: 1))
    #expect(reader.finish() == nil)
  }

  @Test func discardForgetsAHalfEnteredCommand() {
    var reader = LogicalLineReader()
    _ = reader.feed("load \\")
    reader.discard()
    #expect(!reader.isContinuing)
    #expect(reader.feed("sources")?.text == "sources")
  }
}
