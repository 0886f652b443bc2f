import Foundation
import Testing

@testable import CrossCheckCore

/// A plus sign glued to a number states a rise ("+5.1%", "+47K"): a figure with the sign in its
/// span. A country code before a telephone number is not.
@Suite("Plus signs")
struct PlusSignTests {
  @Test(arguments: [
    ("Dublin's population grew to 1,501,500 (+8.1%).", "+8.1%", "8.1"),
    ("Payrolls: +47K in August.", "+47K", "47000"),
    ("CPI +0.3% m/m, +3.7% y/y.", "+0.3%", "0.3"),
    ("CPI +0.3% m/m, +3.7% y/y.", "+3.7%", "3.7"),
    ("Sales rose +12 in May.", "+12", "12"),
    ("Shares +5.1 per cent on the day.", "+5.1 per cent", "5.1"),
  ])
  func aGluedPlusSignStartsAFigure(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    "Call the embassy on +63 2 5555 0174.",
    "Call +1-222-2222-2222 now.",
    "Call +44 20 7946 0958 for details.",
    "Text +919876543210 to vote.",
    "Call +1 513 555 0123 or +254 722 100 487.",
  ])
  func aCountryCodeIsNotAFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: ["Grade A+ 3 times.", "1+1 is 2."])
  func aPlusAfterAWordOrNumberIsNotASign(_ sentence: String) {
    #expect(figures(sentence).allSatisfy { !$0.text.hasPrefix("+") })
  }
}
