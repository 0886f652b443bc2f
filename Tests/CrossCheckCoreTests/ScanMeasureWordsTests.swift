import Foundation
import Testing

@testable import CrossCheckCore

/// Words news uses for one measured thing meet as one word (``ScanVocabulary/synonyms``): the
/// same measure written by two outlets in their own words is still one measure.
@Suite("Words for one measure")
struct ScanMeasureWordsTests: ScanArticleFixtures {
  /// A workforce counted by its employees in one report and by the verb in another ("employs
  /// 12,900 people") is one headcount; so is one counted by its staff.
  @Test func employeesStaffAndTheVerbEmployCountOneWorkforce() throws {
    let (profiles, _) = self.profiles([
      "The group has 12,400 employees across Sweden.\n",
      "Norrland, which employs 12,900 people, will close two mills.\n",
      "Its 12,000 staff were told on Monday.\n",
    ])
    let employees = try profile("12,400", in: profiles)
    let employs = try profile("12,900", in: profiles)
    let staff = try profile("12,000", in: profiles)
    #expect(employees.context.cosine(employs.context) > 0)
    #expect(employees.context.cosine(staff.context) > 0)
  }

  /// Troops are soldiers, and a quake is an earthquake, whichever word an outlet uses.
  @Test func troopsAreSoldiersAndAQuakeIsAnEarthquake() throws {
    let (profiles, _) = self.profiles([
      "About 2,000 troops were sent north.\n",
      "Some 2,500 soldiers have been deployed along the frontier.\n",
      "The quake lasted 40 seconds.\n",
      "Witnesses said the earthquake shook buildings for nearly a minute.\n",
    ])
    let troops = try profile("About 2,000", in: profiles)
    let soldiers = try profile("Some 2,500", in: profiles)
    let quake = try profile("40 seconds", in: profiles)
    let earthquake = try profile("nearly a minute", in: profiles)
    #expect(troops.context.cosine(soldiers.context) > 0)
    #expect(quake.context.cosine(earthquake.context) > 0)
  }

  /// Ballots cast are votes cast: two reports counting one election's ballots and votes
  /// count one thing, with the same counted noun.
  @Test func ballotsAreVotes() throws {
    let (profiles, _) = self.profiles([
      "A total of 13,541,872 ballots were cast in the election.\n",
      "The winner took 32% of the 13,012,406 valid votes.\n",
    ])
    let ballots = try profile("13,541,872", in: profiles)
    let votes = try profile("13,012,406", in: profiles)
    #expect(ballots.countedNoun != nil)
    #expect(ballots.countedNoun == votes.countedNoun)
    #expect(PairScore.countedNounFactor(ballots, votes) == 1)
  }

  /// Road vehicles counted by their kinds are one count: "86 vehicles" and "61 cars and vans"
  /// on one ferry's garage deck count one thing.
  @Test func carsAndVansAreVehicles() throws {
    let (profiles, _) = self.profiles([
      "The operator said 86 vehicles were in the garage when the fire began.\n",
      "The operator now says 61 cars and vans were in the garage.\n",
    ])
    let vehicles = try profile("86", in: profiles)
    let cars = try profile("61", in: profiles)
    #expect(vehicles.countedNoun != nil)
    #expect(vehicles.countedNoun == cars.countedNoun)
    #expect(PairScore.countedNounFactor(vehicles, cars) == 1)
  }

  /// Rescuers rescue: "plucked from the sea by rescuers" and "had been rescued" share the
  /// measured word.
  @Test func rescuersRescue() throws {
    let (profiles, _) = self.profiles([
      "Around 500 were plucked from the sea by rescuers.\n",
      "By early afternoon 503 had been rescued.\n",
    ])
    let plucked = try profile("Around 500", in: profiles)
    let rescued = try profile("503", in: profiles)
    #expect(plucked.context.cosine(rescued.context) > 0)
  }

  /// Customers are people: "2.1 million customers lost power" and "cut power to about 2
  /// million customers" are two counts of one fate's people, not a fate against a count of
  /// things.
  @Test func customersArePeopleAFateMayCount() throws {
    let (profiles, _) = self.profiles([
      "In 2019, 2.1 million customers lost power for up to 11 hours.\n",
      "In 2019, a grid failure cut power to about 2 million customers.\n",
    ])
    let lost = try profile("2.1 million", in: profiles)
    let cut = try profile("about 2 million", in: profiles)
    #expect(lost.outcome != nil)
    #expect(!cut.countsThing)
    #expect(!PairScore.isOutcomeConflict(lost, cut))
  }

  /// "A 42-member medical team" gives a team's size, not a number of people a fate befell: it
  /// is no report of "kills at least 41". "42 members were hurt" still counts people.
  @Test func aHyphenedSizeIsNoCountOfAFate() throws {
    let (profiles, _) = self.profiles([
      "Quake kills at least 41 in the south.\n",
      "Japan said it would send a 42-member medical team.\n",
      "Officials said 42 members of the crew were hurt.\n",
    ])
    let killed = try profile("at least 41", in: profiles)
    let team = try profile("42-member", in: profiles)
    let hurt = try profile("42", in: profiles)
    #expect(team.countsThing)
    #expect(PairScore.isOutcomeConflict(killed, team))
    #expect(!hurt.countsThing)
  }

  /// Only a number joined to its counted noun gives a size: "40-odd passengers" counts people.
  @Test func aSizeCompoundJoinsTheNumberToItsNoun() {
    #expect(FigureProfiler.isSizeCompound("42-member", unit: "members"))
    #expect(FigureProfiler.isSizeCompound("six-member", unit: "members"))
    #expect(!FigureProfiler.isSizeCompound("40-odd", unit: "passengers"))
    #expect(!FigureProfiler.isSizeCompound("42", unit: "members"))
  }
}
