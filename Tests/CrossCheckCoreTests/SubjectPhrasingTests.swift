import Foundation
import Testing

@testable import CrossCheckCore

/// Phrasings of real news that name what a figure measures away from the figure: a measure
/// noun with an "of" complement, an estimate "put at" a figure, "amounts to", and a share of a
/// whole that a thing "accounts for".
@Suite("Subjects from news phrasing")
struct SubjectPhrasingTests {
  @Test(arguments: [
    ("Shares of the retailer jumped 7.4% on Monday.", "7.4%", "shares"),
    ("The price of a loaf climbed 12 per cent last year.", "12 per cent", "price"),
    ("The value of the deal fell to $2.1 billion.", "$2.1 billion", "value"),
  ])
  func aMeasureNounBeforeOfKeepsTheHead(_ sentence: String, _ text: String, _ head: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    let subject = found.subject?.lowercased()
    #expect(subject?.contains(head) == true, "\(String(describing: found.subject))")
  }

  @Test(arguments: [
    ("Organisers put the number of marchers at 40,000.", "40,000", "marchers"),
    ("The ministry puts the cost of the repairs at £12m.", "£12m", "cost"),
    ("Firefighters put the crowd at 8,000.", "8,000", "crowd"),
    ("Regional officials put the cost at $1.5bn.", "$1.5bn", "cost"),
    ("Insurers put an early estimate of the losses at $2bn.", "$2bn", "estimate"),
  ])
  func aFigureAfterPutAtIsSaidOfTheObject(_ sentence: String, _ text: String, _ noun: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains(noun) == true, "\(String(describing: found.subject))")
  }

  @Test func theNounEstimateBeforeAtIsNoVerbOfEstimating() throws {
    let sentence = "The official estimate is unchanged at 40 hectares."
    let found = try #require(
      figure("40 hectares", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.hasPrefix("is") != true, "\(String(describing: found.subject))")
  }

  @Test(arguments: [
    ("The settlement amounts to 4.5 per cent a year.", "4.5 per cent", "settlement"),
    ("The bill amounts to $3,200 per household.", "$3,200", "bill"),
  ])
  func amountsToIsSaidOfItsSubject(_ sentence: String, _ text: String, _ noun: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains(noun) == true, "\(String(describing: found.subject))")
    #expect(found.subject?.contains("amounts") == false, "\(String(describing: found.subject))")
  }
}
