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
    #expect(result.output.contains("loaded a"), "\(result)")
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
}
