import Foundation
import Testing

@testable import CrossCheckCore

/// One sentence's different values of one kind are its parts side by side, not a discrepancy;
/// the same value written in two currencies in one sentence is still a conversion to check.
@Suite("One sentence's parts")
struct ScanSentencePartsTests: ScanArticleFixtures {
  @Test func oneSentencesValuesOfOneKindAreNotOfferedAlone() {
    let article = source(
      "a", date: "2026-03-10",
      "Trial results for new blood thinner\n\nThe trial enrolled 14,200 patients. Discontinuation due to adverse events was 6.2% and 6.9%, respectively. Insurers' early estimates put damage at about US$130 million, or C$180 million, the agency said.\n"
    )
    let found = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article]).map { $0.figures.map(\.figure.text) }
    #expect(!found.contains { $0.contains("6.2%") && $0.contains("6.9%") })
    #expect(found.contains { $0.contains("about US$130 million") && $0.contains("C$180 million") })
  }

  /// A hedge on one of a sentence's parts does not make them two accounts of one thing.
  @Test(arguments: [
    "At least 30 passengers were killed and 12 passengers were injured, police said.",
    "Inspectors said nearly 37 structures were destroyed, 22 of them homes.",
  ])
  func oneSentencesPartsOneHedgedAreNotOffered(_ sentence: String) {
    let article = source(
      "a", date: "2026-04-06",
      "Crash on the coast road\n\n\(sentence) The army said it had sent troops to the area.\n")
    let found = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article]).map { $0.figures.map(\.figure.text) }
    #expect(found.allSatisfy { $0.count < 2 }, "\(found)")
  }

  /// One sentence that gives one count to no one and a second to a named source.
  @Test func oneSentencesCountsGivenToDifferentSourcesAreOffered() {
    let article = source(
      "a", date: "2026-08-14",
      "Fire sweeps through old town\n\nThe blaze destroyed 40 homes on the northern edge of the old quarter during the long night, while the regional emergency service counted 46 homes.\n"
    )
    let found = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article]).map { $0.figures.map(\.figure.text) }
    #expect(found.contains { $0.contains("40") && $0.contains("46") }, "\(found)")
  }

  /// A whole and its part, written alike and given to one source, stay the sentence's parts.
  @Test func oneSentencesWholeAndPartAreNotOffered() {
    let article = source(
      "a", date: "2026-08-14",
      "Storm damage assessed\n\nInspectors said 37 structures were destroyed, 22 of them homes. Crews restored power to the valley on Friday.\n"
    )
    let found = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article]).map { $0.figures.map(\.figure.text) }
    #expect(!found.contains { $0.contains("37") && $0.contains("22") }, "\(found)")
  }
}
