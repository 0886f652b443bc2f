import ArgumentParser
import CrossCheckTestSupport
import Testing

@testable import crosscheck

/// `crosscheck`'s plain command lines are read without ArgumentParser (it was a third of
/// starting up): every line read plainly must be one ArgumentParser accepts, read to the same
/// command, and everything else is left to ArgumentParser.
@Suite struct CommandLineReadingTests {
  static let pool = [
    "Corpus/", "a b", "-c", "sources", "-q", "--quiet", "-f", "--batch", "job.cc", "-o",
    "out.txt", "--session", "s.json", "--force", "--trust", "--bail", "--echo", "--no-rc",
    "--history", "--export", "html", "figures", "repl", "help", "--help", "-h", "--version",
    "-qc", "--", "", "-x",
  ]

  /// Every list of up to two words from the pool, and longer ones drawn at random (the same
  /// each run).
  static func argumentLists() -> [[String]] {
    var lists: [[String]] = [[]]
    for first in pool {
      lists.append([first])
      for second in pool { lists.append([first, second]) }
    }
    // Seeded, so the drawn lists are the same every run.
    var generator = SplitMix64(seed: 15)
    func next() -> Int { Int(generator.next() % 1_000_000) }
    for _ in 0..<1_500 {
      lists.append((0..<(3 + next() % 5)).map { _ in pool[next() % pool.count] })
    }
    return lists
  }

  @Test func aPlainReadingIsArgumentParsersReading() {
    var plainlyRead = 0
    for arguments in Self.argumentLists() {
      guard let plain = ReplCommand.parsedPlainly(arguments) else { continue }
      plainlyRead += 1
      let parsed = try? CrossCheckCLI.parseAsRoot(arguments) as? ReplCommand
      #expect(parsed != nil, "ArgumentParser refuses \(arguments), read plainly")
      if let parsed {
        #expect(
          String(reflecting: plain) == String(reflecting: parsed), "\(arguments) reads differently")
      }
    }
    #expect(plainlyRead > 100)
  }

  @Test func theUsualCommandLinesAreReadPlainly() throws {
    let command = try #require(
      ReplCommand.parsedPlainly(["-q", "-c", "sources", "-c", "scan --limit 5", "Corpus/"]))
    #expect(command.commands == ["sources", "scan --limit 5"])
    #expect(command.paths == ["Corpus/"])
    #expect(command.quiet)
    #expect(ReplCommand.parsedPlainly(["--session", "s.json", "--trust"])?.trust == true)
    #expect(ReplCommand.parsedPlainly(["-f", "job.cc", "--bail", "--echo"])?.batch == "job.cc")
  }

  @Test func whatIsNotPlainIsLeftToArgumentParser() {
    #expect(ReplCommand.parsedPlainly(["figures", "Corpus/"]) == nil)
    #expect(ReplCommand.parsedPlainly(["--export", "html", "r.html", "--session", "s"]) == nil)
    #expect(ReplCommand.parsedPlainly(["--help"]) == nil)
    #expect(ReplCommand.parsedPlainly(["-f", "a", "--batch", "b"]) == nil)
    // Invalid together: ArgumentParser says why.
    #expect(ReplCommand.parsedPlainly(["-f", "job.cc", "-c", "sources"]) == nil)
    #expect(ReplCommand.parsedPlainly(["--trust"]) == nil)
  }
}
