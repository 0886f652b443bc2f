import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of incident and court reports (crashes, accidents, crimes): flight codes, "one of" a
/// fleet, market moves written with a particle, "over" as a cause, counts of charges.
@Suite("Incident news forms")
struct IncidentNewsFormsTests {
  @Test(arguments: [
    "The flight SK 417 from Larsen came down short of the runway.",
    "Flight BA 2490 was diverted to Manchester.",
  ])
  func aNumberAfterAnOperatorsCodeIsNoFigure(_ sentence: String) {
    let found = figures(sentence)
    #expect(!found.contains { ["417", "2490"].contains($0.text) }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    "Nurses walked out on Tuesday in the first statewide strike in more than a decade.",
    "It was the first such ruling for 30 years.",
    "The club won its first title since 1989.",
  ])
  func aFirstInASpanOfTimeIsARecordClaim(_ sentence: String) {
    let found = figures(sentence)
    #expect(found.contains { $0.text == "first" && $0.kind == .ordinal }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    "On the first day, in 2020, nobody came.",
    "The first round of talks ended without a deal.",
  ])
  func aFirstWithNoSpanOfTimeInItsClauseStaysDiscourse(_ sentence: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.text.lowercased() == "first" }, "\(found.map(\.text))")
  }

  @Test func aCodeAloneDoesNotHideACount() throws {
    let sentence = "The UN sent 417 tents."
    #expect(figure("417", in: sentence)?.unit == "tents", "\(figures(sentence).map(\.text))")
  }

  @Test func oneOfANumberIsAPronoun() {
    let found = figures("The aircraft was one of 40 in the airline's fleet.")
    #expect(!found.contains { $0.text.lowercased() == "one" }, "\(found.map(\.text))")
    #expect(found.contains { $0.text == "40" })
  }

  @Test(arguments: [
    ("He is one of only three players to score twice.", "three"),
    ("It is one of just two cases this year.", "two"),
    ("The ship was one of about 40 in the fleet.", "about 40"),
  ])
  func oneOfAnAdverbAndANumberIsAPronoun(_ sentence: String, _ whole: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.text.lowercased() == "one" }, "\(found.map(\.text))")
    #expect(found.contains { $0.text == whole }, "\(found.map(\.text))")
  }

  @Test func aChangeInCentsAndAPriceInDollarsAreTwoFigures() throws {
    let sentence = "Brent crude futures fell 42 cents to $81.20 a barrel."
    let found = figures(sentence)
    #expect(found.count == 2, "\(found.map(\.text))")
    #expect(try #require(figure("$81.20", in: sentence)).value == Decimal(string: "81.2"))
    #expect(figure("42 cents", in: sentence)?.low == nil)
  }

  @Test func aRangeInOneCurrencyStaysARange() throws {
    let sentence = "Tickets cost between £45 and £120."
    let found = try #require(figure("between £45 and £120", in: sentence))
    #expect(found.low == 45)
    #expect(found.high == 120)
  }

  @Test func onlyOneOfANumberIsACount() {
    let found = figures("Only one of 12 bridges is still open.")
    #expect(found.contains { $0.text.lowercased() == "one" }, "\(found.map(\.text))")
  }

  @Test func aMoveWrittenWithAParticleIsSaidOfItsSubject() throws {
    let sentence = "Its shares closed down 11.6 per cent."
    let move = try #require(figure("11.6 per cent", in: sentence))
    #expect(move.subject?.contains("shares") == true, "\(String(describing: move.subject))")
  }

  @Test(arguments: [
    ("Former mayor jailed for eight years over £2.3m fraud", "£2.3m"),
    ("Union in row over 500 job cuts.", "500"),
    ("Minister quits over £40,000 expenses claim.", "£40,000"),
  ])
  func overAfterAVerdictOrADisputeGivesTheCause(_ sentence: String, _ text: String) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasSuffix(text) }, "\(figures(sentence).map(\.text))")
    #expect(found.qualifier == nil, "\(found.text)")
  }

  @Test func overBeforeACountIsStillMoreThan() throws {
    let found = try #require(figure("over 300", in: "The fire destroyed over 300 homes."))
    #expect(found.qualifier == .moreThan)
  }

  @Test(arguments: [
    ("He admitted 14 counts of fraud and two of money laundering.", "two", "counts"),
    ("There were three cases of measles and one of mumps.", "one", "cases"),
  ])
  func aCountThatLeavesOutItsNounCountsTheNounBefore(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == unit)
  }

  @Test func aPartitiveWithADeterminerKeepsItsOwnNoun() throws {
    let found = try #require(
      figure("two", in: "Five members of staff and two of the managers left."))
    #expect(found.unit == "managers")
  }
}
