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
    // Enough text that loading it takes a while: 2,000 articles of ~4 KB.
    let many = folder.url.appendingPathComponent("many")
    try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
    let paragraph = String(
      repeating: "The ministry said 4,200 homes were damaged and 37 people were hurt. ", count: 60)
    for index in 0..<2_000 {
      try "Report \(index)\n\n\(paragraph)\n".write(
        to: many.appendingPathComponent("a\(index).txt"), atomically: false, encoding: .utf8)
    }
    let stderr = folder.url.appendingPathComponent("stderr")
    try Data().write(to: stderr)
    let errorHandle = try FileHandle(forWritingTo: stderr)
    defer { try? errorHandle.close() }

    let process = Process()
    process.executableURL = try Executables.crosscheck()
    process.arguments = [
      "-q", "-c", "load many", "-c", "save s.json", "-c", "export markdown report.md",
    ]
    process.currentDirectoryURL = folder.url
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": folder.url.path, "LANG": "C.UTF-8", "TERM": "dumb",
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errorHandle
    try process.run()
    // Interrupt once the handler is in place (before it, SIGINT would simply end the process)
    // and the load has begun.
    let installed = ContinuousClock.now
    while process.isRunning && !Self.catchesSIGINT(process.processIdentifier)
      && ContinuousClock.now - installed < .seconds(60)
    {
      Thread.sleep(forTimeInterval: 0.01)
    }
    Thread.sleep(forTimeInterval: 0.3)
    let runningWhenInterrupted = process.isRunning
    let interrupted = ContinuousClock.now
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let stopping = ContinuousClock.now - interrupted

    try #require(runningWhenInterrupted, "the load ended within a second; the test needs more text")
    #expect(process.terminationReason == .exit, "ended by the signal instead of stopping")
    #expect(process.terminationStatus == 130)
    #expect(stopping < .seconds(5), "took \(stopping) to stop")
    let errors = try String(contentsOf: stderr, encoding: .utf8)
    #expect(errors.hasSuffix("crosscheck: interrupted\n"), "\(errors)")
    #expect(errors.split(separator: "\n").count <= 2, "\(errors)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(Set(files) == ["many", "stderr"], "\(files)")
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
