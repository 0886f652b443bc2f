import Foundation
import Testing

/// The real binary in pipes: machine output on standard output, status lines on standard error
/// (`-q` silences them), every `--format`, output files, psql's aliases and `set timing`, and
/// the README's pipeline examples run as written.
@Suite("Pipelines", .timeLimit(.minutes(2)))
struct PipelineTests {
  static let corpus = Executables.repositoryRoot.appendingPathComponent("Corpus").path

  @Test("scan --format json on standard output parses as JSON; the loaded lines go to stderr")
  func scanJSONParses() throws {
    let result = try Run()(Self.corpus, "-c", "scan --format json")
    #expect(result.status == 0, "\(result)")
    let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    let suggestions = try #require(parsed as? [[String: Any]], "\(result)")
    #expect(!suggestions.isEmpty)
    #expect(suggestions.allSatisfy { $0["figures"] is [[String: Any]] })
    #expect(result.errors.contains("loaded bl0122  "), "\(result)")
  }

  @Test("-q silences status lines but not errors")
  func quiet() throws {
    let run = try Run()
    let loud = try run(Self.corpus, "-c", "flag bl0122:9 il1203:11", "-c", "sorces")
    #expect(loud.errors.contains("loaded bl0122"), "\(loud)")
    #expect(loud.errors.contains("flagged D1"), "\(loud)")
    #expect(loud.output.isEmpty, "\(loud)")
    let quiet = try run(Self.corpus, "-q", "-c", "flag bl0122:9 il1203:11", "-c", "sorces")
    #expect(quiet.status == 1)
    #expect(
      quiet.errors == "crosscheck:-c:2: unknown command 'sorces' — did you mean 'sources'?\n",
      "\(quiet)")
    #expect(quiet.output.isEmpty, "\(quiet)")
  }

  @Test(
    "every listing prints valid JSON and one JSON object per line in jsonl",
    arguments: [
      "sources", "figures bl0122", "discrepancies", "scan", "compare bl0122:9 il1203:11", "rates",
    ])
  func jsonEverywhere(command: String) throws {
    let run = try Run()
    let setup = ["-c", "flag bl0122:9 il1203:11", "-c", "rate EUR USD 1.16 --date 2025-12-03"]
    let json = try run(
      Self.corpus, "-q", setup[0], setup[1], setup[2], setup[3], "-c",
      command + " --format json")
    #expect(json.status == 0, "\(json)")
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(!array.isEmpty, "\(json)")

    let lines = try run(
      Self.corpus, "-q", setup[0], setup[1], setup[2], setup[3], "-c",
      command + " --format jsonl")
    let rows = lines.output.split(separator: "\n")
    #expect(rows.count == array.count, "\(lines)")
    for row in rows {
      #expect(try JSONSerialization.jsonObject(with: Data(row.utf8)) is [String: Any])
    }
  }

  @Test("set format is the default of every listing; --format wins over it")
  func setFormat() throws {
    let result = try Run()(
      Self.corpus, "-q", "-c", "set format csv", "-c", "sources", "-c",
      "sources --format markdown")
    #expect(result.status == 0, "\(result)")
    #expect(result.output.hasPrefix("id,title,outlet,date,words,path\r\n"), "\(result)")
    #expect(
      result.output.contains(
        "| id | title | outlet | date | words | path |\n| --- | --- | --- | --- | --- | --- |\n"),
      "\(result)")
  }

  @Test("CSV neutralizes formulas and the terminal never gets a control character from a file")
  func hostileCells() throws {
    let run = try Run(files: [
      "texts/evil.txt": "Sales rose to $5 billion in 2024, the report said.\n",
      "texts/evil.meta.json":
        #"{"title": "=HYPERLINK(\"http://x\")", "outlet": "\u001b]52;c;cGF3bmVk\u0007Evil"}"#,
    ])
    let csv = try run("texts/evil.txt", "-q", "-c", "sources --format csv")
    #expect(csv.status == 0, "\(csv)")
    #expect(csv.output.contains(#""'=HYPERLINK(""http://x"")""#), "\(csv)")
    let markdown = try run("texts/evil.txt", "-q", "-c", "sources --format markdown")
    #expect(csv.output.contains("␛]52;c;cGF3bmVk␇Evil"), "\(csv)")
    #expect(markdown.output.contains("␛\\]52;c;cGF3bmVk␇Evil"), "\(markdown)")
    for result in [csv, markdown] {
      #expect(!result.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }
  }

  @Test("output FILE, once FILE and -o FILE write files; an existing file needs --force")
  func outputFiles() throws {
    let run = try Run(files: ["taken.txt": "keep me\n"])
    let result = try run(
      Self.corpus, "-q", "-c", "once one.csv", "-c", "sources --format csv", "-c", "set",
      "-c", "output all.txt", "-c", "discrepancies", "-c", "sources --format jsonl", "-c",
      "output", "-c", "once taken.txt")
    #expect(result.status == 1, "\(result)")
    #expect(result.errors.contains("cannot write 'taken.txt': it already exists; add --force"))
    let one = try String(
      contentsOf: run.folder.url.appendingPathComponent("one.csv"), encoding: .utf8)
    #expect(one.hasPrefix("id,title,outlet,date,words,path\r\n"))
    #expect(!one.contains("tolerance"), "once is for one command only")
    #expect(result.output.hasPrefix("tolerance "), "\(result)")
    let all = try String(
      contentsOf: run.folder.url.appendingPathComponent("all.txt"), encoding: .utf8)
    #expect(all.hasPrefix("No discrepancies yet."), "\(all)")
    #expect(all.contains(#"{"date":"2026-01-22","id":"bl0122""#), "\(all)")
    let taken = try String(
      contentsOf: run.folder.url.appendingPathComponent("taken.txt"), encoding: .utf8)
    #expect(taken == "keep me\n")

    let forced = try run(
      Self.corpus, "-q", "-o", "taken.txt", "--force", "-c", "sources --format csv")
    #expect(forced.status == 0, "\(forced)")
    #expect(forced.output.isEmpty, "\(forced)")
    let replaced = try String(
      contentsOf: run.folder.url.appendingPathComponent("taken.txt"), encoding: .utf8)
    #expect(replaced.hasPrefix("id,title"), "\(replaced)")

    let refused = try run(Self.corpus, "-q", "-o", "taken.txt", "-c", "sources")
    #expect(refused.status == 2, "-o that cannot be written is an I/O error: \(refused)")
  }

  @Test("once inside a script takes the script's next command")
  func onceInAScript() throws {
    let run = try Run(files: [
      "job.cc": "once first.txt\nsources --format csv\nsources --format jsonl\n"
    ])
    let result = try run(Self.corpus, "-q", "-f", "job.cc")
    #expect(result.status == 0, "\(result)")
    let first = try String(
      contentsOf: run.folder.url.appendingPathComponent("first.txt"), encoding: .utf8)
    #expect(first.hasPrefix("id,title"), "\(first)")
    #expect(!first.contains("{"), "\(first)")
    #expect(result.output.hasPrefix("{"), "\(result)")
  }

  @Test("output never follows a symbolic link, even with --force")
  func outputRefusesLinks() throws {
    let run = try Run(files: ["target.txt": "precious\n"])
    let link = run.folder.url.appendingPathComponent("link.txt")
    try FileManager.default.createSymbolicLink(
      atPath: link.path,
      withDestinationPath: run.folder.url.appendingPathComponent("target.txt").path)
    let dangling = run.folder.url.appendingPathComponent("dangling.txt")
    try FileManager.default.createSymbolicLink(
      atPath: dangling.path,
      withDestinationPath: run.folder.url.appendingPathComponent("new.txt").path)
    let result = try run(
      Self.corpus, "-q", "-c", "output link.txt --force", "-c", "once dangling.txt", "-c", "sources"
    )
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errors.contains("cannot write 'link.txt': it is not a regular file"), "\(result)")
    #expect(result.errors.contains("cannot write 'dangling.txt': it is not a regular file"))
    let target = try String(
      contentsOf: run.folder.url.appendingPathComponent("target.txt"), encoding: .utf8)
    #expect(target == "precious\n")
    #expect(
      !FileManager.default.fileExists(atPath: run.folder.url.appendingPathComponent("new.txt").path)
    )
    #expect(result.output.contains("bl0122"), "the output stayed on the screen: \(result)")
  }

  @Test("psql's \\q, \\?, \\h, \\o and \\i work; set timing prints each command's time on stderr")
  func psqlHabits() throws {
    let run = try Run(files: ["script.cc": "sources --format csv\n"])
    let result = try run(
      Self.corpus, "-q",
      input: "\\?\n\\h scan\n\\o out.csv\n\\i script.cc\n\\o\nset timing on\nsources\n\\q\nsorces\n"
    )
    #expect(result.status == 0, "\\q ended the script before the typo: \(result)")
    #expect(result.output.contains("Commands:"), "\(result)")
    #expect(result.output.contains("--limit <limit>"), "\(result)")
    let file = try String(
      contentsOf: run.folder.url.appendingPathComponent("out.csv"), encoding: .utf8)
    #expect(file.hasPrefix("id,title"), "\(file)")
    let times = result.errors.split(separator: "\n").filter {
      $0.hasPrefix("Time: ") && $0.hasSuffix(" ms")
    }
    #expect(times.count == 2, "sources and \\q are timed, not 'set timing on': \(result)")
  }

  @Test("the README's pipeline examples work as written")
  func readmePipelines() throws {
    let readme = try String(
      contentsOf: Executables.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let examples = Self.pipelineExamples(in: readme)
    #expect(examples.count >= 4, "the README lists its pipeline examples under 'Pipelines'")
    let binary = try Executables.crosscheck().deletingLastPathComponent().path
    let bash = try Executables.locate("bash", in: ["/bin", "/usr/bin"])
    for example in examples {
      let process = Process()
      process.executableURL = bash
      process.arguments = ["-o", "pipefail", "-c", example]
      process.currentDirectoryURL = Executables.repositoryRoot
      process.environment = [
        "PATH": binary + ":/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb",
        "HOME": FileManager.default.temporaryDirectory.path,
      ]
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      process.standardInput = FileHandle.nullDevice
      try process.run()
      let printed = output.fileHandleForReading.readDataToEndOfFile()
      let complaints = errors.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(
        process.terminationStatus == 0,
        "\(example)\n\(String(decoding: complaints, as: UTF8.self))")
      #expect(!printed.isEmpty, "\(example) printed nothing")
    }
  }

  /// The lines of the sh blocks under the README's "### Pipelines" heading (comments dropped).
  static func pipelineExamples(in readme: String) -> [String] {
    guard let start = readme.range(of: "\n### Pipelines\n") else { return [] }
    let section = readme[start.upperBound...]
    let end = section.range(of: "\n#")?.lowerBound ?? section.endIndex
    var examples: [String] = []
    var inBlock = false
    for line in section[..<end].split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inBlock.toggle()
        continue
      }
      guard inBlock else { continue }
      let command = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
      if !command.trimmingCharacters(in: .whitespaces).isEmpty {
        examples.append(command.trimmingCharacters(in: .whitespaces))
      }
    }
    return examples
  }
}
