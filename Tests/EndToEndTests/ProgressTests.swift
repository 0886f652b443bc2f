import Foundation
import Testing

/// A long load at the real prompt, in tmux: a progress line on the terminal after a second, and
/// Ctrl-C stopping the load with the session as it was.
@Suite("Progress and Ctrl-C at the prompt", .timeLimit(.minutes(2)))
struct ProgressTests {
  @Test("a long load shows progress, and Ctrl-C stops it with nothing loaded")
  func ctrlCStopsALongLoad() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    // Enough text that loading it takes well over a second: 4,000 articles of ~4 KB.
    let folder = session.folder.url.appendingPathComponent("many")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let paragraph = String(
      repeating: "The ministry said 4,200 homes were damaged and 37 people were hurt. ", count: 60)
    for index in 0..<4_000 {
      try "Report \(index)\n\n\(paragraph)\n".write(
        to: folder.appendingPathComponent("a\(index).txt"), atomically: false, encoding: .utf8)
    }

    try session.enter("load many")
    // The first progress line waits for the first batch of files: on a loaded machine that
    // takes longer than the usual wait, and a slow machine is not what this test is about.
    let drawing = try session.waitFor("loading ", timeout: .seconds(60))
    #expect(drawing.contains(" of 4000 files, "), "\(drawing)")
    try session.send(keys: "C-c")
    let stopped = try session.waitUntil(
      "the load interrupted and a new prompt", timeout: .seconds(30)
    ) {
      $0.contains("interrupted; nothing was loaded.") && $0.isAtEmptyPrompt
    }
    #expect(!stopped.contains("loaded a"), "\(stopped)")

    try session.enter("sources --format csv")
    let sources = try session.waitUntil("the sources and a new prompt") {
      $0.contains("bl0122") && $0.isAtEmptyPrompt
    }
    #expect(!sources.contains("many/a"), "no article of the stopped load is in the session")
  }
}
