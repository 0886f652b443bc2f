import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of English news the extractor misread (issue #13, figures quality): a number in words
/// restated in brackets, a decade in words, the break in a match, "c." as a hedge, a seed, an
/// ordinal that lists the writer's points, a flight boarded, a telephone's country code. Each with a near miss that must stay a figure.
@Suite("Known misreads")
struct KnownMisreadsTests {
  func texts(_ sentence: String) -> [String] {
    figures(sentence).map(\.text)
  }

  // MARK: - A number in words restated in digits

  @Test func wordsAndBracketedDigitsAreOnePercent() throws {
    let sentence = "Unemployment rose to fifteen (15) per cent last year."
    #expect(texts(sentence) == ["fifteen (15) per cent"], "\(described(sentence))")
    let found = try #require(figure("fifteen (15) per cent", in: sentence))
    #expect(found.kind == .percent)
    #expect(found.value == 15)
  }

  @Test func wordsAndBracketedDigitsCountTheNounAfterTheBracket() throws {
    let sentence = "The court jailed five (5) people on Monday."
    #expect(texts(sentence).count == 1, "\(described(sentence))")
    let found = try #require(figures(sentence).first)
    #expect(found.value == 5)
    #expect(found.text.hasPrefix("five (5)"))
    #expect(found.unit == "people")
  }

  @Test func bracketedDigitsOfAnotherValueStayTheirOwnFigure() {
    let sentence = "Seven members (5 of them new) voted."
    #expect(texts(sentence).count == 2, "\(described(sentence))")
  }

  // MARK: - A decade in words

  @Test(arguments: [
    ("It was a hit of the nineteen-nineties in Europe.", "nineteen-nineties", "199"),
    ("Prices last rose so fast in the nineteen seventies.", "nineteen seventies", "197"),
    ("Growth slowed in the twenty-tens after the crash.", "twenty-tens", "201"),
  ])
  func aDecadeInWordsIsADate(_ sentence: String, _ text: String, _ date: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .date)
    #expect(found.date == date)
  }

  @Test(arguments: [
    "He paid with twenty tens from his wallet.",
    "He paid with twenty fifties from his wallet.",
    "The robbers took fifteen twenties and ten fifties from the till.",
  ])
  func banknotesInWordsAreNoDecade(_ sentence: String) {
    #expect(figures(sentence).allSatisfy { $0.kind != .date }, "\(described(sentence))")
    #expect(figures(sentence).contains { $0.kind == .count }, "\(described(sentence))")
  }

  // MARK: - The break in a match

  @Test(arguments: [
    "The score was level at half-time in Madrid.",
    "The coach made two changes at half time.",
  ])
  func halfTimeIsNoHalf(_ sentence: String) {
    #expect(!texts(sentence).contains { $0.lowercased().hasPrefix("half") }, "\(sentence)")
  }

  @Test func halfAMillionIsStillAFigure() {
    #expect(texts("Half a million people watched the final.") == ["Half a million"])
  }

  // MARK: - "c." and "ca." as hedges

  @Test(arguments: [
    ("The village had c. 400 people before the flood.", "c. 400"),
    ("The hall seats ca. 300 guests.", "ca. 300"),
  ])
  func circaWrittenShortIsAnApproximation(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.qualifier == .approx)
  }

  // MARK: - Seeds

  @Test(arguments: [
    "She beat the third seed in straight sets.",
    "The 12th-seeded Ruiz lost in the first round on court.",
    "Ruiz, seeded fifth, lost to a qualifier.",
    "He knocked out the No. 3 seed on Tuesday.",
  ])
  func aSeedIsALabel(_ sentence: String) {
    #expect(!texts(sentence).contains { $0 != "first" }, "\(described(sentence))")
  }

  @Test func aPlaceInARaceIsStillAnOrdinal() {
    #expect(texts("She finished third in the race.") == ["third"])
  }

  // MARK: - Ordinals that list the writer's points

  @Test func anOrdinalOpeningASentenceWithACommaListsAPoint() {
    let sentence = "First, the plan is costly. Second, it is late. Third, nobody wants it."
    #expect(texts(sentence).isEmpty, "\(described(sentence))")
  }

  @Test func anOrdinalBeforeItsNounStillRanks() {
    #expect(texts("Second, their second album sold well.") == ["second"])
  }

  // MARK: - A flight boarded, with no word "flight"

  @Test(arguments: [
    "Passengers on BA 2490 were delayed for hours.",
    "Two hundred people were aboard QF 32 when an engine failed.",
  ])
  func aCodeAndNumberAfterABoardingWordIsAFlight(_ sentence: String) {
    #expect(!texts(sentence).contains { $0 == "2490" || $0 == "32" }, "\(described(sentence))")
  }

  @Test func aCountAfterACodeStillCounts() {
    #expect(texts("Leaders agreed on EU 27 states' budgets.").contains("27"))
  }

  // MARK: - A telephone's country code

  @Test(arguments: [
    "From abroad, dial +44 first and then the number.",
    "Numbers with the +234 prefix were blocked.",
    "Callers should use the +91 code.",
  ])
  func aCountryCodeIsNoCount(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(described(sentence))")
  }

  @Test func aSignedScoreIsStillAFigure() {
    #expect(texts("Smith was +3 for the tournament.") == ["+3"])
  }
}
