import Testing

@testable import CrossCheckShell

@Suite("Tab completion")
struct CompleterTests {
  static let files: [String: [CompletionContext.Entry]] = [
    "": [.init("Corpus", isDirectory: true), .init("README.md"), .init(".hidden")],
    "Corpus/": [.init("bl0122.txt"), .init("bl0123.txt"), .init("gra1204.txt")],
    "My Files/": [.init("a b.txt")],
  ]

  let context = CompletionContext(
    sourceIDs: ["bl0122", "bl0123", "bl1127", "gra1204"],
    listDirectory: { CompleterTests.files[$0] })

  func complete(_ line: String) -> Completion {
    Completer.complete(line, commands: Shell.commands, context: context)
  }

  @Test func completesAUniqueCommandNameWithASpace() {
    #expect(complete("sources") == Completion(deleteCount: 7, insertion: "sources "))
    #expect(complete("disc") == Completion(deleteCount: 4, insertion: "discrepancies "))
    #expect(complete("  unl") == Completion(deleteCount: 3, insertion: "unload "))
  }

  @Test func aCommandNameThatBeginsAnotherIsExtendedThenListed() {
    // 'source' runs a script; 'sources' lists the loaded sources.
    #expect(complete("sou") == Completion(deleteCount: 3, insertion: "source"))
    #expect(complete("source") == Completion(alternatives: ["source", "sources"]))
  }

  @Test func listsCommandNamesOnAnEmptyLine() {
    let completion = complete("")
    #expect(completion.alternatives.contains("sources"))
    #expect(completion.alternatives.contains("help"))
    #expect(completion.insertion.isEmpty)
  }

  @Test func extendsToTheCommonPrefixBeforeListing() {
    #expect(complete("show b") == Completion(deleteCount: 1, insertion: "bl"))
    #expect(complete("show bl") == Completion(alternatives: ["bl0122", "bl0123", "bl1127"]))
    #expect(complete("show bl01") == Completion(deleteCount: 4, insertion: "bl012"))
  }

  @Test func completesSourceIDsForCommandsThatTakeThem() {
    #expect(complete("show g") == Completion(deleteCount: 1, insertion: "gra1204 "))
    #expect(complete("unload gra") == Completion(deleteCount: 3, insertion: "gra1204 "))
    #expect(complete("show x") == .none)
  }

  @Test func completesCommandNamesAfterHelp() {
    #expect(complete("help lo") == Completion(deleteCount: 2, insertion: "load "))
  }

  @Test func completesPathsAfterLoad() {
    #expect(complete("load Co") == Completion(deleteCount: 2, insertion: "Corpus/"))
    #expect(
      complete("load Corpus/g") == Completion(deleteCount: 8, insertion: "Corpus/gra1204.txt "))
    #expect(complete("load Corpus/bl") == Completion(deleteCount: 9, insertion: "Corpus/bl012"))
    #expect(
      complete("load Corpus/bl012")
        == Completion(alternatives: ["bl0122.txt", "bl0123.txt"]))
    #expect(complete("load ") == Completion(alternatives: ["Corpus/", "README.md"]))
    #expect(complete("load Corpus/ Corpus/gr").insertion == "Corpus/gra1204.txt ")
  }

  @Test func escapesSpacesInCompletedPaths() {
    #expect(
      complete("load My\\ Files/a")
        == Completion(deleteCount: 11, insertion: "My\\ Files/a\\ b.txt "))
    #expect(
      complete("load \"My Files/a")
        == Completion(deleteCount: 11, insertion: "My\\ Files/a\\ b.txt "))
  }

  @Test func completesOptionNames() {
    #expect(complete("show --he") == Completion(deleteCount: 4, insertion: "--help "))
  }

  @Test func offersNothingForUnknownCommandsOrCommandsWithoutArguments() {
    #expect(complete("frobnicate x") == .none)
    #expect(complete("sources ") == .none)
  }
}
