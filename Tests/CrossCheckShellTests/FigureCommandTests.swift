import Testing

@testable import CrossCheckShell

@Suite("The figures and figure commands")
struct FigureCommandTests {
  func loadedShell(width: Int = 100) -> RecordingShell {
    let shell = RecordingShell(width: width)
    shell.run("load \(RecordingShell.corpusPath)")
    shell.clear()
    return shell
  }

  @Test func listsFiguresWithValuesHedgesAndMarkedSentences() {
    let shell = loadedShell()
    #expect(shell.run("figures bl0122 --kind money") == .succeeded)
    let lines = shell.output.split(separator: "\n").map(String.init)
    #expect(
      lines.contains {
        $0.hasPrefix("bl0122:9  money  300,000,000,000 USD?") && $0.contains("worldwide")
      })
    #expect(lines.contains { $0.contains("≈ 4,000,000,000–5,000,000,000 USD?  (about)") })
    #expect(shell.output.contains("estimated at [$300"))
    #expect(lines.last == "3 figures")
    #expect(lines.allSatisfy { $0.count <= 100 })
  }

  @Test func filtersByKindAndWord() {
    let shell = loadedShell()
    shell.run("figures --grep belgium")
    #expect(shell.output.contains("il1203:13"))
    #expect(shell.output.hasSuffix("2 figures\n"))
    shell.clear()
    shell.run("figures --kind tally")
    #expect(shell.output.contains("gra1204:") && shell.output.contains("[91-12]"))
    shell.clear()
    #expect(shell.run("figures --kind weight") == .failed)
    #expect(shell.errors.contains("figures:"))
  }

  @Test func showsOneFigureInFull() {
    let shell = loadedShell()
    #expect(shell.run("figure gra1204:5") == .succeeded)
    #expect(shell.output.contains("value    20000"))
    #expect(shell.output.contains("low      20000 (inclusive)"))
    #expect(shell.output.contains("hedge    at_least — “at least”"))
    #expect(shell.output.contains("unit     children"))
    #expect(shell.output.contains("[at least 20,000]"))
  }

  @Test func explainsBadFigureIDs() {
    let shell = loadedShell()
    #expect(shell.run("figure bl0122") == .failed)
    #expect(shell.errors.contains("is not a figure id"))
    shell.clear()
    shell.run("figure zz:1")
    #expect(shell.errors.contains("no source 'zz' is loaded"))
    shell.clear()
    shell.run("figure bl0122:999")
    #expect(shell.errors.contains("there is no bl0122:999"))
  }

  @Test func completesFigureIDsAndKinds() {
    let shell = loadedShell()
    #expect(shell.shell.complete("figure gr") == Completion(deleteCount: 2, insertion: "gra1204:"))
    #expect(shell.shell.complete("figure gra1204:8").insertion == "gra1204:8 ")
    #expect(
      shell.shell.complete("figures --kind mo") == Completion(deleteCount: 2, insertion: "money "))
    #expect(shell.shell.complete("figures --k") == Completion(deleteCount: 3, insertion: "--kind "))
  }
}
