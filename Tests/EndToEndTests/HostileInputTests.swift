import Foundation
import Testing

/// The real binary given hostile option values, files and articles: a sentence and a status,
/// never a trap (SIGILL, status 132), a hang or an escape sequence on the output.
@Suite("Hostile input", .timeLimit(.minutes(1)))
struct HostileInputTests {
  static let corpus = Executables.repositoryRoot.appendingPathComponent("Corpus").path

  @Test(
    "every numeric option value that parses is range-checked with a sentence",
    arguments: [
      ("scan --limit 922337203685477581", "--limit takes a whole number from 1 to 100000"),
      ("scan --limit 0", "--limit takes a whole number from 1 to 100000"),
      ("scan --limit=-3", "--limit takes a whole number from 1 to 100000"),
      // A negative number after an option is its value, not an option of its own.
      ("scan --limit -3", "--limit takes a whole number from 1 to 100000"),
      ("scan --limit -0.5", "the value '-0.5' is invalid for '--limit <limit>'"),
      ("scan --min-diff -5", "--min-diff takes a percentage from 0 to 1000000"),
      ("names --min-sources -1", "--min-sources must be at least 1"),
      ("scan --min-diff inf", "--min-diff takes a percentage from 0 to 1000000"),
      ("scan --min-diff 1e400", "--min-diff takes a percentage from 0 to 1000000"),
      ("scan --min-diff=-inf", "--min-diff takes a percentage from 0 to 1000000"),
      // Any word after an option that is none of its command's options is the option's value.
      ("scan --min-diff -inf", "--min-diff takes a percentage from 0 to 1000000"),
      ("scan --limit -3x", "the value '-3x' is invalid for '--limit <limit>'"),
      ("scan --limit --format json", "missing value for '--limit <limit>'"),
      ("figures --grep --knd date", "missing value for '--grep <grep>'"),
      ("scan --min-diff nan", "--min-diff takes a percentage from 0 to 1000000"),
      ("scan --min-diff=-5", "--min-diff takes a percentage from 0 to 1000000"),
      ("names --min-sources 0", "--min-sources must be at least 1"),
      ("quotes --min-words=-9223372036854775808", "--min-words must be at least 2"),
      ("rate EUR EUR 2", "a rate converts between two different currencies"),
      ("rate EUR USD 1e400", "is not a rate"),
      ("set tolerance 1e400", "tolerance takes a fraction from 0 to 1"),
    ])
  func optionValuesAreRangeChecked(command: String, sentence: String) throws {
    let run = try Run()
    let result = try run("-q", "-c", "load \(Self.corpus)", "-c", command)
    #expect(result.status == 1, "\(result)")
    #expect(result.errors.contains(sentence), "\(result)")
    #expect(result.errors.components(separatedBy: "\n").count == 2, "one sentence: \(result)")
  }

  @Test("large but valid values work")
  func largeValidValues() throws {
    let run = try Run()
    let result = try run(
      "-c", "load \(Self.corpus)", "-c", "scan --limit 100000 --min-diff 1000000 --format json",
      "-c", "names --min-sources 9223372036854775807", "-c", "quotes --min-words 9999999")
    #expect(result.status == 0, "\(result)")
  }

  @Test("a FIFO, a device, a link loop and UTF-16 text are named for what they are")
  func misleadingFilesAreNamed() throws {
    let run = try Run()
    let folder = run.folder.url.path
    #expect(mkfifo(folder + "/pipe.txt", 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/a.txt", withDestinationPath: "b.txt")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/b.txt", withDestinationPath: "a.txt")
    var utf16 = Data([0xFF, 0xFE])
    utf16.append("Prices rose 5 percent.\n".data(using: .utf16LittleEndian)!)
    try utf16.write(to: URL(fileURLWithPath: folder + "/wide.txt"))
    try "Prices rose 5 percent.\n".data(using: .utf16LittleEndian)!
      .write(to: URL(fileURLWithPath: folder + "/bare.txt"))

    let result = try run(
      "-c", "load pipe.txt", "-c", "load /dev/zero", "-c", "load a.txt", "-c", "load wide.txt",
      "-c", "load bare.txt")
    #expect(result.status == 1, "\(result)")
    let lines = result.errors.components(separatedBy: "\n")
    #expect(
      lines[0]
        == "crosscheck:-c:1: 'pipe.txt' is not a regular file (it is a FIFO (named pipe)); load a text file."
    )
    #expect(lines[1].contains("'/dev/zero' is not a regular file (it is a character device)"))
    #expect(lines[2].contains("'a.txt' is a symbolic link loop"))
    #expect(lines[3].contains("'wide.txt' is UTF-16 text"))
    #expect(lines[3].contains("iconv -f UTF-16 -t UTF-8 wide.txt"))
    #expect(lines[4].contains("iconv -f UTF-16LE -t UTF-8 bare.txt"))
    #expect(!result.errors.contains(".."))

    let script = try run("--batch", "pipe.txt")
    #expect(script.status == 2, "\(script)")
    #expect(script.errors.contains("it is not a regular file (it is a FIFO (named pipe))"))
    // Nothing waits on the FIFO: a blocking read would hang these commands forever.
    let rates = try run("-c", "rates import pipe.txt")
    #expect(rates.status == 1, "\(rates)")
    #expect(rates.errors.contains("cannot read") && rates.errors.contains("not a regular file"))
    let session = try run("--session", "pipe.txt", "-c", "sources")
    #expect(session.status != 0, "\(session)")
  }

  @Test("crosscheck figures warns of a broken sidecar and names a sidecar given as a source")
  func figuresSaysWhatIsWrongWithSidecars() throws {
    let run = try Run(files: [
      "a.txt": "Prices rose 5 percent.\n", "a.meta.json": "{\"title\": \"x\",\n \"outlet\": ]}",
    ])
    let broken = try run("figures", "a.txt")
    #expect(broken.status == 0, "\(broken)")
    #expect(broken.output.contains("5 percent"))
    #expect(
      broken.errors.hasPrefix(
        "crosscheck: warning: 'a.meta.json' could not be read as source metadata (it is not "
          + "valid JSON at line 2, column 12)"), "\(broken)")
    let sidecars = try run("figures", "*.meta.json")
    #expect(sidecars.status == 2, "\(sidecars)")
    #expect(sidecars.errors.contains("metadata sidecars (*.meta.json) are read with the text file"))
    let slash = try run("figures", "a.txt/")
    #expect(slash.status == 2, "\(slash)")
    #expect(slash.errors.contains("'a.txt' is a file, not a folder; load it without the '/'."))
  }

  @Test("history --save '' says the name is empty")
  func emptyHistoryFileName() throws {
    let result = try Run()("-c", "history --save ''")
    #expect(result.status == 1)
    #expect(result.errors.contains("the file name is empty"), "\(result)")
  }

  @Test("a hostile article, sidecar and session print no escape sequence, in a pipe too")
  func hostileTextNeverReachesTheOutput() throws {
    let article =
      "Hostile\u{1B}[2J headline\n\nThe ministry said \u{1B}]0;pwned\u{07} that 5,000 people "
      + "\u{1B}]52;c;ZXZpbA==\u{07}were moved and \u{9B}31m $3 billion was spent.\n\n"
      + "Another report said $4 billion was spent.\n"
    let run = try Run(files: [
      "evil.txt": article,
      "evil.meta.json":
        #"{"title": "Title\u001b[2J\u009b1m", "outlet": "Out\u001b]0;x\u0007let", "url": "javascript:x"}"#,
    ])
    let figures = try run("figures", "--format", "jsonl", "evil.txt")
    func id(_ text: String) throws -> String {
      for line in figures.output.split(separator: "\n") {
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        if record?["text"] as? String == text, let id = record?["id"] as? String { return id }
      }
      throw TerminalTestError(description: "no figure '\(text)' in \(figures)")
    }
    let job = """
      load evil.txt
      sources
      show evil
      figures
      flag \(try id("$3 billion")) \(try id("$4 billion")) --title "Bad\u{1B}]0;title\u{07}"
      note D1 "seen\u{1B}[2J"
      save ./s.json
      """
    try job.write(
      to: run.folder.url.appendingPathComponent("job.cc"), atomically: true, encoding: .utf8)
    let first = try run("--batch", "job.cc")
    #expect(first.status == 0, "\(first)")
    let table = try run("figures", "evil.txt")
    for line in figures.output.split(separator: "\n") {
      #expect(!line.unicodeScalars.contains { $0 == "\u{9B}" || $0 == "<" }, "\(line)")
      _ = try JSONSerialization.jsonObject(with: Data(line.utf8))
    }
    let reopened = try run("--session", "s.json", "-c", "discrepancies", "-c", "show D1")
    #expect(reopened.status == 0, "\(reopened)")
    for result in [first, table, reopened] {
      let bytes = Array((result.output + result.errors).utf8)
      #expect(!bytes.contains(0x1B), "\(result)")
      #expect(!bytes.contains(0x07), "\(result)")
      #expect(!(result.output + result.errors).unicodeScalars.contains("\u{9B}"), "\(result)")
    }
    #expect(first.output.contains("Title␛[2J\\u{9B}1m"))
    #expect(reopened.output.contains("Bad␛]0;title␇"))
    #expect(reopened.output.contains("seen␛[2J"))
  }
}
