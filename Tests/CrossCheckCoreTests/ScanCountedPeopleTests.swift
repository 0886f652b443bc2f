import Foundation
import Testing

@testable import CrossCheckCore

/// The same people under other nouns: a place's people and people "in" it ("380,000
/// Canadians", "400,000 customers in Canada"), a service's users and its accounts, survivors
/// and people rescued.
@Suite("The same people under other nouns")
struct ScanCountedPeopleTests: ScanArticleFixtures {
  @Test(arguments: [
    (
      "Roughly 380,000 Kenyans who booked trips through the site had their passport details exposed, the regulator said.",
      "Among those affected by the breach of the booking site are some 400,000 customers in Kenya, the firm said.",
      "Roughly 380,000", "some 400,000"
    ),
    (
      "The booking site said personal data of about 12.6 million users had been stolen in the breach.",
      "The booking site confirmed that 12.8 million accounts were affected by the breach worldwide.",
      "about 12.6 million", "12.8 million"
    ),
    (
      "Police said 61 survivors of the ferry sinking had been taken to hospital by the afternoon.",
      "The emergency agency said 66 people had been rescued from the ferry sinking by nightfall.",
      "61", "66"
    ),
  ])
  func oneCountUnderTwoNounsIsOffered(_ case: (String, String, String, String)) {
    let (first, second, a, b) = `case`
    let found = suggestions([
      "Breach and sinking\n\n\(first)\n", "Latest\n\n\(second)\n",
    ]).map { $0.figures.map(\.figure.text) }
    #expect(found.contains { $0.contains(a) && $0.contains(b) }, "\(found)")
  }

  @Test func aPlacesPeopleAreThePlaceInTheScansWords() {
    #expect(
      ScanVocabulary.synonyms[Stemmer.stem("canadians")] == Stemmer.stem("canada"))
    #expect(ScanVocabulary.synonyms[Stemmer.stem("nigerians")] == Stemmer.stem("nigeria"))
  }
}
