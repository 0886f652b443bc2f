import Foundation
import Testing

@testable import CrossCheckCore

/// Forms read wrongly in blind sets of real and written news: a percent joined on by a hyphen,
/// the titles of repeat winners, a number word in capitals, and numbers that name or stand in
/// (a flag at half-mast, a shirt's number, the pronoun "one" before "who"); and the mends to
/// names and ranks that followed: an ordinal with a capital before an event of a series still
/// ranks it, a name written in capitals is no stressed number, and "one who" after a word that
/// opens a part of a group counts one of it.
@Suite("Figure forms IV")
struct FigureFormsIVTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - A percent joined on by a hyphen

  @Test(arguments: [
    ("It beat the 6.1-percent growth rate of the previous quarter.", "6.1-percent", "percent"),
    ("Officials expect a 4-pct rise in exports.", "4-pct", "percent"),
    ("Shares fell after a 3.5-per-cent drop in sales.", "3.5-per-cent", "percent"),
    (
      "The party opened a 2-percentage-point lead over its rival.", "2-percentage-point",
      "percentage_point"
    ),
  ])
  func aPercentJoinedOnByAHyphenIsAPercent(_ sentence: String, _ text: String, _ unit: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .percent)
    #expect(found.unit == unit)
  }

  // MARK: - Repeat winners

  @Test(arguments: [
    ("The six-time champions were working on the deal.", "six-time", 6),
    ("She is a two-time Olympic gold medallist.", "two-time", 2),
    ("The three-time winner retired on Sunday.", "three-time", 3),
  ])
  func aCardinalJoinedToTimeCountsTheTimes(_ sentence: String, _ text: String, _ value: Int)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .count)
    #expect(found.value == Decimal(value))
  }

  @Test(arguments: [
    "The one-time minister spoke to reporters.",
    "Prices have shut out first-time buyers.",
  ])
  func oneTimeAndFirstTimeDescribe(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(texts(sentence))")
  }

  // MARK: - A number word in capitals

  @Test(arguments: [
    ("Smith century hands Australia SIXTH World Cup against hosts India", "SIXTH", 6),
    ("Late goal gives Chelsea THIRD straight win at home", "THIRD", 3),
    ("Storm leaves Texas TWO weeks without power", "TWO", 2),
    ("Storm leaves Texas TWO-day blackout behind", "TWO", 2),
    ("Late goal gives Chelsea THIRD Premier League crown", "THIRD", 3),
  ])
  func aNumberWordInCapitalsAfterANameIsStressedNotNamed(
    _ sentence: String, _ text: String, _ value: Int
  ) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasPrefix(text) }, "\(texts(sentence))")
    #expect(found.value == Decimal(value))
  }

  @Test(arguments: [
    ("The president boarded Air Force One on Friday.", "One"),
    ("THE PRESIDENT BOARDED AIR FORCE ONE ON FRIDAY", "ONE"),
  ])
  func aNameInCapitalsKeepsItsNumber(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) == nil, "\(texts(sentence))")
  }

  // MARK: - Numbers that name or stand in

  @Test(arguments: [
    "Flags were flown at half-mast as a sign of mourning.",
    "The flag on the town hall flew at half mast.",
    "Flags will fly at half-staff until Sunday.",
  ])
  func aFlagAtHalfMastIsNoFraction(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.text.lowercased().hasPrefix("half") }, "\(texts(sentence))")
  }

  /// A rugby player's position ("the fly-half", "scrum-half") names a player, no half of
  /// anything; "half of the seats" is still a fraction.
  @Test(arguments: [
    "The fly-half kicked two penalties before the break.",
    "Their scrum-half was sent off in the second minute.",
    "Out-half Niamh Carey kicked the conversion.",
    "The half-backs combined for the try.",
  ])
  func aPlayingPositionIsNoFraction(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.text.lowercased().contains("half") }, "\(texts(sentence))")
  }

  @Test func halfOfSeatsIsStillAFraction() {
    let sentence = "Half of the 40 seats went to the ruling party."
    #expect(figure("Half", in: sentence) != nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("The striker will wear the number nine shirt next season.", "nine"),
    ("He takes over the number seven jersey from the captain.", "seven"),
    ("Fans bought his number ten kit.", "ten"),
  ])
  func aNumberWordAfterNumberNamesAShirt(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) == nil, "\(texts(sentence))")
  }

  @Test func theVerbNumberStillCounts() throws {
    let sentence = "The dead now number nine, officials said."
    #expect(try #require(figure("nine", in: sentence)).value == 9)
  }

  @Test(arguments: [
    "His innings was the work of a master, albeit one who had never batted so low.",
    "She was a leader, if one whom few trusted.",
    "It was a fine career for one whose knee had failed twice.",
  ])
  func oneBeforeWhoIsAPronoun(_ sentence: String) {
    #expect(figure("one", in: sentence) == nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    "Two climbers were rescued and one who fell was flown to hospital.",
    "Of the 40 applicants, just one who met the rules was hired.",
  ])
  func oneBeforeWhoStillCountsAfterAConjunctionOrAStresser(_ sentence: String) {
    #expect(
      figures(sentence).contains { $0.text.lowercased().hasSuffix("one") }, "\(texts(sentence))")
  }

  // MARK: - A bracketed "$" after US dollars

  @Test(arguments: [
    (
      "MELBOURNE — The miner's profit fell 20 per cent to $US8.2 billion ($12.7 billion) on"
        + " weaker prices.", "$12.7 billion", "AUD"
    ),
    (
      "The bank's net profit rose to $US2.1 billion ($3.2 billion), and it paid $US1.10 a share.",
      "$3.2 billion", "AUD"
    ),
    (
      "TORONTO — The company paid US$5 billion ($6.8 billion) for the mine in Sudbury, Ont.",
      "$6.8 billion", "CAD"
    ),
  ])
  func aBracketedDollarAfterUSDollarsIsTheHomeDollar(
    _ text: String, _ amount: String, _ currency: String
  ) throws {
    let found = try #require(figure(amount, in: text), "\(texts(text))")
    #expect(found.unit == currency)
  }

  @Test func aBracketedDollarAfterAnotherDollarStaysTheUSDollar() throws {
    let text = "SYDNEY — The deal is worth A$1.2 billion ($780 million), the company said."
    #expect(try #require(figure("$780 million", in: text)).unit == "USD")
  }

  // MARK: - A list's percent written once

  @Test(arguments: [
    (
      "The Free State came first with 92.4 percent, the Western Cape second with 91.1, and"
        + " Gauteng third.", "91.1"
    ),
    ("Labour finished on 41.2%, the Greens on 12.5 and the rest on 9.", "12.5"),
    ("Labour finished on 41.2%, the Greens on 12.5 and the rest on 9.", "9"),
    ("Turnout stood at 64 per cent in the north, at 58 in the south.", "58"),
  ])
  func aBareNumberListedAfterAPercentageIsAPercentage(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .percent)
    #expect(found.unit == "percent")
  }

  @Test(arguments: [
    ("The team won with 62 percent of the vote. It finished with 14.", "14"),
    ("Turnout was 64 per cent, with 58 seats still to declare.", "58"),
    ("Sales rose with 3 percent inflation, with 12 stores shut and with 7 closing.", "7"),
  ])
  func aNumberOutsideTheListKeepsItsOwnKind(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind != .percent)
  }

  // MARK: - An ordinal inside a name

  @Test(arguments: [
    ("The department spends R1bn a year on its Second Chance programme.", "Second"),
    ("The loan was arranged by First Gulf Bank and two others.", "First"),
    ("His grandfather served in the Second World War.", "Second"),
  ])
  func aCapitalizedOrdinalBeforeANameIsPartOfIt(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) == nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("The club won its second Premier League title in May.", "second"),
    ("Smith century gives them SIXTH World Cup", "SIXTH"),
    ("The Knicks won their Second Consecutive Road Game on Friday.", "Second"),
  ])
  func anOrdinalInLowerCaseOrInCapitalsStillRanks(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) != nil, "\(texts(sentence))")
  }

  // MARK: - An ordinal with a capital before an event of a series

  @Test(arguments: [
    ("India will play the Second Test in Chennai next week.", "Second", 2),
    ("England lost the Fourth Test at Old Trafford.", "Fourth", 4),
    ("He scored a century in the Second Test.", "Second", 2),
    ("Australia won the Third Test by an innings.", "Third", 3),
    ("New Zealand took the Fifth T20 on Sunday.", "Fifth", 5),
    ("Messi won his Eighth Ballon d'Or in Paris.", "Eighth", 8),
    ("The senator began her Third Term in January.", "Third", 3),
  ])
  func aCapitalizedOrdinalBeforeAnEventOfASeriesRanksIt(
    _ sentence: String, _ text: String, _ value: Int
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .ordinal)
    #expect(found.value == Decimal(value))
  }

  // MARK: - A name in capitals

  @Test(arguments: [
    ("The SIX NATIONS championship starts on Saturday.", "SIX"),
    ("The FIVE EYES alliance met in Ottawa.", "FIVE"),
    ("The final was aired on Network TEN.", "TEN"),
    ("The THREE Degrees sang at the gala.", "THREE"),
  ])
  func aNumberWordInCapitalsInsideANameCountsNothing(_ sentence: String, _ text: String) {
    #expect(!figures(sentence).contains { $0.text.hasPrefix(text) }, "\(texts(sentence))")
  }

  // MARK: - "one who" as a part of a group

  @Test(arguments: [
    "Four people died, including one who was a child.",
    "Six workers were hurt, among them one who lost a hand.",
    "Nine candidates applied, of whom one who had no degree was hired.",
    "The three finalists, excluding one who withdrew, will meet on Friday.",
  ])
  func oneWhoAfterAPartOfAGroupCounts(_ sentence: String) throws {
    let found = try #require(figure("one", in: sentence), "\(texts(sentence))")
    #expect(found.value == 1)
  }
}
