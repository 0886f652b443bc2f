import CrossCheckCore
import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

/// `verdicts add NAME "MEANING"`: a session's own verdict says what it means, in the list and
/// in the reports, as the built-in ones do.
@Suite("Verdicts added with their meaning")
struct VerdictMeaningTests {
  func shellWithAFlag() throws -> (RecordingShell, TemporaryDirectory) {
    let folder = try TemporaryDirectory()
    try folder.write("a.txt", "The ministry said 40 people died.\n")
    let shell = RecordingShell()
    #expect(shell.run("load \(folder.path)/a.txt") == .succeeded)
    #expect(shell.run("flag a:1 --title Deaths") == .succeeded)
    shell.clear()
    return (shell, folder)
  }

  @Test func aMeaningShowsInTheListAndTheReports() throws {
    let (shell, _) = try shellWithAFlag()
    #expect(
      shell.run("verdicts add misleading \"right, but framed to mislead\"") == .succeeded,
      "\(shell.errors)")
    #expect(shell.status.contains("added the verdict 'misleading': right, but framed to mislead"))
    #expect(shell.run("verdicts add odd") == .succeeded)
    shell.clear()
    shell.run("verdicts")
    #expect(shell.output.contains("misleading          right, but framed to mislead"))
    #expect(shell.output.contains("odd                 added in this session"))
    shell.clear()
    shell.run("verdicts --format csv")
    #expect(shell.output.contains("misleading,\"right, but framed to mislead\",yes\r\n"))
    #expect(shell.output.contains("odd,,yes\r\n"))
    shell.run("verdict D1 misleading")
    shell.clear()
    shell.run("export markdown")
    #expect(shell.output.contains("**Verdict:** misleading — right, but framed to mislead"))
    shell.clear()
    shell.run("export json")
    #expect(shell.output.contains(#""verdictMeaning" : "right, but framed to mislead""#))
    // Undone with the verdict it came with.
    shell.run("verdict D1 unresolved")
    #expect(shell.run("undo") == .succeeded)
    #expect(shell.run("undo") == .succeeded)
    #expect(shell.shell.analysis.settings.customVerdictMeanings?["misleading"] != nil)
    #expect(shell.run("undo") == .succeeded)
    #expect(shell.run("undo") == .succeeded)
    #expect(shell.shell.analysis.meaning(ofVerdict: "misleading") == nil)
  }

  @Test func aMeaningIsOneLineOfReasonableLengthAndOnlyOne() throws {
    let (shell, _) = try shellWithAFlag()
    #expect(shell.run("verdicts add a \"one\" \"two\"") == .failed)
    #expect(shell.errors.contains("usage: verdicts [add NAME [\"MEANING\"]]"), "\(shell.errors)")
    shell.clear()
    #expect(shell.run("verdicts add a \"  \"") == .failed)
    #expect(shell.errors.contains("one line of words"), "\(shell.errors)")
    shell.clear()
    #expect(shell.run("verdicts add a \"\(String(repeating: "x", count: 201))\"") == .failed)
    #expect(shell.errors.contains("at most 200"), "\(shell.errors)")
    #expect(shell.shell.analysis.settings.customVerdicts.isEmpty)
  }

  @Test func aSessionKeepsTheMeaningAndRefusesOneForAVerdictItLacks() throws {
    let (shell, folder) = try shellWithAFlag()
    shell.run("verdicts add misquote 'a quotation was changed'")
    let path = folder.path + "/s.json"
    #expect(shell.run("save \(path)") == .succeeded, "\(shell.errors)")
    let reopened = RecordingShell()
    #expect(reopened.run("open \(path)") == .succeeded, "\(reopened.errors)")
    #expect(reopened.shell.analysis.meaning(ofVerdict: "misquote") == "a quotation was changed")

    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(#""misquote" : "#))
    let edited = folder.path + "/edited.json"
    try text.replacingOccurrences(of: #""misquote" : "#, with: #""rounding" : "#)
      .write(toFile: edited, atomically: true, encoding: .utf8)
    let refused = RecordingShell()
    #expect(refused.run("open \(edited)") == .failed)
    #expect(
      refused.errors.contains("settings.customVerdictMeanings.rounding is 'rounding'"),
      "\(refused.errors)")
  }
}
