import Foundation

/// The scan's word lists and unit tables: data, in one place.
enum ScanVocabulary {
  /// Kinds the scan never offers: calendar references and clock times.
  static let ignoredKinds: Set<String> = ["date", "time"]

  /// A unit of a physical quantity: what it measures, and how to bring it to that dimension's
  /// base unit (value × factor + offset). `family` groups spellings of one unit.
  struct PhysicalUnit: Sendable {
    var dimension: MeasureDimension
    var factor: Double
    var offset: Double = 0
    var family: String
  }

  /// Units of quantities, derived from the one unit table (``UnitTable``): the dimensions the
  /// scan measures, by canonical name and by every spelling the extraction reads (a counted
  /// noun keeps the word as written: "four-mile", "6.4-kms"), each canonical unit one family.
  /// Bases: metre, square metre, kilogram, litre, degree Celsius, km/h. A bare "degree" is left
  /// to ``bareDegrees``.
  static let physicalUnits: [String: PhysicalUnit] = {
    var table: [String: PhysicalUnit] = [:]
    var spellings = UnitTable.units.keys.map { ($0, $0) }
    spellings += UnitTable.written.map { ($0.key, $0.value) }
    // Glued units are told apart by case ("ML" a megalitre, "ml" a millilitre): lower-cased,
    // one never takes the place of a spelling the other tables give.
    let written = Set(spellings.map(\.0))
    spellings += UnitTable.glued.map { ($0.key.lowercased(), $0.value) }
      .filter { !written.contains($0.0) }
      .sorted { $0 < $1 }
    for (spelling, name) in spellings where !bareDegrees.contains(name) {
      guard let unit = UnitTable.units[name],
        let dimension = MeasureDimension(rawValue: unit.dimension),
        ![.money, .count, .share, .duration, .tally].contains(dimension)
      else { continue }
      // The table's °C = (value + offset) × factor, here value × factor + offset × factor.
      table[spelling] = PhysicalUnit(
        dimension: dimension, factor: nearestDouble(unit.factor),
        offset: nearestDouble(unit.offset * unit.factor), family: name)
    }
    return table
  }()

  /// The Double nearest an exact decimal (1609.344, not the 1609.3439999999998 that converting
  /// the Decimal's mantissa gives), read from its digits.
  private static func nearestDouble(_ value: Decimal) -> Double {
    Double(value.description) ?? value.doubleValue
  }

  /// Units of shares, however the extraction spells them, by family.
  static let shareUnits: [String: String] = [
    "percent": "percent", "percentage_point": "percentage_point",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "basis_point": "basis_point", "basis points": "basis_point", "basis point": "basis_point",
    "bps": "basis_point", "bp": "basis_point",
  ]

  /// "degrees" alone: Celsius or Fahrenheit, whichever the other figure's value fits.
  static let bareDegrees: Set<String> = ["degree", "degrees", "deg", "°"]

  /// Past participles not ending in "-ed": the action a year after them dates ("frozen in
  /// 2022", "built in 1990").
  static let irregularParticiples: Set<String> = [
    "frozen", "built", "held", "made", "paid", "sold", "bought", "won", "lost", "set", "hit",
    "seen", "taken", "given", "begun", "written", "spent", "struck", "brought", "taught",
    "caught", "fought", "sought", "thought", "found", "kept", "left", "met", "sent", "told",
    "shut", "cut", "put", "run", "done", "gone", "become", "chosen", "driven", "broken",
    "shaken", "stolen", "grown", "known", "shown", "drawn", "thrown", "risen", "fallen",
    "born", "worn", "torn", "sworn", "hidden", "laid", "led", "fled", "bred", "fed", "read",
    "said", "heard", "dealt", "meant", "felt", "lent", "bent", "rebuilt", "withdrawn",
  ]

  /// Words ending in "-ing" that are no present participle opening a clause ("during",
  /// "morning"): ``ParticipialClause`` reads every other as one.
  static let ingNonParticiples: Set<String> = [
    "during", "morning", "evening", "nothing", "something", "anything", "everything",
    "building", "meeting", "ceiling", "spring", "string", "according", "notwithstanding",
    "pending", "funding", "housing", "clothing", "shipping", "ranking", "offering",
  ]

  /// Parts of a year an ordinal names as a date names a day ("the fourth quarter", "the
  /// first half"): a period, not a count.
  static let calendarDivisions: Set<String> = ["quarter", "quarters", "half", "halves"]

  /// Nouns that count the divisions of a document or plan, each spelling with its singular:
  /// "four parts" and "19 points" of one plan are its structure counted in two units.
  static let documentDivisions: [String: String] = {
    let singulars = [
      "part", "point", "section", "chapter", "clause", "stage", "pillar", "article", "phase",
      "step", "provision", "paragraph", "item", "plank", "annex", "principle",
    ]
    var table: [String: String] = [:]
    for singular in singulars {
      table[singular] = singular
      table[singular.hasSuffix("x") ? singular + "es" : singular + "s"] = singular
    }
    return table
  }()

  /// Words that put a figure in an earlier period than the story's ("the previous Sunday",
  /// "a year earlier", "two years ago").
  static let pastMarkers: Set<String> = [
    "previous", "prior", "earlier", "ago", "former", "preceding",
  ]

  /// Nouns after "last" that name an earlier period ("last year", "last season").
  static let periodNouns: Set<String> = [
    "year", "season", "month", "decade", "election", "term", "quarter", "time", "round",
  ]

  /// Punctuation that ends a clause: words across it describe a figure less.
  static let clauseBreaks: Set<Unicode.Scalar> = [
    ",", ";", ":", "—", "–", "(", ")", "\"", "“", "”",
  ]

  /// Words that put a figure in a later period ("forecast for next year", "by 2030").
  static let futureMarkers: Set<String> = [
    "forecast", "projected", "expected", "next", "target", "targets", "planned", "guidance",
  ]

  /// Words that never say what a figure measures, on top of the extraction's stop words.
  static let contextStopWords: Set<String> = [
    "said", "says", "say", "told", "according", "reported", "report", "reports", "news",
    "newspaper", "officials", "official", "statement", "added", "also", "would", "could", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
    "million", "billion", "bn", "m", "per", "cent", "percent", "about", "around", "nearly",
    "almost", "roughly", "some", "least", "more", "than", "over", "up", "to", "an", "estimated",
    "approximately", "just", "little", "close", "which", "while", "by", "on", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "new", "year", "years", "week",
    "weeks", "day", "days", "month", "months", "time", "times", "first", "second", "third",
    "mr", "ms", "mrs", "dr", "s", "t",
  ]

  /// Stems news uses for one measured thing, brought to one: casualties, damage, people moved;
  /// and a place's people to the place (``demonyms``: "380,000 Canadians" are customers "in
  /// Canada").
  static let synonyms: [String: String] = {
    var table = measureSynonyms
    for (people, place) in demonyms {
      let stem = Stemmer.stem(people)
      if table[stem] == nil { table[stem] = Stemmer.stem(place) }
    }
    return table
  }()

  /// The people of a place, as news names them, with the place: a count of Kenyans counts
  /// people in Kenya. Single words only, common in international news.
  static let demonyms: [String: String] = [
    "americans": "america", "canadians": "canada", "mexicans": "mexico",
    "brazilians": "brazil", "argentines": "argentina", "argentinians": "argentina",
    "chileans": "chile", "colombians": "colombia", "peruvians": "peru",
    "venezuelans": "venezuela", "cubans": "cuba", "haitians": "haiti", "britons": "britain",
    "irish": "ireland", "scots": "scotland", "welsh": "wales", "french": "france",
    "germans": "germany", "italians": "italy", "spaniards": "spain", "portuguese": "portugal",
    "dutch": "netherlands", "belgians": "belgium", "swiss": "switzerland",
    "austrians": "austria", "swedes": "sweden", "norwegians": "norway", "danes": "denmark",
    "finns": "finland", "poles": "poland", "greeks": "greece", "turks": "turkey",
    "russians": "russia", "ukrainians": "ukraine", "romanians": "romania",
    "hungarians": "hungary", "israelis": "israel", "palestinians": "palestine",
    "lebanese": "lebanon", "syrians": "syria", "iraqis": "iraq", "iranians": "iran",
    "afghans": "afghanistan", "pakistanis": "pakistan", "indians": "india",
    "bangladeshis": "bangladesh", "nepalis": "nepal", "chinese": "china", "japanese": "japan",
    "koreans": "korea", "vietnamese": "vietnam", "thais": "thailand",
    "filipinos": "philippines", "indonesians": "indonesia", "malaysians": "malaysia",
    "australians": "australia", "zealanders": "zealand", "egyptians": "egypt",
    "nigerians": "nigeria", "kenyans": "kenya", "ugandans": "uganda",
    "tanzanians": "tanzania", "ethiopians": "ethiopia", "somalis": "somalia",
    "sudanese": "sudan", "ghanaians": "ghana", "moroccans": "morocco",
    "algerians": "algeria", "europeans": "europe", "africans": "africa",
  ]

  /// Counted nouns that count one population in two ways, brought to one: a service's users,
  /// accounts, customers and subscribers ("12.6 million users", "12.8 million accounts": a
  /// counting difference). Only a count's own noun is read so, not the words around it.
  static let countedNounFamilies: [String: String] = [
    "account": "user", "custom": "user", "subscrib": "user",
  ]

  /// The synonyms of measured things (``synonyms``).
  private static let measureSynonyms: [String: String] = [
    "kill": "death", "died": "death", "die": "death", "dead": "death", "fatal": "death",
    "fataliti": "death", "toll": "death", "life": "death", "hurt": "injur", "wound": "injur",
    "injuri": "injur", "home": "hous", "dwelling": "hous", "evacuat": "displac",
    "evacue": "displac", "homeless": "displac", "fled": "displac", "shelter": "camp",
    "arrest": "detain", "detent": "detain", "custody": "detain", "worker": "job",
    "employe": "job", "workforc": "job", "headcount": "job", "layoff": "job",
    // A company's top line, whatever the outlet calls it.
    "sale": "revenu", "revenue": "revenu", "turnover": "revenu",
    // The fire a story follows, in headline words ("blaze", "blazes").
    "blaz": "fire",
    // Forms of one contest verb the stemmer leaves apart.
    "scor": "score", "conced": "concede",
    // Survivors of a disaster are the people rescued from it.
    "survivor": "rescu",
    // A train's coaches, carriages and cars; a vacancy rate counts what is vacant.
    "carriag": "coach", "car": "coach", "railcar": "coach", "vacancy": "vacant",
    "vacanc": "vacant",
    // Road vehicles by their kinds, as a ferry's or a bridge's load is counted: "86 vehicles,
    // including 23 lorries", "61 cars and vans" (a coach is a bus too).
    "vehicl": "coach", "van": "coach", "lorri": "coach", "truck": "coach", "bus": "coach",
    // Rescuers rescue: "plucked from the sea by rescuers", "503 had been rescued".
    "rescuer": "rescu",
    // Those watching an event, however the outlet counts them: a crowd, its fans, spectators,
    // the attendance, the audience.
    "crowd": "spectator", "fan": "spectator", "attendanc": "spectator", "attende": "spectator",
    "attend": "spectator", "audienc": "spectator", "onlooker": "spectator",
    // One company buying another, whatever the outlet calls the transaction.
    "acquisition": "deal", "takeover": "deal", "merger": "deal", "buyout": "deal",
    // A quake is an earthquake; troops are soldiers; ballots cast are votes cast.
    "quak": "earthquak", "troop": "soldier", "ballot": "vote",
    // A workforce by its staff, or by the verb: "employs 9,000 people", "9,000 employees".
    "staff": "job", "employ": "job",
  ]

  /// Words that say what happened to the people a count counts: killed, hurt, missing, driven
  /// from home, arrested. Two counts with different ones are different measures.
  static let outcomeWords: Set<String> = [
    "killed", "kill", "kills", "killing", "dead", "died", "die", "deaths", "death", "fatalities",
    "fatality", "injured", "injuries", "injury", "wounded", "hurt", "missing", "displaced",
    "evacuated", "homeless", "arrested", "arrests", "detained", "rescued",
    // Which side of a contest a count is on: goals scored or conceded, seats won or lost.
    "scored", "scores", "scoring", "conceded", "concedes", "conceding", "won", "wins", "winning",
    "lost", "loses",
  ]

  /// Forms of "lose": a contest's side ("lost 12 seats"), a death ("lost their lives") or,
  /// passive, a thing destroyed ("have been lost") (``LostFate``).
  static let lossWords: Set<String> = ["lost", "lose", "loses", "losing"]

  /// What "lost" takes when people die ("lost their lives", "lives lost").
  static let lifeNouns: Set<String> = ["life", "lives"]

  /// The term of a death, the fate "lost their lives" names.
  static let deathTerm = "death"

  /// Outcomes that are a side's gain in a contest ("won 141 seats", "scored 58 goals"): what
  /// they count is still the thing, not a fate.
  static let gainWords: Set<String> = ["won", "wins", "winning", "scored", "scores", "scoring"]

  /// Counted nouns that count people (or their remains): such a count may be the count of a
  /// fate ("41 people killed", "41 bodies", "236 protesters" held).
  static let personNouns: Set<String> = [
    "people", "persons", "person", "individuals", "residents", "civilians", "victims", "bodies",
    "children", "adults", "men", "women", "students", "workers", "employees", "staff", "soldiers",
    "troops", "officers", "police", "policemen", "firefighters", "rescuers", "protesters",
    "demonstrators", "passengers", "patients", "migrants", "refugees", "families", "households",
    "fans", "voters", "members", "players", "tourists", "villagers", "farmers", "miners",
    "journalists", "prisoners", "detainees", "inmates", "survivors", "pilgrims", "climbers",
    "crew", "sailors", "fishermen", "others", "customers", "subscribers", "users", "consumers",
    "clients", "commuters", "travellers", "travelers", "visitors", "guests", "spectators",
  ]

  /// Verbs that say who gave a figure: the word before them names its source ("police said",
  /// "the union put the figure at", "the ministry counted").
  static let reportingVerbs: Set<String> = [
    "said", "says", "say", "told", "claimed", "claims", "claim", "estimated", "estimates",
    "estimate", "counted", "counts", "reported", "reports", "announced", "put", "puts",
    "insisted", "insist", "insists",
  ]

  /// Words that make a share beside them a change ("fell 7.2%", "up 3%", "a 12% rise",
  /// "by 1.1 points"), not the level a thing stands at.
  static let changeWords: Set<String> = [
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
    "up", "down", "grew", "grow", "grows", "growth", "dropped", "drop", "drops", "slid", "slide",
    "slides", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "plunged", "plunge",
    "gained", "gain", "gains", "declined", "decline", "declines", "increased", "increase",
    "increases", "decreased", "decrease", "decreases", "narrowed", "widened", "shrank", "surged",
    "surge", "soared", "tumbled", "slumped", "slump", "by", "cut", "cuts", "lower", "higher",
    "dipped", "slipped", "sank", "eased", "rallied", "plummeted", "rebounded", "advanced",
  ]

  /// Verbs that make a share after them a fall ("shares have lost 12%", "the index shed 2%"),
  /// but not a share before them ("30% lost their jobs" is a share of people).
  static let lossVerbsBeforeShare: Set<String> = [
    "lost", "lose", "loses", "losing", "shed", "sheds",
  ]

  /// The stems of ``changeWords`` and ``lossVerbsBeforeShare``, to compare with a subject's
  /// stemmed words: a verb of change names nothing a figure measures.
  static let changeStems: Set<String> = Set(
    changeWords.union(lossVerbsBeforeShare).flatMap { [$0, Stemmer.stem($0)] })

  /// Words of a time of day: a reading said of one ("in afternoon trading", "on Tuesday
  /// evening", "at dawn") may differ from another of the same day by the hours between.
  static let momentWords: [String] = [
    "morning", "afternoon", "evening", "overnight", "midday", "noon", "midnight", "dawn", "dusk",
    "premarket", "intraday",
  ]

  /// Words before a year in an article's opening that set the story against it rather than in
  /// it ("since 2019", "after the 2019 floods", "worse than 2019", "unlike 2019"): no year of
  /// the story (``FigureProfiler/years(of:before:in:)``).
  static let backgroundYearOpeners: Set<String> = [
    "since", "after", "than", "unlike", "before", "from",
  ]

  /// Nouns after "on" and a year that say a change is measured against that year's value
  /// ("on 2023 levels"): the year still ends the baseline (``ChangeBaseline``).
  static let baselineNouns: Set<String> = [
    "level", "levels", "figure", "figures", "total", "totals", "number", "numbers",
  ]

  /// Words of a subject that name how a set of values is summed up (``SummaryStatistic``),
  /// by their stems: "average", "mean" and "median".
  static let statisticStems: [String: SummaryStatistic] = Dictionary(
    uniqueKeysWithValues: [("average", .mean), ("mean", .mean), ("median", .median)].flatMap {
      word, statistic in
      Set([word, Stemmer.stem(word)]).map { ($0, statistic) }
    })

  /// Present participles that open a new statement or a comparison, not more of the clause
  /// before's event ("…, adding that 25 had died", "…, following a 4.1% rate in 2022"):
  /// ``ParticipialClause`` lends them no period.
  static let participlesOfAnotherStatement: Set<String> = [
    "adding", "saying", "noting", "citing", "warning", "arguing", "claiming", "insisting",
    "following", "excluding", "surpassing", "exceeding", "beating", "topping", "comparing",
    // A change to another value, maybe at another time ("…in 2020, rising to $3bn in 2023").
    "rising", "falling", "climbing", "dropping", "reaching", "bringing", "taking", "pushing",
    "lifting",
  ]

  /// Verbs that give the share a part is of a whole ("brands account for 18% of revenue",
  /// "imports make up 27% of sales"): with their particle (``partOfWholeParticles``) before a
  /// share, the share is a level, whatever "up" says elsewhere.
  static let partOfWholeVerbs: Set<String> = [
    "account", "accounts", "accounted", "accounting", "make", "makes", "made", "making",
  ]

  /// The particles of ``partOfWholeVerbs``: "account for", "make up".
  static let partOfWholeParticles: Set<String> = ["for", "up"]

  /// Words between "of" and a whole ("15 of the 27", "118 of its 233 camps").
  static let wholeDeterminers: Set<String> = ["the", "its", "their", "his", "her", "our", "all"]

  /// Words that may stand between a figure and the name it belongs to, the name first
  /// ("Echeverría on 32.4%", "Saavedra took 17.2%", "Chile Primero won 11"): the name holds the
  /// figure.
  static let holderLinks: Set<String> = [
    "on", "with", "at", "has", "had", "have", "is", "was", "won", "wins", "took", "takes",
    "got", "gets", "polled", "secured", "received",
  ]

  /// Words that, after a figure and before a name, give the name that holds a share ("28.6%
  /// for Arriagada").
  static let shareHolderLinks: Set<String> = ["for"]

  /// Names of months and weekdays: a date, never who holds a figure ("Sunday with 14.6 lakh").
  static let calendarNames: Set<String> = Set(Vocabulary.months.keys).union([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ])

  /// Pronouns that make a figure before "of" a part of a whole said before it ("27 of them
  /// strong enough to be felt", "three of whom needed hospital care").
  static let partitivePronouns: Set<String> = ["them", "those", "these", "whom", "which"]

  /// Words that open a sentence naming a whole whose parts follow ("Of the fatalities, 47
  /// were in …", "Among the injured, 12 …").
  static let partitiveOpeners: Set<String> = ["of", "among", "amongst"]

  /// Words before a figure that make it a part of a whole just said ("killing 41, including
  /// 12 children").
  static let inclusionWords: Set<String> = ["including", "includes", "included"]

  /// Words that make a figure beside them several holders' own, taken together ("the three
  /// candidates together won 45%", "a combined 45%").
  static let jointWords: Set<String> = ["together", "combined", "jointly"]

  /// Words that, after a share of units, say how far a count or process had got ("with 92.3%
  /// of polling stations counted", "with 95% of precincts reporting").
  static let progressWords: Set<String> = [
    "counted", "reporting", "reported", "tallied", "processed", "declared", "verified",
  ]

  /// Verbs of requirement in the present: a figure they govern states what must be, not what
  /// was ("a qualified majority requires 55%", "needs a two-thirds majority"). Not the modals
  /// "should" and "must": they also report what a party asks for ("argued that he should
  /// receive five to seven years"), which is compared with other requests ("asked for 6 1/2
  /// years").
  static let normVerbs: Set<String> = ["requires", "require", "needs", "need"]

  /// Participles of need: a norm in a passive ("the 52,000 a year that are needed"), but in
  /// the past tense before a figure they tell what happened ("he needed 12 stitches").
  static let normParticiples: Set<String> = ["required", "needed"]

  /// Words before "record" that say the record was passed, nearly reached or stood before
  /// the value the sentence reports ("breaking the course record of", "the previous record
  /// of", "just shy of the city's record of") (``PriorRecord``). Not "sets" or "new": that
  /// record is the value reported.
  static let passedRecordCues: Set<String> = [
    "previous", "old", "former", "earlier", "prior", "existing", "break", "breaks", "broke",
    "broken", "breaking", "beat", "beats", "beaten", "beating", "surpass", "surpasses",
    "surpassed", "surpassing", "eclipse", "eclipses", "eclipsed", "eclipsing", "smash",
    "smashes", "smashed", "smashing", "shatter", "shatters", "shattered", "shattering",
    "topped", "topping", "exceed", "exceeds", "exceeded", "exceeding", "above", "below",
    "shy", "short", "beyond",
  ]

  /// Forms of "be": before "needed" or "required", a passive whose subject is the figure
  /// ("the 52,000 homes a year that are needed").
  static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

  /// The subject word the extraction gives a person's age ("Okafor, 32,", "aged 40"), and
  /// the endings of an age written out ("64-year-old", "40 years old") (``PersonAge``).
  static let ageSubject = "age"
  static let ageSuffixes = ["year-old", "years-old", "year old", "years old"]

  /// "yet": after a count, what it counts is still to happen ("95 are yet to be identified",
  /// "12 have not yet been found") (``RemainderCount``).
  static let remainderAdverbs: Set<String> = ["yet"]

  /// Nouns that name a figure a norm, before it ("the target of 2%", "a cap of 3%") or in
  /// apposition after it ("more than half of the votes, the threshold needed to win").
  static let normNouns: Set<String> = [
    "threshold", "thresholds", "minimum", "quota", "quotas", "cap", "ceiling", "limit",
    "limits", "target", "targets", "requirement", "requirements",
  ]

  /// Words before a year or "last" that make the period run to now ("since 2022").
  static let periodOpeners: Set<String> = ["since", "from"]

  /// Words after a figure that introduce what a change is measured against ("lower than a
  /// week ago", "up from 52 per cent in 2023"): the periods after them are the baseline's.
  static let baselineWords: Set<String> = [
    "than", "from", "since", "compared", "versus", "vs", "against",
  ]

  /// Counted nouns that say nothing of what is counted ("six times", "69 people").
  static let genericCounters: Set<String> = [
    "times", "time", "people", "persons", "person", "individuals", "ones", "cases", "others",
  ]

  /// Words after a number that make it a clock time.
  static let clockWords: Set<String> = [
    "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "utc", "cet", "cest", "bst", "ist", "est",
    "edt", "cst", "cdt", "pst", "pdt", "pht", "jst", "aest", "hrs", "h", "o'clock",
  ]

  /// Words that make a figure right after another a restatement of it in another currency or
  /// unit ("410 tonnes, or roughly 3,000 barrels", "8.4 billion yen, equivalent to $54
  /// million", "NZ$5.3 million, worth about $3.1 million"); a bracket does as well ("some 45 km
  /// (28 miles)").
  static let restatementLinks: Set<String> = ["or", "equivalent", "equal", "worth", "ie", "i.e"]

  /// Words that may stand in a restatement's link beside ``restatementLinks``: hedges and
  /// particles ("or about", "equivalent to some", "(roughly").
  static let restatementFillers: Set<String> = [
    "to", "of", "the", "about", "roughly", "around", "approximately", "nearly", "almost", "some",
    "just", "over", "under", "more", "less", "than", "close", "circa", "approx",
  ]

  /// The most characters between a figure and its restatement.
  static let restatementReach = 40

  /// A volume a commodity's mass is restated in, with the mass one unit holds (kg): crude oil
  /// runs about 7.33 barrels to the tonne, the usual conversion in reports of oil spilled or
  /// shipped. Such a restatement is approximate.
  static let restatedMassPerVolume: [String: Double] = ["barrel": 1000 / 7.33]

  /// Determiners and nouns that make a subject refer back to a figure just given ("the number
  /// could rise to", "the toll now stands at", ``Anaphor``).
  static let referringDeterminers: Set<String> = ["the", "that", "this"]
  static let referringNouns: Set<String> = [
    "number", "figure", "total", "toll", "tally", "count", "estimate",
  ]

  /// Pronouns that, opening a clause whose verb is a change or a level (``referringVerbs``),
  /// refer back to a figure just given ("that could rise to", "this is up from").
  static let referringPronouns: Set<String> = ["that", "this"]

  /// Verbs of change or level after a referring subject.
  static let referringVerbs: Set<String> = [
    "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
    "climb", "climbs", "climbed", "reach", "reaches", "reached", "stand", "stands", "stood",
    "grow", "grows", "grew", "grown", "jump", "jumps", "jumped", "drop", "drops", "dropped",
    "increase", "increased", "decrease", "decreased", "up", "down", "double", "doubled",
  ]

  /// Words that may open a clause before its subject ("and the number could rise").
  static let clauseConjunctions: Set<String> = ["and", "but", "while", "though", "although"]

  /// Conjunctions that open a clause of their own inside a sentence ("is expected to climb as
  /// 12 people remain missing"): a figure after one belongs to that clause.
  static let subordinators: Set<String> = [
    "as", "while", "because", "since", "when", "after", "before", "although", "though", "if",
    "until", "unless", "whereas", "and", "but", "with", "where", "once",
  ]

  /// Words after a referring subject that make its figure a projection, of a later moment
  /// than the figure it refers back to ("the number could rise to 2.8 million by October").
  static let projectionWords: Set<String> = [
    "could", "may", "might", "will", "would", "expected", "projected", "forecast", "set",
    "likely",
  ]

  /// Words that make a sentence tell of a revision ("June was revised down to 86,000 from
  /// 118,000", "Revisions: July raised to 105K (from 97K)"): its first estimate and its
  /// revision are one measure at two moments (``Revision``).
  static let revisionWords: Set<String> = [
    "revised", "revise", "revises", "revising", "revision", "revisions", "restated", "corrected",
  ]

  /// Words of a first time before a participle of reporting ("first reported as 97,000",
  /// "eight as initially reported"): the figure is the first estimate (``Revision``).
  static let firstReportWords: Set<String> = [
    "first", "initially", "originally", "previously", "earlier",
  ]

  /// Participles of reporting after a word of a first time (``firstReportWords``).
  static let reportingParticiples: Set<String> = [
    "reported", "estimated", "announced", "stated", "given", "published", "put",
  ]

  /// Conjunctions after which a name and a figure leave out the verb of the clause before
  /// ("Ruiz had 52.1% and Ortiz 47.9%": ``GappedHolder``).
  static let gappingConjunctions: Set<String> = ["and", "while", "whereas"]

  /// Words that, right after a spell of time, say how long ago something happened ("agreed 18
  /// months ago", "agreed two years earlier": ``ElapsedSpan``).
  static let elapsedMarkers: Set<String> = ["ago", "earlier"]

  /// Degrees of a fate after a count ("740 were in a serious condition", "40 were
  /// critically injured"): the count is of the worst-hit part (``SeverityPart``).
  static let severityWords: Set<String> = [
    "serious", "seriously", "critical", "critically", "severe", "severely", "grave", "gravely",
    "badly",
  ]

  /// The harms a degree word qualifies when it grades the people or things counted ("seriously
  /// injured", "in a serious condition", "serious injuries", "badly damaged"); a degree word
  /// next to anything else describes the event ("severe weather", "a serious crash", "a mass
  /// grave", "a critical shortage") and grades no count (``SeverityPart``).
  static let harmWords: Set<String> = [
    "injured", "injuries", "injury", "hurt", "wounded", "wounds", "ill", "condition",
    "conditions", "damaged", "burned", "burnt", "burns", "affected",
  ]

  /// Four-digit numbers taken for years when they name a figure's period.
  static let yearRange: ClosedRange<Int> = 1900...2100

  /// The units of a count of occurrences or a factor ("three times before", "twice as many")
  /// and of an occurrence's place ("the fourth time") (``TimesCount``).
  static let timesUnits: Set<String> = ["times", "time"]

  /// Words that make a `times` figure a factor, never a count of occurrences ("doubled", "more
  /// than triple", "a fourfold rise") (``TimesCount``).
  static let multiplierStems = ["doubl", "tripl", "quadrupl", "fold"]

  /// Verbs of comparing whose particle ("compared with", "compared to") opens what a figure is
  /// set against (``StatedBaseline``).
  static let comparingVerbs: Set<String> = ["compared", "comparison", "compares", "compare"]

  /// The particles after a comparing verb (``comparingVerbs``).
  static let comparingParticles: Set<String> = ["with", "to"]

  /// Prepositions that open the earlier value a figure follows ("following an increase of 4.9
  /// per cent in August") (``StatedBaseline``).
  static let sequenceOpeners: Set<String> = ["following"]

  /// Words of a noun phrase that may stand between a comparison's opener and its value ("a
  /// loss of", "an increase of"): articles, and "of" after the noun.
  static let baselineFillers: Set<String> = ["a", "an", "the", "its", "their"]

  /// Words that qualify a period after "for" ("for the same period", "the corresponding
  /// quarter", "the prior year"): "for" then names a time, not a holder (``StatedBaseline``).
  static let periodQualifiers: Set<String> = [
    "same", "period", "corresponding", "comparable", "prior", "previous", "first", "second",
    "third", "fourth", "fiscal", "financial", "full", "whole", "half", "week", "day",
  ]

  /// A word right after a share that is no level naming what it is measured against ("up 4.9%
  /// on 2022") (``ChangeBaseline``).
  static let changeBaselineWords: Set<String> = ["on"]

  /// Words right after a share that name what it is measured against ("14% above the 2007
  /// peak") (``ChangeBaseline``).
  static let relativeBaselineWords: Set<String> = ["above", "below"]

  /// Pronouns that open a relative clause after a comma: "which", "who", "whose"
  /// (``FigureProfiler/WordMarks/relative``).
  static let relativePronouns: Set<String> = ["which", "who", "whose"]
}
