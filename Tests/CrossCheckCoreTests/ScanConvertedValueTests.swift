import Foundation
import Testing

@testable import CrossCheckCore

/// One quantity written in two systems of units by two reports ("about 40km", "about 25
/// miles"), agreeing once converted, is raised as a classic confusion.
@Suite("A value converted between systems of units")
struct ScanConvertedValueTests: ScanArticleFixtures {
  @Test func aValueConvertedBetweenUnitSystemsIsRaised() throws {
    let (profiles, _) = self.profiles([
      "Runners said the race near Kessel ran about 40km along the coast.\n",
      "The race, about 25 miles long, ran along the coast of the capital.\n",
      "The race near Kessel ran about 40 km along the coast, organisers said.\n",
      "The record of 112.6 degrees Fahrenheit (44.8 Celsius) was set in 2007.\n",
      "The mayor said residents were used to 45C in summer.\n",
    ])
    let kilometres = try profile("about 40km", in: profiles)
    let miles = try profile("about 25 miles", in: profiles)
    let sameUnit = try profile("about 40 km", in: profiles)
    let shared = kilometres.context.cosine(miles.context)
    #expect(shared > 0)
    #expect(ConvertedValue.factor(kilometres, miles, relation: .close, context: shared) > 1)
    #expect(ConvertedValue.factor(kilometres, sameUnit, relation: .equal, context: 1) == 1)
    // Values that do not agree once converted are no conversion.
    #expect(ConvertedValue.factor(kilometres, miles, relation: .different, context: shared) == 1)
    // One article converting its own value only repeats it.
    let fahrenheit = try profile("112.6 degrees Fahrenheit", in: profiles)
    let celsius = try profile("44.8 Celsius", in: profiles)
    #expect(fahrenheit.measure.unitFamily != celsius.measure.unitFamily)
    #expect(ConvertedValue.factor(fahrenheit, celsius, relation: .close, context: 1) == 1)
    // Two temperatures that share no word or name meet by chance.
    let used = try profile("45C", in: profiles)
    #expect(ConvertedValue.factor(used, fahrenheit, relation: .close, context: 0) == 1)
  }
}
