import Foundation
import Testing

@testable import CrossCheckCore

/// A clause a present participle opens after a comma tells of the event of the clause before
/// it (``ParticipialClause``): "struck in 2011, killing 64 people" dates the 64 to 2011.
@Suite("A participial clause takes its head clause's period")
struct ScanParticipialClauseTests: ScanArticleFixtures {
  @Test func aCountInAParticipialClauseTakesTheYearOfTheClauseItHangsOn() throws {
    let (profiles, _) = self.profiles([
      "A magnitude 5.9 earthquake struck the province in 2011, killing 64 people.\n",
      "The storm reached the coast on Tuesday, killing 12 people.\n",
    ])
    let earlier = try profile("64", in: profiles)
    #expect(earlier.years.contains(2011) && earlier.period == .earlier)
    let current = try profile("12", in: profiles)
    #expect(current.years.isEmpty && current.period == .current)
  }

  /// A clause that opens with a participle of its own ("built in 1990 for …") is no event
  /// the next clause tells of: its year, beside a figure of its own, dates no figure after it.
  @Test func aClauseOpeningWithAParticipleGivesNoPeriod() throws {
    let (profiles, _) = self.profiles([
      "The mill, built in 1990 for 12 million euros, employing 450 people, will close in June.\n"
    ])
    let workers = try profile("450", in: profiles)
    #expect(workers.years.isEmpty && workers.period == .current)
  }

  /// A clause opened by a participle of another statement or of a change to another value
  /// ("adding that…", "following…", "rising to…") does not take the clause before's year.
  @Test(arguments: [
    ("Unemployment fell to 3.5% in 2023, following a 4.1% rate the year before.\n", "4.1%"),
    ("The ministry said 40 people died in 2022, adding that 25 had died this year.\n", "25"),
    ("Sales reached $2bn in 2020, rising to $3bn by this spring.\n", "$3bn"),
  ])
  func aClauseOfAnotherStatementTakesNoYear(_ text: String, _ figure: String) throws {
    let (profiles, _) = self.profiles([text])
    let later = try profile(figure, in: profiles)
    #expect(later.years.isEmpty, "\(later.years)")
  }

  /// The earlier event's toll, dated so, meets another report of that event's toll and
  /// stays apart from the toll of the story's own event.
  @Test func anEarlierEventsTollMeetsItsOwnNotTodays() throws {
    let texts = [
      "An earthquake killed at least 381 people in Yarrow province on Monday. A magnitude 5.9"
        + " quake struck the province in 2011, killing 64 people.\n",
      "Rescuers searched for survivors after the earthquake killed 381 people. The region's"
        + " last big earthquake, in 2011, killed 66 people.\n",
    ]
    let found = suggestions(texts)
    #expect(!found.contains { holds($0, ["64", "381"]) })
    #expect(found.contains { holds($0, ["64", "66"]) })
  }
}

/// A clause a relative pronoun opens after a comma describes a name ("Fernbrook, which was
/// founded in 1932,"): its year dates the name's past, not the figure of the main clause.
@Suite("A relative clause's year dates no figure outside it")
struct ScanRelativeClauseTests: ScanArticleFixtures {
  @Test(arguments: [
    (
      "Fernbrook, which was founded as a single shop in Luton in 1932, employs about 118,000"
        + " people.\n", "about 118,000"
    ),
    ("The ferry, whose keel was laid in 1998, carried 503 people.\n", "503"),
  ])
  func aYearInARelativeClauseIsNotTheFiguresPeriod(_ text: String, _ count: String) throws {
    let (profiles, _) = self.profiles([text])
    let figure = try profile(count, in: profiles)
    #expect(figure.years.isEmpty && figure.period == .current, "\(figure.years)")
  }

  /// A year in the figure's own clause still dates it, relative pronoun or not.
  @Test func aYearInTheFiguresOwnClauseStillDatesIt() throws {
    let (profiles, _) = self.profiles([
      "The grocer, which now employs 118,000 people, employed 90,000 people in 2012.\n"
    ])
    let then = try profile("90,000", in: profiles)
    #expect(then.years.contains(2012))
  }
}
