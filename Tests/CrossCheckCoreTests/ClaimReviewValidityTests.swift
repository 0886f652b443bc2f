import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// Two articles that disagree, one with an http address in its sidecar and one with a
/// `javascript:` address, recorded as D1 with a verdict.
private struct TwoArticles {
  static let firstSentence = "The council said the new bridge will cost $40 million."
  static let secondSentence = "Officials now put the cost of the bridge at $55 million."
  let folder: TemporaryDirectory
  var corpus = Corpus()
  var analysis = AnalysisState()

  init(reportURL: String?) throws {
    folder = try TemporaryDirectory()
    try folder.write("first.txt", "Bridge plan approved.\n\n" + Self.firstSentence + "\n")
    try folder.write(
      "first.meta.json",
      #"{"title": "Bridge plan approved", "outlet": "The Courier", "date": "2026-02-01", "#
        + #""url": "https://example.com/news/bridge?id=7&ref=rss"}"#)
    try folder.write("second.txt", Self.secondSentence + "\n")
    try folder.write(
      "second.meta.json",
      #"{"outlet": "Evening Post", "date": "2026-02-03", "url": "javascript:alert(1)"}"#)
    let loaded = corpus.load(folder.path)
    #expect(loaded.problems.isEmpty && loaded.loaded.count == 2)
    analysis.settings.reportURL = reportURL
    var references: [FigureReference] = []
    for (id, text) in [("first", "$40 million"), ("second", "$55 million")] {
      let source = try #require(corpus.source(SourceID(id)))
      let figure = try #require(source.figures.first { $0.text == text })
      references.append(FigureReference(figure: figure, in: source))
    }
    let recorded = analysis.flag(references, title: nil, at: Date(timeIntervalSince1970: 0))
    analysis.update(recorded.id) { $0.verdict = "contradiction" }
  }

  func reviews() throws -> (text: String, reviews: [[String: Any]]) {
    let report = Report.build(
      sessionName: "bridge", corpus: corpus, analysis: analysis, date: "2026-02-04",
      author: nil)
    let text = try ClaimReviewReport.render(report)
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return (text, try #require(parsed as? [[String: Any]]))
  }
}

/// Google's ClaimReview structured data: the properties it requires, valid JSON, and the claim
/// as published.
@Suite("ClaimReview validity")
struct ClaimReviewValidityTests {
  static let reportURL = "https://example.org/fact-checks/bridge.html"

  @Test func everyReviewHasWhatGoogleRequires() throws {
    let (text, reviews) = try TwoArticles(reportURL: Self.reportURL).reviews()
    #expect(text.hasPrefix("[") && text.hasSuffix("]\n"))
    #expect(reviews.count == 1)
    for review in reviews {
      #expect(review["@context"] as? String == "https://schema.org")
      #expect(review["@type"] as? String == "ClaimReview")
      #expect(review["url"] as? String == Self.reportURL)
      let claim = try #require(review["claimReviewed"] as? String)
      #expect(!claim.isEmpty)
      let rating = try #require(review["reviewRating"] as? [String: Any])
      #expect(rating["@type"] as? String == "Rating")
      #expect(rating["alternateName"] as? String == "Contradiction")
      let author = try #require(review["author"] as? [String: Any])
      #expect(["Person", "Organization"].contains(author["@type"] as? String))
      #expect(!((author["name"] as? String) ?? "").isEmpty)
      let item = try #require(review["itemReviewed"] as? [String: Any])
      #expect(item["@type"] as? String == "Claim")
      #expect(!(try #require(item["appearance"] as? [[String: Any]])).isEmpty)
    }
  }

  @Test func theClaimIsEachSentenceAsPublishedAttributedToItsOutlet() throws {
    let review = try #require(try TwoArticles(reportURL: Self.reportURL).reviews().reviews.first)
    #expect(
      review["claimReviewed"] as? String
        == "The Courier: “\(TwoArticles.firstSentence)” vs Evening Post: “\(TwoArticles.secondSentence)”"
    )
    // The headline, with no title, stays short: the figures as quoted.
    #expect(review["headline"] as? String == "D1: $40 million vs $55 million")
  }

  @Test func theAppearanceCarriesTheArticlesWebAddressOnly() throws {
    let review = try #require(try TwoArticles(reportURL: Self.reportURL).reviews().reviews.first)
    let item = try #require(review["itemReviewed"] as? [String: Any])
    let appearance = try #require(item["appearance"] as? [[String: Any]])
    #expect(appearance.count == 2)
    #expect(appearance[0]["url"] as? String == "https://example.com/news/bridge?id=7&ref=rss")
    // A javascript: address in a sidecar is never a url.
    #expect(appearance[1]["url"] == nil)
  }

  @Test func withoutAReportURLThereIsNoURL() throws {
    let (text, reviews) = try TwoArticles(reportURL: nil).reviews()
    #expect(reviews.first?["url"] == nil)
    #expect(!text.contains("\"url\" : \"https://example.org"))
  }

  @Test func aReportURLThatIsNoWebAddressIsNeverWritten() throws {
    let (text, reviews) = try TwoArticles(reportURL: "javascript:alert(1)").reviews()
    #expect(reviews.first?["url"] == nil)
    #expect(!text.contains("javascript"))
  }

  @Test func aVerdictsTextIsReadable() {
    #expect(Verdict.text("scope-difference") == "Scope difference")
    #expect(Verdict.text("misdated") == "Misdated")
  }
}
