import Foundation
import Testing

/// Sessions and scripts through the real binary, in batch mode.
@Suite("Sessions from the command line", .timeLimit(.minutes(1)))
struct SessionCLITests {
  @Test("a script with a one-character name and a relative path inside runs (it used to trap)")
  func oneCharacterScriptName() throws {
    let run = try Run(files: [
      "x": "load a.txt\nsource y\n",
      "y": "figures a\n",
      "a.txt": "The budget was $5 million in 2024, up from $4 million.\n",
    ])
    let result = try run("--batch", "x")
    #expect(result.status == 0, "\(result)")
    #expect(result.errors.contains("loaded a"), "\(result)")
    #expect(result.output.contains("$5 million"), "\(result)")
  }

  @Test("'save NAME' writes Sessions/NAME.json, like a bare 'save'; a path with '/' is a path")
  func saveNameGoesToSessions() throws {
    let run = try Run()
    let result = try run("-c", "rate EUR USD 1.16 --date 2025-12-03", "-c", "save frozen")
    #expect(result.status == 0, "\(result)")
    let folder = run.folder.url
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Sessions/frozen.json").path))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("frozen.json").path))
    let explicit = try run("-c", "rate EUR USD 1.16 --date 2025-12-03", "-c", "save ./here")
    #expect(explicit.status == 0, "\(explicit)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("here.json").path))
  }

  @Test("two processes on one session: the second save is refused, the first's work survives")
  func twoProcessesOnOneSession() throws {
    let run = try Run()
    let setUp = try run("-c", "rate EUR USD 1.16 --date 2025-12-03", "-c", "save s")
    #expect(setUp.status == 0, "\(setUp)")
    let session = run.folder.url.appendingPathComponent("Sessions/s.json")

    // The first CrossCheck opens the session and keeps reading commands from a pipe.
    let first = Process()
    first.executableURL = try Executables.crosscheck()
    first.arguments = ["--session", "Sessions/s.json"]
    first.currentDirectoryURL = run.folder.url
    first.environment = ["PATH": "/usr/bin:/bin", "HOME": run.folder.url.path, "LANG": "C.UTF-8"]
    let input = Pipe()
    let errors = run.folder.url.appendingPathComponent("first-stderr")
    try Data().write(to: errors)
    let errorHandle = try FileHandle(forWritingTo: errors)
    defer { try? errorHandle.close() }
    first.standardInput = input
    first.standardOutput = FileHandle.nullDevice
    first.standardError = errorHandle
    try first.run()
    input.fileHandleForWriting.write(Data("rate EUR USD 1.17 --date 2025-12-04\n".utf8))
    // Let it open the session before the second one writes it.
    Thread.sleep(forTimeInterval: 2)

    let second = try run(
      "--session", "Sessions/s.json", "-c", "rate EUR USD 1.18 --date 2025-12-05", "-c", "save")
    #expect(second.status == 0, "\(second)")

    input.fileHandleForWriting.write(Data("save\n".utf8))
    try input.fileHandleForWriting.close()
    first.waitUntilExit()
    #expect(first.terminationStatus == 1)
    let said = try String(contentsOf: errors, encoding: .utf8)
    #expect(said.contains("changed on disk"), "\(said)")
    let saved = try String(contentsOf: session, encoding: .utf8)
    #expect(saved.contains("1.18"))
    #expect(!saved.contains("1.17"))
  }
}
