import Foundation
import Testing

/// Ctrl-C (SIGINT) in batch mode, sent to the real binary: the long command stops, nothing after
/// it runs, no file is left half-written, and the process ends promptly with status 130 and a
/// one-line message.
@Suite("Ctrl-C in batch mode", .timeLimit(.minutes(2)))
struct BatchInterruptTests {
  @Test("SIGINT during a long load ends the run with status 130 and writes nothing")
  func sigintEndsABatchRun() throws {
    let folder = try TemporaryFolder()
    try Self.writeManyArticles(in: folder)
    let run = try Self.interrupted(
      ["-q", "-c", "load many", "-c", "save s.json", "-c", "export markdown report.md"],
      in: folder)

    try #require(run.wasRunning, "the load ended within a second; the test needs more text")
    #expect(run.status == 130)
    #expect(run.stopping < .seconds(5), "took \(run.stopping) to stop")
    #expect(run.errors.hasSuffix("crosscheck: interrupted\n"), "\(run.errors)")
    #expect(run.errors.split(separator: "\n").count <= 2, "\(run.errors)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(Set(files) == ["many", "stderr"], "\(files)")
  }

  /// `open` re-reads every source: with thousands of them it is a long command, and the first
  /// Ctrl-C stops it where it is (before, it ran to the end and only a second one stopped it).
  @Test("SIGINT during a long open stops the open itself: nothing opened, nothing written")
  func sigintStopsAnOpen() throws {
    let folder = try TemporaryFolder()
    try Self.writeManyArticles(in: folder)
    // The session, written directly: its 2,000 sources are what makes opening it long.
    let sources = (0..<2_000).map { index in
      """
      {"id": "a\(index)", "metadata": {}, "path": "many/a\(index).txt", \
      "sha256": "\(String(repeating: "0", count: 64))"}
      """
    }
    let session = """
      {"created": "2026-01-01T00:00:00Z", "discrepancies": [], "journal": [], "name": "s", \
      "nextDiscrepancy": 1, "rates": [], "schemaVersion": 1, \
      "settings": {"approxTolerance": 0.1, "customVerdicts": []}, \
      "sources": [\(sources.joined(separator: ", "))], "toolVersion": "0.1.0", \
      "updated": "2026-01-01T00:00:00Z"}
      """
    try session.write(
      to: folder.url.appendingPathComponent("s.json"), atomically: false, encoding: .utf8)

    let run = try Self.interrupted(
      ["-q", "-c", "open s.json", "-c", "save ./t.json", "-c", "export markdown report.md"],
      in: folder)

    try #require(run.wasRunning, "the open ended within a second; the test needs more sources")
    #expect(run.status == 130)
    #expect(run.stopping < .seconds(5), "took \(run.stopping) to stop")
    #expect(
      run.errors.contains("interrupted; nothing was opened, and the session is as it was."),
      "\(run.errors)")
    #expect(run.errors.hasSuffix("crosscheck: interrupted\n"), "\(run.errors)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(Set(files) == ["many", "s.json", "stderr"], "\(files)")
  }

  /// A listing does not look for Ctrl-C itself: its output stops at the next line, and the run
  /// ends (before, it printed to the end).
  @Test("SIGINT during a long listing stops it: status 130, the listing cut short")
  func sigintStopsAListing() throws {
    let folder = try TemporaryFolder()
    let count = 60_000
    try Self.writeSession(in: folder, discrepancies: count, journal: 0)
    let stdout = folder.url.appendingPathComponent("stdout")
    let run = try Self.interrupted(
      ["-c", "open s.json", "-c", "discrepancies --format jsonl", "-c", "save ./t.json"],
      in: folder, standardOutput: stdout, when: { $0.contains("opened s") }, delay: 0.05)

    try #require(run.wasRunning, "the listing ended before the signal; it needs more rows")
    #expect(run.status == 130)
    #expect(run.stopping < .seconds(5), "took \(run.stopping) to stop")
    #expect(run.errors.contains("interrupted; the listing stopped."), "\(run.errors)")
    let rows = try String(contentsOf: stdout, encoding: .utf8).split(separator: "\n").count
    #expect(rows < count, "all \(rows) rows were printed")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(Set(files) == ["s.json", "stderr", "stdout"], "\(files)")
  }

  /// Two Ctrl-Cs while a session is written: the second one, which ends the process at once,
  /// waits until the file is complete; no temporary file is left behind.
  @Test("A second SIGINT while a session is written leaves no temporary file")
  func secondSigintDuringSaveLeavesNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    try Self.writeSession(in: folder, discrepancies: 0, journal: 150_000)
    let process = Process()
    process.executableURL = try Executables.crosscheck()
    process.arguments = ["-q", "-c", "open s.json", "-c", "save ./t.json"]
    process.currentDirectoryURL = folder.url
    process.environment = Self.environment(folder)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The moment the temporary file appears, Ctrl-C twice.
    let started = ContinuousClock.now
    var signalled = false
    while process.isRunning && ContinuousClock.now - started < .seconds(60) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
      if names.contains(where: { $0.hasPrefix(".t.json.tmp-") }) {
        kill(process.processIdentifier, SIGINT)
        kill(process.processIdentifier, SIGINT)
        signalled = true
        break
      }
    }
    process.waitUntilExit()
    try #require(signalled, "the temporary file was never seen; the session needs to be larger")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(!files.contains { $0.contains(".tmp-") }, "\(files)")
    // The write finished: the file is the whole session.
    let saved = try Data(contentsOf: folder.url.appendingPathComponent("t.json"))
    let object = try JSONSerialization.jsonObject(with: saved) as? [String: Any]
    #expect((object?["journal"] as? [Any])?.count == 150_000)
  }

  /// A session written directly: `discrepancies` without figures, each with a title and a
  /// note, and `journal` entries.
  static func writeSession(in folder: TemporaryFolder, discrepancies: Int, journal: Int) throws {
    var text = """
      {"created": "2026-01-01T00:00:00Z", "discrepancies": [
      """
    for number in stride(from: 1, through: discrepancies, by: 1) {
      if number > 1 { text += ", " }
      text += """
        {"created": "2026-01-01T00:00:00Z", "figures": [], "id": \(number), \
        "notes": [{"text": "checked against the other source", "time": "2026-01-01T00:00:00Z"}], \
        "tags": [], "title": "group \(number)"}
        """
    }
    text += #"], "journal": ["#
    for number in stride(from: 1, through: journal, by: 1) {
      if number > 1 { text += ", " }
      text += """
        {"command": "note D1 'checked against the other source'", "outcome": "ok", \
        "sequence": \(number), "time": "2026-01-01T00:00:00Z"}
        """
    }
    text += """
      ], "name": "s", "nextDiscrepancy": \(discrepancies + 1), "rates": [], "schemaVersion": 1, \
      "settings": {"approxTolerance": 0.1, "customVerdicts": []}, "sources": [], \
      "toolVersion": "0.1.0", "updated": "2026-01-01T00:00:00Z"}
      """
    try text.write(
      to: folder.url.appendingPathComponent("s.json"), atomically: false, encoding: .utf8)
  }

  /// Enough text that loading it takes a while: 2,000 articles of ~4 KB in `many/`.
  static func writeManyArticles(in folder: TemporaryFolder) throws {
    let many = folder.url.appendingPathComponent("many")
    try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
    let paragraph = String(
      repeating: "The ministry said 4,200 homes were damaged and 37 people were hurt. ", count: 60)
    for index in 0..<2_000 {
      try "Report \(index)\n\n\(paragraph)\n".write(
        to: many.appendingPathComponent("a\(index).txt"), atomically: false, encoding: .utf8)
    }
  }

  static func environment(_ folder: TemporaryFolder) -> [String: String] {
    ["PATH": "/usr/bin:/bin", "HOME": folder.url.path, "LANG": "C.UTF-8", "TERM": "dumb"]
  }

  /// Runs crosscheck with `arguments` in `folder`, sends it SIGINT `delay` seconds after its
  /// handler is in place and its standard error so far satisfies `when`, and waits for it to
  /// end. Standard error goes to `folder/stderr`, standard output to `standardOutput` if given.
  static func interrupted(
    _ arguments: [String], in folder: TemporaryFolder, standardOutput: URL? = nil,
    when ready: (String) -> Bool = { _ in true }, delay: TimeInterval = 0.3
  ) throws -> (
    wasRunning: Bool, status: Int32, stopping: Duration, errors: String
  ) {
    let stderr = folder.url.appendingPathComponent("stderr")
    try Data().write(to: stderr)
    let errorHandle = try FileHandle(forWritingTo: stderr)
    defer { try? errorHandle.close() }

    let process = Process()
    process.executableURL = try Executables.crosscheck()
    process.arguments = arguments
    process.currentDirectoryURL = folder.url
    process.environment = environment(folder)
    process.standardInput = FileHandle.nullDevice
    var outputHandle: FileHandle?
    if let standardOutput {
      try Data().write(to: standardOutput)
      outputHandle = try FileHandle(forWritingTo: standardOutput)
    }
    defer { try? outputHandle?.close() }
    process.standardOutput = outputHandle ?? FileHandle.nullDevice
    process.standardError = errorHandle
    try process.run()
    // Interrupt once the handler is in place (before it, SIGINT would simply end the process)
    // and the command has begun.
    let installed = ContinuousClock.now
    while process.isRunning
      && !(Self.catchesSIGINT(process.processIdentifier)
        && ready((try? String(contentsOf: stderr, encoding: .utf8)) ?? ""))
      && ContinuousClock.now - installed < .seconds(60)
    {
      Thread.sleep(forTimeInterval: 0.01)
    }
    Thread.sleep(forTimeInterval: delay)
    let wasRunning = process.isRunning
    let interrupted = ContinuousClock.now
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let stopping = ContinuousClock.now - interrupted
    #expect(process.terminationReason == .exit, "ended by the signal instead of stopping")
    return (
      wasRunning, process.terminationStatus, stopping,
      try String(contentsOf: stderr, encoding: .utf8)
    )
  }

  /// Whether the process has a handler for SIGINT (Linux: the SigCgt mask in /proc).
  static func catchesSIGINT(_ pid: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
      let mask = UInt64(
        line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
    else { return false }
    return mask & (1 << (UInt64(SIGINT) - 1)) != 0
  }
}
