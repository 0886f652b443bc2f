import Foundation
import Testing

@testable import CrossCheckCore

/// The JSON Lines writer formats decimals itself: it must write exactly what
/// `Decimal.description` (and so `JSONEncoder`) writes, for every kind of decimal.
@Suite("Decimal digits")
struct DecimalDigitsTests {
  private func digits(_ value: Decimal) -> String {
    var output: [UInt8] = []
    DecimalDigits.append(value, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The digits are made from the decimal's parts, not by `description` (its stand-in should
  /// the parts ever be laid out otherwise), so the tests below test the parts.
  @Test func readsTheDecimalsParts() {
    #expect(DecimalDigits.layoutIsKnown)
  }

  @Test(arguments: [
    "0", "1", "-1", "7", "10", "100", "0.5", "-0.5", "0.05", "0.000001", "1.50", "12.3400",
    "4000000000", "123456789012345678901234567890", "-98765432109876543210.123456789",
    "0.00000000000000000000000000000000001", "99999999999999999999999999999999999999",
    "18446744073709551615", "18446744073709551616", "340282366920938463463374607431768211455",
  ])
  func writesWrittenDecimalsAsDescriptionDoes(text: String) throws {
    let value = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    #expect(digits(value) == value.description)
  }

  @Test func writesDecimalsOfEveryLengthAndExponentAsDescriptionDoes() {
    var state: UInt64 = 0x0DEC_1A1
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
    var checked = 0
    for _ in 0..<20_000 {
      // Mantissas of 1 to 38 digits, exponents from -40 to +20, either sign.
      let length = Int(next() % 38) + 1
      var mantissa = String(UInt8(ascii: "1") + UInt8(next() % 9))
      for _ in 1..<length { mantissa.append(String(next() % 10)) }
      let exponent = Int(next() % 61) - 40
      let sign = next() % 2 == 0 ? "" : "-"
      guard let value = Decimal(string: "\(sign)\(mantissa)e\(exponent)") else { continue }
      #expect(digits(value) == value.description, "\(sign)\(mantissa)e\(exponent)")
      checked += 1
    }
    #expect(checked > 19_000)
  }

  @Test func writesResultsOfArithmeticAsDescriptionDoes() {
    let values: [Decimal] = [
      Decimal(1) / Decimal(3), Decimal(2) / Decimal(3) * Decimal(1000), Decimal(-7) / Decimal(9),
      Decimal(string: "1.16")! * Decimal(string: "4.5e9")!, Decimal(1) - Decimal(1),
      Decimal(sign: .plus, exponent: 5, significand: Decimal(42)),
      Decimal(sign: .minus, exponent: -3, significand: Decimal(12_345)),
      Decimal(Int.max), Decimal(Int.min), Decimal(UInt64.max) * Decimal(UInt64.max),
    ]
    for value in values { #expect(digits(value) == value.description) }
  }

  @Test func writesEveryDevsetFigureValueAsDescriptionDoes() {
    var corpus = Corpus()
    for folder in ["news-a", "news-b"] {
      _ = corpus.load(DevsetFixtures.folder.appendingPathComponent(folder + "/articles").path)
    }
    let values = corpus.sources.flatMap(\.figures).flatMap { figure in
      [figure.value, figure.low, figure.high].compactMap { $0 } + (figure.components ?? [])
    }.filter { !$0.isNaN }
    #expect(values.count > 500)
    for value in values { #expect(digits(value) == value.description) }
  }
}
