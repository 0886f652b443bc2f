import Foundation
import Testing

@testable import CrossCheckCore

/// Forms the second survey of real news pages showed: a fraction word in a compound ("his
/// half-brother", "a quarter-final"), "a first time offender" and other fixed phrases, a
/// circuit's corner and a school year named by number, seconds glued to a decimal ("9.58s"),
/// a mission's clock ("T+152 seconds"), ordinal days and slash tie-breaks. Each rule is shown
/// both ways. (The sentences are written for the tests.)
@Suite("Compounds, fixed phrases and sport forms")
struct CompoundsAndSportFormsTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    ("She booked a quarter-final place on Monday.", "a quarter-final"),
    ("The quarter final was moved to Friday.", "quarter"),
    ("He is a two-time quarter-finalist.", "quarter-finalist"),
    ("His half-brother was charged on Tuesday.", "half-brother"),
    ("The half-empty stadium fell silent.", "half-empty"),
    ("A half-built tower collapsed in the storm.", "A half-built"),
    ("The judge said he was a first time offender.", "first"),
    ("Grants for first-time buyers were cut.", "first"),
    ("The win moved them one step closer to the title.", "one"),
    ("Hamilton went off at Turn 4 on the opening lap.", "4"),
    ("Results for class 12 exams were published.", "12"),
    ("She teaches grade 9 maths in Pune.", "9"),
    ("Call the helpline on +63 917 555 0101 today.", "917"),
    ("Tel+353 1 555 0199 for the box office.", "555"),
    ("Mob+44 7700 900123 is the number to call.", "7700"),
  ])
  func compoundsAndNamesAreNoFigures(_ sentence: String, _ text: String) {
    #expect(!texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The talks lasted a half-hour.", "a half-hour"),
    ("She ran a quarter-mile in the heat.", "a quarter-mile"),
    ("The city has a half-million residents.", "a half-million"),
    ("A class of 30 students walked out.", "30"),
    ("He has reached the final three times.", "three"),
    ("Prices fell in the 1990s.", "1990s"),
    ("She is in her 20s.", "20s"),
    ("The second time, she won.", "second"),
    // A first occurrence is a checkable claim ("met for the first time"), unlike "the first
    // time since 2019".
    ("The two leaders met for the first time on Monday.", "first"),
    // A mission's clock: the sign is glued to its "T", not a telephone's "+63".
    ("The upper stage shut down at T+152 seconds.", "152 seconds"),
  ])
  func figuresBesideThemStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("He ran the 100m in 9.58s in Berlin.", "9.58s", "9.58"),
    ("Verstappen beat him by just 0.038s in qualifying.", "0.038s", "0.038"),
  ])
  func secondsGluedToADecimalAreADuration(_ sentence: String, _ text: String, _ value: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .duration)
    #expect(found.unit == "second")
    #expect(found.value == Decimal(string: value))
  }

  @Test func aDecadeStaysADecade() throws {
    #expect(try #require(figure("1990s", in: "Prices fell in the 1990s.")).kind == .date)
  }

  @Test(arguments: [
    ("Rain is forecast from Monday 16th to Tuesday 17th.", "Monday 16th", nil),
    ("The hearing was set for the 15th of February.", "15th of February", "--02-15"),
    ("Polls close on the 3rd of May 2027.", "3rd of May 2027", "2027-05-03"),
  ])
  func anOrdinalDayWithItsWeekdayOrMonthIsADate(
    _ sentence: String, _ text: String, _ iso: String?
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .date)
    #expect(found.date == iso)
  }

  @Test func anOrdinalPlaceStaysAnOrdinal() throws {
    let sentence = "She finished 16th on Monday, and the 15th of the month is a holiday."
    #expect(try #require(figure("16th", in: sentence)).kind == .ordinal)
    #expect(try #require(figure("15th", in: sentence)).kind == .ordinal)
  }

  @Test func aTieBreakWrittenWithASlashIsPartOfTheScore() {
    let found = figures("He downed Anderson 7-6 (7/4), 6-4 in the second round.")
    #expect(!found.contains { $0.text == "7/4" }, "\(found.map(\.text))")
    #expect(found.filter { $0.kind == .tally }.map(\.text) == ["7-6", "6-4"])
    #expect(figures("The ratio was 7/4 in 2020.").contains { $0.text == "7/4" })
  }

  @Test func aHalfDozenIsSix() throws {
    let found = try #require(figure("A half-dozen", in: "A half-dozen officers were hurt."))
    #expect(found.value == 6)
    #expect(found.low == nil)
    #expect(try #require(figure("two-three days", in: "It took two-three days.")).low == 2)
  }
}
