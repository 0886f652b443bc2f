import Foundation
import Testing

@testable import CrossCheckCore

/// A specific value and another report's hedged number whose reach takes it in are one figure
/// (``HedgedValueMatch``), however little the words around them share.
@Suite("A specific value and another report's hedge of it")
struct ScanHedgedValueTests: ScanArticleFixtures {
  /// Two reports of one story, the hedged figure said in other words.
  static let reports = [
    "Kenyan lenders bailed out. The central bank said the Kenyan lender's rescue fund paid"
      + " depositors of the collapsed Kenyan lender $3,860 each on average, the central bank said.\n",
    "Kenyan lender rescue: the central bank's fund for the collapsed Kenyan lender handed each"
      + " saver about $3,900, the central bank said.\n",
  ]

  @Test func aSpecificValueAndAHedgeThatAdmitsItAreOneFigure() throws {
    let (profiles, topics) = self.profiles(Self.reports)
    let exact = try profile("$3,860", in: profiles)
    let hedged = try profile("about $3,900", in: profiles)
    let story = PairScore.storySimilarity(exact, hedged, topics: topics)
    #expect(story >= 1)
    #expect(HedgedValueMatch.areOne(exact, hedged, relation: .close, story: story))
    let score = try #require(PairScore.score(exact, hedged, topics: topics))
    #expect(score.sameness >= HedgedValueMatch.sameness)
  }

  /// A round exact value ("3,900") meets many hedges by chance; a value beyond the hedge's
  /// reach ("about $3,900" for $4,160) is another value; a temperature's digits say little in a
  /// story whose temperatures crowd one band; one article's two figures are no two reports.
  @Test(arguments: [
    (
      "The fund paid $3,900 each.\n", "$3,900", "The fund paid nearly $4,000 each.\n",
      "nearly $4,000"
    ),
    (
      "The fund paid $4,160 each.\n", "$4,160", "The fund paid about $3,900 each.\n", "about $3,900"
    ),
    ("Seville hit 44.8C on Monday.\n", "44.8C", "Seville passed 44C on Monday.\n", "passed 44C"),
  ])
  func aRoundValueAnotherValueOrATemperatureIsNoMatch(
    _ first: String, _ a: String, _ second: String, _ b: String
  ) throws {
    let (profiles, _) = self.profiles([first, second])
    let x = try profile(a, in: profiles)
    let y = try profile(b, in: profiles)
    let relation = try #require(PairScore.valueRelation(x.measure, y.measure))
    #expect(!HedgedValueMatch.areOne(x, y, relation: relation, story: 1))
  }

  /// "About 50%" takes in every value from 47.5% to 52.5%: a hedge of one digit is no sign.
  @Test func aHedgeOfOneDigitIsNoMatch() throws {
    let (profiles, _) = self.profiles([
      "Turnout was about 50%, officials said.\n", "The party won 51.2% of the vote.\n",
    ])
    let hedged = try profile("about 50%", in: profiles)
    let exact = try profile("51.2%", in: profiles)
    #expect(!HedgedValueMatch.areOne(hedged, exact, relation: .close, story: 1))
  }

  @Test func oneArticlesTwoFiguresAreNoMatch() throws {
    let (profiles, _) = self.profiles(["The fund paid $3,860 each, or about $3,900.\n"])
    let x = try profile("$3,860", in: profiles)
    let y = try profile("about $3,900", in: profiles)
    #expect(!HedgedValueMatch.areOne(x, y, relation: .close, story: 1))
  }
}

/// A group is ranked by its most telling pair as well as by its average
/// (``SuggestionGrouper/groupWorth(_:)``): two reports that agree do not bury a third's
/// different value.
@Suite("A group's worth")
struct ScanGroupWorthTests {
  @Test func aGroupIsWorthHalfwayBetweenItsMeanAndItsBestPair() {
    #expect(abs(SuggestionGrouper.groupWorth([0.2, 0.6]) - 0.5) < 1e-12)
    #expect(SuggestionGrouper.groupWorth([0.4]) == 0.4)
    #expect(SuggestionGrouper.groupWorth([]) == 0)
    // An agreeing pair beside a differing one: worth more than the plain mean.
    let worths = [0.45 * 0.6, 1 * 0.6, 1 * 0.55]
    #expect(SuggestionGrouper.groupWorth(worths) > worths.reduce(0, +) / 3)
  }
}

/// "Last year" dates a figure as plainly as the year it names: the year before the article's.
/// A headline leaves out the year its body gives with the figure it rounds.
@Suite("Periods read from 'last year' and from headlines")
struct ScanImpliedPeriodTests: ScanArticleFixtures {
  @Test func lastYearIsTheYearBeforeTheArticles() throws {
    // The fixtures date their articles in 2026.
    let (profiles, _) = self.profiles([
      "Swiss hotels recorded 43.9 million overnight stays last year.\n",
      "Swiss hotels recorded 43.9 million overnight stays in 2025, the office said.\n",
      "In the last year before the pandemic, 39.6 million stays were recorded.\n",
    ])
    let implied = try profile("43.9 million", in: profiles, source: 0)
    let written = try profile("43.9 million", in: profiles, source: 1)
    #expect(implied.years.contains(2025))
    #expect(written.years.contains(2025))
    let final = try profile("39.6 million", in: profiles)
    #expect(!final.years.contains(2025))
  }

  @Test func aHeadlinesRoundingOfTheBodysDatedFigureIsOfItsPeriod() throws {
    let (profiles, _) = self.profiles([
      "Debt peak pushed back to 77% of GDP\n\nGross debt will stabilise at 77.4% of GDP in 2028,"
        + " the Treasury said.\n"
    ])
    let title = try profile("77%", in: profiles)
    let body = try profile("77.4%", in: profiles)
    #expect(title.isTitle)
    #expect(PairScore.periodFactor(title, body) == 1)
  }

  @Test func aHeadlinesOtherValueIsNoRoundingOfTheBodysDatedOne() throws {
    let (profiles, _) = self.profiles([
      "Magnitude 6.9 quake shakes Mindanao\n\nIn 2023 a magnitude 6.8 quake struck off"
        + " Sarangani province.\n"
    ])
    let title = try profile("Magnitude 6.9", in: profiles)
    let body = try profile("magnitude 6.8", in: profiles)
    #expect(PairScore.periodFactor(title, body) < 1)
  }
}

/// One value given as a bound by one report and otherwise by another ("more than 118,000
/// staff", "about 118,000 people"): equal, yet two claims a reader sees differ, so the pair
/// ranks as a difference and names its hedges.
@Suite("Equal values bounded differently")
struct ScanBoundsDifferTests: ScanArticleFixtures {
  @Test func aBoundAgainstAnotherHedgeOrNoneDiffers() {
    #expect(PairScore.boundsDiffer(.moreThan, .approx))
    #expect(PairScore.boundsDiffer(nil, .atLeast))
    #expect(PairScore.boundsDiffer(.atMost, .lessThan))
  }

  @Test func sameBoundsOrNoBoundsAgree() {
    #expect(!PairScore.boundsDiffer(.moreThan, .moreThan))
    #expect(!PairScore.boundsDiffer(.approx, nil))
    #expect(!PairScore.boundsDiffer(nil, nil))
  }

  @Test func anEqualPairBoundedDifferentlyIsWorthMoreThanAnAgreement() {
    var agreement = PairScore(sameness: 0.6, relation: .equal)
    let plain = SuggestionGrouper.worth(agreement)
    #expect(SuggestionGrouper.agrees(agreement))
    agreement.boundsDiffer = true
    #expect(SuggestionGrouper.worth(agreement) > plain)
    #expect(!SuggestionGrouper.agrees(agreement))
  }

  @Test func oneValueHedgedTwoWaysIsAHedgeDifference() throws {
    let (profiles, _) = self.profiles([
      "The grocer has more than 118,000 staff across its stores.\n",
      "The grocer employs about 118,000 people across its stores.\n",
    ])
    let bound = try profile("more than 118,000", in: profiles)
    let about = try profile("about 118,000", in: profiles)
    let reasons = ScanReasons.reasons(for: [ScanReasons.Member(bound), ScanReasons.Member(about)])
    #expect(reasons.contains(.hedgeDifference), "\(reasons)")
  }
}
