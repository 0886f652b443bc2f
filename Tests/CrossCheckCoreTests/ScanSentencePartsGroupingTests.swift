import Foundation
import Testing

@testable import CrossCheckCore

/// Two different values one sentence gives in one unit are two things side by side, or one
/// thing at two moments: another report's figure never brings them into one group.
@Suite("One sentence's parts in groups")
struct ScanSentencePartsGroupingTests: ScanArticleFixtures {
  struct Case: Sendable, CustomStringConvertible {
    var sentence: String
    var other: String
    var parts: [String]
    var description: String { parts.joined(separator: " / ") }
  }

  static let cases = [
    Case(
      sentence: "Among those on board the airliner were 96 Singaporeans and 112 Canadians.",
      other: "The 112 Canadians on board the airliner landed in Vancouver on Thursday.",
      parts: ["96", "112"]),
    Case(
      sentence:
        "The training minimum wage will remain at 80 percent of the adult rate, rising from $19.16 to $19.68 an hour.",
      other: "Many students on the training minimum wage are paid $19.68 an hour.",
      parts: ["$19.16", "$19.68"]),
    Case(
      sentence:
        "In Dublin, sellers are asking an average of €5,120 per square metre, against €3,050 per square metre in the rest of the country.",
      other: "Asking prices in Dublin average €5,120 per square metre, the property report said.",
      parts: ["€5,120", "€3,050"]),
  ]

  /// The cases whose parts another report's figure brings into one cluster (in the wage
  /// case the scan's other rules keep them apart already).
  static let clusteredCases = [cases[0], cases[2]]

  @Test(arguments: clusteredCases)
  func oneSentencesPartsShareNoGroup(_ example: Case) throws {
    let found = suggestions([
      "Report\n\nThe figures came out on Monday. \(example.sentence) Officials gave no more details.\n",
      "Second report\n\nThe news broke on Tuesday. \(example.other) More details are due.\n",
    ])
    let together = found.filter { suggestion in
      example.parts.allSatisfy { part in
        suggestion.figures.contains { $0.figure.text == part && $0.source.id == SourceID("s0") }
      }
    }
    #expect(together.isEmpty, "\(found.map { $0.figures.map(\.figure.text) })")
  }

  /// The two parts' pair is marked so: a larger group keeps only one of them.
  @Test(arguments: cases)
  func oneSentencesPartsAreMarked(_ example: Case) throws {
    let (profiles, topics) = profiles(["Report\n\n\(example.sentence)\n"])
    let a = try profile(example.parts[0], in: profiles)
    let b = try profile(example.parts[1], in: profiles)
    let score = try #require(PairScore.score(a, b, topics: topics))
    #expect(score.isSentencePart)
  }

  /// A whole and its part in one sentence ("730 people, 310 of them") are a scope to check.
  @Test func aWholeAndItsPartAreNoParts() throws {
    let (profiles, topics) = profiles([
      "Report\n\nThe two plants together employ 730 people, 310 of them in Augusta.\n"
    ])
    let a = try profile("730", in: profiles)
    let b = try profile("310", in: profiles)
    let score = try #require(PairScore.score(a, b, topics: topics))
    #expect(!score.isSentencePart)
  }

  /// Two bodies' counts in one sentence are two accounts of one thing, free to join a group.
  @Test func countsGivenByTwoBodiesAreNoParts() throws {
    let (profiles, topics) = profiles([
      "Report\n\nPolice put the crowd at 250,000, while the union said 800,000 people marched.\n"
    ])
    let a = try profile("250,000", in: profiles)
    let b = try profile("800,000", in: profiles)
    let score = PairScore.score(a, b, topics: topics)
    #expect(score.map { !SentenceParts.areParts(a, b, relation: $0.relation) } ?? true)
  }
}
