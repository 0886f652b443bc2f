import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of incident reports (crashes, accidents, disasters): flight codes, "one of" a fleet,
/// market moves written with a particle.
@Suite("Incident news forms")
struct IncidentNewsFormsTests {
  @Test(arguments: [
    "The flight SK 417 from Larsen came down short of the runway.",
    "Flight BA 2490 was diverted to Manchester.",
  ])
  func aNumberAfterAnOperatorsCodeIsNoFigure(_ sentence: String) {
    let found = figures(sentence)
    #expect(!found.contains { ["417", "2490"].contains($0.text) }, "\(found.map(\.text))")
  }

  @Test func aCodeAloneDoesNotHideACount() throws {
    let sentence = "The UN sent 417 tents."
    #expect(figure("417", in: sentence)?.unit == "tents", "\(figures(sentence).map(\.text))")
  }

  @Test func oneOfANumberIsAPronoun() {
    let found = figures("The aircraft was one of 40 in the airline's fleet.")
    #expect(!found.contains { $0.text.lowercased() == "one" }, "\(found.map(\.text))")
    #expect(found.contains { $0.text == "40" })
  }

  @Test func onlyOneOfANumberIsACount() {
    let found = figures("Only one of 12 bridges is still open.")
    #expect(found.contains { $0.text.lowercased() == "one" }, "\(found.map(\.text))")
  }

  @Test func aMoveWrittenWithAParticleIsSaidOfItsSubject() throws {
    let sentence = "Its shares closed down 11.6 per cent."
    let move = try #require(figure("11.6 per cent", in: sentence))
    #expect(move.subject?.contains("shares") == true, "\(String(describing: move.subject))")
  }
}
