import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Names spelled more than one way")
struct NameVariantsTests {
  static let corpusPath =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path + "/Corpus"

  static func corpusSources() -> [Source] {
    var corpus = Corpus()
    _ = corpus.load(corpusPath)
    return corpus.sources
  }

  static func sources(_ texts: [String: String]) throws -> [Source] {
    let folder = try TemporaryDirectory()
    var corpus = Corpus()
    for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
      _ = corpus.load(try folder.write(name, text))
    }
    return corpus.sources
  }

  @Test func groupsTheThreeSpellingsOfZelenskyyWithTheirSources() throws {
    let sources = Self.corpusSources()
    #expect(sources.count == 5)
    let groups = NameVariants.find(in: sources)
    let group = try #require(groups.first { $0.spelling("Zelenskyy") != nil })
    #expect(group.spellings.map(\.text) == ["Zelenskyy", "Zelenskiy", "Zelensky"])
    #expect(group.reasons == [.transliteration])

    let zelenskyy = try #require(group.spelling("Zelenskyy"))
    #expect(zelenskyy.sources == [SourceID("bl0122"), SourceID("bl0123")])
    #expect(zelenskyy.uses.map(\.count) == [3, 5])
    let zelenskiy = try #require(group.spelling("Zelenskiy"))
    #expect(zelenskiy.sources == [SourceID("gra1204")])
    // "Zelenskiy’s chief of staff" counts as a use of the spelling.
    #expect(zelenskiy.count == 3)
    let zelensky = try #require(group.spelling("Zelensky"))
    #expect(zelensky.sources == [SourceID("il1203")])
    #expect(zelensky.count == 3)
    #expect(group.sources.count == 4)

    // The first offset points at the spelling, and the context is the text around it.
    let use = zelenskiy.uses[0]
    let guardian = try #require(sources.first { $0.id == SourceID("gra1204") })
    #expect(guardian.text(from: use.firstStart, to: use.firstEnd) == "Zelenskiy")
    #expect(use.before.hasSuffix("Ukrainian president Volodymyr "))
    #expect(use.after.hasPrefix(" has ruled out"))
  }

  @Test func findsNoOtherPairsInTheCorpus() {
    let groups = NameVariants.find(in: Self.corpusSources())
    #expect(groups.map { $0.spellings.map(\.text) } == [["Zelenskyy", "Zelenskiy", "Zelensky"]])
  }

  @Test func derivedAdjectivesAndPluralsAreNotSpellingVariants() {
    let groups = NameVariants.find(in: Self.corpusSources())
    let grouped = Set(groups.flatMap { $0.spellings.map(\.text) })
    // Both words are in the corpus, capitalized and one letter apart.
    #expect(!(grouped.contains("Russia") && grouped.contains("Russian")))
    #expect(NameVariants.relation("Russia", "Russian") == nil)
    #expect(NameVariants.relation("Ukraine", "Ukrainian") == nil)
    #expect(NameVariants.relation("Belgium", "Belgian") == nil)
    #expect(NameVariants.relation("European", "Europeans") == nil)
    #expect(NameVariants.relation("Israel", "Israeli") == nil)
    #expect(NameVariants.relation("Kremlin", "Kremlins") == nil)
    // Without the derivation rule these would be one edit apart.
    #expect(
      NameVariants.closeSpelling(Array("russia".unicodeScalars), Array("russian".unicodeScalars)))
  }

  @Test func recognizesTransliterationAndSpellingVariants() {
    #expect(NameVariants.relation("Zelenskyy", "Zelensky") == .transliteration)
    #expect(NameVariants.relation("Zelenski", "Zelensky") == .transliteration)
    #expect(NameVariants.relation("Andrii", "Andriy") == .transliteration)
    #expect(NameVariants.relation("Kharkiv", "Harkiv") == .transliteration)
    #expect(NameVariants.relation("Prévot", "Prevot") == .transliteration)
    #expect(NameVariants.relation("Witkoff", "Witkof") == .spelling)
    #expect(NameVariants.relation("Zaporizhzhia", "Zaporizhia") == .spelling)
    // Short or differently starting words are not compared by edit distance.
    #expect(NameVariants.relation("Putin", "Puten") == nil)
    #expect(NameVariants.relation("Medvedev", "Nedvedev") == nil)
    #expect(NameVariants.relation("Peskov", "Pesков") == nil)
  }

  @Test func findsSpacingVariantsAndSkipsCommonWords() throws {
    let sources = try Self.sources([
      "a.txt": "Talks in Abu Dhabi went on. The Foreign Minister spoke. Kharkiv was shelled.",
      "b.txt": "Talks in Abu-Dhabi ended. The minister left. The Ministry denied it. Harkiv too.",
    ])
    let groups = NameVariants.find(in: sources)
    let spacing = try #require(groups.first { $0.spelling("Abu Dhabi") != nil })
    #expect(spacing.spellings.map(\.text).sorted() == ["Abu Dhabi", "Abu-Dhabi"])
    #expect(spacing.reasons == [.spacing])
    let city = try #require(groups.first { $0.spelling("Kharkiv") != nil })
    #expect(city.spelling("Harkiv")?.sources == [SourceID("b")])
    // "minister" is used in lower case, so "Minister" is a common word, not a name.
    #expect(!groups.contains { $0.spelling("Minister") != nil })
    #expect(groups.count == 2)
  }
}
