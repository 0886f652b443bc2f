import Foundation
import Testing

@testable import CrossCheckCore

/// An ISO 8601 date is one date; an ordinal in a standing unit's or body's name ranks nothing;
/// a hedge bounds its number across "another" or "a further": forms of datelines, war and court
/// reporting, and running tolls.
@Suite("ISO dates, unit ordinals and additive hedges")
struct DatesUnitsAndAdditiveHedgesTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    ("Posted 2011-12-18 by staff.", "2011-12-18"),
    ("Updated: 2024-10-23 14:05 GMT", "2024-10-23"),
    ("The rule ends on 2030-12-31.", "2030-12-31"),
    ("It was filed (2024-02-29) in court.", "2024-02-29"),
  ])
  func anISODateIsOneDate(_ sentence: String, _ date: String) {
    let found = figures(sentence).filter { $0.kind != .time }
    #expect(found.count == 1, "gave \(described(sentence))")
    #expect(found.first?.kind == .date && found.first?.text == date, "gave \(described(sentence))")
    #expect(found.first?.date == date, "gave \(described(sentence))")
  }

  @Test(arguments: [
    "The case is filed as REF-2024-10-23 in the register.",
    "Batch 2024-10-23-001 was recalled.",
    "The form lists 2023-02-30 as its date.",
  ])
  func aCodeOrAnImpossibleDayIsNoISODate(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .date }, "gave \(described(sentence))")
  }

  @Test(arguments: [
    "Soldiers from the 4th Infantry Division arrived.",
    "The US 7th Fleet sailed north.",
    "Troops of the 101st Airborne Division left.",
    "The 9th Circuit ruled on the case.",
    "The 2nd Amendment debate went on.",
    "Officers from the 3rd Precinct came.",
  ])
  func anOrdinalInAUnitsNameRanksNothing(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .ordinal }, "gave \(described(sentence))")
  }

  @Test(arguments: [
    "The team finished 4th in the division.",
    "She came 3rd in the district race.",
    "Spurs Climb To 4th As Division Rivals Falter",
  ])
  func aLowerCaseOrdinalStillRanks(_ sentence: String) {
    #expect(figures(sentence).contains { $0.kind == .ordinal }, "gave \(described(sentence))")
  }

  @Test(arguments: [
    (
      "Rescuers said at least another 400 people were missing.", "at least another 400",
      Qualifier.atLeast
    ),
    ("Crews found nearly a further 2,000 damaged homes.", "nearly a further 2,000", .approx),
    ("The plan adds up to an additional 300 jobs.", "up to an additional 300", .atMost),
  ])
  func aHedgeBoundsItsNumberAcrossAnAdditiveWord(
    _ sentence: String, _ text: String, _ qualifier: Qualifier
  ) {
    let found = figures(sentence).first { $0.text == text }
    #expect(found?.qualifier == qualifier, "gave \(described(sentence))")
  }

  @Test(arguments: [
    ("The fire came close to another 40 homes.", "40"),
    ("Officials gave reports about another 30 deaths.", "30"),
  ])
  func aPrepositionBeforeAnAdditiveWordIsNoHedge(_ sentence: String, _ text: String) {
    let found = figures(sentence).first { $0.text == text }
    #expect(found != nil && found?.qualifier == nil, "gave \(described(sentence))")
  }

  @Test func anAdditiveWordAloneIsNoHedge() {
    let sentence = "Police found another 50 cars."
    let found = figures(sentence).first { $0.text == "50" }
    #expect(found != nil && found?.qualifier == nil, "gave \(described(sentence))")
  }
}
