import Foundation
import Testing

@testable import CrossCheckCore

/// The figure engine and the scan on the hold-out sets, scored as the devset's scorers score them:
/// Tests/Fixtures/holdout (a battery plant fire, a company's quarterly results, a nurses' strike)
/// Tests/Fixtures/holdout2 (a central bank rate cut, a wildfire, a drug trial, a metro line's
/// opening), Tests/Fixtures/holdout3 (a hurricane, house prices, a national budget, a city
/// marathon), Tests/Fixtures/holdout4 (a measles outbreak, an antitrust fine, a mine collapse,
/// an airliner in turbulence), Tests/Fixtures/holdout5 (an oil spill, a data breach, a failed
/// harvest, a boat capsizing), Tests/Fixtures/holdout6 (a census release, a deposit-fraud
/// verdict, a jobs report, a train derailment), Tests/Fixtures/holdout7 (a takeover bid, a
/// landslide, national exam results, a fuel-price rise), Tests/Fixtures/holdout8 (a bank
/// failure, a vehicle recall, drought rationing, a minimum wage rise), Tests/Fixtures/holdout9
/// (a grid blackout, a record tourist season, a school-meal poisoning, a rent cap) and
/// Tests/Fixtures/holdout10 (a dam failure, a port strike, a rugby final, a pharmacist's
/// sentencing) and Tests/Fixtures/holdout11 (a supermarket's half-year results, bird flu on
/// poultry farms, a ferry fire, a province's housing report), 12 articles each, labelled like
/// the devset; each was written blind and has since been tuned on (holdout10: its figures only,
/// in the session that wrote it).
/// Thresholds sit a little under today's scores, so a change that loses ground on articles it was
/// not tuned on fails.
@Suite("The hold-out sets")
struct HoldoutSetTests {
  /// A set's folder and the marks its scores must stay at or above (traps and hard negatives: at
  /// or below).
  struct Mark: Sendable, CustomTestStringConvertible {
    let folder: URL
    let strictF1: Double
    let recall: Double
    let precision: Double
    let trapsTaken: Int
    let scanRecall: Double
    let scanPrecision: Double
    let negativesPaired: Int
    let explained: Double

    var name: String { folder.lastPathComponent }
    var testDescription: String { name }
  }

  /// Session 17 (scan17c): one figure hedged and the other exact within the hedge's reach is a
  /// hedge_difference, and a bound rounds only within one step of its last digit; explained
  /// rose to holdout 0.839, holdout2 0.778, holdout3 0.812, holdout4 0.900, holdout5 0.909,
  /// holdout7 0.733, and the marks follow. Session 28: spans in two units of time name a
  /// unit_difference and counts of different nouns a counting_difference; explained rose to
  /// holdout 0.871, holdout5 0.939, holdout8 0.828, holdout9 0.886, holdout10 0.852, holdout11
  /// 0.918, holdout12 0.818, and a passed record stopped two hard negatives pairing (holdout3 4,
  /// holdout10 3); the marks follow. Session 29: amounts dated after every known rate are
  /// measured at the latest rate (``ConversionCache``), so the scan compares their sizes:
  /// precision rose on nine sets (holdout8 0.830 -> 0.863, holdout9 0.629 -> 0.684) and
  /// holdout13 found one group more, for one group lost on holdout3 (an article's own bracketed
  /// conversion), a first suggestion less explained on holdout4 (0.906 -> 0.875) and one hard
  /// negative more on holdout7 (an offer and a share price in dirhams, 2); those marks follow.
  static let marks = [
    // At 8566738: P 0.983 R 0.992 strict F1 0.983, 4 of 31 traps; scan recall 0.838, precision
    // 0.589, no hard negative paired, explained 0.774. Today: P 0.992 R 0.996 strict F1 0.994,
    // 2 of 31 traps; scan recall 0.838 (31 of 37), precision 0.623, none paired, explained 0.774.
    // Session 18 (a group keeps one of a sentence's parts, SentenceParts.withoutParts): hard
    // negatives paired holdout3 8 -> 6, holdout4 3 -> 2, holdout6 2 -> 0, holdout7 1 -> 0,
    // holdout8 4 -> 1; the marks follow.
    Mark(
      folder: DevsetFixtures.holdout, strictF1: 0.985, recall: 0.99, precision: 0.985,
      trapsTaken: 3, scanRecall: 0.83, scanPrecision: 0.61, negativesPaired: 0, explained: 0.85),
    // Written and labelled blind; its first score (8566738, after "about 80p" was relabelled
    // 0.8 GBP): P 0.980 R 0.990 strict F1 0.920, 6 of 34 traps; scan recall 0.791, precision
    // 0.625, 2 of 12 hard negatives paired, explained 0.647. Today: P 0.990 R 0.997 strict F1
    // 0.983, 3 of 34 traps; scan recall 0.814 (35 of 43), precision 0.641, 2 of 12 paired
    // (T2-HN2, two fires' areas; T3-HN2, fewer strokes vs fewer bleeds), explained 0.714.
    // Tests/Fixtures/holdout2/README.md lists the first misses.
    Mark(
      folder: DevsetFixtures.holdout2, strictF1: 0.975, recall: 0.99, precision: 0.98,
      trapsTaken: 4, scanRecall: 0.80, scanPrecision: 0.63, negativesPaired: 2, explained: 0.76),
    // Written and labelled blind (a hurricane, Irish house prices, a national budget, a city
    // marathon); its first score (4c6ae72): P 0.954 R 0.954 strict F1 0.954, 14 of 50 traps; scan
    // recall 0.605 (26 of 43), precision 0.641, 7 of 24 hard negatives paired, explained 0.654.
    // Tests/Fixtures/holdout3/README.md lists the first misses. Session 15's subject rules for
    // reporting syntax (Extraction/Context) took recall 0.698 -> 0.744 and precision 0.719 -> 0.766
    // but pair one more hard negative (T2-HN4, asking prices vs prices paid): the mark follows, so
    // a further one still fails. Session 23 (specific values, subjects past "for a home in",
    // no verb of change in a subject): recall 0.767 -> 0.814, with one more paired (T2-HN3,
    // Dublin's asking vs paid prices, inside a six-figure group of house-price changes).
    // Session 24: an average and a median are two measures, and "rose 5.1% year-on-year to
    // €468,000" is the average asking price's: T2-HN2 is no longer paired (6).
    Mark(
      folder: DevsetFixtures.holdout3, strictF1: 0.945, recall: 0.945, precision: 0.945,
      trapsTaken: 15, scanRecall: 0.78, scanPrecision: 0.74, negativesPaired: 5, explained: 0.79),
    // Written and labelled blind (a measles outbreak, an EU antitrust fine, a coal mine's roof
    // collapse, an airliner in severe turbulence); labels committed (8c31cd2) before the first run.
    // Its first score (dd9b609, after two labelling fixes): P 0.961 R 1.000 strict F1 0.969, 10 of
    // 50 traps; scan recall 0.744 (29 of 39), precision 0.649, 3 of 14 hard negatives paired (T2-HN4,
    // users in India vs the EEA; T3-HN1, supplies vs time trapped; T4-HN4, two nationalities),
    // explained 0.759. Tests/Fixtures/holdout4/README.md lists the first misses. The scan's
    // one-shared-word rule (ValueCorroboration) then cost it one group (recall 0.718, 28 of 39)
    // for precision 0.649 -> 0.706; the mark follows, so a further loss still fails.
    Mark(
      folder: DevsetFixtures.holdout4, strictF1: 0.96, recall: 0.99, precision: 0.955,
      trapsTaken: 11, scanRecall: 0.70, scanPrecision: 0.63, negativesPaired: 2, explained: 0.87),
    // Written and labelled blind (a tanker's oil spill, a data breach, a failed maize harvest, a
    // boat capsizing); labels committed (c60eab2) before the first run. Its first score (1769cd5,
    // after one labelling fix, "650+" is at_least): P 0.967 R 0.990 strict F1 0.974, 7 of 32
    // traps; scan recall 0.641 (25 of 39), precision 0.667, 1 of 11 hard negatives paired (T3-HN1,
    // Kenyan vs Ugandan bag prices), explained 0.880. Tests/Fixtures/holdout5/README.md lists the
    // first misses. A tuning set since session 15 (its misses were given as classes to fix):
    // figures 1.000, 0 of 32 traps; scan recall 0.846, precision 0.756, 1 of 11, explained 0.879.
    Mark(
      folder: DevsetFixtures.holdout5, strictF1: 0.99, recall: 0.99, precision: 0.99,
      trapsTaken: 1, scanRecall: 0.82, scanPrecision: 0.73, negativesPaired: 1, explained: 0.92),
    // Written and labelled blind (a census release, a deposit-fraud verdict, a monthly jobs report,
    // a train derailment); labels committed (aae11e2) before the first run. Its first score
    // (3c39932, after one labelling fix, "just under 5 per cent" is less_than): P 0.948 R 0.944
    // strict F1 0.942, 12 of 45 traps; scan recall 0.538 (21 of 39), precision 0.683, 2 of 20 hard
    // negatives paired (T1-HN2, Ireland's vs the EU's density; T4-HN2, compensation for the dead
    // vs the injured), explained 0.857. Tests/Fixtures/holdout6/README.md lists the first misses.
    // After session 15's merge (whose glued-plus rule came from this set's report): P 0.960 R 0.978
    // strict F1 0.965, 9 of 45 traps; scan recall 0.564, precision 0.727, 3 of 20 paired (T4-HN1
    // too), explained 0.909. Session 16 (holdout6 a tuning set: revisions, norms, parts and
    // wholes, a participle of change): scan recall 0.692, precision 0.800, 2 of 20 paired,
    // explained 0.926. Session 18 (scan18p): a period after "on" right after a change is its
    // baseline ("up 4.9% on 2022"): scan recall 0.718 (T1-G11), precision 0.816.
    Mark(
      // Session 23 (specific values, no verb of change in a subject): recall 0.769, precision
      // 0.860.
      folder: DevsetFixtures.holdout6, strictF1: 0.955, recall: 0.97, precision: 0.95,
      trapsTaken: 10, scanRecall: 0.76, scanPrecision: 0.84, negativesPaired: 0, explained: 0.90),
    // Written and labelled blind (a takeover bid, a landslide, national exam results, a fuel-price
    // rise); labels committed (02ba6c2) before the first run. Its first score (d668314, after one
    // labelling fix, "as much as 29%" is at_most): P 0.944 R 0.876 strict F1 0.905 (here R 0.872,
    // strict F1 0.902), 11 of 42 traps; scan recall 0.757 (28 of 37), precision 0.655, 2 of 23 hard
    // negatives paired (T1-HN4, two companies' countries; T3-HN2, boys' vs the national pass
    // rate), explained 0.500. Tests/Fixtures/holdout7/README.md lists the first misses.
    // Session 23 (a spaced hyphen is a dash, specific values): recall 0.838, precision 0.732,
    // 1 of 23 paired (T3-HN2), explained 0.742. Session 24 (subjects of change verbs, a hedge
    // of a specific value): recall 0.838, precision 0.696.
    Mark(
      folder: DevsetFixtures.holdout7, strictF1: 0.895, recall: 0.865, precision: 0.935,
      trapsTaken: 12, scanRecall: 0.83, scanPrecision: 0.69, negativesPaired: 2, explained: 0.73),
    // Written and labelled blind (a bank failure, a vehicle recall, drought rationing, a minimum
    // wage rise); labels committed (dd9665d) before the first run. Its first score (9bae387, after
    // three labelling fixes: an unlabelled death count, "up to Sh500,000" is at_most, a scope group
    // completed): P 0.959 R 0.967 strict F1 0.959, 8 of 38 traps; scan recall 0.658 (25 of 38),
    // precision 0.792, 3 of 23 hard negatives paired (T2-G19, sales growth vs market share; T3-G19,
    // a price then and now; T4-G08, a wage now and from April), explained 0.760.
    // Tests/Fixtures/holdout8/README.md lists the first misses. Once "goes up from $23.95 to
    // $24.60" was read as two levels (figs17b: R 0.992), the scan pairs the new $24.60 with the
    // living wage (T4-G20, a hard negative it could not pair while the figure was missed): 4.
    // Session 18 (scan18p): points written as percent meet (T3-G05): scan recall 0.684,
    // precision 0.837. Session 23 (a rounded count of one noun is one count): recall 0.763,
    // precision 0.830.
    Mark(
      folder: DevsetFixtures.holdout8, strictF1: 0.95, recall: 0.96, precision: 0.95,
      trapsTaken: 9, scanRecall: 0.75, scanPrecision: 0.80, negativesPaired: 1, explained: 0.80),
    // Written and labelled blind (a grid blackout, a record tourist season, a school-meal
    // poisoning, a rent cap); labels committed (084bdd1) before the first run. Its first score
    // (main at ed25789, after two labelling fixes: two vague "millions" and a "Hundreds" made
    // optional figures, three groups completed with repeats of one figure): P 0.964 R 1.000
    // strict F1 0.977, 8 of 46 traps; scan recall 0.682 (30 of 44), precision 0.673, 5 of 32
    // hard negatives paired, explained 0.900. Tests/Fixtures/holdout9/README.md lists the misses.
    Mark(
      // Session 23: recall 0.773, precision 0.691. Session 24 (a change verb's subject read past
      // its complements): the liveblog's "2,800 MW" and "about 3,400 MW" (T1-G04) are no longer
      // offered together: recall 0.750, precision 0.632, explained 0.879; a copula's subject
      // read past a place phrase: precision 0.614 (one suggestion within K). Session 25:
      // customers are people a fate counts, so "2.1 million customers lost power" and "cut
      // power to about 2 million customers" (T1-G21) meet: recall 0.773, precision 0.649.
      // An article that opens on a year dates its undated figures (FigureProfile.storyYears):
      // recall 0.795, precision 0.629 (five more suggestions within K), explained 0.857.
      folder: DevsetFixtures.holdout9, strictF1: 0.97, recall: 0.99, precision: 0.955,
      trapsTaken: 9, scanRecall: 0.79, scanPrecision: 0.62, negativesPaired: 5, explained: 0.87),
    // Written and labelled blind (a dam failure, a port strike, a rugby final, a pharmacist's
    // sentencing); labels committed (14fa407) before the first run. Its first score (main at
    // c444d2d, after six labelling fixes: "about 12km" and "as much as six times" had lost their
    // hedges, "a maximum of 15mg" is at_most, "June 1" and "June 4" carry no year, a consistent
    // group completed with repeats of one figure): P 0.923 R 0.982 strict F1 0.952, 16 of 67 traps;
    // scan recall 0.765 (26 of 34), precision 0.776, 5 of 41 hard negatives paired, explained
    // 0.692. Tests/Fixtures/holdout10/README.md lists the misses. After the figs19c rules (labels,
    // telephone forms, "R250m", megalitres): P 0.975 R 1.000 strict F1 0.987, 5 of 67 traps; scan
    // recall 0.765, precision@50 0.760, 4 of 41 hard negatives paired, explained 0.731.
    Mark(
      folder: DevsetFixtures.holdout10, strictF1: 0.97, recall: 0.99, precision: 0.96,
      trapsTaken: 6, scanRecall: 0.75, scanPrecision: 0.75, negativesPaired: 4, explained: 0.83),
    // Written and labelled blind by two writers at once (a supermarket's half-year results, bird
    // flu on poultry farms, a ferry fire, a province's housing report); labels committed
    // (0df8415) before the first run. First score (main at 3c329ce): P 0.924 R 0.994 strict F1
    // 0.933, 22 of 94 traps; scan recall 0.719, precision@85 0.635, 1 of 28 hard negatives
    // paired, explained 0.805. Session 26 (decks, bills, acts, note markers, a wire's slug, a
    // half-year, unnamed sources, "stg", a change and its level; one value bounded two ways
    // ranks as a difference; road vehicles by their kinds are one counted thing): P 0.997 R
    // 1.000 strict F1 0.999, 1 trap; scan recall 0.860, precision@83 0.723, 1 hard negative,
    // explained 0.816.
    Mark(
      folder: DevsetFixtures.holdout11, strictF1: 0.98, recall: 0.99, precision: 0.98,
      trapsTaken: 2, scanRecall: 0.8, scanPrecision: 0.68, negativesPaired: 2, explained: 0.89),
    // Written and labelled blind by two writers at once (a ransomware attack on hospitals, an
    // airport strike, a consumer price index release, norovirus on a cruise ship); labels
    // committed (f427bdd) before the first run. First score (main at ed4d8c9): P 0.927 R 0.990
    // strict F1 0.954, 21 of 100 traps; scan recall 0.808, precision@67 0.791, 3 of 20 hard
    // negatives paired, explained 0.738. Session 26 (charts, tables, voyages, "cat. no.",
    // "said one passenger", "the move from A to B"): P 0.958 R 0.993 strict F1 0.972, 11 traps;
    // its scan is not tuned on.
    Mark(
      folder: DevsetFixtures.holdout12, strictF1: 0.96, recall: 0.98, precision: 0.94,
      trapsTaken: 13, scanRecall: 0.78, scanPrecision: 0.76, negativesPaired: 3, explained: 0.79),
    // Written and labelled blind by two writers at once (a university's tuition and
    // enrolment, a power price spike, a launch failure, an insulin settlement), with real
    // pages' furniture; labels committed (981b7d1) before the first run. First score (main at
    // 482a57c): P 0.927 R 0.958 strict F1 0.920, 26 of 149 traps; scan recall 0.643,
    // precision@70 0.643, 1 of 20 hard negatives paired, explained 0.667. Session 27 (course
    // codes, ranks after "No.", stamp-line counters, product numbers, idioms, fixed ordinal
    // compounds, pounds that weigh, energy and data across prefixes): P 0.964 R 0.975 strict
    // F1 0.950, 13 traps; scan recall 0.732, precision@70 0.686, 1 hard negative, explained
    // 0.732 (its scan labels are not tuned on). Session 28 (rates the articles cite, a
    // mission's clock, reasons for spans in two units of time and for counts of different
    // nouns): R 0.983 strict F1 0.954; scan recall 0.768, precision@69 0.725, explained 0.767.
    Mark(
      folder: DevsetFixtures.holdout13, strictF1: 0.945, recall: 0.97, precision: 0.95,
      trapsTaken: 15, scanRecall: 0.74, scanPrecision: 0.70, negativesPaired: 2, explained: 0.74),
  ]

  @Test(arguments: marks) func figuresStayAboveTheirMark(_ mark: Mark) throws {
    let articles = mark.folder.appendingPathComponent("articles")
    let score = try DevsetRegressionTests.score(
      mark.name, in: mark.folder.deletingLastPathComponent()
    ) { file in
      articles.appendingPathComponent(file)
    }
    print("\(mark.name) figures: \(score)\n  " + score.notes.joined(separator: "\n  "))
    #expect(score.truePositives > 0, "no labelled figure was found")
    #expect(score.strictF1 >= mark.strictF1, "strict F1 \(score.strictF1): \(score)")
    #expect(score.recall >= mark.recall, "recall \(score.recall): \(score)")
    #expect(score.precision >= mark.precision, "precision \(score.precision): \(score)")
    #expect(score.trapsTaken <= mark.trapsTaken, "\(score.trapsTaken) traps taken: \(score)")
  }

  @Test(arguments: marks) func scanStaysAboveItsMark(_ mark: Mark) throws {
    let score = try ScanDevsetTests.score(
      set: mark.name, texts: mark.folder.appendingPathComponent("articles"),
      in: mark.folder.deletingLastPathComponent())
    print("\(mark.name) scan: \(score)")
    #expect(score.recall >= mark.scanRecall, "missed \(score.missed)")
    #expect(score.precision >= mark.scanPrecision)
    #expect(score.negativesPaired <= mark.negativesPaired)
    #expect(score.explained >= mark.explained)
  }
}
