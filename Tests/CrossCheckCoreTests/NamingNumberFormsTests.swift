import Foundation
import Testing

@testable import CrossCheckCore

/// Numbers in real news that only name: "one" standing for a noun compared, a law's sections,
/// a document's number, a quarter named by its number, a catalogue's planet and a capitalized
/// number word inside a name.
@Suite("Naming number forms")
struct NamingNumberFormsTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    "The quake was worse than one that struck in 2010.",
    "This storm was stronger than one which hit the coast last year.",
  ])
  func oneStandingForANounAfterThanIsAPronoun(_ sentence: String) {
    #expect(!texts(sentence).contains { $0.lowercased() == "one" }, "\(texts(sentence))")
  }

  @Test func moreThanOneThatIsStillACount() {
    #expect(texts("They found more than one that was damaged.").contains("more than one"))
  }

  @Test(arguments: [
    ("He was charged under section 304 of the penal code.", ["304"]),
    ("Police added IPC sections 37 and 38 to the charges.", ["37", "38"]),
    ("They were booked under sections 153, 154 and 175.", ["153", "154", "175"]),
    ("Under Rule 12 the speaker may adjourn.", ["12"]),
    ("Officers registered FIR no. 64/2023 on Monday.", ["64/2023", "64"]),
  ])
  func aNumberThatLabelsALawOrACaseIsNoFigure(_ sentence: String, _ labels: [String]) {
    let found = texts(sentence)
    for label in labels {
      #expect(!found.contains { $0.contains(label) }, "\(found)")
    }
  }

  @Test func aCountAfterSectionsInAnotherSenseStaysACount() {
    #expect(texts("The bridge was built in 12 sections and 40 workers.").contains("40"))
  }

  @Test(arguments: [
    "We will know at the end of quarter one position whether targets are met.",
    "Sales in Quarter 2 were flat.",
  ])
  func aQuarterNamedByItsNumberIsNoCount(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .count }, "\(texts(sentence))")
  }

  @Test(arguments: [
    "Astronomers studied LHS 3844 b, a rocky planet.",
    "The planet TOI 270 d may hold water.",
  ])
  func aCatalogueDesignationIsAName(_ sentence: String) {
    let found = texts(sentence)
    #expect(!found.contains { $0.contains("3844") || $0.contains("270") }, "\(found)")
  }

  @Test(arguments: [
    "Fans cheered as the Three Lions reached the final.",
    "Tickets to hear the Three Tenors sold out in an hour.",
  ])
  func aNumberWordInsideAProperNameIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }
}
