import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of real news the figure engine missed or misread (session 19): millions before a
/// currency's name, a player's record of games, the verb "top", "in the … range" and hedges
/// inside a compound, "a quarter" as a rate's period, a home's or a building's type, the "big
/// three", the pronoun "one" and "local time" after a dotted clock.
@Suite("Real news forms, session 19")
struct RealNewsSessionNineteenFormsTests {
  @Test(arguments: [
    ("He completed a 115m euro move to Madrid.", "115m euro", "EUR", "115000000"),
    ("They lodged a 30m pound bid for the club.", "30m pound", "GBP", "30000000"),
    ("The fund took a 2.5m dollar stake.", "2.5m dollar", "USD", "2500000"),
  ])
  func aGluedMBeforeACurrencyNameIsMillions(
    _ sentence: String, _ text: String, _ currency: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == currency)
    #expect(found.value == Decimal(string: value))
  }

  // (It is still read as 100 won, as before this rule: "won" after digits is the currency.)
  @Test func aRaceDistanceBeforeTheVerbWonIsNoMillions() {
    let sentence = "The 100m won him a gold medal in Paris."
    #expect(!figures(sentence).contains { $0.value == 100_000_000 }, "\(described(sentence))")
  }

  @Test func aGluedMBeforeASingularNounStaysMetres() throws {
    let found = try #require(figure("10m", in: "A 10m wave hit the coast."))
    #expect(found.kind == .quantity)
  }

  /// A tally's value after its noun ("put the number at 2.5m", "a total of 3.4m") is millions;
  /// a height after a verb ("stands at 2.5m") stays metres.
  @Test(arguments: [
    ("Aid agencies put the number at 2.5m.", "2.5m", 2_500_000),
    ("A total of 3.4m was raised for the appeal.", "3.4m", 3_400_000),
  ])
  func aGluedMAfterATallysNounIsMillions(_ sentence: String, _ text: String, _ value: Decimal)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .count)
    #expect(found.value == value)
  }

  /// After a verb, or measured "of" something, a glued "m" stays metres.
  @Test(arguments: [
    ("The flood wall stands at 2.5m.", "2.5m"),
    ("The plan adds a total of 800m of new cycle lane.", "800m"),
  ])
  func aGluedMOfALengthStaysMetres(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .quantity)
  }

  @Test(arguments: [
    ("He scored 40 goals and assisted a further 25 in 132 appearances.", "25", "132"),
    ("He has scored twice in four German cup games.", "twice", "four"),
    ("She won 7 in 12 races last year.", "7", "12"),
  ])
  func aRecordOfGamesIsTwoCounts(_ sentence: String, _ part: String, _ games: String) throws {
    let found = figures(sentence)
    #expect(!found.contains { $0.unit == "fraction" }, "\(described(sentence))")
    #expect(found.contains { $0.text == part }, "\(described(sentence))")
    let whole = try #require(found.first { $0.text == games }, "\(described(sentence))")
    #expect(whole.kind == .count)
  }

  @Test(arguments: [
    ("One in four games ends in a draw.", "One in four", "0.25"),
    ("About 3 in 10 matches are decided by penalties.", "3 in 10", "0.3"),
    ("About 2 in 5 matches end in a draw.", "2 in 5", "0.4"),
    ("Roughly 3 in 4 games were sold out.", "3 in 4", "0.75"),
  ])
  func aShareOfASampleOfGamesStaysARate(_ sentence: String, _ text: String, _ value: String)
    throws
  {
    let found = try #require(
      figures(sentence).first { $0.text.hasSuffix(text) }, "\(described(sentence))")
    #expect(found.unit == "fraction")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    ("Inflation would top 11% this year.", "11%"),
    ("Inflation could top 11 per cent next year.", "11 per cent"),
    ("Sales are expected to top $5 billion.", "$5 billion"),
  ])
  func theVerbTopIsALowerBound(_ sentence: String, _ text: String) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasSuffix(text) }, "\(described(sentence))")
    #expect(found.qualifier == .moreThan)
    #expect(found.low != nil)
  }

  @Test(arguments: [
    ("Only the top 10 firms reported profits.", "10"),
    // A denied crossing is no lower bound; a place in a chart is no bound at all.
    ("Inflation won't top 5% this year.", "5%"),
    ("Sales will not top 100,000 units.", "100,000"),
    ("The single rose to top 10 in the charts.", "10"),
  ])
  func topBoundsNothingHere(_ sentence: String, _ text: String) throws {
    let found = try #require(figures(sentence).first { $0.text.hasSuffix(text) })
    #expect(found.qualifier != .moreThan, "\(described(sentence))")
  }

  @Test(arguments: [
    ("Bids came in the $52 billion range.", "$52 billion"),
    ("Margins were in the 20% range last year.", "20%"),
  ])
  func aFigureInTheRangeIsApproximate(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.qualifier == .approx)
  }

  @Test(arguments: [
    ("It ended a more-than-four-year dispute.", "more-than-four-year", Qualifier.moreThan),
    ("They faced a less-than-two-hour wait.", "less-than-two-hour", Qualifier.lessThan),
  ])
  func aHedgeInsideACompoundBoundsIt(_ sentence: String, _ text: String, _ qualifier: Qualifier)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.qualifier == qualifier)
  }

  @Test(arguments: [
    "The firm spends $14 billion a quarter on buybacks.",
    "Prices rose 5% a quarter.",
    "It earns 3 million euros a quarter.",
  ])
  func aQuarterAfterAFigureIsItsPeriod(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.unit == "fraction" }, "\(described(sentence))")
  }

  @Test func aQuarterOfAWholeStaysAFraction() throws {
    let sentence = "The firm earns $2 billion, a quarter of its revenue."
    let found = try #require(figure("a quarter", in: sentence), "\(described(sentence))")
    #expect(found.value == Decimal(string: "0.25"))
  }

  @Test(arguments: [
    ("They live in a two-storey house.", "two-storey"),
    ("A two-story barn burned down.", "two-story"),
    ("She rents a two-bedroom flat.", "two-bedroom"),
    ("He drove a four-door saloon.", "four-door"),
  ])
  func aTypeCompoundIsNoFigure(_ sentence: String, _ text: String) {
    #expect(!figures(sentence).contains { $0.text.contains(text) }, "\(described(sentence))")
  }

  @Test func aSizeInDigitsOrAboveFourStays() {
    let sentence = "The 40-storey tower was evacuated."
    #expect(figures(sentence).contains { $0.text == "40-storey" }, "\(described(sentence))")
    let spelled = "A ten-storey tower and a twenty-bed ward were damaged."
    #expect(figures(spelled).count == 2, "\(described(spelled))")
  }

  @Test(arguments: [
    "The big three carmakers cut their forecasts.",
    "It is one of the big four banks.",
  ])
  func theBigThreeIsAName(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .count }, "\(described(sentence))")
  }

  @Test func aBigDurationStays() {
    let sentence = "He signed the big three-year deal."
    #expect(figures(sentence).contains { $0.kind == .duration }, "\(described(sentence))")
  }

  @Test(arguments: [
    "It was just one of a number of options.",
    "The plan is one of many on the table.",
    "The ruling was one that puts pressure on rivals.",
    "The largest quake was one measuring 5.7 on Monday.",
  ])
  func aPronounOneIsNoCount(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.text == "one" }, "\(described(sentence))")
  }

  @Test(arguments: [
    "Only one of the 12 miners survived.",
    "He won one that season.",
    "There was one that survived, and two that did not.",
  ])
  func aCountedOneStays(_ sentence: String) {
    #expect(figures(sentence).contains { $0.text == "one" }, "\(described(sentence))")
  }

  @Test(arguments: [
    ("The plane crashed at 18.58 local time on Sunday.", "18.58 local time", "18:58"),
    ("Polls closed at 9.30 local time.", "9.30 local time", "09:30"),
  ])
  func aDottedTimeBeforeLocalTimeIsAClockTime(
    _ sentence: String, _ text: String, _ time: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .time)
    #expect(found.time == time)
  }
}
