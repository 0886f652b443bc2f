import Foundation
import Testing

@testable import CrossCheckCore

/// A figure whose subject refers back ("the number could rise to 2.8 million") measures what
/// the figure before it measured: the two are offered together, a projection of a later
/// moment.
@Suite("A figure whose subject refers back")
struct ScanAnaphorTests: ScanArticleFixtures {
  @Test(arguments: [
    (
      "About 1.4 million people in the north face food shortages, the agency said on Monday, and the number could rise to 1.9 million by December.",
      "About 1.4 million", "1.9 million"
    ),
    (
      "The floods have forced 12,000 families from their homes in the valley. The figure is expected to climb to 15,000 by the weekend.",
      "12,000", "15,000"
    ),
    (
      "Rescuers said 40 miners were trapped below ground after the collapse, but the total now stands at 46, the company said.",
      "40", "46"
    ),
  ])
  func aFigureAndTheOneItsSubjectRefersToAreOffered(_ case: (String, String, String)) {
    let (sentence, first, second) = `case`
    let article = source(
      "a", date: "2026-05-04",
      "Crisis deepens\n\n\(sentence) Aid workers met officials in the capital on Tuesday.\n")
    let found = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article]).map { $0.figures.map(\.figure.text) }
    #expect(found.contains { $0.contains(first) && $0.contains(second) }, "\(found)")
  }

  @Test(arguments: [
    ("and the number could rise to ", ["could", "rise", "to"]),
    ("The figure is expected to climb to ", ["is", "expected", "to", "climb", "to"]),
    ("; this is up from ", ["is", "up", "from"]),
    ("the number of deaths had risen to ", nil),
    ("he wore the number ", nil),
    ("This will be followed by about ", nil),
    ("the agency said the number of people in need was ", nil),
    ("The figure is expected to climb as ", nil),
    ("the total rose sharply after ", nil),
  ])
  func aReferringSubjectOpensTheFiguresClause(_ case: (String, [String]?)) {
    let (prefix, words) = `case`
    let scalars = Array((prefix + "42").unicodeScalars)
    let start = prefix.unicodeScalars.count
    #expect(Anaphor.referringWords(before: start, from: 0, in: scalars) == words)
  }

  /// A projection ("could rise to") is of a later moment than the figure it refers to.
  @Test func aProjectionIsOfALaterMoment() throws {
    let (profiles, _) = self.profiles([
      "About 1.4 million people face food shortages, and the number could rise to 1.9 million by December.\n"
    ])
    let now = try profile("About 1.4 million", in: profiles)
    let later = try profile("1.9 million", in: profiles)
    #expect(Anaphor.areLinked(now, later))
    #expect(later.period == .later)
    #expect(now.period == .current)
  }
}
