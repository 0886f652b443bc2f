import Foundation
import Testing

@testable import CrossCheckCore

/// Changes in percent whose own subjects name one thing ("Harlow shares fell 8.4%", "its
/// shares have lost about 12%") are one measure on that word alone, as counts of one noun are
/// (``ValueCorroboration``); the verb of the change they share names nothing.
@Suite("Changes of one named thing")
struct ScanChangeSubjectTests: ScanArticleFixtures {
  @Test func sharePriceMovesOfOneCompanyAreOfferedOnTheirSubject() throws {
    let texts = [
      "Harlow Mining warned that output would drop. Harlow shares fell 8.4% on Tuesday.\n",
      "The miner is struggling. Its shares have lost about 12% in two days.\n",
    ]
    let (profiles, _) = self.profiles(texts)
    #expect(try profile("about 12%", in: profiles).measure.shareRole == .change)
    #expect(suggestions(texts).contains { holds($0, ["8.4%", "about 12%"]) })
  }

  @Test(arguments: ["fell", "declined", "increased", "dipped"])
  func aSharedVerbOfChangeIsNoSharedSubject(_ verb: String) throws {
    let texts = [
      "Corliss reported a mixed quarter. Volumes \(verb) 2% in the period.\n",
      "The group's paper division struggled: its sales \(verb) 3%.\n",
    ]
    #expect(!suggestions(texts).contains { holds($0, ["2%", "3%"]) })
  }

  /// A share of people before "lost" is a level, not a fall: "30% lost their jobs".
  @Test func aShareBeforeLostIsALevel() throws {
    let (profiles, _) = self.profiles([
      "About 30% lost their jobs in the slump. Its shares have lost 12% this week.\n"
    ])
    #expect(try profile("About 30%", in: profiles).measure.shareRole != .change)
    #expect(try profile("12%", in: profiles).measure.shareRole == .change)
  }
}
