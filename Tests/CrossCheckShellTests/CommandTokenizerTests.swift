import Testing

@testable import CrossCheckShell

@Suite("Command tokenizer")
struct CommandTokenizerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let words: [String]
    let ending: Tokenization.Ending
    var testDescription: String { input.debugDescription }
  }

  static let cases: [Case] = [
    Case(input: "", words: [], ending: .complete),
    Case(input: "   ", words: [], ending: .complete),
    Case(input: "sources", words: ["sources"], ending: .complete),
    Case(input: "  show   bl0122  ", words: ["show", "bl0122"], ending: .complete),
    Case(input: "load\tCorpus/", words: ["load", "Corpus/"], ending: .complete),
    Case(
      input: #"load "My Articles/a.txt""#, words: ["load", "My Articles/a.txt"], ending: .complete),
    Case(input: "load 'it''s'", words: ["load", "its"], ending: .complete),
    Case(input: #"note D1 'say "hi"'"#, words: ["note", "D1", #"say "hi""#], ending: .complete),
    Case(
      input: #"note D1 "a \"quoted\" word""#, words: ["note", "D1", #"a "quoted" word"#],
      ending: .complete),
    Case(
      input: #"note D1 'back\slash'"#, words: ["note", "D1", #"back\slash"#], ending: .complete),
    Case(input: #"load My\ Articles"#, words: ["load", "My Articles"], ending: .complete),
    Case(input: "a\\#b", words: ["a#b"], ending: .complete),
    Case(input: "a\"b c\"d", words: ["ab cd"], ending: .complete),
    Case(input: "x \"\" y", words: ["x", "", "y"], ending: .complete),
    Case(input: "# just a comment", words: [], ending: .complete),
    Case(input: "sources # list them", words: ["sources"], ending: .complete),
    Case(input: "tag D1 a#b", words: ["tag", "D1", "a#b"], ending: .complete),
    Case(
      input: "note D1 \"# not a comment\"", words: ["note", "D1", "# not a comment"],
      ending: .complete),
    Case(input: "compare €210bn “six”", words: ["compare", "€210bn", "“six”"], ending: .complete),
    Case(input: "load \\", words: ["load"], ending: .continuation),
    Case(input: "load \\\nCorpus/", words: ["load", "Corpus/"], ending: .complete),
    Case(input: "lo\\\nad x", words: ["load", "x"], ending: .complete),
    Case(input: "note D1 \"two\\\nlines\"", words: ["note", "D1", "twolines"], ending: .complete),
    Case(input: "a # comment \\", words: ["a"], ending: .complete),
    Case(input: "show \"abc", words: ["show", "abc"], ending: .openQuote("\"", column: 5)),
    Case(input: "show 'abc", words: ["show", "abc"], ending: .openQuote("'", column: 5)),
    Case(input: "a\r", words: ["a"], ending: .complete),
  ]

  @Test(arguments: cases)
  func splitsWords(_ example: Case) {
    let result = CommandTokenizer.tokenize(example.input)
    #expect(result.words.map(\.text) == example.words)
    #expect(result.ending == example.ending)
  }

  @Test func recordsWordPositionsInScalars() {
    let result = CommandTokenizer.tokenize("compare €210bn  \"x y\"")
    #expect(result.words.map(\.start) == [0, 8, 16])
    #expect(result.words.map(\.end) == [7, 14, 21])
    #expect(result.words.map(\.isQuoted) == [false, false, true])
  }

  @Test func tellsWhetherTheTextEndsInsideAWord() {
    #expect(CommandTokenizer.tokenize("show bl").endsInsideWord)
    #expect(!CommandTokenizer.tokenize("show ").endsInsideWord)
    #expect(CommandTokenizer.tokenize("load \"My Art").endsInsideWord)
  }

  @Test(arguments: [
    "plain", "two words", "it's", #"say "hi""#, "back\\slash", "#tag", "", "€ “x”",
    // A quote or backslash followed by a combining mark (one Character, two scalars).
    "'\u{35C}", "\"\u{301}'", "x\\\u{301} 'y'",
  ])
  func quotingRoundTrips(_ word: String) {
    let tokens = CommandTokenizer.tokenize("cmd " + CommandTokenizer.quote(word))
    #expect(tokens.words.map(\.text) == ["cmd", word])
    #expect(tokens.ending == .complete)
  }

  /// `firstWord(of:)` reads a plain first word itself and must read every first word as the
  /// tokenizer does.
  @Test(arguments: [
    "flag bl0122:9 il1203:11", "  note D1 x", "\tundo", "load", "", "   ", "# comment",
    "lo\\ad x", "'load' x", "\"rates\" import f", "l'oad' x", "note#1 x", "rates\nimport",
    "load\\\nmore", "é x", "\"open", "set tolerance 0.2 # why",
  ])
  func theFirstWordIsTheTokenizersFirstWord(_ line: String) {
    #expect(
      CommandTokenizer.firstWord(of: line) == CommandTokenizer.tokenize(line).words.first?.text)
  }
}
