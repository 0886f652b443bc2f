import ArgumentParser
import CrossCheckTestSupport
import Testing

@testable import CrossCheckShell

/// The state-changing commands read plain argument lines themselves (``PlainArguments``) and
/// leave the rest to ArgumentParser: every line read plainly must be one ArgumentParser accepts,
/// read to the same command.
@Suite struct PlainArgumentsTests {
  /// Words a journal line or an analyst could give, plain and not: option names of every
  /// command, help requests, ArgumentParser's own syntax, empty and spaced words.
  static let pool = [
    "D1", "bl0122:9", "a b", "help", "", "-x", "-5", "--", "-h", "--help", "--title", "--title=x",
    "--remove", "--force", "--date", "--source", "--format", "json", "import", "2025-12-03",
    "EUR", "tolerance", "--kind", "money", "--grep", "--verdict", "--tag", "csv", "Json",
  ]

  static let commands: [any PlainlyParsedCommand.Type] = [
    FlagCommand.self, NoteCommand.self, VerdictCommand.self, TagCommand.self,
    UnflagCommand.self, UndoCommand.self, RedoCommand.self, SetCommand.self, LoadCommand.self,
    UnloadCommand.self, RateCommand.self, RatesCommand.self, VerdictsCommand.self,
    SourcesCommand.self, ShowCommand.self, FigureCommand.self, FiguresCommand.self,
    DiscrepanciesCommand.self,
  ]

  /// Every list of up to two words from the pool, and longer ones drawn at random (the same
  /// each run).
  static func argumentLists() -> [[String]] {
    var lists: [[String]] = [[]]
    for first in pool {
      lists.append([first])
      for second in pool { lists.append([first, second]) }
    }
    var generator = SplitMix64(seed: 15)
    for _ in 0..<600 {
      let count = 3 + Int(generator.next() % 4)
      lists.append((0..<count).map { _ in pool[Int(generator.next() % UInt64(pool.count))] })
    }
    return lists
  }

  @Test func everyStateChangingCommandReadsPlainLines() {
    let plain = Set(Self.commands.map { "\($0)" })
    let stateChanging = Shell.commands.filter { $0.changesState }.map { "\($0)" }
    #expect(stateChanging.count == 13)
    #expect(stateChanging.allSatisfy(plain.contains))
    let registered = Shell.commands.compactMap { $0 as? any PlainlyParsedCommand.Type }
    #expect(Set(registered.map { "\($0)" }) == plain)
  }

  @Test(arguments: commands.map(CommandType.init))
  func aPlainReadingIsArgumentParsersReading(_ command: CommandType) {
    var plainlyRead = 0
    for arguments in Self.argumentLists() {
      guard let plain = command.type.parsedPlainly(arguments) else { continue }
      plainlyRead += 1
      let parsed = try? command.type.parse(arguments)
      #expect(parsed != nil, "ArgumentParser refuses \(arguments), read plainly")
      if let parsed {
        #expect(
          Self.fields(of: plain) == Self.fields(of: parsed),
          "\(arguments) reads differently")
      }
    }
    // The plain reading is used at all (otherwise this test would prove nothing).
    #expect(plainlyRead > 0)
  }

  @Test func journalLinesAreReadPlainly() {
    let lines: [(any PlainlyParsedCommand.Type, [String])] = [
      (FlagCommand.self, ["bl0122:9", "il1203:11", "--title", "Frozen assets"]),
      (NoteCommand.self, ["D1", "checked against the ECB figure"]),
      (VerdictCommand.self, ["D1", "scope-difference"]),
      (TagCommand.self, ["D1", "assets", "--remove"]),
      (UnflagCommand.self, ["D2"]),
      (UndoCommand.self, []),
      (SetCommand.self, ["tolerance", "0.2"]),
      (LoadCommand.self, ["/tmp/Corpus/bl0122.txt"]),
      (UnloadCommand.self, ["bl0122", "--force"]),
      (RateCommand.self, ["EUR", "USD", "1.16", "--date", "2025-12-03", "--source", "ECB"]),
      (RatesCommand.self, ["import", "/tmp/eurofxref.csv"]),
      (VerdictsCommand.self, ["add", "misquote"]),
    ]
    for (type, arguments) in lines {
      #expect(type.parsedPlainly(arguments) != nil, "\(type) \(arguments)")
    }
  }

  @Test func whatIsNotPlainIsLeftToArgumentParser() {
    #expect(FlagCommand.parsedPlainly(["bl0122:9", "--title=x"]) == nil)
    #expect(FlagCommand.parsedPlainly(["bl0122:9", "--title", "a", "--title", "b"]) == nil)
    #expect(FlagCommand.parsedPlainly(["--help"]) == nil)
    #expect(NoteCommand.parsedPlainly(["D1"]) == nil)  // validate() fails: ArgumentParser says why
    #expect(TagCommand.parsedPlainly(["D1", "-5"]) == nil)
    #expect(SetCommand.parsedPlainly(["tolerance", ""]) == nil)
    #expect(SourcesCommand.parsedPlainly(["--format", "yaml"]) == nil)
    #expect(SourcesCommand.parsedPlainly(["--format", "csv"])?.format == .csv)
  }

  /// A command's stored values, property wrappers and all, as text.
  static func fields(of command: any ShellCommand) -> String {
    String(reflecting: command)
  }
}

/// A command type as a test argument (with a readable name).
struct CommandType: CustomTestStringConvertible, Sendable {
  let type: any PlainlyParsedCommand.Type
  var testDescription: String { "\(type)" }
}
