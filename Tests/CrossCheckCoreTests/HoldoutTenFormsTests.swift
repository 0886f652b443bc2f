import Foundation
import Testing

@testable import CrossCheckCore

/// Labels, telephone numbers, stamps and idioms that are no figures, and amounts, units, ranges
/// and bounds read whole, from the forms the tenth hold-out set showed.
@Suite("Holdout ten forms")
struct HoldoutTenFormsTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    ("The rescue institute's Station 12 crew searched the river mouth.", "12"),
    ("The forecaster upgraded it to a level 8 warning for heavy rain.", "8"),
    ("Sentencing took place in Court 6 and lasted an hour.", "6"),
    ("He admitted breaches of Regulation 214 last year.", "214"),
    ("The terminal is ISO 28000 certified.", "28000"),
  ])
  func numberedLabelsAreNotFigures(_ sentence: String, _ text: String) {
    #expect(!texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The water level 2 metres above normal worried residents.", "2 metres"),
    ("The court 12 jurors heard the case.", "12"),
    ("In a Supreme Court 6-3 ruling, the justices agreed.", "6-3"),
  ])
  func countsNearLabelWordsStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "Customers may contact the desk on +234 (0)1 555 0190.",
    "Tickets go on sale through the box office or by calling 13 28 49.",
    "If you need help, the disaster line is oh-eight-hundred, oh-two-nine, nine-nine-nine.",
  ])
  func telephoneNumbersAreNotFigures(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "The service desk is staffed 24 hours a day.",
    "The clinic opens seven days a week.",
  ])
  func roundTheClockIsNoFigure(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test func partOfAFullPeriodStays() {
    let found = texts("Each zone gets water two days a week.")
    #expect(found.contains("two days"), "gave \(found)")
  }

  @Test func stampBeforeASeparatorIsNoFigure() {
    let found = texts("2 hours ago | Health\n\nThe trial ran for 72 weeks.")
    #expect(!found.contains("2 hours"), "gave \(found)")
    #expect(found.contains("72 weeks"), "gave \(found)")
  }

  @Test(arguments: [
    ("The water came just before four in the morning.", "four"),
    ("Crews arrived around six this evening.", "six"),
  ])
  func spokenHoursWithAPartOfTheDayAreClockTimes(_ sentence: String, _ text: String) {
    let found = figures(sentence).first { $0.text.contains(text) }
    #expect(found == nil || found?.kind == .time, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The province set aside R250m for repairs.", "R250m", Decimal(250_000_000)),
    ("The grant rose from R860m last year.", "R860m", Decimal(860_000_000)),
  ])
  func letterSignWithGluedMillions(_ sentence: String, _ text: String, _ value: Decimal) {
    let found = figure(text, in: sentence)
    #expect(found?.kind == .money, "\(sentence) gave \(described(sentence))")
    #expect(found?.value == value)
    #expect(found?.unit == "ZAR")
  }

  @Test func metresStayMetresAfterAWord() {
    let found = figure("250m", in: "The wall is 250m long.")
    #expect(found?.kind == .quantity, "gave \(described("The wall is 250m long."))")
  }

  @Test func letterSignRangeWithScales() {
    let sentence = "It costs importers between N350 million and N400 million a day."
    let found = figures(sentence).first { $0.text.contains("N400 million") }
    #expect(found?.low == 350_000_000, "gave \(described(sentence))")
    #expect(found?.high == 400_000_000)
  }

  @Test(arguments: [
    ("The win moves Ireland up to fourth in the rankings.", "fourth"),
    ("The result moved them up to third.", "third"),
  ])
  func movedObjectUpToIsNoBound(_ sentence: String, _ text: String) {
    let found = figures(sentence).first { $0.text.hasSuffix(text) }
    #expect(found != nil, "\(sentence) gave \(texts(sentence))")
    #expect(found?.qualifier == nil, "\(sentence) gave \(String(describing: found))")
  }

  @Test func upToAfterAVerbWithNoObjectStaysABound() {
    let found = figures("Parts could stay dark for up to three weeks.").first
    #expect(found?.qualifier == .atMost)
  }

  @Test(arguments: [
    ("Those on the drug lost about 20% of their body weight over 72 weeks.", "72 weeks", true),
    ("About 10% of adults over 65 years took part.", "65 years", false),
    ("Some 40% of vehicles over 10 years old failed the test.", "10 years", false),
  ])
  func overAfterAnOfPhrase(_ sentence: String, _ text: String, _ isSpan: Bool) {
    let found = figures(sentence).first { $0.text.hasSuffix(text) }
    let expected: Qualifier? = isSpan ? nil : .moreThan
    #expect(found?.qualifier == expected, "\(sentence) gave \(String(describing: found))")
  }

  @Test(arguments: [
    ("The dam held roughly 18,600 megalitres.", "megalitre"),
    ("Allocations were cut to 450 gigalitres.", "gigalitre"),
    ("The town used 20ML a day.", "megalitre"),
  ])
  func megalitresAreVolumes(_ sentence: String, _ unit: String) {
    let found = figures(sentence).first
    #expect(found?.kind == .quantity, "\(sentence) gave \(described(sentence))")
    #expect(found?.unit == unit)
  }

  @Test func lineOfThePitchAfterOwnIsNoFigure() {
    let found = texts("She was sin-binned for a knock-on inside her own 22.")
    #expect(!found.contains("22"), "gave \(found)")
    #expect(texts("They fielded their own 22 players.").contains("22"))
  }
}
