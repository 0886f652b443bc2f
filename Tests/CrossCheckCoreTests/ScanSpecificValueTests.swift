import Foundation
import Testing

@testable import CrossCheckCore

/// A specific value (three or more significant digits), or its rounding to another specific
/// value, in two reports of one story is one figure reported twice (``SpecificValueMatch``);
/// a rounding is judged in the unit the amounts are written in (``Measure/roundingPlace``).
@Suite("A specific value in two reports of one story")
struct ScanSpecificValueTests: ScanArticleFixtures {
  /// Two reports of one story, the price said far from its subject in the first.
  static let reports = [
    "Asking prices in Ireland rose again. The average asking price for a home in Ireland rose"
      + " by 6.8% in the year to September to €352,400, according to the HomeQuest report,"
      + " which tracks listings in every county.\n",
    "Asking prices in Ireland kept rising, the HomeQuest report on listings across every county"
      + " showed. Its figure for the typical home nationally: €352,000.\n",
  ]

  @Test func aSpecificValueAndItsRoundingAreOneFigure() throws {
    let (profiles, topics) = self.profiles(Self.reports)
    let written = try profile("€352,400", in: profiles)
    let rounded = try profile("€352,000", in: profiles)
    let story = PairScore.storySimilarity(written, rounded, topics: topics)
    #expect(story >= 1)
    #expect(
      SpecificValueMatch.areOne(written.measure, rounded.measure, sameSource: false, story: story))
    let score = try #require(PairScore.score(written, rounded, topics: topics))
    #expect(score.sameness >= SpecificValueMatch.sameness)
    #expect(score.relation == .close)
  }

  /// "14%" covers every value from 13.5% to 14.5%: a round value meets a specific one by
  /// chance, and vouches for nothing.
  @Test(arguments: [
    ("Listings fell 14.2% on a year.\n", "14.2%", "Prices rose 14% on a year.\n", "14%"),
    ("Listings fell to €352,400.\n", "€352,400", "Prices rose to €351,000.\n", "€351,000"),
    ("Listings fell to 8,412.\n", "8,412", "Listings fell to 8,412 in May.\n", "8,412"),
  ])
  func aRoundValueOrAnotherValueOrOneSourceIsNoMatch(
    _ first: String, _ a: String, _ second: String, _ b: String
  ) throws {
    let oneSource = first == "Listings fell to 8,412.\n"
    let (profiles, _) = self.profiles(oneSource ? [first + second] : [first, second])
    let x = try profile(a, in: profiles)
    let y = try #require(profiles.last { $0.figure.text == b })
    #expect(
      !SpecificValueMatch.areOne(
        x.measure, y.measure, sameSource: x.source == y.source, story: 1))
  }

  /// Amounts in one currency are compared as written, so their rounding place is too: before,
  /// a rupee amount's place was taken in euros and no rounding of crores was seen.
  @Test func aRoundingInOneCurrencyIsJudgedInThatCurrency() {
    let rate = 0.011
    func rupees(_ value: Double, place: Double, digits: Int) -> Measure {
      Measure(
        dimension: .money, magnitude: value, unitFamily: "INR", currency: "INR",
        baseMagnitude: value * rate, significantDigits: digits, quantum: place * rate)
    }
    // "Rs 1,874 crore" and "Rs 1,870 crore".
    let exact = rupees(18_740_000_000, place: 10_000_000, digits: 4)
    let rounded = rupees(18_700_000_000, place: 100_000_000, digits: 3)
    #expect(Measure.roundingPlace(exact, rounded) == 100_000_000)
    #expect(PairScore.valueRelation(exact, rounded) == .close)
  }
}

/// A verb of change in a subject ("House prices rose") names nothing a figure measures: two
/// figures that share only it share no subject.
@Suite("A verb of change is no subject word")
struct ScanChangeVerbSubjectTests: ScanArticleFixtures {
  @Test func figuresSharingOnlyTheirVerbShareNoSubject() throws {
    let (profiles, _) = self.profiles([
      "House prices in Portugal rose 3.1 per cent last year.\n",
      "Wages in Portugal rose 4.2 per cent last year.\n",
    ])
    let prices = try profile("3.1 per cent", in: profiles)
    let wages = try profile("4.2 per cent", in: profiles)
    // The verb is no part of the subject, and the scan would leave it out if it were.
    #expect(!prices.figure.subjectTerms.contains("rose"))
    #expect(PairScore.subjectOverlap(prices.subjects, wages.subjects) == 0)
  }
}

/// Two counts of one noun that share no other word are only of one kind of thing, unless their
/// values lie within a rounding or a hedge of each other: then they are one count written
/// twice (``PairScore/nounOnlyFactor(_:_:context:relation:)``).
@Suite("A count of one noun, rounded")
struct ScanNounOnlyRoundingTests: ScanArticleFixtures {
  func nounOnly(_ first: String, _ a: String, _ second: String, _ b: String) throws -> Double {
    let (profiles, topics) = self.profiles([first, second])
    let x = try profile(a, in: profiles)
    let y = try profile(b, in: profiles)
    let cosines = {
      (x.context.cosine(y.context), PairScore.storySimilarity(x, y, topics: topics))
    }
    return try #require(PairScore.parts(x, y, cosines: cosines)).nounOnly
  }

  @Test func aRoundedCountOfOneNounIsOneCount() throws {
    let factor = try nounOnly(
      "Regulators ordered about 610,000 vehicles off the road.\n", "about 610,000",
      "The carmaker is recalling 612,400 vehicles.\n", "612,400")
    #expect(factor == 1)
  }

  @Test func anotherCountOfOneNounIsOnlyOfItsKind() throws {
    let factor = try nounOnly(
      "Regulators ordered about 610,000 vehicles off the road.\n", "about 610,000",
      "The carmaker is recalling 480,000 vehicles.\n", "480,000")
    #expect(factor < 1)
  }
}
