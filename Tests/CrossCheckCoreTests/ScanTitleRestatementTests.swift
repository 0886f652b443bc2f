import Foundation
import Testing

@testable import CrossCheckCore

/// A headline restating the body's figure rounded or with its hedge changed ("Over 450" over
/// "rose to 451", "toll hits 27" over "At least 27") is offered as one figure written twice;
/// a title's figure the body gives hedged otherwise stays in its own article.
@Suite("A title's figure restated in the body")
struct ScanTitleRestatementTests: ScanArticleFixtures {
  @Test func aRoundedTitleFigureIsOfferedWithTheBodys() {
    let found = suggestions([
      "Over 450 children fell ill after school lunch in river district\n\nThe number of schoolchildren who fell ill after eating a free school lunch in the river district rose to 451 by Thursday night, district officials said. Health workers visited 30 villages.\n"
    ])
    #expect(found.contains { holds($0, ["Over 450", "451"]) }, "\(found.map(\.figures))")
  }

  @Test func aTitleThatDropsTheBodysHedgeIsOfferedAsAHedgeDifference() throws {
    let found = suggestions([
      "Flood toll hits 27 as rescuers search for the missing\n\nAt least 27 people are now known to have died after floods swept through the valley, officials said on Thursday. Another 14 are still missing.\n"
    ])
    let pair = try #require(
      found.first { holds($0, ["27", "At least 27"]) }, "\(found.map(\.figures))")
    #expect(pair.reasons.contains(.hedgeDifference))
  }

  @Test func aTitleFigureTheBodyHedgesMeetsOtherReportsOnlyThroughTheBody() {
    let found = suggestions([
      "Wildfire forces 4,200 from homes near the lake\n\nAbout 4,200 people were ordered to leave their homes on Wednesday as the wildfire grew, officials said.\n",
      "Fire latest\n\nThe wildfire near the lake has forced about 4,600 people from their homes, officials said on Thursday.\n",
    ])
    #expect(found.contains { holds($0, ["4,200", "About 4,200"]) }, "\(found.map(\.figures))")
    #expect(
      !found.contains {
        $0.figures.contains { $0.figure.text == "4,200" } && holds($0, ["about 4,600"])
      },
      "\(found.map(\.figures))")
  }

  @Test func aTitleRepeatingTheBodysFigureAndHedgeIsTakenFromTheBody() {
    let (profiles, _) = profiles([
      "Quake toll reaches at least 41\n\nAt least 41 people died when the quake struck the coast, officials said.\n"
    ])
    #expect(profiles.filter { $0.figure.text.lowercased() == "at least 41" }.count == 1)
  }
}
