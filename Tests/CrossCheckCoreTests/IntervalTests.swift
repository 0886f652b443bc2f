import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Figures as intervals")
struct IntervalTests {
  /// The first figure extracted from `sentence` whose text is `text`.
  static func extracted(_ text: String, in sentence: String) throws -> Figure {
    try #require(
      FigureExtractor.extract(from: sentence, source: SourceID("iv")).first { $0.text == text },
      "'\(text)' was not extracted from '\(sentence)'")
  }

  static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

  @Test func aPlainFigureIsAPoint() throws {
    let figure = try Self.extracted("five hours", in: "The talks lasted five hours.")
    let interval = try #require(Interval.of(figure, tolerance: 0.1))
    #expect(interval == .point(5))
    #expect(interval.isPoint)
    #expect(interval.center == 5)
  }

  @Test func almostReachesOnlyDownwards() throws {
    let figure = try Self.extracted(
      "almost four hours", in: "The negotiations lasted almost four hours in the Kremlin.")
    let interval = try #require(Interval.of(figure, tolerance: Self.decimal("0.1")))
    #expect(interval == Interval(lower: Self.decimal("3.6"), upper: 4))
    #expect(!interval.isPoint)
    #expect(interval.center == Self.decimal("3.8"))
  }

  @Test func aboutReachesBothWaysByTheTolerance() throws {
    let figure = try Self.extracted("About 100", in: "About 100 people came.")
    #expect(Interval.of(figure, tolerance: Self.decimal("0.1")) == Interval(lower: 90, upper: 110))
    #expect(Interval.of(figure, tolerance: Self.decimal("0.2")) == Interval(lower: 80, upper: 120))
    #expect(Interval.of(figure, tolerance: 0) == Interval(lower: 100, upper: 100))
  }

  @Test func atLeastHasAnInclusiveLowerBoundAndNoUpperOne() throws {
    let figure = try Self.extracted(
      "at least 20,000", in: "Russia has taken at least 20,000 Ukrainian children.")
    let interval = try #require(Interval.of(figure, tolerance: Self.decimal("0.1")))
    #expect(interval.lower == 20_000)
    #expect(interval.lowerInclusive)
    #expect(interval.upper == nil)
    #expect(interval.center == 20_000)
    #expect(interval.overlaps(.point(21_000)))
    #expect(interval.overlaps(.point(20_000)))
    #expect(!interval.overlaps(.point(19_999)))
  }

  @Test func moreThanExcludesItsBound() throws {
    let figure = try Self.extracted(
      "More than 1,900", in: "More than 1,900 apartment buildings were left without heat.")
    let interval = try #require(Interval.of(figure, tolerance: Self.decimal("0.1")))
    #expect(interval.lower == 1_900)
    #expect(!interval.lowerInclusive)
    #expect(interval.upper == nil)
    #expect(!interval.overlaps(.point(1_900)))
    #expect(interval.overlaps(.point(1_901)))
    #expect(interval.overlaps(.point(Self.decimal("1900.5"))))
  }

  @Test func anApproximateRangeWidensBothEnds() throws {
    let figure = try Self.extracted(
      "about $4 billion to $5 billion",
      in: "Russia’s assets in the U.S. are about $4 billion to $5 billion.")
    let interval = try #require(Interval.of(figure, tolerance: Self.decimal("0.1")))
    #expect(interval == Interval(lower: 3_600_000_000, upper: 5_500_000_000))
    #expect(interval.center == 4_550_000_000)
    #expect(interval.overlaps(.point(4_500_000_000)))
    #expect(!interval.overlaps(.point(6_000_000_000)))
  }

  @Test func aDateIsNoInterval() throws {
    let figure = try Self.extracted("February 2025", in: "The talks began in February 2025.")
    #expect(Interval.of(figure, tolerance: Self.decimal("0.1")) == nil)
  }

  @Test func touchingBoundsOverlapOnlyWhenBothAreIncluded() {
    let low = Interval(lower: 1, upper: 2)
    #expect(low.overlaps(Interval(lower: 2, upper: 3)))
    #expect(!low.overlaps(Interval(lower: 2, lowerInclusive: false, upper: 3)))
    #expect(
      !Interval(lower: 1, upper: 2, upperInclusive: false).overlaps(Interval(lower: 2, upper: 3)))
    #expect(!low.overlaps(Interval(lower: 3, upper: 4)))
    #expect(Interval(lower: 3, upper: 4).overlaps(Interval(lower: nil, upper: 3)))
    #expect(Interval(lower: nil, upper: nil).overlaps(.point(7)))
  }

  @Test func overlapIsSymmetric() {
    let pairs: [(Interval, Interval)] = [
      (.point(5), Interval(lower: Self.decimal("3.6"), upper: 4)),
      (Interval(lower: 1_900, lowerInclusive: false, upper: nil), .point(1_900)),
      (Interval(lower: 90, upper: 110), .point(110)),
    ]
    for (a, b) in pairs {
      #expect(a.overlaps(b) == b.overlaps(a))
    }
  }

  @Test func scalingKeepsInclusivityAndSwapsForANegativeFactor() {
    let interval = Interval(lower: 2, lowerInclusive: false, upper: 4)
    let scaled = interval.scaled(by: Self.decimal("1.5"))
    #expect(scaled == Interval(lower: 3, lowerInclusive: false, upper: 6))
    let open = Interval(lower: 10, upper: nil).scaled(by: 2)
    #expect(open.lower == 20)
    #expect(open.upper == nil)
    let flipped = Interval(lower: 1, upper: 2).scaled(by: -1)
    #expect(flipped.lower == -2)
    #expect(flipped.upper == -1)
  }

  @Test func theCenterOfAnUpperBoundIsTheBound() {
    #expect(Interval(lower: nil, upper: 130).center == 130)
    #expect(Interval(lower: nil, upper: nil).center == nil)
  }
}
