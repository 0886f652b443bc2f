import Foundation
import Testing

@testable import CrossCheckCore

/// A figure restated in another currency or unit right after it ("NZ$5.3 million ($3.1
/// million)", "410 tonnes, or roughly 3,000 barrels") is one quantity written twice: the pair
/// is a conversion for a checker to check.
@Suite("A figure restated in another unit")
struct ScanRestatementTests: ScanArticleFixtures {
  /// Figures of one scan of `text` as one article, each suggestion's figures by their text.
  func found(_ text: String) -> [[String]] {
    let article = source("a", date: "2026-05-04", text)
    return DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article]).map { $0.figures.map(\.figure.text) }
  }

  @Test(arguments: [
    (
      "The clean-up has so far cost NZ$4.1 million ($2.4 million), the agency said.",
      "NZ$4.1 million", "$2.4 million"
    ),
    (
      "The firm put the cost of the hack at 9.2 billion yen, or about $59 million, on Friday.",
      "9.2 billion yen", "about $59 million"
    ),
    (
      "The ministry said it had spent 12 billion rupees, equivalent to some $144 million.",
      "12 billion rupees", "some $144 million"
    ),
    (
      "Salvors estimate that 520 tonnes, or roughly 3,800 barrels, of crude have escaped.",
      "520 tonnes", "roughly 3,800 barrels"
    ),
    (
      "By Thursday the slick covered some 60 km (37 miles) of the northern shore.",
      "some 60 km", "37 miles"
    ),
  ])
  func aRestatementIsOfferedWithWhatItRestates(_ case: (String, String, String)) {
    let (sentence, original, restated) = `case`
    let suggestions = found(
      "Clean-up goes on\n\n\(sentence) Volunteers gathered on the beach at dawn to help.\n")
    #expect(
      suggestions.contains { $0.contains(original) && $0.contains(restated) }, "\(suggestions)")
  }

  /// A second figure in the same unit, or one that does not agree once converted, restates
  /// nothing.
  @Test func aFigureInTheSameUnitOrOfAnotherValueRestatesNothing() throws {
    let (profiles, _) = self.profiles([
      "The clean-up has so far cost NZ$4.1 million ($2.4 million), the agency said.\n",
      "Salvors estimate that 520 tonnes, or roughly 3,800 barrels, of crude have escaped.\n",
      "The new road runs 40 km (25 km of it through forest) to the coast.\n",
      "The ferry route is 10 km (or 30 miles by road) from the port.\n",
      "Of the 27 regions, 15 (15 of the 27) voted yes.\n",
    ])
    let dollars = try profile("$2.4 million", in: profiles)
    let pounds = try profile("NZ$4.1 million", in: profiles)
    #expect(Restatement.areOne(dollars, pounds))
    let barrels = try profile("roughly 3,800 barrels", in: profiles)
    let tonnes = try profile("520 tonnes", in: profiles)
    #expect(Restatement.areOne(barrels, tonnes))
    // The barrels are read as the crude's mass, hedged: about 518 tonnes.
    #expect(barrels.measure.dimension == .mass)
    #expect(barrels.measure.isHedged)
    #expect(abs((barrels.measure.magnitude ?? 0) - 518_417) < 1_000)
    #expect(PairScore.valueRelation(barrels.measure, tonnes.measure) == .close)
    let road = try profile("40 km", in: profiles)
    #expect(road.restatement == nil)
    #expect(try profile("10 km", in: profiles).restatement == nil)
    #expect(profiles.filter { $0.source == 4 }.allSatisfy { $0.restatement == nil })
  }

  /// "Almost two-thirds – 64% – of the members": a share restated between dashes.
  @Test func aShareRestatedBetweenDashesIsOne() throws {
    let (profiles, _) = self.profiles([
      "Almost two-thirds – 64% – of the members rejected the offer on Wednesday.\n",
      "Almost two-thirds of the 64 members rejected the offer on Wednesday.\n",
    ])
    let fraction = try profile("Almost two-thirds", in: profiles, source: 0)
    let percent = try profile("64%", in: profiles)
    #expect(Restatement.areOne(fraction, percent))
    #expect(profiles.filter { $0.source == 1 }.allSatisfy { $0.restatement == nil })
  }

  @Test(arguments: [
    ("(", true), (", or ", true), (" or about ", true), (", equivalent to ", true),
    (", worth ", true), (" (roughly ", true), (", ", false), (" and ", false),
    (" from ", false), (" to ", false), (" (up from ", false), (" – ", true), (" — ", true),
    (" - ", true), (" and – ", false), (" and - ", false),
  ])
  func theWordsBetweenTwoFiguresLinkARestatement(_ case: (String, Bool)) {
    let (between, isLink) = `case`
    let scalars = Array(("5 km" + between + "3 miles").unicodeScalars)
    #expect(Restatement.isLink(scalars, from: 4, to: 4 + between.unicodeScalars.count) == isLink)
  }
}
