import Foundation
import Testing

@testable import CrossCheckCore

/// "Lost" is a contest's side only as the verb of the count: "lost their lives" is a death
/// toll, and "have been lost" counts things destroyed (``LostFate``).
@Suite("What 'lost' says of a count")
struct ScanLostFateTests: ScanArticleFixtures {
  @Test func livesLostAreDeaths() {
    let found = suggestions([
      "Quake strikes mountain province\n\nSome 60 people lost their lives when the earthquake struck the remote mountain county on Monday morning, officials said. More than 230 people were injured.\n",
      "Death toll rises after mountain earthquake\n\nThe provincial government said 69 people died in the earthquake, and 250 were taken to hospital with injuries.\n",
    ]).map { $0.figures.map(\.figure.text) }
    #expect(found.contains { $0.contains("Some 60") && $0.contains("69") }, "\(found)")
    #expect(!found.contains { $0.contains("Some 60") && $0.contains("250") }, "\(found)")
  }

  @Test func thingsLostAreThingsDestroyed() {
    let found = suggestions([
      "Wildfire update\n\nAt least 14 structures have been lost to the fire, the regional district said on Wednesday.\n",
      "Fire latest\n\nThe regional district has confirmed 19 structures destroyed by the fire.\n",
    ]).map { $0.figures.map(\.figure.text) }
    #expect(found.contains { $0.contains("At least 14") && $0.contains("19") }, "\(found)")
  }
}
