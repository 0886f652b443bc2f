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

  @Test func aValueWithTwoPrefixesOfAUnitIsOneMeasure() throws {
    let (profiles, _) = self.profiles([
      "Imports from France averaged 3.1 GW on Wednesday, the grid operator said.\n",
      "Imports from France averaged 3,100 megawatts on Wednesday, traders said.\n",
      "The hackers said they took about 1.2 terabytes of patient data.\n",
      "The gang claims to hold some 1,200 gigabytes of patient data.\n",
    ])
    let gigawatts = try profile("3.1 GW", in: profiles)
    let megawatts = try profile("3,100 megawatts", in: profiles)
    #expect(gigawatts.measure.dimension == .power && megawatts.measure.dimension == .power)
    #expect(gigawatts.measure.magnitude == megawatts.measure.magnitude)
    let shared = gigawatts.context.cosine(megawatts.context)
    #expect(ConvertedValue.factor(gigawatts, megawatts, relation: .equal, context: shared) > 1)
    let terabytes = try profile("about 1.2 terabytes", in: profiles)
    let gigabytes = try profile("some 1,200 gigabytes", in: profiles)
    #expect(terabytes.measure.dimension == .data)
    #expect(terabytes.measure.magnitude == gigabytes.measure.magnitude)
    // A power is no amount of data, however the numbers compare.
    #expect(gigawatts.measure.dimension != terabytes.measure.dimension)
  }
}
