import Foundation
import Testing

@testable import CrossCheckCore

/// Each rule that says a number is not a figure, with a case it must catch and a near miss it
/// must leave alone.
@Suite("Numbers that are not figures")
struct NonFigureRuleTests {
  func texts(_ sentence: String) -> [String] {
    FigureExtractor.extract(from: sentence, source: SourceID("r")).map(\.text)
  }

  @Test(arguments: [
    "Rooms were left over from the COVID-19 pandemic.",
    "The air force flew C-130 transport planes.",
    "Demand for its older Atlas-9 storage arrays fell.",
    "IAF Mi-17V5 helicopters have airdropped food.",
    "A speed limit was imposed on NH-715 near the park.",
    "The mRNA-1273 vaccine was compared with a placebo.",
  ])
  func designationsAreNames(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence)")
  }

  @Test(arguments: [
    "Call the hotline at (087) 555-0193 for help.",
    "Call the embassy on +63 2 5555 0174.",
    "The state helpline 1070 is open.",
    "The heat helpline, 900 555 312, is staffed.",
    "In an emergency, call 911 at once.",
    "The emergency number in Spain, Italy and Greece is 112.",
  ])
  func phoneNumbersAreNotCounts(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("Prosecutors will call 150 witnesses at the trial.", "150"),
    ("The charity plans to text 200 volunteers this week.", "200"),
    ("Officials will call 150 people to give evidence.", "150"),
  ])
  func countsAfterAPhoneWordStayCounts(_ sentence: String, figure: String) {
    #expect(texts(sentence) == [figure], "\(sentence)")
  }

  @Test(arguments: [
    "Relief goods go to 112 Rizal Street, Mati.",
    "The society, at 1713 Thames St., collected money.",
    "The point at ul. Świdnicka 12 in Wrocław is open.",
    "A cooling centre opened at Calle Feria 27 downtown.",
    "Its office, at Plot No. 17 in HITEC City, stays open.",
  ])
  func streetAddressesAreNotCounts(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "Published 3 hours ago",
    "Last updated 25 minutes ago",
    "Posted 2 days ago by Staff Writer",
    "This article is more than 2 years old.",
    "This story is 5 years old",
  ])
  func aPageAgeStampIsNotAFigure(_ line: String) {
    #expect(texts(line).isEmpty, "\(line) gave \(texts(line))")
  }

  @Test(arguments: [
    "1. Storm hits the coast",
    "2) Prices rise again",
    "12. The council agreed the plan.",
    "Page 2 of 3",
    "Slide 4 of 12",
    "Step 3 of 5: enter your details",
  ])
  func listMarkersAndPositionsInASequenceAreNotFigures(_ line: String) {
    #expect(texts(line).isEmpty, "\(line) gave \(texts(line))")
  }

  @Test(arguments: [
    ("1.5 million people voted.", "1.5 million"),
    ("The vote was 7 of 9 in favour.", "9"),
    ("12 people were hurt.", "12"),
  ])
  func numbersOpeningASentenceStillCount(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The quake struck 3 hours ago, officials said.", "3 hours"),
    ("The bridge is more than 80 years old.", "more than 80 years"),
  ])
  func anAgeInTheStoryIsAFigure(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "The revision makes it one of the strongest quakes on record.",
    "Poland has been one of Washington's closest allies.",
    "Its old business is shrinking faster than its new one is growing.",
    "Staff were told on Thursday, one employee said.",
    "Support rose, according to one poll.",
    "\"We have been knocked for six,\" the mayor said.",
    "Ministers appear to be in two minds about it.",
    "The first is clean water; the second is the road.",
    "Three questions decide whether the deal makes sense.",
    "It has the most goals of any team in the top half.",
    "She scored in the first half and again in the second half.",
    "The park is home to one-horned rhinos.",
    "It takes two to tango.",
    "6 View gallery",
  ])
  func discourseAndIdiomsCountNothing(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("Only one of the 12 bridges reopened.", "one"),
    ("Two problems were fixed and 40 more remain.", "40"),
    (
      "It was the ninth election since 1989, and the first since voting became compulsory.", "first"
    ),
    ("Saavedra is third on 17.2%.", "third"),
    ("It is the 12th march; the first march drew 20,000.", "first"),
    ("The quake killed 69 people at 10 p.m.", "69"),
    ("The number range is 1000-5000.", "1000-5000"),
    ("Police said one man was arrested.", "one"),
  ])
  func nearMissesStayFigures(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "The company posted a loss for the first time since 2019.",
    "This is not the first time the company has cut jobs.",
    "Phivolcs first put the magnitude at 6.7.",
    "Turnout was 85.3%, against 47.3% in the first round of 2021.",
  ])
  func firstAsAdverbOrIdiomIsNoFigure(_ sentence: String) {
    #expect(!texts(sentence).contains("first"), "\(sentence) gave \(texts(sentence))")
  }

  @Test func firstWithoutASeriesIsDiscourse() {
    #expect(!texts("Both campaigns will hold their first events in the regions.").contains("first"))
  }
}

/// Terminal control sequences in a hostile article carry digits that are parameters.
@Suite("Control sequences are not figures")
struct ControlSequenceTests {
  @Test(arguments: [
    ("\u{1B}]0;pwned\u{07}Turnout was 61 percent.", ["61 percent"]),
    ("\u{1B}]52;c;aGk=\u{1B}\\Turnout was 61 percent.", ["61 percent"]),
    ("\u{1B}[2J\u{1B}[1;31mTurnout was 61 percent.\u{1B}[0m", ["61 percent"]),
    ("Turnout was 61 percent.\u{1B}[38;5;196", ["61 percent"]),
    ("\u{1B}\u{FFFD}Turnout was 61 percent.", ["61 percent"]),
    ("\u{1B}é 61 percent", ["61 percent"]),
  ])
  func parametersAreSkipped(_ text: String, _ expected: [String]) {
    let figures = FigureExtractor.extract(from: text, source: SourceID("c"))
    #expect(figures.map(\.text) == expected)
  }
}
