import Foundation
import Testing

@testable import CrossCheckCore

/// Whose words a sentence's words are: a word that completes an earlier figure in that figure's
/// clause describes it, not a later figure of the same kind.
@Suite("Words of another figure's clause")
struct ScanWordOwnershipTests: ScanArticleFixtures {
  /// The profiles of the articles, with the profiler that numbered their words.
  func described(_ texts: String...) -> ([FigureProfile], FigureProfiler) {
    var profiler = FigureProfiler()
    let sources = texts.enumerated().map { source("s\($0)", date: "2026-03-10", $1) }
    let profiles = profiler.profiles(
      of: sources, kind: nil, rates: RateSources(session: RateTable(), reference: .none)
    ).profiles
    return (profiles, profiler)
  }

  /// The weight of the word written `word` in a profile's context (0: absent).
  func weight(_ word: String, in profile: FigureProfile, _ profiler: FigureProfiler) -> Double {
    profile.context.entries.first { profiler.surface($0.term) == word }?.weight ?? 0
  }

  @Test func wordsCompletingAnEarlierFigureAreItsOwn() throws {
    let (profiles, profiler) = described(
      "With 92.3% of polling stations counted, Gabriel Mora had 31.8% of the vote.\n",
      "With most of polling stations counted, Gabriel Mora had 31.8% of the vote.\n")
    let counted = try profile("92.3%", in: profiles)
    let share = try profile("31.8%", in: profiles, source: 0)
    let alone = try profile("31.8%", in: profiles, source: 1)
    // "Of polling stations counted" completes the 92.3%: it says little of the 31.8%, less
    // than the same words say of it where they complete no figure.
    #expect(weight("stations", in: share, profiler) > 0)
    #expect(weight("stations", in: share, profiler) < 0.5 * weight("stations", in: alone, profiler))
    // The name before the 31.8% in its own clause is still the 92.3%'s context too.
    #expect(weight("Mora", in: counted, profiler) > 0)
  }

  @Test func aValueWrittenTwiceSharesItsWords() throws {
    let (profiles, profiler) = described(
      "Gusts reached 185 km/h with sustained winds of 140 mph (225 km/h) near the coast.\n",
      "Gusts reached their peak with sustained winds of 140 mph (225 km/h) near the coast.\n")
    let beside = try profile("225 km/h", in: profiles, source: 0)
    let alone = try profile("225 km/h", in: profiles, source: 1)
    // The winds are the 140 mph's, and so the 225 km/h's (one value in two units), whatever
    // figure comes before.
    #expect(weight("winds", in: alone, profiler) > 0)
    #expect(weight("winds", in: beside, profiler) > 0.9 * weight("winds", in: alone, profiler))
  }

  @Test func figuresOfAnotherKindTakeNoWords() throws {
    let (profiles, profiler) = described(
      "The storm caused €2.9 billion of damage, or 3.9% of the region's output.\n",
      "The storm caused 2.9 percent of damage, or 3.9% of the region's output.\n")
    let afterMoney = try profile("3.9%", in: profiles, source: 0)
    let afterShare = try profile("3.9%", in: profiles, source: 1)
    // The money and its share describe one thing; another share is another thing.
    #expect(
      weight("damage", in: afterShare, profiler) < 0.5 * weight("damage", in: afterMoney, profiler))
  }
}
