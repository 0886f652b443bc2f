import Foundation
import Testing

@testable import CrossCheckCore

/// A sentence that sets a figure against a value it is compared with ("compared with",
/// "compared to", "following") and names that value's earlier time gives one measure at two
/// periods: the two are offered together, however far apart. A comparison naming no time, a
/// forecast, and a change told from its start ("up from") are not linked so.
@Suite("A figure and the earlier value its sentence compares it with")
struct ScanStatedBaselineTests: ScanArticleFixtures {
  @Test(arguments: [
    (
      "The retailer reported a quarterly profit of $412 million, compared with $23 million a year earlier, as store traffic recovered.",
      "$412 million", "$23 million"
    ),
    (
      "Exports of coffee rose 6.4 per cent in the three months to June, compared with 3.9 per cent in the previous quarter, the bureau said.",
      "6.4 per cent", "3.9 per cent"
    ),
    (
      "Hourly pay climbed 4.6 per cent in March, following an increase of 4.2 per cent in February, the bureau said.",
      "4.6 per cent", "4.2 per cent"
    ),
    (
      "The airline made an operating profit of $88 million, compared with a loss of $9 million in the same quarter of 2025.",
      "$88 million", "$9 million"
    ),
  ])
  func aFigureAndItsStatedBaselineAreOffered(_ case: (String, String, String)) {
    let (sentence, now, before) = `case`
    let article = source(
      "a", date: "2026-07-04",
      "Figures out\n\n\(sentence) Officials met business leaders in the capital on Tuesday.\n")
    let found = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article]).map { $0.figures.map(\.figure.text) }
    #expect(found.contains { $0.contains(now) && $0.contains(before) }, "\(found)")
  }

  @Test(arguments: [
    // A forecast is no earlier reading.
    (
      "Growth is forecast at 2.9 per cent next year, compared with 1.7 per cent last year, the ministry said.",
      "2.9 per cent", "1.7 per cent"
    ),
    // A comparison naming no time compares other things: two places, two drugs.
    (
      "Unemployment in Leeds was 6.1 per cent, compared with 4.4 per cent in York, the office said.",
      "6.1 per cent", "4.4 per cent"
    ),
    (
      "Strokes occurred in 1.1% of patients on the new drug, compared with 1.6% of those on the older one.",
      "1.1%", "1.6%"
    ),
    // A change told from its start is the sentence's own news.
    (
      "Exports rose 6.4 per cent in June, up from 3.9 per cent in May, the bureau said.",
      "6.4 per cent", "3.9 per cent"
    ),
  ])
  func otherComparisonsAreNotLinked(_ case: (String, String, String)) throws {
    let (sentence, first, second) = `case`
    let (profiles, _) = self.profiles(["Figures out\n\n\(sentence)\n"])
    let a = try profile(first, in: profiles)
    let b = try profile(second, in: profiles)
    #expect(!StatedBaseline.areLinked(a, b))
  }

  @Test(arguments: [
    ("net income of 12, compared with ", true),
    ("a rise of 3 per cent compared to ", true),
    ("compared with a loss of ", true),
    ("following an increase of ", true),
    ("in comparison with the ", true),
    ("up from ", false),
    ("compared ", false),
    ("the profit, which was ", false),
  ])
  func theComparingOpenerIsRead(_ case: (String, Bool)) {
    let (prefix, isCompared) = `case`
    let text = prefix + "42 units."
    let scalars = Array(text.unicodeScalars)
    let start = prefix.unicodeScalars.count
    let figure = Figure(
      id: FigureID(source: SourceID("t"), number: 1), kind: .count, value: 42, text: "42",
      start: start, end: start + 2, sentenceStart: 0, sentenceEnd: scalars.count)
    #expect(StatedBaseline.isComparedValue(figure, in: scalars) == isCompared)
  }
}
