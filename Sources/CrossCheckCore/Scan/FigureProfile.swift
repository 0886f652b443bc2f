/// A figure as the scan sees it: what it measures and the words around it, so that figures
/// about the same thing can be found without comparing all pairs.
///
/// A value whose parts live in one immutable shared box: the scan hands profiles to the pair
/// scoring millions of times, and copying a figure's strings and sets for each pair cost more
/// than scoring it. Reading a part borrows it in place; setting one makes a new box.
struct FigureProfile: Sendable {
  var figure: Figure {
    _read { yield box.parts.figure }
    set { update { $0.figure = newValue } }
  }
  /// Index of the figure's source in the scanned list.
  var source: Int {
    _read { yield box.parts.source }
    set { update { $0.source = newValue } }
  }
  var measure: Measure {
    _read { yield box.parts.measure }
    set { update { $0.measure = newValue } }
  }
  /// Content words of its clause (stems), weighted by nearness and rarity (TF-IDF).
  var context: WeightedTerms {
    _read { yield box.parts.context }
    set { update { $0.context = newValue } }
  }
  /// Names and places in its sentence (capitalized words not opening it).
  var names: TermSet {
    _read { yield box.parts.names }
    set { update { $0.names = newValue } }
  }
  /// Names and places in its own clause: what it is said of ("in Spain", "Italy's").
  var nearNames: TermSet {
    _read { yield box.parts.nearNames }
    set { update { $0.nearNames = newValue } }
  }
  /// The figure's subject words (its `subjectTerms`) as numbers, in order: compared for every
  /// pair, where comparing strings cost more than the rest of the score.
  var subjects: [Int32] {
    _read { yield box.parts.subjects }
    set { update { $0.subjects = newValue } }
  }
  /// The counted noun, as a term: "deaths" in "69 deaths".
  var countedNoun: Int? {
    _read { yield box.parts.countedNoun }
    set { update { $0.countedNoun = newValue } }
  }
  /// The counted noun's weight in the context (0 without one): the pair scoring asks it of
  /// every pair of one noun, so it is looked up once per figure, not twice per pair.
  var countedNounWeight: Double { box.parts.countedNounWeight }
  /// The words of its subject that qualify the counted noun, as terms: "relief" in "412
  /// relief camps", "anti" and "poach" in "233 anti-poaching camps" (empty without a noun).
  var modifiers: TermSet {
    _read { yield box.parts.modifiers }
    set { update { $0.modifiers = newValue } }
  }
  /// What happened to what it counts, as a term: "death" in "killed 41 people", "injur" in
  /// "230 were injured" (nil when no outcome word is near).
  var outcome: Int? {
    _read { yield box.parts.outcome }
    set { update { $0.outcome = newValue } }
  }
  /// It counts a named thing that is neither people nor a fate ("19 districts", "563 relief
  /// camps"): never the same measure as a count of what happened to people ("killed 17").
  var countsThing: Bool {
    _read { yield box.parts.countsThing }
    set { update { $0.countsThing = newValue } }
  }
  /// Who its sentence says gave it, as a term: "polic" in "250,000 marched, police said",
  /// "union" in "the union claimed 800,000" (nil when no one is named).
  var attribution: Int? {
    _read { yield box.parts.attribution }
    set { update { $0.attribution = newValue } }
  }
  /// The name its clause gives the figure to, as a term: "arriagada" in "Arriagada on 28.1%"
  /// (``FigureHolder``; nil when none is read).
  var holder: Int? {
    _read { yield box.parts.holder }
    set { update { $0.holder = newValue } }
  }
  /// For a figure that counts a part of a whole its sentence names elsewhere ("27 of them
  /// strong enough to be felt"), the terms that single the part out ("strong", "felt");
  /// nil for any other figure (``PartitiveFigure``).
  var partPredicate: TermSet? {
    _read { yield box.parts.partPredicate }
    set { update { $0.partPredicate = newValue } }
  }
  /// The value a change started from ("up from about 85,000 the previous Sunday"): an earlier
  /// reading, given beside the new one.
  var isBaseline: Bool {
    _read { yield box.parts.isBaseline }
    set { update { $0.isBaseline = newValue } }
  }
  /// Whether the clause places the figure before the story (an earlier year, "previous",
  /// "a year ago") or after it (a forecast, a later year): such a figure is another period's.
  var period: Period {
    _read { yield box.parts.period }
    set { update { $0.period = newValue } }
  }
  /// Years written in its clause.
  var years: TermSet {
    _read { yield box.parts.years }
    set { update { $0.years = newValue } }
  }
  /// Years its article's opening names (its title and first lines): the years the story is
  /// of, whatever its publication date ("best tourism year on record in 2026", printed in
  /// 2027).
  var storyYears: TermSet {
    _read { yield box.parts.storyYears }
    set { update { $0.storyYears = newValue } }
  }
  /// Years its article's headline names ("Matric results 2026"): the story's years even for
  /// the article's own dated figures, which its opening's other years may be.
  var headlineYears: TermSet {
    _read { yield box.parts.headlineYears }
    set { update { $0.headlineYears = newValue } }
  }
  /// The moment of the day its sentence names, or nil: a clock time's minutes after midnight
  /// ("at 1530 GMT": 930), or a word of a time of day ("in afternoon trading") as
  /// ``minutesInADay`` plus its place in ``ScanVocabulary/momentWords``. Two readings of one
  /// day at different moments may differ by time alone.
  var moment: Int? {
    _read { yield box.parts.moment }
    set { update { $0.moment = newValue } }
  }
  /// Where ``moment``'s words of a time of day start, past every clock time's minutes.
  static let minutesInADay = 24 * 60
  /// Years of the baseline a change is measured against ("up 4.9% on 2022": 2022,
  /// ``ChangeBaseline``): not the figure's own period, yet two changes over different years
  /// are two measures.
  var baselineYears: TermSet {
    _read { yield box.parts.baselineYears }
    set { update { $0.baselineYears = newValue } }
  }
  /// Where the part starts when the figure is the whole of one: "233" in "118 of the 233
  /// camps", "27" in "15 of the 27". A part and its whole are never the same measure.
  var partStart: Int? {
    _read { yield box.parts.partStart }
    set { update { $0.partStart = newValue } }
  }
  /// The size of the whole in "N of the M" for both its figures: M for "23 of the 50 seats"
  /// and for the 50 itself (nil for a figure of no such phrase). Such a whole is a fixed total
  /// (a chamber's seats, a country's regions), not a count that grows.
  var partitiveWhole: Double? {
    _read { yield box.parts.partitiveWhole }
    set { update { $0.partitiveWhole = newValue } }
  }
  /// For a figure restated in another currency or unit right after it ("NZ$5.3 million ($3.1
  /// million)") and for its restatement: where the first of the two starts, the same for both
  /// (``Restatement``; nil for any other figure).
  var restatement: Int? {
    _read { yield box.parts.restatement }
    set { update { $0.restatement = newValue } }
  }
  /// For a figure whose subject refers back to another ("the number could rise to 2.8
  /// million") and for the figure it refers to: where the latter starts, the same for both
  /// (``Anaphor``; nil for any other figure).
  var antecedent: Int? {
    _read { yield box.parts.antecedent }
    set { update { $0.antecedent = newValue } }
  }
  /// For a figure its sentence sets against an earlier value of its measure ("$292 million,
  /// compared with $17 million a year earlier") and for that value: where the first of the two
  /// starts, the same for both (``StatedBaseline``; nil for any other figure).
  var comparedStart: Int? {
    _read { yield box.parts.comparedStart }
    set { update { $0.comparedStart = newValue } }
  }
  /// One of three or more figures of one dimension in its sentence: a list of parts ("47 in
  /// X, 19 in Y and three in Z", "498 votes to 91, with 46 abstentions").
  var isListed: Bool {
    _read { yield box.parts.isListed }
    set { update { $0.isListed = newValue } }
  }
  /// On a title line of its article (a headline, a standfirst, a live-blog heading), in an
  /// article whose body also has figures (``TitleRestatement``).
  var isTitle: Bool {
    _read { yield box.parts.isTitle }
    set { update { $0.isTitle = newValue } }
  }
  /// On a title line, with a value the body gives hedged otherwise ("toll hits 27" over "at
  /// least 27"): the body's figure restated, which other reports meet in the body.
  var isTitleTwin: Bool {
    _read { yield box.parts.isTitleTwin }
    set { update { $0.isTitleTwin = newValue } }
  }
  /// The source's publication date (ISO 8601), if known.
  var date: String? {
    _read { yield box.parts.date }
    set { update { $0.date = newValue } }
  }
  /// The day number of ``date`` (``SeparateEvents/day(of:)``), read once per figure.
  var day: Int32? { box.parts.day }

  enum Period: Int, Sendable {
    case earlier = -1
    case current = 0
    case later = 1
  }

  /// The parts as plain stored values, the figure last: the pair scoring reads the parts
  /// before it and only a few fields at the figure's start, so a partner's reads fall on few
  /// cache lines.
  struct Parts: Sendable {
    var source: Int
    var measure: Measure
    var context: WeightedTerms
    var names: TermSet
    var nearNames: TermSet
    var subjects: [Int32]
    var countedNoun: Int?
    var countedNounWeight = 0.0
    var modifiers: TermSet
    var outcome: Int?
    var countsThing = false
    var attribution: Int?
    var holder: Int?
    var partPredicate: TermSet?
    var isBaseline = false
    var period: Period
    var years: TermSet
    var storyYears: TermSet
    var headlineYears: TermSet
    var moment: Int?
    var baselineYears: TermSet
    var partStart: Int?
    var partitiveWhole: Double?
    var restatement: Int?
    var antecedent: Int?
    var comparedStart: Int?
    var isListed = false
    var isTitle = false
    var isTitleTwin = false
    var date: String?
    var day: Int32?
    var figure: Figure
  }

  private final class Box: Sendable {
    let parts: Parts

    init(_ parts: Parts) { self.parts = parts }
  }

  private var box: Box

  init(
    figure: Figure, source: Int, measure: Measure, context: WeightedTerms, names: TermSet,
    nearNames: TermSet, subjects: [Int32] = [], countedNoun: Int?, modifiers: TermSet = [],
    outcome: Int? = nil, countsThing: Bool = false, attribution: Int? = nil,
    holder: Int? = nil, partPredicate: TermSet? = nil, isBaseline: Bool = false,
    period: Period,
    years: TermSet, storyYears: TermSet = [], headlineYears: TermSet = [], moment: Int? = nil,
    baselineYears: TermSet = [], partStart: Int? = nil,
    partitiveWhole: Double? = nil,
    restatement: Int? = nil, antecedent: Int? = nil, comparedStart: Int? = nil,
    isListed: Bool = false, isTitle: Bool = false, isTitleTwin: Bool = false, date: String?
  ) {
    var parts = Parts(
      source: source, measure: measure, context: context, names: names,
      nearNames: nearNames, subjects: subjects, countedNoun: countedNoun, modifiers: modifiers,
      outcome: outcome, countsThing: countsThing, attribution: attribution, holder: holder,
      partPredicate: partPredicate, isBaseline: isBaseline, period: period,
      years: years, storyYears: storyYears, headlineYears: headlineYears, moment: moment,
      baselineYears: baselineYears,
      partStart: partStart, partitiveWhole: partitiveWhole, restatement: restatement,
      antecedent: antecedent, comparedStart: comparedStart, isListed: isListed, isTitle: isTitle,
      isTitleTwin: isTitleTwin, date: date,
      figure: figure)
    FigureProfile.weighNoun(&parts)
    parts.day = SeparateEvents.day(of: date)
    box = Box(parts)
  }

  private mutating func update(_ change: (inout Parts) -> Void) {
    var parts = box.parts
    let date = parts.date
    change(&parts)
    FigureProfile.weighNoun(&parts)
    // The day is read from the date once, again only when a change set another date.
    if parts.date != date { parts.day = SeparateEvents.day(of: parts.date) }
    box = Box(parts)
  }

  /// The counted noun's weight, from the context and noun the parts now hold.
  private static func weighNoun(_ parts: inout Parts) {
    parts.countedNounWeight = parts.countedNoun.map { parts.context.weight(of: $0) } ?? 0
  }
}
