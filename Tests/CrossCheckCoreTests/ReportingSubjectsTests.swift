import Foundation
import Testing

@testable import CrossCheckCore

/// Subjects in the syntax of real reporting: the measured noun phrase, never the verb, a period
/// or a place a figure is said with.
@Suite("Subjects in reporting syntax")
struct ReportingSubjectsTests {
  private func subject(_ text: String, in sentence: String) throws -> String? {
    try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))").subject
  }

  @Test(arguments: [
    (
      "The lender reported net income of $310 million, compared with $250 million a year earlier.",
      "$310 million", "$250 million"
    ),
    (
      "Food inflation rose to 9.4 per cent in March compared to 8.7 per cent in February.",
      "9.4 per cent", "8.7 per cent"
    ),
    (
      "Operating profit increased to 640 million dollars in the quarter, compared with 610 million dollars a year ago.",
      "640 million dollars", "610 million dollars"
    ),
    (
      "Average rents rose £120 this year, compared with £95 last year.", "£120", "£95"
    ),
    (
      "The bank reported net earnings of $2.1 billion, or $3.10 per share, compared with $1.7 billion a year earlier.",
      "$2.1 billion", "$1.7 billion"
    ),
  ])
  func aValueAfterComparedWithMeasuresTheFigureBeforeIt(
    _ sentence: String, _ earlier: String, _ compared: String
  ) throws {
    let subject = try self.subject(compared, in: sentence)
    #expect(subject == (try self.subject(earlier, in: sentence)), "\(subject ?? "nil")")
    #expect(subject?.contains("compared") != true)
  }

  @Test(arguments: [
    ("Net profit for the second quarter was $88 million.", "$88 million", "Net profit"),
    ("Earnings per share for the third quarter were 31 cents.", "31 cents", "Earnings per share"),
    ("The price index for the quarter ended March 31 was 121.4.", "121.4", "price index"),
    ("Operating income in the first half was €2.1 billion.", "€2.1 billion", "Operating income"),
    (
      "Its sales rose 5 per cent in the fourth quarter to $77 million.", "$77 million",
      "sales"
    ),
  ])
  func aPeriodIsNoSubject(_ sentence: String, _ text: String, _ expected: String) throws {
    let subject = try self.subject(text, in: sentence)
    #expect(subject == expected, "\(subject ?? "nil")")
  }

  @Test(arguments: [
    (
      "Sales in the furniture division, which serves hotels, offices and schools, decreased 3 percent to $450 million.",
      "$450 million", "Sales"
    ),
    (
      "Most commuters will find their monthly passes are rising by almost 9%.", "almost 9%",
      "monthly passes"
    ),
    ("The health service has been allocated $12 billion.", "$12 billion", "health service"),
    ("The city council will spend $4.5 billion on new roads.", "$4.5 billion", "city council"),
  ])
  func aVerbAloneTakesItsSubject(_ sentence: String, _ text: String, _ expected: String) throws {
    let subject = try self.subject(text, in: sentence)
    #expect(subject == expected, "\(subject ?? "nil")")
  }

  @Test(arguments: [
    ("House prices in Portugal rose 3.1 per cent last year.", "3.1 per cent", "House prices"),
    (
      "Rents in the private rental market climbed 2 per cent in the first half.", "2 per cent",
      "Rents"
    ),
    (
      "Quarterly revenue at the chain fell 4% to $2.7 billion.", "$2.7 billion",
      "Quarterly revenue"
    ),
    // What a price is for, and a place after it, say whose price.
    (
      "The average asking price for a home in Ireland rose by 6.8% this year.", "6.8%",
      "average asking price"
    ),
    // Past "of" too, to what the phrase is for.
    (
      "Coverage for the first dose of measles vaccine in the region fell to 71 percent.",
      "71 percent", "Coverage"
    ),
    (
      "The death toll from the derailment of a crowded train in the south rose to at least 27.",
      "at least 27", "death toll"
    ),
    // A level after a change over a period that runs to a month: the change's subject.
    (
      "The average asking price for a home rose by 6.8% in the year to September to €352,400.",
      "€352,400", "average asking price"
    ),
  ])
  func aPlaceOrHolderInsideTheSubjectIsNoSubject(
    _ sentence: String, _ text: String, _ expected: String
  ) throws {
    let subject = try self.subject(text, in: sentence)
    #expect(subject == expected, "\(subject ?? "nil")")
  }

  @Test(arguments: [
    ("Bus fares are going up by an average of 4.5%, the operator said.", "4.5%", "Bus fares"),
    (
      "Regulated fares, which include season tickets, are increasing by an average of 3.7%.",
      "3.7%", "Regulated fares"
    ),
    ("Water bills will be capped at an average of 2.9 per cent.", "2.9 per cent", "Water bills"),
  ])
  func anAverageChangeMeasuresWhatChanges(
    _ sentence: String, _ text: String, _ expected: String
  ) throws {
    let subject = try self.subject(text, in: sentence)
    #expect(subject == expected, "\(subject ?? "nil")")
  }

  @Test(arguments: [
    ("Only 48.2% of the most urgent calls were answered in time.", "48.2%", "calls"),
    ("About 30% of the least profitable branches will close.", "About 30%", "branches"),
    ("Only 51.3% of the most serious calls receiving a reply in time.", "51.3%", "calls"),
  ])
  func aShareOfASuperlativeMeasuresItsNoun(
    _ sentence: String, _ text: String, _ head: String
  ) throws {
    let subject = try self.subject(text, in: sentence)
    #expect(subject?.hasSuffix(head) == true, "\(subject ?? "nil")")
  }
}
