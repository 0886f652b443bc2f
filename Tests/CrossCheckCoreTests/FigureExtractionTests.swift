import Foundation
import Testing

@testable import CrossCheckCore

/// What a test expects of one figure; nil fields are not checked.
struct ExpectedFigure: Sendable, CustomTestStringConvertible {
  var text: String
  var kind: FigureKind
  var value: String? = nil
  var low: String? = nil
  var high: String? = nil
  var unit: String? = nil
  var qualifier: Qualifier? = nil
  var hedge: String? = nil
  var ambiguous: Bool? = nil
  var date: String? = nil

  var testDescription: String { text }
}

/// Every figure the extractor finds in `sentence`.
func figures(_ sentence: String) -> [Figure] {
  FigureExtractor.extract(from: sentence, source: SourceID("t"))
}

/// Each figure of `sentence` as "text kind value unit", for tests that compare whole readings.
func described(_ sentence: String) -> [String] {
  figures(sentence).map {
    "\($0.text) \($0.kind) \($0.value.map { "\($0)" } ?? "-") \($0.unit ?? "-")"
  }
}

func figure(_ text: String, in sentence: String) -> Figure? {
  FigureExtractor.extract(from: sentence, source: SourceID("t")).first { $0.text == text }
}

func check(_ expected: ExpectedFigure, in figures: [Figure], source: String) {
  let matches = figures.filter { $0.text == expected.text }
  guard let found = matches.first else {
    Issue.record("'\(expected.text)' was not extracted; found \(figures.map(\.text))")
    return
  }
  // The span is exact: the text at start..<end is the figure's text.
  let scalars = Array(source.unicodeScalars)
  #expect(String(String.UnicodeScalarView(scalars[found.start..<found.end])) == expected.text)
  #expect(found.kind == expected.kind, "\(expected.text)")
  if let value = expected.value {
    #expect(found.value == Decimal(string: value), "\(expected.text) value")
  }
  if let low = expected.low { #expect(found.low == Decimal(string: low), "\(expected.text) low") }
  if let high = expected.high {
    #expect(found.high == Decimal(string: high), "\(expected.text) high")
  }
  if let unit = expected.unit { #expect(found.unit == unit, "\(expected.text) unit") }
  if let qualifier = expected.qualifier {
    #expect(found.qualifier == qualifier, "\(expected.text) qualifier")
  }
  if let hedge = expected.hedge { #expect(found.hedge == hedge, "\(expected.text) hedge") }
  if let ambiguous = expected.ambiguous {
    #expect(found.unitIsAmbiguous == ambiguous, "\(expected.text) ambiguity")
  }
  if let date = expected.date { #expect(found.date == date, "\(expected.text) date") }
}

@Suite("Figures in the corpus")
struct CorpusFigureTests {
  static let corpus: [String: String] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
    var texts: [String: String] = [:]
    for id in ["bl0122", "bl0123", "bl1127", "gra1204", "il1203"] {
      texts[id] = try! String(
        contentsOf: folder.appendingPathComponent("\(id).txt"), encoding: .utf8)
    }
    return texts
  }()

  static let expectations: [(String, ExpectedFigure)] = [
    (
      "bl0122",
      .init(text: "$300 billion", kind: .money, value: "300000000000", unit: "USD", ambiguous: true)
    ),
    (
      "il1203",
      .init(
        text: "€210 billion", kind: .money, value: "210000000000", unit: "EUR", ambiguous: false)
    ),
    ("il1203", .init(text: "€185 billion", kind: .money, value: "185000000000", unit: "EUR")),
    ("il1203", .init(text: "€200 billion", kind: .money, value: "200000000000", unit: "EUR")),
    ("il1203", .init(text: "€90 billion", kind: .money, value: "90000000000", unit: "EUR")),
    ("gra1204", .init(text: "€90 billion", kind: .money, value: "90000000000", unit: "EUR")),
    (
      "bl0122",
      .init(
        text: "about $4 billion to $5 billion", kind: .money, low: "4000000000", high: "5000000000",
        unit: "USD", qualifier: .approx, hedge: "about")
    ),
    (
      "bl0122",
      .init(
        text: "around $524 billion", kind: .money, value: "524000000000", unit: "USD",
        qualifier: .approx, hedge: "around")
    ),
    ("bl0122", .init(text: "10 years", kind: .duration, value: "10", unit: "year")),
    ("bl0122", .init(text: "six", kind: .count, value: "6", unit: "times")),
    ("bl0123", .init(text: "seventh", kind: .ordinal, value: "7", unit: "visit")),
    ("bl0122", .init(text: "20-point", kind: .count, value: "20", unit: "points")),
    ("bl1127", .init(text: "28-point", kind: .count, value: "28", unit: "points")),
    ("bl1127", .init(text: "19", kind: .count, value: "19", unit: "points")),
    ("bl1127", .init(text: "four", kind: .count, value: "4", unit: "parts")),
    ("il1203", .init(text: "19%", kind: .percent, value: "19", unit: "percent")),
    (
      "il1203",
      .init(
        text: "at least 1.2 million", kind: .count, value: "1200000", low: "1200000",
        unit: "people", qualifier: .atLeast, hedge: "at least")
    ),
    (
      "bl0123",
      .init(
        text: "almost four hours", kind: .duration, value: "4", unit: "hour", qualifier: .approx,
        hedge: "almost")
    ),
    ("il1203", .init(text: "five hours", kind: .duration, value: "5", unit: "hour")),
    ("bl0122", .init(text: "hour-long", kind: .duration, value: "1", unit: "hour")),
    ("gra1204", .init(text: "hours-long", kind: .duration, unit: "hour", qualifier: .approx)),
    (
      "bl1127",
      .init(
        text: "nearly four-year-old", kind: .duration, value: "4", unit: "year", qualifier: .approx,
        hedge: "nearly")
    ),
    (
      "bl0122",
      .init(
        text: "almost four years", kind: .duration, value: "4", unit: "year", qualifier: .approx,
        hedge: "almost")
    ),
    (
      "gra1204",
      .init(
        text: "at least 20,000", kind: .count, value: "20000", low: "20000", unit: "children",
        qualifier: .atLeast, hedge: "at least")
    ),
    (
      "bl0123",
      .init(
        text: "More than 1,900", kind: .count, value: "1900", low: "1900", unit: "buildings",
        qualifier: .moreThan, hedge: "More than")
    ),
    ("gra1204", .init(text: "91-12", kind: .tally)),
    ("gra1204", .init(text: "57", kind: .count, value: "57", unit: "abstentions")),
    ("bl0122", .init(text: "90%", kind: .percent, value: "90", unit: "percent")),
    ("il1203", .init(text: "24 hours", kind: .duration, value: "24", unit: "hour")),
    ("il1203", .init(text: "50 years", kind: .duration, value: "50", unit: "year")),
    ("il1203", .init(text: "two years", kind: .duration, value: "2", unit: "year")),
    ("bl0122", .init(text: "February 2025", kind: .date, date: "2025-02")),
    ("bl1127", .init(text: "Oct. 14", kind: .date, date: "--10-14")),
  ]

  @Test(arguments: expectations)
  func extractsTheFiguresAFactCheckerChecks(_ source: String, _ expected: ExpectedFigure) {
    let text = Self.corpus[source]!
    check(expected, in: FigureExtractor.extract(from: text, source: SourceID(source)), source: text)
  }

  @Test func keepsTallyComponents() throws {
    let text = Self.corpus["gra1204"]!
    let tally = try #require(
      FigureExtractor.extract(from: text, source: SourceID("gra1204")).first { $0.kind == .tally })
    #expect(tally.components == [91, 12])
    #expect(tally.value == nil)
  }

  @Test func neverOffersNamesOrPageFurnitureAsMeasurements() {
    for (id, text) in Self.corpus {
      let figures = FigureExtractor.extract(from: text, source: SourceID(id))
      for figure in figures {
        #expect(!["II", "G8", "One", "6"].contains(figure.text), "\(id): \(figure.text)")
      }
      #expect(!figures.contains { $0.text.contains("View") })
    }
    // il1203 has "6 View gallery" seven times; none is a figure.
    let il = FigureExtractor.extract(from: Self.corpus["il1203"]!, source: SourceID("il1203"))
    #expect(!il.contains { $0.value == 6 })
    let bl = FigureExtractor.extract(from: Self.corpus["bl0123"]!, source: SourceID("bl0123"))
    #expect(!bl.contains { $0.value == 1 && $0.text.lowercased() == "one" })  // Air Force One
  }

  @Test func idsAreStableAndOrdered() {
    let text = Self.corpus["bl0122"]!
    let first = FigureExtractor.extract(from: text, source: SourceID("bl0122"))
    let second = FigureExtractor.extract(from: text, source: SourceID("bl0122"))
    #expect(first == second)
    #expect(first.map(\.id.description) == (1...first.count).map { "bl0122:\($0)" })
    #expect(first.map(\.start) == first.map(\.start).sorted())
  }

  @Test func findsSubjectsAndScopesForComparison() throws {
    func find(_ id: String, _ text: String) throws -> Figure {
      try #require(
        FigureExtractor.extract(from: Self.corpus[id]!, source: SourceID(id)).first {
          $0.text == text
        })
    }
    let worldwide = try find("bl0122", "$300 billion")
    #expect(worldwide.scope == ["worldwide"])
    #expect(worldwide.subjectTerms.contains("asset"))
    #expect(worldwide.subjectTerms.contains("freez"))
    let us = try find("bl0122", "about $4 billion to $5 billion")
    #expect(us.scope == ["in the U.S."])
    #expect(us.subjectTerms.contains("asset"))
    let europe = try find("il1203", "€210 billion")
    #expect(europe.scope.contains("Europe"))
    #expect(europe.subjectTerms.contains("asset"))
    let belgium = try find("il1203", "€185 billion")
    #expect(belgium.scope == ["in Belgium"])
    #expect(belgium.subjectTerms.contains("asset"))
    let minister = try find("il1203", "€200 billion")
    #expect(minister.subjectTerms.contains("asset"))
    let six = try find("bl0122", "six")
    #expect(six.scope == ["last year"])
    #expect(six.subjectTerms.contains("putin"))
    let seventh = try find("bl0123", "seventh")
    #expect(seventh.subject == "visit to Putin")
    #expect(seventh.scope.contains("in the past year"))
    let points = try find("bl1127", "19")
    #expect(points.subjectTerms == ["plan", "point"])
    #expect(try find("bl0122", "20-point").subjectTerms == ["plan", "point"])
    #expect(try find("bl0123", "More than 1,900").subject == "apartment buildings")
    #expect(try find("il1203", "five hours").subject == "failed Kremlin summit")
    #expect(try find("bl0122", "around $524 billion").scope == ["over the next 10 years"])
  }

  @Test func offsetsCountCodePointsNotBytesOrCharacters() throws {
    let text = "“Ça coûte €5” — 👍🏽 then 19%.\r\nAnd six times."
    let figures = FigureExtractor.extract(from: text, source: SourceID("u"))
    let scalars = Array(text.unicodeScalars)
    for figure in figures {
      #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
    }
    #expect(figures.map(\.text) == ["€5", "19%", "six"])
  }
}

@Suite("Figures in the usual news forms")
struct NewsFormTests {
  static let examples: [(String, ExpectedFigure)] = [
    (
      "It raised $1.2bn last year.",
      .init(text: "$1.2bn", kind: .money, value: "1200000000", unit: "USD")
    ),
    ("A €45bn fund.", .init(text: "€45bn", kind: .money, value: "45000000000", unit: "EUR")),
    (
      "Sales of US$4.7 billion.",
      .init(
        text: "US$4.7 billion", kind: .money, value: "4700000000", unit: "USD", ambiguous: false)
    ),
    (
      "A loan of USD 50 million.",
      .init(text: "USD 50 million", kind: .money, value: "50000000", unit: "USD")
    ),
    (
      "It cost 50 million euros.",
      .init(text: "50 million euros", kind: .money, value: "50000000", unit: "EUR")
    ),
    ("A £3.5m deal.", .init(text: "£3.5m", kind: .money, value: "3500000", unit: "GBP")),
    (
      "Growth was 3.5 per cent.",
      .init(text: "3.5 per cent", kind: .percent, value: "3.5", unit: "percent")
    ),
    (
      "Rates rose two percentage points.",
      .init(text: "two percentage points", kind: .percent, value: "2", unit: "percentage_point")
    ),
    ("A third of voters agreed.", .init(text: "A third", kind: .count, unit: "fraction")),
    (
      "Half a million people marched.",
      .init(text: "Half a million", kind: .count, value: "500000", unit: "people")
    ),
    (
      "Tens of thousands of people fled.",
      .init(
        text: "Tens of thousands", kind: .count, low: "10000", high: "100000", qualifier: .approx)
    ),
    ("He finished 7th.", .init(text: "7th", kind: .ordinal, value: "7")),
    ("There were twenty-three of them.", .init(text: "twenty-three", kind: .count, value: "23")),
    (
      "The total was 1,234.5 tonnes.",
      .init(text: "1,234.5 tonnes", kind: .quantity, value: "1234.5", unit: "tonne")
    ),
    (
      "It will take between 20 and 30 days.",
      .init(text: "between 20 and 30 days", kind: .duration, low: "20", high: "30", unit: "day")
    ),
    (
      "Prices went from 10 to 15 dollars.",
      .init(text: "from 10 to 15 dollars", kind: .money, low: "10", high: "15", unit: "USD")
    ),
    (
      "A 4-5 billion budget.",
      .init(text: "4-5 billion", kind: .count, low: "4000000000", high: "5000000000")
    ),
    (
      "bonds worth $ 75 million .",
      .init(text: "$ 75 million", kind: .money, value: "75000000", unit: "USD")
    ),
    (
      "Up to €130bn could be used.",
      .init(
        text: "Up to €130bn", kind: .money, value: "130000000000", high: "130000000000",
        unit: "EUR", qualifier: .atMost, hedge: "Up to")
    ),
    (
      "Some 300 troops left.",
      .init(text: "Some 300", kind: .count, value: "300", unit: "troops", qualifier: .approx)
    ),
    (
      "Fewer than 50 remain.",
      .init(text: "Fewer than 50", kind: .count, value: "50", high: "50", qualifier: .lessThan)
    ),
    (
      "No more than 12 were hurt.",
      .init(text: "No more than 12", kind: .count, value: "12", high: "12", qualifier: .atMost)
    ),
    (
      "An estimated 2,000 homes.",
      .init(
        text: "An estimated 2,000", kind: .count, value: "2000", unit: "homes", qualifier: .approx)
    ),
    (
      "It happened on October 14, 2025.",
      .init(text: "October 14, 2025", kind: .date, date: "2025-10-14")
    ),
    ("In 2014 the war began.", .init(text: "2014", kind: .date, date: "2014")),
  ]

  @Test(arguments: examples)
  func extracts(_ sentence: String, _ expected: ExpectedFigure) {
    check(
      expected, in: FigureExtractor.extract(from: sentence, source: SourceID("n")), source: sentence
    )
  }

  @Test(arguments: [
    "Europe's biggest conflict since World War II.", "Russia readmitted to the G8.",
    "He told reporters on Air Force One.", "6 View gallery", "Call +1-222-2222-2222 now.",
    "See https://example.com/page?id=42&x=7 for more.", "The one you mentioned is invalid.",
    "It takes two to tango.", "Formula One racing.",
  ])
  func leavesNonMeasurementsAlone(_ sentence: String) {
    #expect(FigureExtractor.extract(from: sentence, source: SourceID("n")).isEmpty, "\(sentence)")
  }

  @Test func valuesAreExactDecimals() throws {
    let third = try #require(figure("two thirds", in: "It fell by two thirds."))
    #expect(third.value == Decimal(2) / Decimal(3))
    let small = try #require(figure("0.1", in: "It rose 0.1 points."))
    #expect(small.value == Decimal(string: "0.1"))
  }
}
