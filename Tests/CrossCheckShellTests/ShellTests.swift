import Testing

@testable import CrossCheckShell

@Suite("Running commands")
struct ShellTests {
  @Test func blankLinesAndCommentsAreNotCommands() {
    let shell = RecordingShell()
    #expect(shell.run("") == .empty)
    #expect(shell.run("   # a comment") == .empty)
    #expect(shell.output.isEmpty && shell.errors.isEmpty)
  }

  @Test func unknownCommandsGetASuggestion() {
    let shell = RecordingShell()
    #expect(shell.run("sorces") == .failed)
    #expect(shell.errors == "error: unknown command 'sorces' — did you mean 'sources'?\n")
    shell.clear()
    shell.run("xyzzy")
    #expect(shell.errors == "error: unknown command 'xyzzy'; type 'help' to list the commands.\n")
  }

  @Test func usageErrorsNameTheCommandAndItsUsage() {
    let shell = RecordingShell()
    #expect(shell.run("show") == .failed)
    #expect(shell.errors == "error: show: missing expected argument '<id>'; usage: show <id>\n")
    shell.clear()
    shell.run("sources --bogus")
    #expect(shell.errors.hasPrefix("error: sources: unknown option '--bogus'"))
  }

  @Test func unclosedQuotesArePointedAt() {
    let shell = RecordingShell()
    #expect(shell.run("show \"bl01") == .failed)
    #expect(
      shell.errors
        == "error: this double quote is never closed; add a closing \"\n  show \"bl01\n       ^\n")
  }

  @Test func scriptErrorsCarryFileAndLine() {
    let shell = RecordingShell()
    let result = ScriptRunner.run(
      ["# setup", "sources", "", "shwo bl0122", "load \\", "  /no/such.txt"], file: "check.cc",
      in: shell.shell)
    #expect(result == ScriptRunner.Result(commands: 3, failures: 2))
    #expect(
      shell.errors == """
        crosscheck:check.cc:4: unknown command 'shwo' — did you mean 'show'?
        crosscheck:check.cc:5: '/no/such.txt' does not exist; check the path (relative paths start \
        at the current folder).

        """)
  }

  @Test func quitStopsAScript() {
    let shell = RecordingShell()
    let result = ScriptRunner.run(["quit", "sorces"], file: "-", in: shell.shell)
    #expect(result.commands == 1)
    #expect(shell.shell.exitRequested)
    #expect(shell.errors.isEmpty)
  }

  /// Each command on a line of its own, its summary wrapped under itself when it is longer
  /// than the line.
  @Test func helpListsEveryCommandWithItsSummary() {
    let shell = RecordingShell()
    shell.run("help")
    let lines = shell.output.split(separator: "\n").map(String.init)
    for command in Shell.commands {
      guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(command.name) ") }) else {
        Issue.record("\(command.name) is not listed")
        continue
      }
      let continued = lines[(start + 1)...].prefix {
        $0.hasPrefix(String(repeating: " ", count: 5))
      }
      let entry = ([lines[start]] + continued).map { $0.trimmingCharacters(in: .whitespaces) }
        .joined(separator: " ")
      #expect(entry.hasSuffix(command.configuration.abstract), "\(command.name): \(entry)")
    }
  }

  @Test func helpForACommandGivesUsageAndExample() {
    let shell = RecordingShell()
    for command in Shell.commands {
      shell.clear()
      #expect(shell.run("help \(command.name)") == .succeeded)
      #expect(shell.output.contains("USAGE: "), "\(command.name)")
      #expect(shell.output.contains("EXAMPLE:\n  \(command.example)"), "\(command.name)")
      #expect(!command.example.isEmpty)
    }
    shell.clear()
    shell.run("show --help")
    #expect(shell.output.contains("USAGE: show <id>"))
    shell.clear()
    #expect(shell.run("help sorces") == .failed)
    #expect(shell.errors.contains("did you mean 'sources'?"))
    // Nothing close: it says where the list of commands is.
    shell.clear()
    #expect(shell.run("help zzzzzz") == .failed)
    #expect(
      shell.errors
        == "error: there is no command 'zzzzzz'; type 'help' to list the commands.\n")
  }

  @Test func everyExampleParses() throws {
    for command in Shell.commands {
      let words = CommandTokenizer.tokenize(command.example).words.map(\.text)
      #expect(words.first == command.name)
      _ = try command.parse(Array(words.dropFirst()))
    }
  }

  @Test func loadsListsShowsAndUnloadsTheCorpus() throws {
    let shell = RecordingShell(width: 60)
    #expect(shell.run("sources") == .succeeded)
    #expect(shell.output.contains("No sources are loaded"))
    shell.clear()
    #expect(shell.run("load \(RecordingShell.corpusPath)") == .succeeded)
    #expect(shell.status.split(separator: "\n").filter { $0.hasPrefix("loaded ") }.count == 5)
    shell.clear()
    shell.run("sources")
    let rows = shell.output.split(separator: "\n")
    #expect(rows.count == 6)
    #expect(rows[0].hasPrefix("ID"))
    #expect(rows.allSatisfy { $0.count <= 60 })
    #expect(
      rows[1].hasPrefix("bl0122") && rows[1].contains("Bloomberg News")
        && rows[1].contains("2026-01-22"))
    #expect(rows[4].contains("(no headline)") && rows[4].contains("Guardian"))
    shell.clear()
    #expect(shell.run("show bl1127") == .succeeded)
    let shown = shell.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(shown[0] == "Putin says no final peace plan draft yet but open to talks")
    #expect(shown.allSatisfy { $0.count <= 60 })
    let unwrapped = shown.joined()
    #expect(unwrapped.contains("85613935c590a0026bf7d37961ed08174ac214b18664ceaea2a12afea5b26324"))
    #expect(
      shown.contains { $0.hasPrefix("Putin said that, according to his knowledge, the 28-point") })
    shell.clear()
    #expect(shell.run("unload bl1127") == .succeeded)
    #expect(shell.run("show bl1127") == .failed)
    #expect(shell.errors.contains("no source 'bl1127' is loaded"))
  }

  @Test func aFailedLoadReportsEachProblemAndKeepsTheRest() {
    let shell = RecordingShell()
    #expect(shell.run("load /no/such.txt \(RecordingShell.corpusPath)/bl0122.txt") == .failed)
    #expect(shell.status.contains("loaded bl0122"))
    #expect(shell.errors.contains("'/no/such.txt' does not exist"))
    #expect(shell.shell.corpus.sources.count == 1)
  }
}
