import Foundation
import Testing

@testable import CrossCheckCore

/// Numbers at the edges of exact decimal arithmetic, and pairs that are not ranges.
@Suite("Numbers too large, and reversed pairs")
struct NumberLimitTests {
  @Test func longGroupedNumbersKeepEveryDigit() throws {
    let text = "It costs 1,000,000,000,000,000,000,000 dollars."
    let money = try #require(figure("1,000,000,000,000,000,000,000 dollars", in: text))
    #expect(money.value == Decimal(string: "1000000000000000000000"))
    #expect(!money.valueOutOfRange)
  }

  @Test func plainNumbersOf23DigitsAreFigures() throws {
    let number = try #require(
      figure("12345678901234567890123", in: "We counted 12345678901234567890123 grains."))
    #expect(number.value == Decimal(string: "12345678901234567890123"))
  }

  @Test func numbersBeyondDecimalAreOutOfRangeNotWrong() throws {
    let text = "It is $5" + String(repeating: " trillion", count: 11) + " in all."
    let figures = FigureExtractor.extract(from: text, source: SourceID("x"))
    let money = try #require(figures.first { $0.text.hasPrefix("$5") })
    #expect(money.valueOutOfRange)
    #expect(money.value == nil && money.low == nil && money.high == nil)
    #expect(!money.isComparable)
    let digits = String(repeating: "9", count: 45)
    let huge = try #require(figure(digits, in: "A count of \(digits) stars."))
    #expect(huge.valueOutOfRange)
    #expect(huge.value == nil)
  }

  @Test func jsonNeverHoldsNaN() throws {
    let text = "It is $5" + String(repeating: " trillion", count: 11) + " in all."
    let source = Source(
      id: SourceID("x"), path: "x.txt", canonicalPath: "/x.txt", metadata: SourceMetadata(),
      text: text, sha256: "", byteCount: text.utf8.count)
    let encoder = JSONEncoder()
    let data = try encoder.encode(FigureRecord.records(of: source))
    let json = String(decoding: data, as: UTF8.self)
    #expect(!json.contains("NaN") && !json.contains("Infinity"), "\(json)")
    #expect(json.contains("\"out_of_range\":true"))
  }

  @Test(arguments: [
    ("Estimates ran from $9 billion to $1 billion.", ["$9 billion", "$1 billion"]),
    ("Between 30 and 20 people were hurt.", ["30", "20"]),
  ])
  func reversedPairsAreTwoFigures(_ sentence: String, _ expected: [String]) {
    let texts = FigureExtractor.extract(from: sentence, source: SourceID("x")).map(\.text)
    for text in expected { #expect(texts.contains(text), "\(sentence) gave \(texts)") }
  }
}
