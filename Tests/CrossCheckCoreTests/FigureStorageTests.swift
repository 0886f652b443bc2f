import Foundation
import Testing

@testable import CrossCheckCore

/// A figure keeps what few figures have (bounds, parts, dates, clock times) apart from the
/// rest; it must still behave as a plain value.
@Suite("Figure storage")
struct FigureStorageTests {
  private func figure(low: Decimal? = nil, date: String? = nil) -> Figure {
    Figure(
      id: FigureID(source: SourceID("s"), number: 1), kind: .count, value: 5, low: low,
      lowInclusive: low == nil ? nil : true, date: date, text: "5", start: 0, end: 1,
      sentenceStart: 0, sentenceEnd: 2)
  }

  @Test func keepsEveryPartItWasMadeWith() {
    let made = Figure(
      id: FigureID(source: SourceID("s"), number: 3), kind: .tally, value: nil, low: 1,
      lowInclusive: false, high: 9, highInclusive: true, components: [91, 12], unit: "points",
      unitIsAmbiguous: true, qualifier: .approx, hedge: "about", scale: "bn", date: "2024",
      text: "91-12", start: 4, end: 9, sentenceStart: 0, sentenceEnd: 20, subject: "vote",
      subjectTerms: ["vote"], scope: ["in Belgium"], time: "21:45", zone: "GMT",
      valueOutOfRange: true, subjectInferred: true)
    #expect(made.low == 1 && made.lowInclusive == false)
    #expect(made.high == 9 && made.highInclusive == true)
    #expect(made.components == [91, 12])
    #expect(made.date == "2024" && made.time == "21:45" && made.zone == "GMT")
    #expect(made.hedge == "about" && made.scale == "bn" && made.unit == "points")
    #expect(made.unitIsAmbiguous && made.valueOutOfRange && made.subjectInferred)
    #expect(made.qualifier == .approx && made.value == nil)
  }

  @Test func aChangedCopyLeavesTheOriginalAsItWas() {
    let original = figure(low: 2, date: "2020")
    var changed = original
    changed.low = 3
    changed.date = nil
    #expect(original.low == 2 && original.date == "2020")
    #expect(changed.low == 3 && changed.date == nil && changed.lowInclusive == true)
    #expect(changed != original)
  }

  @Test func figuresAreEqualHoweverTheirPartsWereSet() {
    var set = figure()
    set.low = 2
    set.lowInclusive = true
    #expect(set == figure(low: 2))
    set.low = nil
    set.lowInclusive = nil
    #expect(set == figure())
    #expect(figure(date: "2020") != figure(date: "2021"))
  }
}
