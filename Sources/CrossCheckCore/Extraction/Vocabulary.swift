import Foundation

/// The words figure recognition looks for around a number. Used per number found, not per word
/// of text, so plain Swift sets and dictionaries are fast enough here.
enum Vocabulary {
  /// ISO 4217 codes (and a few common non-ISO ones) as written before or after an amount. Not
  /// COP, PEN, MAD or GEL: in capitals they are more often words ("COP 28") than money.
  static let currencyCodes: [String: String] = [
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "CHF": "CHF", "CAD": "CAD", "AUD": "AUD", "NZD": "NZD", "INR": "INR", "RUB": "RUB",
    "UAH": "UAH", "HKD": "HKD", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN",
    "TRY": "TRY", "MXN": "MXN", "BRL": "BRL", "ZAR": "ZAR", "KRW": "KRW", "ILS": "ILS",
    "SGD": "SGD", "BTC": "BTC", "CZK": "CZK", "HUF": "HUF", "SAR": "SAR", "AED": "AED",
    "PHP": "PHP", "NGN": "NGN", "IDR": "IDR", "MYR": "MYR", "THB": "THB", "EGP": "EGP",
    "KES": "KES", "PKR": "PKR", "BDT": "BDT", "RON": "RON", "BGN": "BGN", "ISK": "ISK",
    "ARS": "ARS", "CLP": "CLP", "TWD": "TWD", "VND": "VND", "QAR": "QAR", "KWD": "KWD",
    "GHS": "GHS", "ETB": "ETB", "KZT": "KZT", "UGX": "UGX", "TZS": "TZS", "LKR": "LKR",
    "NPR": "NPR",
  ]

  /// Currency signs. "$" alone is taken as USD but marked ambiguous.
  static let currencySigns: [UInt32: String] = [
    0x24: "USD", 0x20AC: "EUR", 0xA3: "GBP", 0xA5: "JPY", 0x20B9: "INR", 0x20BD: "RUB",
    0x20B4: "UAH", 0x20BF: "BTC", 0x20AA: "ILS", 0x20A9: "KRW", 0x20BA: "TRY", 0x20A1: "CRC",
    0x20BE: "GEL", 0x20AD: "LAK", 0x5143: "CNY", 0x20B1: "PHP", 0x0E3F: "THB", 0x20A6: "NGN",
    0x20B5: "GHS",
  ]

  /// Letters written before "$" that name the dollar: US$, C$, HK$, A$.
  static let dollarPrefixes: [String: String] = [
    "us": "USD", "u.s": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "can": "CAD",
    "hk": "HKD", "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "s": "SGD",
    "mex": "MXN", "mxn": "MXN", "mx": "MXN", "r": "BRL",
  ]

  /// Letters written after "$" that name the dollar, as Australian and New Zealand papers write
  /// it: "$US13.4 billion", "$A12 million", "$NZ300 million" (case as written).
  static let signFirstDollarLetters: [String: String] = [
    "US": "USD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "HK": "HKD",
    "S": "SGD",
  ]

  /// Letters glued before an amount in cents that name the dollar ("US80¢"), and the cents'
  /// sub-unit code.
  static let centSignDollarLetters: [String: String] = ["US": "USX"]

  /// The cent sign, written after an amount in cents: "80¢".
  static let centSign: UInt32 = 0xA2

  /// The currencies ``dollarPrefixes`` name: the dollars an article may name beside a bare "$".
  static let dollarCurrencies = Set(dollarPrefixes.values)

  /// The dollar a bare "$" means in news from a country that has its own (ISO 3166 code to
  /// ISO 4217). A country not listed (India, Britain) writes "$" for the US dollar.
  static let homeDollars: [String: String] = [
    "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD",
  ]

  /// Country code top-level domains that are not their country's ISO 3166 code.
  static let domainCountries: [String: String] = ["uk": "GB"]

  /// A small gazetteer: places news names in datelines and text, lower-cased, with no final
  /// dot, and the country (ISO 3166) they are in. Countries with their own dollar get their
  /// provinces or states and main cities; the US its states, dateline abbreviations and main
  /// cities; a few other countries whose news often writes "$" are here so that they count
  /// against a dollar home. Names shared across countries ("Victoria", "Perth", "London,
  /// Ont.", "Hamilton", "Georgia", "Darwin") are left out.
  static let placeCountries: [String: String] = {
    var places: [String: String] = [:]
    let lists: [(String, [String])] = [
      (
        "CA",
        [
          "canada", "british columbia", "b.c", "alberta", "saskatchewan", "manitoba",
          "ontario", "quebec", "nova scotia", "new brunswick", "newfoundland", "labrador",
          "prince edward island", "p.e.i", "yukon", "nunavut", "northwest territories",
          "toronto", "montreal", "vancouver", "calgary", "edmonton", "ottawa", "winnipeg",
          "halifax", "saskatoon", "quebec city", "kelowna", "mississauga", "brampton",
          "gatineau",
        ]
      ),
      (
        "AU",
        [
          "australia", "new south wales", "n.s.w", "nsw", "queensland", "qld", "tasmania",
          "south australia", "western australia", "northern territory", "sydney",
          "melbourne", "brisbane", "adelaide", "canberra", "hobart", "gold coast",
          "geelong", "wollongong", "townsville", "cairns",
        ]
      ),
      (
        "NZ",
        ["new zealand", "auckland", "wellington", "christchurch", "dunedin", "tauranga"]
      ),
      ("SG", ["singapore"]),
      ("HK", ["hong kong", "kowloon"]),
      (
        "US",
        [
          "united states", "u.s", "u.s.a", "usa", "washington", "new york", "los angeles",
          "chicago", "houston", "phoenix", "philadelphia", "san antonio", "san diego",
          "dallas", "san francisco", "seattle", "boston", "atlanta", "miami", "denver",
          "detroit", "minneapolis", "baltimore", "pittsburgh", "nashville", "las vegas",
          "new orleans", "california", "texas", "florida", "new jersey", "massachusetts",
          "illinois", "ohio", "michigan", "pennsylvania", "arizona", "colorado", "oregon",
          "minnesota", "wisconsin", "virginia", "north carolina", "south carolina",
          "tennessee", "louisiana", "kentucky", "missouri", "maryland", "alabama",
          "oklahoma", "iowa", "kansas", "nevada", "utah", "idaho", "montana", "alaska",
          "hawaii", "connecticut", "indiana", "arkansas", "mississippi", "nebraska",
          "new mexico", "new hampshire", "rhode island", "vermont", "maine", "delaware",
          "west virginia", "wyoming", "north dakota", "south dakota", "anchorage",
          "honolulu", "sacramento", "san jose", "fort worth", "el paso", "oklahoma city",
          "salt lake city", "kansas city", "indianapolis", "milwaukee", "albuquerque",
          "tucson", "fresno", "omaha", "tampa", "cincinnati", "louisville",
        ]
      ),
      (
        "IN",
        [
          "india", "new delhi", "delhi", "mumbai", "bengaluru", "bangalore", "chennai",
          "kolkata", "hyderabad",
        ]
      ),
      ("GB", ["britain", "united kingdom", "u.k", "england", "scotland", "wales", "london"]),
      ("PH", ["philippines", "manila", "quezon city", "cebu", "davao"]),
      // Nigeria: its naira is written "N1,050" (``homeLetterSigns``).
      ("NG", ["nigeria", "lagos", "abuja", "kano", "ibadan", "port harcourt", "enugu", "kaduna"]),
      // Countries whose currency's name others share ("shillings", "rupees", "pesos"): their
      // news means their own by it (``homeNamedCurrencies``).
      ("KE", ["kenya", "nairobi", "mombasa", "kisumu", "nakuru", "eldoret"]),
      ("UG", ["uganda", "kampala", "entebbe", "gulu"]),
      ("TZ", ["tanzania", "dar es salaam", "dodoma", "arusha", "zanzibar"]),
      ("PK", ["pakistan", "islamabad", "karachi", "lahore", "peshawar", "rawalpindi"]),
      ("LK", ["sri lanka", "colombo"]),
      ("NP", ["nepal", "kathmandu"]),
      ("AR", ["argentina", "buenos aires"]),
      ("CL", ["chile", "valparaiso"]),
      ("CO", ["colombia", "bogota", "medellin"]),
      ("JP", ["japan", "tokyo"]),
      ("CN", ["china", "beijing", "shanghai"]),
      ("DE", ["germany", "berlin", "frankfurt"]),
      ("FR", ["france", "paris"]),
      ("BE", ["brussels", "belgium"]),
      (
        "ZA",
        [
          "south africa", "johannesburg", "cape town", "durban", "pretoria", "soweto",
          "gauteng", "western cape", "eastern cape", "kwazulu-natal", "port elizabeth",
          "gqeberha", "bloemfontein",
        ]
      ),
    ]
    for (country, names) in lists {
      for name in names { places[name] = country }
    }
    return places
  }()

  /// Region abbreviations written only after a dateline's city ("KELOWNA, B.C. —", "BOULDER,
  /// Colo. —"), lower-cased with no final dot: too often other words in running text.
  static let datelineRegions: [String: String] = {
    var regions: [String: String] = [:]
    let lists: [(String, [String])] = [
      ("CA", ["alta", "sask", "man", "ont", "que", "n.s", "n.b", "nfld", "n.l"]),
      // Not "WA" or "SA": Washington state and South Africa write them too.
      ("AU", ["vic", "tas", "nt", "act"]),
      (
        "US",
        [
          "calif", "fla", "n.j", "n.y", "mass", "ill", "mich", "pa", "ariz", "colo", "ore",
          "minn", "wis", "va", "n.c", "s.c", "tenn", "la", "ky", "mo", "md", "ala", "okla",
          "kan", "nev", "mont", "conn", "ind", "ark", "miss", "neb", "ga", "wash", "d.c",
          "n.m", "n.h", "vt", "del", "r.i", "w.va", "wyo", "n.d", "s.d",
        ]
      ),
    ]
    for (country, names) in lists {
      for name in names { regions[name] = country }
    }
    return regions
  }()

  /// The first words of the gazetteer's names of more than one word ("new" of "new south
  /// wales"), so that a capitalized word is tried with the words after it.
  static let placeFirstWords: Set<String> = Set(
    placeCountries.keys.filter { $0.contains(" ") }.map {
      String($0.split(separator: " ")[0])
    })

  /// Currency names after an amount ("50 million euros"), singular and plural. Not "real" (an
  /// adjective: "in real terms"), "dong" or "lei" (names and words too), nor "dinars" (shared
  /// by many countries, none of them most written). A name several countries share
  /// ("shillings", "rupees", "pesos") is the one English-language news writes most, until the
  /// article's home says otherwise (``homeNamedCurrencies``).
  static let currencyNames: [String: String] = [
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "peso": "MXN", "pesos": "MXN", "lira": "TRY", "liras": "TRY", "rand": "ZAR", "won": "KRW",
    "shekel": "ILS", "shekels": "ILS", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "zloty": "PLN", "bitcoin": "BTC", "bitcoins": "BTC", "pence": "GBX",
    "penny": "GBX", "cent": "USX", "cents": "USX", "markka": "FIM", "guilders": "NLG",
    "guilder": "NLG", "pesetas": "ESP", "peseta": "ESP", "marks": "DEM", "satoshis": "SAT",
    "satoshi": "SAT", "reais": "BRL", "naira": "NGN", "rupiah": "IDR", "ringgit": "MYR",
    "baht": "THB", "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "koruna": "CZK",
    "korunas": "CZK", "rands": "ZAR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
    "dirhams": "AED", "taka": "BDT", "cedi": "GHS", "cedis": "GHS", "birr": "ETB",
    "tenge": "KZT", "shilling": "KES", "shillings": "KES",
    // Wire services' abbreviation of sterling: "187 mln stg".
    "stg": "GBP",
    // Sub-units with one country: the Indian rupee's paise, the naira's kobo.
    "paise": "INX", "kobo": "NGX",
  ]

  /// The words of a dollar and its cent without a country ("20 dollars", "10 cents"): like a
  /// bare "$", they mean the article's home dollar.
  static let bareDollarWords: Set<String> = ["dollar", "dollars", "cent", "cents"]

  /// Currency names several countries share, by the code ``currencyNames`` gives them, and the
  /// currency each means in news from one of those countries (ISO 3166 to ISO 4217): a Ugandan
  /// paper's "165,000 shillings" are Ugandan, a Pakistani paper's "rupees" Pakistani, a
  /// Manila wire's "pesos" Philippine. Written bare, such a name is flagged ambiguous.
  static let homeNamedCurrencies: [String: [String: String]] = [
    "KES": ["KE": "KES", "UG": "UGX", "TZ": "TZS", "SO": "SOS"],
    "INR": ["IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"],
    "MXN": ["MX": "MXN", "PH": "PHP", "AR": "ARS", "CL": "CLP", "CO": "COP"],
  ]

  /// The bare words of the names in ``homeNamedCurrencies`` ("shillings", "rupee", "pesos").
  static let homeNamedCurrencyWords: Set<String> = Set(
    currencyNames.filter { homeNamedCurrencies[$0.value] != nil }.keys)

  /// Each currency of a shared name ("UGX", "PKR") and the code its bare name is read as first
  /// ("KES", "INR"): the family a named one ("Ugandan shillings") belongs to.
  static let sharedNameFamilies: [String: String] = {
    var families: [String: String] = [:]
    for (bare, homes) in homeNamedCurrencies {
      for code in homes.values { families[code] = bare }
    }
    return families
  }()

  /// Each sub-unit among ``currencyNames``, its main currency and how many sub-units make one:
  /// "43 cents" after "20 dollars" is 0.43 of them.
  static let subunitCurrencies: [String: (String, Decimal)] = [
    "USX": ("USD", 100), "GBX": ("GBP", 100), "INX": ("INR", 100), "NGX": ("NGN", 100),
  ]
  /// How many of each sub-unit make one of its main unit (from ``subunitCurrencies``).
  static let subunits: [String: Decimal] = subunitCurrencies.mapValues(\.1)

  /// Currencies whose hundredth is called a cent, besides the dollar's: a change "6 cents" before a
  /// level in one of them is in it (``FigureRecognizer/giveCentChangesTheirLevelsCurrency(_:)``).
  static let centCurrencies: Set<String> = [
    "EUR", "AUD", "CAD", "NZD", "SGD", "HKD", "ZAR", "KES", "LKR", "TTD", "JMD",
  ]

  /// The words of sub-units among ``currencyNames`` ("cent", "pence", "paise"), each with its
  /// code, looked up from a token's bytes.
  static let subunitWords = PackedWordTable(
    currencyNames.filter { subunitCurrencies[$0.value] != nil })

  /// Adjectives that say which dollar, franc, etc. ("australian dollars", "swiss francs").
  static let currencyNationalities: [String: [String: String]] = [
    // "65.8 US cents": a currency's sub-unit named by its country, as its main unit is.
    "us": ["dollar": "USD", "cent": "USX"], "u.s": ["dollar": "USD", "cent": "USX"],
    "american": ["dollar": "USD"],
    "canadian": ["dollar": "CAD"], "australian": ["dollar": "AUD"],
    "hong": ["dollar": "HKD"], "singapore": ["dollar": "SGD"], "new": ["dollar": "NZD"],
    "swiss": ["franc": "CHF"], "french": ["franc": "FRF"], "chinese": ["yuan": "CNY"],
    "japanese": ["yen": "JPY"], "indian": ["rupee": "INR"],
    "russian": ["ruble": "RUB", "rouble": "RUB"],
    "turkish": ["lira": "TRY"], "mexican": ["peso": "MXN"], "british": ["pound": "GBP"],
    "finnish": ["markka": "FIM"], "dutch": ["guilder": "NLG"], "sri": ["rupee": "LKR"],
    // Names several countries share, said by their country's adjective.
    "kenyan": ["shilling": "KES"], "ugandan": ["shilling": "UGX"],
    "tanzanian": ["shilling": "TZS"], "somali": ["shilling": "SOS"],
    "pakistani": ["rupee": "PKR"], "nepalese": ["rupee": "NPR"], "nepali": ["rupee": "NPR"],
    "mauritian": ["rupee": "MUR"], "philippine": ["peso": "PHP"], "argentine": ["peso": "ARS"],
    "argentinian": ["peso": "ARS"], "chilean": ["peso": "CLP"], "colombian": ["peso": "COP"],
    "egyptian": ["pound": "EGP"], "nigerian": ["naira": "NGN"], "ghanaian": ["cedi": "GHS"],
    "brazilian": ["real": "BRL", "reais": "BRL"], "saudi": ["riyal": "SAR"],
    "qatari": ["riyal": "QAR"], "emirati": ["dirham": "AED"], "moroccan": ["dirham": "MAD"],
    "danish": ["krone": "DKK", "kroner": "DKK"], "norwegian": ["krone": "NOK", "kroner": "NOK"],
    "swedish": ["krona": "SEK", "kronor": "SEK"], "thai": ["baht": "THB"],
    "malaysian": ["ringgit": "MYR"], "indonesian": ["rupiah": "IDR"],
    "israeli": ["shekel": "ILS"], "polish": ["zloty": "PLN", "zlotys": "PLN"],
    "ukrainian": ["hryvnia": "UAH"], "south": ["rand": "ZAR", "won": "KRW"],
    "taiwan": ["dollar": "TWD"], "jamaican": ["dollar": "JMD"],
  ]

  enum HedgeEffect {
    case qualifier(Qualifier)
    /// "between" and "from" open a range.
    case rangeOpener
  }

  /// The one-word hedges of ``leadingHedges`` ("about", "roughly", "some").
  static let singleWordHedges = Set(leadingHedges.compactMap { $0.0.count == 1 ? $0.0[0] : nil })

  /// Hedges written before a number, longest first (so "no more than" wins over "more than").
  static let leadingHedges: [([String], Qualifier)] = {
    let table: [(String, Qualifier)] = [
      ("about", .approx), ("around", .approx), ("roughly", .approx), ("nearly", .approx),
      ("almost", .approx), ("some", .approx), ("approximately", .approx), ("an estimated", .approx),
      ("estimated", .approx), ("close to", .approx), ("circa", .approx), ("approx", .approx),
      ("approx .", .approx), ("c .", .approx), ("ca .", .approx), ("just about", .approx),
      ("more or less", .approx),
      ("an approximate", .approx),
      // A guess is an approximation: "expect maybe 60 bags", "perhaps 200 people".
      ("maybe", .approx), ("perhaps", .approx), ("possibly", .approx), ("probably", .approx),
      ("something like", .approx), ("in the neighbourhood of", .approx),
      ("in the neighborhood of", .approx), ("north of", .moreThan),
      ("closer to", .approx), ("nearer to", .approx), ("near", .approx), ("nigh on", .approx),
      ("in the region of", .approx),
      ("on the order of", .approx), ("of the order of", .approx), ("upward of", .moreThan),
      ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
      ("not less than", .atLeast), ("a minimum of", .atLeast), ("at minimum", .atLeast),
      ("at least or equal to", .atLeast), ("equal to or more than", .atLeast),
      ("greater than or equal to", .atLeast), ("bigger or equal than", .atLeast),
      ("higher or equal than", .atLeast), ("greater or equal than", .atLeast),
      ("larger or equal than", .atLeast), ("> =", .atLeast), ("at or above", .atLeast),
      ("at or below", .atMost), ("at or under", .atMost), ("at or over", .atLeast),
      ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("exceeding", .moreThan),
      ("in excess of", .moreThan), ("upwards of", .moreThan), ("greater than", .moreThan),
      ("higher than", .moreThan), ("larger than", .moreThan), ("bigger than", .moreThan),
      ("just over", .moreThan), ("well over", .moreThan), ("well above", .moreThan),
      ("exceed", .moreThan), ("exceeds", .moreThan), ("surpass", .moreThan), (">", .moreThan),
      ("up to", .atMost), ("no more than", .atMost), ("not more than", .atMost),
      ("at most", .atMost),
      ("a maximum of", .atMost), ("as many as", .atMost), ("as much as", .atMost),
      ("as high as", .atMost),
      ("within", .atMost), ("at the most", .atMost), ("no greater than", .atMost),
      ("less than or equal to", .atMost), ("equal to or less than", .atMost),
      ("smaller or equal than", .atMost), ("less or equal than", .atMost),
      ("lower or equal than", .atMost), ("< =", .atMost),
      ("fewer than", .lessThan), ("less than", .lessThan), ("under", .lessThan),
      ("below", .lessThan), ("just under", .lessThan), ("lower than", .lessThan),
      ("smaller than", .lessThan), ("just below", .lessThan), ("<", .lessThan),
      ("shy of", .lessThan), ("just shy of", .lessThan),
      ("≤", .atMost), ("≥", .atLeast), ("≈", .approx), ("~", .approx),
      // Verbs of crossing a mark: "has passed 24,000", "topped 1,000".
      ("passed", .moreThan), ("surpassed", .moreThan), ("topped", .moreThan),
      ("exceeded", .moreThan), ("topping", .moreThan), ("tops", .moreThan),
      ("surpassing", .moreThan), ("surpasses", .moreThan), ("passes", .moreThan),
      // "would top 11%", "expected to top $1bn": only after a modal or "to"
      // (``FigureRecognizer/isCrossingTop(_:)``), not "the top 10".
      ("top", .moreThan),
      // "temperatures past 600C", "oil past $100"; not a clock ("half past five").
      ("past", .moreThan),
    ]
    return table.map { (phrase, qualifier) in
      (phrase.split(separator: " ").map(String.init), qualifier)
    }.sorted { $0.0.count > $1.0.count }
  }()

  /// Verbs that take "up" as their particle of movement ("ticked up to 4%", "went up to 250,000",
  /// "revised up to 3.1%"), after which "up to" names the value reached rather than a ceiling.
  /// Not "rose" or "climbed": "rose up to 20% in some shops" is often a ceiling.
  static let upParticleVerbs: Set<String> = [
    "tick", "ticks", "ticked", "ticking", "edge", "edges", "edged", "edging", "inch", "inches",
    "inched", "inching", "creep", "creeps", "crept", "creeping", "move", "moves", "moved",
    "moving", "revise", "revises", "revised", "revising", "ratchet", "ratchets", "ratcheted",
    "ratcheting", "step", "steps", "stepped", "stepping", "bump", "bumps", "bumped", "bumping",
    "mark", "marks", "marked", "marking", "round", "rounds", "rounded", "rounding", "notch",
    "notches", "notched", "notching", "go", "goes", "went", "gone", "going", "pick", "picks",
    "picked", "picking",
  ]

  /// Hedges read through an article before a percentage ("up to a 30% lower risk"): none that
  /// is mostly a preposition of a topic ("concerns over a 5% rise"); "about" and "around" only
  /// where no word before them governs a topic (``topicGoverningWords``).
  static let hedgesBeforeArticle: Set<[String]> = [
    ["up", "to"], ["as", "much", "as"], ["as", "many", "as"], ["more", "than"], ["less", "than"],
    ["at", "least"], ["at", "most"], ["nearly"], ["almost"], ["about"], ["around"], ["roughly"],
    ["approximately"], ["close", "to"], ["no", "more", "than"], ["no", "less", "than"],
  ]

  /// Hedges before an article that are also prepositions of a topic (``topicGoverningWords``).
  static let topicPrepositionHedges: Set<[String]> = [["about"], ["around"]]

  /// Words after which "about" or "around" names a topic, not an approximation: "investors
  /// worry about a 5% rise", "questions around a 2% cap", "talk of".
  static let topicGoverningWords: Set<String> = [
    "worry", "worries", "worried", "worrying", "concern", "concerns", "concerned", "fear",
    "fears", "feared", "talk", "talks", "talked", "think", "thinks", "thought", "question",
    "questions", "debate", "debates", "doubts", "anxious", "anxiety", "nervous", "warn", "warns",
    "warned", "warning", "complain", "complained", "complaints", "care", "cares", "cared",
    "optimistic", "pessimistic", "upbeat", "cautious", "news", "story", "stories", "speculation",
    "confusion", "uncertainty", "row", "dispute", "argue", "argued", "argument", "asked", "ask",
  ]

  /// Units of length "a" or "an" stands one of ("about a mile", "nearly a kilometre"), singular,
  /// and their canonical units (``FigureRecognizer/articleLengths(excluding:)``).
  static let articleLengthUnits: [String: String] = [
    "mile": "mile", "kilometre": "km", "kilometer": "km", "metre": "metre", "meter": "metre",
    "yard": "yard", "foot": "foot",
  ]

  /// Words after "a mile" that make it a measure: an extent ("a mile long") or how far something
  /// is ("a mile from shore", "a kilometre offshore").
  static let lengthExtentWords: Set<String> = [
    "long", "wide", "deep", "high", "tall", "short", "away", "from", "off", "offshore", "out",
    "inland", "upstream", "downstream", "north", "south", "east", "west", "apart", "across",
  ]

  /// Hedges after a number, the word after "or"/"and": "500 or more", "magnitude 7 or larger",
  /// "aged 45 and older".
  static let trailingHedges: [String: Qualifier] = [
    "more": .atLeast, "so": .approx, "less": .atMost, "fewer": .atMost, "greater": .atLeast,
    "larger": .atLeast, "higher": .atLeast, "bigger": .atLeast, "above": .atLeast,
    "over": .atLeast, "lower": .atMost, "smaller": .atMost, "below": .atMost, "under": .atMost,
    "thereabouts": .approx, "older": .atLeast, "younger": .atMost,
  ]

  /// ``leadingHedges`` indexed by their last word, longest first within each.
  static let leadingHedgesByLastWord: [String: [([String], Qualifier)]] = Dictionary(
    grouping: leadingHedges, by: { $0.0.last! })

  /// The last words of ``leadingHedges`` (all lower-case), read from a token's bytes: the word
  /// before most figures ends no hedge, and needs no String made for it.
  static let leadingHedgeLastWords = PackedWordTable(
    leadingHedgesByLastWord.mapValues { _ in true })

  /// Time units, singular → the unit recorded.
  static let timeUnits: [String: String] = [
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century", "fortnight": "fortnight",
    "fortnights": "fortnight",
    "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "yr": "year", "yrs": "year",
    // "ms" only as written, in lower case: "MS patients", "Ms Ardern" are no time
    // (``FigureRecognizer/timeUnit(at:)``).
    "millisecond": "millisecond", "milliseconds": "millisecond", "ms": "millisecond",
    // "six quarters": quarters of a year counted (``CompoundNumbers`` leaves them unread).
    "quarters": "quarter", "quarter": "quarter",
  ]

  /// Prepositions after which "one quarter", "two quarters" count quarters of a year, not a
  /// fraction (``CompoundNumbers``); not "over", which as often means "more than" ("Over three
  /// quarters said they backed it").
  static let quarterSpanPrepositions: WordList = [
    "in", "within", "during", "for", "after", "past", "last", "next",
  ]

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  /// Decade words after a spelled century ("nineteen-nineties"): the decade's digit.
  static let decadeWords: [String: Int] = [
    "tens": 1, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
  ]

  /// Words that end a noun phrase: what follows them is not what a number counts.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto",
    "that", "which", "who", "whom", "whose", "are", "is", "was", "were", "be", "been", "being",
    "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "do", "does", "did", "and", "or", "but", "nor", "as", "than", "since", "during",
    "after", "before", "last", "this", "next", "each", "per", "over", "under", "about",
    // A rate's period written short after an amount ("£1,319 pcm", "£40,000 pa"): no noun.
    "pcm", "pw", "pa",
    "around", "until", "till", "while", "when", "where", "if", "because", "so", "not", "no",
    "more", "less", "most", "least", "it", "its", "their", "his", "her", "our", "your", "my",
    "they", "he", "she", "we", "you", "i", "them", "him", "us", "there", "here", "then",
    "also", "still", "already", "ago", "later", "earlier", "said", "says", "say", "told",
    "according", "between", "among", "against", "across", "through", "toward", "towards",
    "without", "within", "via", "like", "up", "down", "out", "off", "only", "just", "even",
    "all", "both", "either", "neither", "any", "some", "such", "these", "those", "what",
    "how", "why", "very", "too", "again", "away", "back", "ahead", "despite", "amid", "whether",
    "yet", "far", "well", "now", "today", "tomorrow", "yesterday", "whereas", "though",
    "although", "unless", "once", "per cent", "percent", "apiece", "each", "respectively",
    // Prepositions of place: a noun phrase ends before them ("40 degrees near the coast").
    "near", "beyond", "along", "inside", "outside", "behind", "beneath",
    "beside", "upon", "throughout", "alongside", "versus",
  ]

  /// Adjectives of number between a count and what it counts ("20 new jets", "3 more players").
  static let countedNounAdjectives: WordList = [
    "new", "more", "additional", "extra", "further", "other", "fewer",
  ]

  /// Particles that make a past tense after a number a phrasal verb ("23,000 walked out").
  static let verbParticles: WordList = ["out", "up", "away", "off", "down", "back"]

  /// Pronouns among ``ageGroupNouns`` that take a singular verb: "anyone over 65 qualifies".
  static let singularPeoplePronouns: WordList = ["anyone", "anybody", "everyone", "everybody"]

  /// Nouns and pronouns for people that an age bound is said of ("anyone over 65", "women
  /// under 30").
  static let ageGroupNouns: WordList = [
    "people", "anyone", "anybody", "everyone", "those", "adults", "women", "men", "children",
    "kids", "voters", "patients", "residents", "workers", "drivers", "pensioners", "individuals",
    "girls", "boys", "teenagers", "users", "aged",
  ]

  /// Words of a game that make its "fourth quarter" a period of play, not of a year.
  static let gameWords: WordList = [
    // Not "game", "match", "overtime" or "rebounds": business news uses them of its own
    // quarters ("failed to match forecasts in the third quarter").
    "scored", "touchdown", "touchdowns", "basket", "baskets", "halftime", "quarterback",
    "buzzer", "playoff", "playoffs",
  ]

  /// Verbs and other words that, right after a number, show it does not count a following noun.
  static let nonNouns: Set<String> = [
    "reported", "estimated", "killed", "wounded", "died", "voted", "remain", "remains",
    "left", "made", "took", "came", "went", "held", "met", "saw", "got", "gave", "found",
    "times", "percent", "point", "points", "o'clock", "am", "pm", "first", "last", "earlier",
    "later", "previously", "initially", "originally",
  ]

  /// Adverbs of place or period that scope a figure on their own.
  static let scopeAdverbs: Set<String> = [
    "worldwide", "globally", "nationwide", "domestically", "abroad", "overseas", "annually",
    "yearly", "monthly", "weekly", "daily", "internationally", "locally", "regionally",
  ]

  /// Prepositions that open a place or period phrase ("in Belgium", "across Europe").
  static let scopePrepositions: Set<String> = [
    "in", "across", "throughout", "within", "outside", "inside", "from", "since", "by", "over",
    "during", "until", "through",
  ]

  /// Words after which a capitalized number is part of a name ("Air Force One").
  static let designators: Set<String> = [
    "war", "force", "formula", "article", "chapter", "section", "resolution", "flight",
    "route", "channel", "boeing", "airbus", "atr", "embraer", "bombardier", "cessna", "fokker",
    "antonov", "tupolev", "ilyushin", "sukhoi", "apollo", "room", "gate", "platform", "level",
    "category", "grade", "season", "episode", "volume", "vol", "no", "nr", "nrs", "number",
    "item", "clause", "paragraph", "page", "pages", "table", "figure", "fig", "g", "version",
    "rule", "subsection",
    "windows", "iphone", "studio", "type", "class", "stage", "phase", "term", "ukraine", "day",
    "terminal", "interstate", "highway", "motorway", "radio", "proposition", "prop", "amendment",
    "reactor", "unit", "ward", "sector", "district", "runway", "pier", "block", "zone",
    "android", "ios", "macos", "pixel", "galaxy", "playstation", "xbox", "gen",
    // Positions in a sequence: "Slide 4 of 12", "Step 3 of 5" (``sequenceDesignators``).
    "slide", "step", "photo", "picture",
    // Places on a road or a network: "Junction 10", "Exit 42", "Line 2", "Track 5".
    "junction", "exit", "line", "lane", "track", "berth", "hangar", "precinct",
    // Standards named by generation: "Wi-Fi 7" (its last word), "Bluetooth 5", "USB 4".
    "fi", "wifi", "bluetooth", "usb", "hdmi",
    // School years ("Primary 6", "Form 4", "Year 9"), numbered areas ("Mile 2", "Purok 5"), a
    // short code ("SMS 34584").
    "primary", "form", "year", "mile", "purok", "sms",
    // Numbered stations, courtrooms and provisions of a rulebook ("Station 12", "Court 6",
    // "Regulation 214"), and a standard's number ("ISO 28000").
    "station", "court", "regulation", "iso",
    // Parts of a ship ("Deck 3", "cabin 7114"), bills and laws by number ("Bill 23",
    // "Law 4150/2013", "Directive 2009/128/EC").
    "deck", "cabin", "bill", "law", "directive",
    // A report's charts ("Chart 2 shows") and a cruise's or a route's voyages ("Voyage 2417").
    "chart", "voyage",
    // A launch pad ("lifted off from Pad 2") and a numbered notice ("navigational notice 114/28").
    "pad", "notice",
    // A runner's bib ("wearing bib 1042").
    "bib",
    // A circuit's numbered corner ("crashed at Turn 4").
    "turn",
  ]

  /// Nouns for a person that an age can stand beside: "the victim, 45,", "a man aged 24".
  static let personNouns: Set<String> = [
    "man", "woman", "boy", "girl", "victim", "driver", "suspect", "teenager", "mother", "father",
    "son", "daughter", "wife", "husband", "resident", "worker", "officer", "farmer", "student",
    "nurse", "teacher", "pensioner", "grandmother", "grandfather", "patient", "pilot", "child",
    "defendant", "accused", "passenger", "soldier", "journalist", "player", "cyclist",
    "pedestrian", "motorist", "spokesman", "spokeswoman", "owner", "brother", "sister",
    "partner", "neighbour", "neighbor", "actor", "actress", "singer", "founder",
  ]

  /// Words that open a sentence and point elsewhere in the story, never a person: "Elsewhere,
  /// 45, ..." holds no age.
  static let sentenceAdverbs: Set<String> = [
    "elsewhere", "meanwhile", "overall", "altogether", "separately", "similarly",
    "additionally", "instead", "otherwise", "together", "combined", "previously", "currently",
    "thus", "hence", "likewise", "besides", "moreover", "furthermore", "nevertheless",
    "nonetheless", "ultimately", "finally", "lastly", "initially", "originally", "nationally",
    "nationwide", "statewide", "worldwide", "globally", "locally", "regionally",
  ]

  /// Letters glued before a currency sign that name whose it is: "GH¢", "GH₵" (Ghana cedi; the
  /// cent sign stands in for the cedi's where fonts lack it).
  static let letterPrefixedSigns: [String: String] = ["gh": "GHS"]

  /// Signs that follow the letters of ``letterPrefixedSigns``: the cent sign and the cedi's.
  static let prefixedSignScalars: Set<UInt32> = [0xA2, 0x20B5]

  /// Suffixes glued to a number that make it a percent: "3.2pc" (British newspapers).
  static let percentSuffixes: Set<String> = ["pc", "percent", "pct"]

  /// Words of change or share after a whole number and "-pc" that make "pc" per cent ("a 10-pc
  /// rise"); before other words "pc" counts pieces ("a 12-pc cookware set").
  static let percentChangeWords: WordList = [
    "rise", "rises", "fall", "falls", "drop", "hike", "hikes", "cut", "cuts", "increase",
    "decrease", "decline", "jump", "gain", "growth", "stake", "share", "interest", "discount",
    "tax", "levy", "tariff", "duty", "rate", "return", "surge", "slump", "reduction", "majority",
  ]

  /// A glued suffix that makes a percent with the word after it: "11.98per cent".
  static let splitPercentSuffix = (glued: "per", word: "cent")

  /// Magnitude letters written apart after an amount of money ("Ksh 157 B", "$3 B", "£40 m"),
  /// case as written; after any other number they are a grade, a class or a name.
  static let spacedMoneyScales: [String: Int] = ["B": 9, "b": 9, "M": 6, "m": 6]

  /// Nouns that name a tally, whose value follows them after ``tallyValuePrepositions``: "put
  /// the number at 2.5m" is millions, not metres.
  static let tallyNouns: Set<String> = [
    "number", "figure", "total", "toll", "tally", "count", "population",
  ]

  /// Words after a value that make it a length: "800m of cycle lane", "2m high".
  static let lengthFollowers: Set<String> = [
    "of", "long", "high", "deep", "wide", "tall", "above", "below", "away",
  ]

  /// The words between a tally's noun and its value: "the toll at", "the number to", "a total
  /// of".
  static let tallyValuePrepositions: Set<String> = ["at", "to", "of"]

  /// Words after a magnitude letter that make the letter a class or a grade: "40 B shares".
  static let letterClassNouns: Set<String> = [
    "shares", "share", "stock", "stocks", "grade", "grades", "class", "licence", "licences",
    "license", "licenses", "notes", "bonds", "tranche", "series", "rating", "ratings",
  ]

  /// Words after which "over" gives a cause ("jailed over £2.3m fraud", "a row over 500
  /// jobs"), not "more than".
  static let causeBeforeOver: Set<String> = [
    "jailed", "charged", "arrested", "sued", "fined", "sentenced", "convicted", "detained",
    "questioned", "prosecuted", "investigated", "probed", "sacked", "fired", "suspended",
    "banned", "resigns", "resigned", "quits", "row", "rows", "dispute", "disputes", "probe",
    "inquiry", "investigation", "lawsuit", "fears", "concerns", "concern", "anger", "outrage",
    "protest", "protests", "clash", "clashes", "battle", "fight", "strike", "strikes",
    "criticised", "criticized", "slammed", "condemned", "apologises", "apologizes",
    "apologised", "apologized",
  ]

  /// Words of a sentence about the weather, where a glued "c" is degrees, not cents ("a hot 30c
  /// day"): besides ``temperatureWords``.
  static let weatherWords: Set<String> = [
    "heat", "heatwave", "hot", "hotter", "hottest", "warm", "warmer", "warmest", "cold", "colder",
    "coldest", "chilly", "freezing", "weather", "forecast", "forecasters", "sunny", "sunshine",
    "highs", "lows",
  ]

  /// Labels a letter is glued to the number of, besides ``designators``: "Year 9c", "Flat 4c".
  static let gluedLetterLabels: Set<String> = [
    "year", "flat", "apartment", "apt", "suite", "form", "grade", "type", "band", "bus", "seat",
    "row", "box", "exhibit", "schedule", "annex", "appendix", "part", "plot", "lot", "house",
  ]

  /// Sub-units written as a letter glued to the number: "50p" is fifty pence.
  static let gluedSubunitSigns: [String: String] = ["p": "GBX"]

  /// Scales Indian English writes money in, after which a bare amount keeps the currency.
  static let indianScales = ["lakh", "lakhs", "crore", "crores"]

  /// An audience and its responses, counted in thousands after a capital "K" ("8K views").
  static let audienceNouns: Set<String> = [
    "views", "viewers", "followers", "likes", "shares", "comments", "subscribers", "downloads",
    "signatures", "retweets", "reposts", "listeners", "streams", "plays", "reactions",
  ]

  /// Video resolutions written with a glued "p" ("720p", "1080p"): lines, not pence.
  static let videoLines: Set<Decimal> = [144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]

  /// Suffixes glued to a number that make it a multiple, as written (case matters: "1.5x"
  /// earnings, not "4X"): a count of times.
  static let multipleSuffixes: Set<String> = ["x"]
  /// Words after a hyphened number that make it a multiple: "a 10-fold rise" is 10 times.
  static let multipleWords: [String: String] = ["fold": "times"]
  /// Adverbs that are a multiple by themselves: "twice the EU rate", "cut rates twice".
  static let multipleAdverbs: [String: Int] = ["twice": 2, "thrice": 3]
  /// Verbs and predeterminers of multiplying: "sales doubled", "more than double the budget",
  /// "nearly tripled". Also adjectives of kind ("a double murder", "the triple crash"), which
  /// count nothing (``FigureRecognizer/isIdleMultiplyingWord(_:)``).
  static let multiplyingWords: [String: Int] = [
    "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "quadruple": 4, "quadrupled": 4,
  ]
  /// Words after a past "doubled" that make it another verb: "doubled down", "doubled up", "the
  /// hall doubled as a shelter" ("doubled over in pain": ``FigureRecognizer/isIdleMultiplyingWord(_:)``).
  static let multiplyingParticles: WordList = ["down", "up", "back", "as"]
  /// Words after "doubled over" that make it bending, not growth over a span ("doubled over in
  /// pain", "doubled over with laughter"; "tripled over the summer" multiplies).
  static let bentOverFollowers: WordList = ["in", "with", "laughing", "and"]
  /// Words after "double" or "triple" that make it multiply: a determiner of what is multiplied
  /// ("double the budget", "triple its output"), "what" ("more than double what banks paid"),
  /// "in" ("could double in size").
  static let multipliedOpeners: WordList = [
    "the", "its", "their", "his", "her", "our", "your", "that", "this", "what", "in", "from",
  ]
  /// Words before "double" or "triple" that make it multiply: a hedge ("more than double",
  /// "nearly triple"), the infinitive's "to" or a modal ("plans to double", "could triple").
  static let multiplyingLeads: WordList = [
    "than", "nearly", "almost", "roughly", "about", "around", "to", "will", "would", "could", "can",
    "may", "might", "should", "must", "did", "does", "do",
  ]

  /// Comparatives of number, after which "than one" is a count ("more than one that …").
  static let countComparatives: WordList = ["more", "less", "fewer", "rather"]

  /// Plural designators that open a list of numbers naming parts of a law or a text: "sections
  /// 37 and 38", "Articles 14 and 21".
  static let pluralDesignators: WordList = [
    "sections", "articles", "clauses", "paragraphs", "rules", "chapters", "subsections",
    "amendments", "pages", "tables", "charts",
  ]

  /// Plural nouns of numbered places on a road, a network or a site, which name the numbers
  /// after them only in a list ("between junctions 10 and 11", "platforms 9 and 10"): "two
  /// runways 3,000 metres long" or "at the gates 300 protesters" measure and count.
  static let pluralPlaceDesignators: WordList = [
    "junctions", "exits", "platforms", "gates", "terminals", "berths", "runways", "piers",
    "reactors",
  ]

  /// Words between a plural designator and its list: "IPC sections like 37 and 38".
  static let listOpeners: WordList = ["like", "including", "namely"]

  /// Nouns of filed documents, whose "number" or "No." names one: "case number 64", "FIR no.
  /// 64/2023", "petition No. 12".
  static let documentNouns: WordList = [
    "case", "fir", "complaint", "file", "petition", "docket", "bill", "ticket", "reference",
    "invoice", "account", "application", "appeal", "suit", "writ", "policy", "serial",
    "registration", "order", "resolution", "ordinance",
  ]

  /// "No." and its plural, before a document's number ("Case No. 2023-CV-1187").
  static let numberAbbreviations: WordList = ["no", "nos"]

  /// Abbreviations written with a full stop glued to the number after them ("Rs.50,000",
  /// "No.5", "Ksh.500"): the stop ends the word, it opens no decimal (``Tokenizer``).
  static let dottedNumberAbbreviations = [
    "rs", "no", "nos", "nr", "ksh", "kshs", "sh", "shs", "tk", "inr",
  ]

  /// Designators (all of them in ``designators``) that name by number in lower case too: "see page 3", "filed for chapter 11",
  /// "gate 5".
  static let lowercaseDesignators: WordList = [
    "page", "pages", "chapter", "article", "paragraph", "clause", "episode", "volume", "vol",
    "platform", "gate", "terminal", "room", "version", "stage", "phase", "section", "subsection",
    "channel", "type", "level", "cabin", "deck", "junction", "notice", "bib",
    // School years as Indian and other copy writes them: "class 12 exams", "grade 9".
    "class", "grade",
  ]

  /// Lower-case designators that are verbs too ("will stage 20 concerts", "phase 3 plants out"):
  /// they label only as nouns (``FigureRecognizer/isDesignatorNoun(_:)``).
  static let verbDesignators: WordList = ["stage", "phase", "channel", "level"]

  /// Units of time and, for each period a rate may be per, how many of them fill it: "24 hours
  /// a day", "seven days a week" are all the time (``FigureRecognizer/isRoundTheClock(_:)``).
  static let wholePeriods: [String: [String: Int]] = [
    "hours": ["day": 24], "days": ["week": 7, "year": 365], "weeks": ["year": 52],
    "months": ["year": 12], "minutes": ["hour": 60],
  ]

  /// Designators of a body that votes or is voted on, whose tally is its vote and no name:
  /// "Court 6" is a courtroom, "the Supreme Court 6-3 ruling" a vote; "Bill 23" a bill, "backed
  /// the Bill 320 to 276" a vote.
  static let votingDesignators: Set<String> = ["court", "bill"]

  /// Verbs of sending a text message, before a short code's "to": "text HELP to 34584".
  static let textingVerbs: WordList = ["text", "texting", "sms", "txt"]

  /// Carmakers whose names follow a model year ("a 2012 Toyota Sienna"), and models as well known.
  static let vehicleMakes: WordList = [
    "toyota", "honda", "ford", "chevrolet", "chevy", "nissan", "hyundai", "kia", "mazda",
    "subaru", "volkswagen", "vw", "bmw", "mercedes", "audi", "lexus", "tesla",
    "jeep", "dodge", "chrysler", "buick", "cadillac", "gmc", "volvo", "porsche",
    "mitsubishi", "suzuki", "acura", "infiniti", "peugeot", "renault", "fiat",
    "skoda", "citroen", "opel", "vauxhall", "holden", "isuzu", "jaguar", "maserati", "ferrari",
    "lamborghini", "bentley", "rivian", "polestar", "byd", "geely", "mahindra",
    // Best-selling models, named without their make: "the 2018 Camry".
    "camry", "corolla", "civic", "prius", "altima", "sentra", "silverado", "mustang", "wrangler",
    "outback", "elantra", "sonata",
  ]

  /// Prepositions before a designator noun: "in stage 1", "moved into phase 2". Not "to", which
  /// is as often an infinitive's ("plan to stage three walkouts").
  static let designatorPrepositions: WordList = [
    "in", "into", "at", "of", "from", "for", "during", "under", "through", "on", "with",
    "past", "beyond", "until", "after", "before", "by",
  ]

  /// Nouns of a change or a payment that a figure measures and that "over" and a time after them
  /// spread across a period: "a 35% wage increase over four years", "a $7bn package over five
  /// years".
  static let spanningChangeNouns: Set<String> = [
    "rise", "rises", "raise", "raises", "increase", "increases", "hike", "hikes", "cut", "cuts",
    "reduction", "reductions", "fall", "drop", "decline", "gain", "gains", "growth", "jump",
    "boost", "investment", "investments", "package", "plan", "programme", "program", "budget",
    "funding", "spending", "payments", "savings", "deal", "contract", "loan", "grant", "grants",
  ]

  /// Verbs of ``causeBeforeOver`` whose object is people: after them, "over" and a figure
  /// followed by "of" bound how many of a group were acted on ("fired over 15% of its staff",
  /// "arrested over 200 of the protesters"), not the cause.
  static let peopleObjectCauseVerbs: Set<String> = [
    "jailed", "charged", "arrested", "sentenced", "convicted", "detained", "questioned",
    "prosecuted", "sacked", "fired", "suspended", "banned",
  ]

  /// Words of a change of level, after which "to" is a preposition before a designator: "reduced
  /// to stage 1", "the drop to stage 1", "moved to phase 2".
  static let levelChangeWords: WordList = [
    "move", "moves", "moved", "moving", "raise", "raised", "lower", "lowered", "reduce",
    "reduced", "cut", "escalate", "escalated", "escalation", "increase", "increased",
    "downgrade", "downgraded", "upgrade", "upgraded", "drop", "dropped", "drops", "rise", "rose",
    "jump", "jumped", "return", "returned", "back", "up", "down", "shift", "shifted", "went",
    "go", "goes", "progress", "progressed", "advance", "advanced", "proceed", "proceeded",
    "revert", "reverted", "ease", "eased", "easing", "relax", "relaxed",
  ]

  /// Capitalized words for a part of a site whose number names it: "Building 2", "Suite 12"
  /// (``FigureRecognizer/isPremisesNumber(_:)``).
  static let premisesDesignators: [String] = [
    "building", "suite", "apartment", "apt", "floor", "tower", "wing", "hangar", "annex",
  ]

  /// Capitalized names of laws and rulebooks a year may be part of the title of: "the 2006
  /// Guidelines", "the 1998 Act" (``FigureRecognizer/isDocumentYear(_:)``). Not "convention",
  /// which is as often a gathering with a date ("the 2019 Convention drew 3,000 delegates").
  static let documentTitleNouns: [String] = [
    "act", "bill", "code", "directive", "guidelines", "ordinance", "protocol",
    "regulation", "regulations", "rules", "statute", "treaty", "charter",
  ]

  /// Comparatives whose "than" bounds an age: "younger than 5", "older than 65"
  /// (``FigureRecognizer/markComparativeAges(_:)``).
  static let ageComparatives: [String: Qualifier] = ["younger": .lessThan, "older": .moreThan]

  /// Hedges after a counted noun or a unit, after "or": "nine hours or more", "20 people or
  /// more", "ten minutes or less" (``FigureRecognizer/markHedgesAfterNouns(_:)``).
  static let hedgesAfterNouns: [String: Qualifier] = [
    "more": .atLeast, "longer": .atLeast, "less": .atMost, "fewer": .atMost, "so": .approx,
    "thereabouts": .approx,
  ]

  /// Designators that number things, so that even a number that looks like a year is an
  /// identifier: "Resolution 2334", "Flight 1549", "Room 1920". Others can be followed by a real
  /// year ("Class of 2024", "Season 2025", "Windows 2000" is a product of its year).
  static let numberingDesignators: Set<String> = [
    "war", "flight", "resolution", "article", "section", "chapter", "page", "pages", "room",
    "gate", "route", "no", "nr", "nrs", "number", "item", "clause", "paragraph", "interstate",
    "highway", "proposition", "prop", "amendment", "platform", "runway", "bill", "law",
    "directive", "cabin", "deck", "voyage", "bib",
  ]

  /// Prepositions of time whose phrase may open a clause before its subject: "In 2022 prices
  /// rose", "By 2030 emissions must fall" (``FigureRecognizer/isTimePhraseYear(_:)``). Not
  /// "after", "before", "since" or "until", which also open clauses ("After 2000 votes were
  /// counted").
  static let clauseTimePrepositions: WordList = [
    "in", "by", "during", "through", "throughout",
  ]

  /// Parts of a period before "of" and a year: "the end of 2021", "the spring of 2023"
  /// (``FigureRecognizer/isTimePhraseYear(_:)``). "Half" and "quarter" only after an
  /// ordinal ("the first half of 2023"; "half of 2000 homes" is a share of a count).
  static let periodParts: WordList = [
    "start", "beginning", "middle", "spring", "summer", "autumn", "winter",
  ]
  static let orderedPeriodParts: WordList = ["half", "quarter"]

  /// Determiners after which four digits that could be a year are one: "the 2019 protests",
  /// "its 2023 accounts" (``FigureRecognizer/isYearModifier(_:)``).
  static let yearDeterminers: WordList = [
    "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
  ]

  /// The possessive pronouns of a person, whose decade of life follows "in": "in his 60s"
  /// (``FigureRecognizer/markAgeDecades(_:)``).
  static let personalPossessives: WordList = ["his", "her", "their", "my", "your", "our"]
  /// The parts of a decade of life: "her mid-40s", "their late 30s".
  static let decadeParts: WordList = ["early", "mid", "late"]

  /// Words before a band of ten degrees that narrow it: "the low 30s", "mid-20s", "upper 80s".
  static let temperatureBandParts: WordList = [
    "low", "lower", "early", "mid", "high", "upper", "late",
  ]

  /// Words of a sentence about temperatures, where "the mid-20s" is a band of degrees. Not
  /// "highs" or "lows" alone, which markets and polls reach too (``temperatureReadings``).
  static let temperatureWords: Set<String> = [
    "temperature", "temperatures", "degrees", "celsius", "fahrenheit", "thermometer",
    "thermometers", "mercury",
  ]

  /// A forecast's readings, which name a band of degrees only right before it: "highs in the
  /// low 80s", "lows in the 40s".
  static let temperatureReadings: WordList = ["highs", "lows"]

  /// Prepositions between a forecast's reading and its band: "highs in the low 80s".
  static let temperatureReadingLinks: WordList = ["in", "into", "of"]

  /// Prepositions before "the 80s" that make it a decade of years: "since the 80s", "from the
  /// 70s", "in the 90s" (a band of degrees has its part, "in the mid-20s", or its reading).
  /// Not "in": "temperatures will be in the 90s" is the commonest way to write a band of degrees.
  static let decadeOfYearsOpeners: WordList = ["since", "from"]

  /// A temperature scale named by a word in a line ("the mid-20s Celsius").
  static let temperatureScaleNames: [String: String] = ["celsius": "degC", "fahrenheit": "degF"]

  /// Adverbs between "one of" and the whole it is one of: "one of only three players", "one of
  /// about 40 ships" (the pronoun "one", not a count).
  static let wholeAdverbs: WordList = [
    "only", "just", "merely", "some", "about", "around", "roughly", "nearly", "almost",
  ]

  /// Words that make "91-12" a tally rather than a range.
  static let tallyWords: Set<String> = [
    "vote", "votes", "voted", "voting", "score", "scored", "won", "win", "wins", "beat",
    "defeated", "lost", "loss", "tally", "margin", "passed", "approved", "adopted", "rejected",
    "ballot", "victory", "draw", "final", "winning", "runoff", "poll", "polls", "lead", "leads",
    "led", "trail", "trails", "trailing", "beating", "edged", "split", "ruled", "ruling",
    "decision", "verdict", "majority", "thrashed", "thumped", "hammered", "routed", "downed",
    "halftime",
  ]

  /// Words of a result that make "2-2" a tally only right next to it ("drew 1-1", "tied at
  /// 2-2", "failed 9-4", "a 2-1 defeat"): further off they are as often about something else
  /// ("the rally drew 3,000-4,000 people", "the talks failed after 2-3 days").
  static let adjacentTallyWords: WordList = ["drew", "tied", "failed", "defeat"]

  /// "up" and "down" right before an amount tell a change as a verb would ("(up £96 to
  /// £2,470)").
  static let changeAdverbs: Set<String> = ["up", "down"]

  /// Words after "a year", "a week" that make it a point in time or an age, not a duration: "a
  /// year ago", "a week earlier", "a day before", "a year old".
  static let wordsMakingASpanNoDuration: WordList = ["ago", "earlier", "before", "old"]

  /// Verbs of a vote, after which "218 to 214" is the vote's split.
  static let voteVerbs: Set<String> = [
    "voted", "vote", "votes", "passed", "approved", "rejected", "adopted", "confirmed", "defeated",
  ]

  /// Numbers around a slash that name a thing rather than a fraction or two counts: "24/7"
  /// (always), "9/11" and "7/7" (attacks).
  static let slashNames: Set<String> = ["24/7", "9/11", "7/7"]

  // MARK: - Clock times

  /// a.m. and p.m. as written after a clock time.
  static let meridiemMarkers: [String: String] = [
    "a.m": "am", "p.m": "pm", "am": "am", "pm": "pm", "a.m.": "am", "p.m.": "pm",
  ]

  /// Time-zone abbreviations as written (case matters: "ET", not "et").
  static let timeZones: Set<String> = [
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "ET",
    "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST", "JST",
    "KST", "HKT", "SGT", "PHT", "PHST", "WIB", "ICT", "AEST", "AEDT", "ACST", "AWST", "NZST",
    "NZDT", "EAT", "CAT", "WAT", "SAST", "ART", "BRT", "CLT", "CLST", "AST", "ADT", "NST", "GST",
  ]

  /// Time zones of one country each, and that country (ISO 3166): a live blog stamped "4.52pm
  /// NZST" is written from New Zealand, as a place it names says (``PlaceTally``). Not zones
  /// several countries keep ("EST" and "ET" are the US's and Canada's, "IST" India's, Ireland's
  /// and Israel's, "EAT" and "WAT" many African countries'), nor those spelled as words ("CAT").
  static let timeZoneCountries: [String: String] = [
    "NZST": "NZ", "NZDT": "NZ", "AEST": "AU", "AEDT": "AU", "ACST": "AU", "ACDT": "AU",
    "AWST": "AU", "JST": "JP", "KST": "KR", "HKT": "HK", "SGT": "SG", "PHT": "PH", "PHST": "PH",
    "PKT": "PK", "SAST": "ZA", "WIB": "ID",
  ]

  // MARK: - Currency words before an amount

  /// Words written before an amount that name its currency, lower-cased: ISO codes ("usd 50",
  /// "EUR 40m", glued "GBP3.01") and the usual abbreviations ("Rs 450 crore", "Rs. 20").
  static let currencyPrefixWords: [String: String] = {
    var table = currencyAbbreviations
    for code in currencyCodes.keys where code != "TRY" {
      table[code.lowercased()] = currencyCodes[code]
    }
    return table
  }()

  /// Abbreviations written before an amount that are not ISO codes, lower-cased: "Rs 20",
  /// "Rs. 499".
  /// "Sh" alone is the Kenyan shilling, the one English-language news writes so most often.
  static let currencyAbbreviations: [String: String] = [
    "rs": "INR", "rs.": "INR", "rp": "IDR", "ksh": "KES", "kshs": "KES", "sh": "KES",
    "tsh": "TZS", "ush": "UGX",
  ]

  /// Currency signs written as one capital letter glued to an amount with a scale: "P2.4
  /// billion" (Philippine peso), "R254 billion" (South African rand), "N1.7 trillion" (naira). Without a scale the letter
  /// is too often a label ("R2", "P5").
  static let gluedLetterSigns: [String: String] = ["P": "PHP", "R": "ZAR", "N": "NGN"]

  /// Letter signs read without a scale ("R370"), only in an article from the currency's home
  /// country or that names the currency elsewhere (``FigureRecognizer/homeLetterSign(before:)``).
  /// "N1,050" (naira) and "P57.50" (Philippine peso) are read so as "R370" is.
  static let homeLetterSigns: [String: String] = ["R": "ZAR", "N": "NGN", "P": "PHP"]

  /// Grades written as a sign letter and digits that name a kind of thing, not an amount: the
  /// respirator classes "N95 masks", "P100 filters", "R95 respirators". Read as grades when a
  /// word follows that is no money's companion ("N95 masks", but "N95 each" is money).
  static let letterGrades: Set<String> = [
    "N95", "N99", "N100", "R95", "R99", "R100", "P95", "P99", "P100",
  ]

  /// Words after a letter-sign amount that keep it money: "N617 per litre", "N95 each".
  static let letterAmountCompanions: Set<String> = [
    "per", "each", "apiece", "a", "an", "for", "to", "from", "and", "or", "on", "in", "at",
  ]

  /// The country (ISO 3166) of each currency in ``homeLetterSigns``.
  static let currencyHomes: [String: String] = ["ZAR": "ZA", "NGN": "NG", "PHP": "PH"]

  /// Abbreviations of a currency read only in the case written: "Dh4.2 billion", "Dhs 1,200"
  /// are the UAE dirham as Gulf papers write it; Moroccan papers write their own "DH" or "MAD".
  static let casedCurrencyAbbreviations: [String: String] = ["Dh": "AED", "Dhs": "AED"]

  /// Abbreviations of a currency name several countries share (``homeNamedCurrencies``), which
  /// say no more than the bare name does: a Karachi paper's "Rs 272" is Pakistani rupees, a
  /// Kampala paper's "Sh 5,000" Ugandan shillings. Read as the bare name is, flagged ambiguous.
  static let sharedCurrencyAbbreviations: Set<String> = ["rs", "sh"]

  /// ISO codes also written in lower case around an amount ("usd 50", "50 gbp"); other codes
  /// only in capitals, since "try" and "php" are words too.
  static let lowercaseCurrencyCodes: Set<String> = ["usd", "rmb", "eur", "gbp"]

  /// Letters before "$" that name the dollar even with a space between ("US $5", "C $16.4");
  /// others ("S", "R", "A") only glued, as "S$5".
  static let spacedDollarPrefixes: Set<String> = [
    "us", "u.s", "c", "hk", "usd", "cad", "aud", "nzd", "mex", "mxn",
  ]

  /// Every word, lower-cased, that can name a currency beside an amount: a code, "m" and a code
  /// ("MUSD"), a name, a nationality, an abbreviation, the peso's "P". An ASCII word not on it
  /// needs none of the currency look-ups, which make Strings (see
  /// ``FigureRecognizer/mayNameCurrency(_:)``).
  static let currencyWords: PackedWordTable<Bool> = {
    var words: [String: Bool] = [:]
    for letter in gluedLetterSigns.keys { words[letter.lowercased()] = true }
    for word in casedCurrencyAbbreviations.keys { words[word.lowercased()] = true }
    for code in currencyCodes.keys {
      words[code.lowercased()] = true
      words["m" + code.lowercased()] = true
    }
    for word in Array(currencyNames.keys) + Array(currencyNationalities.keys)
      + Array(currencyAbbreviations.keys)
    {
      words[word] = true
    }
    return PackedWordTable(words)
  }()

  static func currencyPrefix(_ lowercased: String) -> String? {
    currencyPrefixWords[lowercased]
  }

  /// Letters that may be glued before digits as a currency ("USD3.14", "GBP3.01", "Rs20",
  /// "P2.4"): the tokenizer splits them from the number. Single "P" (Philippine peso) only before
  /// a scale word, which ``FigureRecognizer`` checks.
  static let gluedCurrencyPrefixes: Set<String> = {
    var set: Set<String> = ["Rs", "Rp", "Sh", "KSh", "Ksh", "Kshs", "TSh", "USh"]
    for code in currencyCodes.keys { set.insert(code) }
    for letter in gluedLetterSigns.keys { set.insert(letter) }
    for word in casedCurrencyAbbreviations.keys { set.insert(word) }
    return set
  }()

  // MARK: - Basis points

  /// Basis points as written after a number, word by word ("-" a glued hyphen), longest first.
  static let basisPointWords: [[String]] = [
    ["basis", "-", "points"], ["basis", "-", "point"], ["basis", "points"], ["basis", "point"],
    ["bps"], ["bp"], ["bips"], ["bip"],
  ]

  /// The first words of ``basisPointWords``.
  static let basisPointFirstWords = Set(basisPointWords.map { $0[0] })

  /// Basis points glued to the digits, lower-cased: "50bp", "25bps".
  static let basisPointSuffixes: Set<String> = ["bp", "bps"]

  // MARK: - Change

  /// Scale words printed glued to their digits ("£257million"), by power of ten.
  static let gluedScaleWords: [String: Int] = [
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
  ]

  /// Verbs of change: "from X to Y" after them is a before and an after, two figures, not a range.
  static let changeVerbs: Set<String> = [
    "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "increase",
    "decreased", "decrease", "raised", "raise", "cut", "lowered", "lower", "reduced", "reduce",
    "revised", "upgraded", "downgraded", "climbed", "dropped", "jumped", "grew", "grown", "shrank",
    "slipped", "surged", "soared", "plunged", "declined", "doubled", "tripled", "halved", "moved",
    "changed", "adjusted", "updated", "corrected", "trimmed", "boosted", "expanded", "narrowed",
    "widened", "revise", "upgrade", "downgrade", "gained", "added", "lost", "slid", "eased",
    "advanced", "tumbled", "sank", "slumped", "dipped", "rallied", "edged", "firmed", "weakened",
    "strengthened", "shed", "faded", "sagged", "retreated", "rebounded", "plummeted", "skidded",
    "leapt", "leaped", "spiked", "softened",
  ]

  /// The ``changeVerbs`` in the past that do not end in "-ed": a change that happened
  /// (``FigureRecognizer/isChangeAndLevel(_:_:connector:)``).
  static let irregularPastChangeVerbs: Set<String> = [
    "rose", "risen", "fell", "fallen", "grew", "grown", "shrank", "slid", "sank", "leapt",
    "shed", "lost",
  ]

  /// Games a player's record is counted in ("25 goals in 132 appearances", "twice in four
  /// games"): after them "N in M" is two counts, not a rate (``NumberParser/isMatchStatistic``).
  static let matchNouns: Set<String> = [
    "appearances", "games", "matches", "starts", "outings", "fixtures", "caps", "innings",
    "internationals", "races", "bouts", "fights",
  ]

  /// Nouns that, joined by a hyphen to a number word, name a building's, a home's or a
  /// vehicle's type ("two-storey", "one-bedroom", "four-door"): no count
  /// (``FigureRecognizer/isCategoryCompound(_:)``).
  static let categoryCompoundNouns: Set<String> = [
    "storey", "story", "bedroom", "bedroomed", "bed", "bathroom", "door", "seater", "berth",
    "lane", "wheel",
  ]

  /// Wholes with no number after "one of" ("one of many", "one of several reasons"): the
  /// "one" is a pronoun (``FigureRecognizer/isStandInOne(_:)``).
  static let vagueWholes: Set<String> = [
    "many", "several", "numerous", "countless", "dozens", "hundreds", "thousands", "various",
  ]
  /// Collective nouns in "one of a … of" ("one of a number of options", "one of a series of").
  static let vagueCollectives: Set<String> = [
    "number", "series", "host", "string", "raft", "slew", "handful", "range", "variety",
  ]

  /// Adverbs that count times, which never start a rate ("twice in four games").
  static let timesAdverbs: Set<String> = ["once", "twice", "thrice"]

  /// Members of a body, after "N out of M ACRONYM" ("four out of seven IEBC commissioners", "two
  /// out of nine FIFA council members"): the whole is the body's size, not a sample.
  static let bodyMemberNouns: Set<String> = [
    "commissioners", "members", "judges", "justices", "directors", "trustees", "governors",
    "senators", "councillors", "councilors", "ministers", "delegates", "jurors", "mps",
    "legislators", "lawmakers", "envoys", "ambassadors", "representatives", "board", "council",
  ]

  /// Participles of change, after which "A to B" is a change and its level as after
  /// ``changeVerbs`` ("with the rate climbing 0.1% to 4.3%"); not verbs a subject is read from.
  static let changeParticiples: WordList = [
    "rising", "falling", "climbing", "increasing", "decreasing", "dropping", "jumping",
    "growing", "slipping", "surging", "soaring", "plunging", "declining", "gaining", "losing",
    "sliding", "easing", "advancing", "tumbling", "sinking", "slumping", "dipping", "rallying",
    "edging", "shedding", "retreating", "rebounding", "plummeting", "ticking", "inching",
    "shrinking",
  ]

  /// Present and base forms of verbs of change, after a modal or a subject ("will climb from",
  /// "price hikes from"), that ``changeVerbs`` leaves out: "from A to B" after them is two levels.
  static let presentChangeVerbs: WordList = [
    "climb", "climbs", "jump", "jumps", "drop", "drops", "grow", "grows", "soar", "soars",
    "increases", "decreases", "raises", "lowers", "reduces", "cuts", "hike", "hikes", "hiked",
    "gain", "gains", "slip", "slips", "plunge", "plunges", "decline", "declines", "shrink",
    "shrinks", "dip", "dips", "tumble", "tumbles", "surge", "surges", "double", "doubles",
    // "The move from 2.9% to 3.4%": a noun of change before its two levels.
    "move", "shift",
  ]

  /// Verbs of motion that, with "up" or "down" after them, are verbs of change ("goes up from",
  /// "came down from", "ticked up from").
  static let motionVerbs: WordList = [
    "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "shot", "shoot",
    "shoots", "tick", "ticks", "ticked", "ticking", "creep", "creeps", "crept", "creeping",
  ]

  // MARK: - Subjects

  /// Verbs, besides ``changeVerbs``, that take a figure as their object ("the ministry will get
  /// Ksh 9.3B", "the company earned 60 cents"): a phrase ending in one names no measured thing;
  /// the verb's subject does. (Past tenses in "-ed" are told by their ending.)
  static let figureObjectVerbs: WordList = [
    "get", "gets", "getting", "got", "receive", "receives", "receiving", "earn", "earns",
    "earning", "spend", "spends", "spending", "spent", "require", "requires", "reach", "reaches",
    "stand", "stands", "top", "tops", "shed", "sheds", "take", "takes", "took", "won", "win",
    "wins", "lose", "loses", "grow", "grows", "soar", "soars", "climb", "climbs", "dip", "dips",
    "slide", "slides", "jump", "jumps", "drop", "drops", "gain", "gains", "add", "adds",
    "compare", "compares", "hits", "exceed", "exceeds", "surpass", "surpasses", "represent",
    "represents", "equal", "equals", "sold", "sell", "sells", "bought", "paid", "struck",
  ]

  /// Auxiliaries, modals and adverbs between a verb and its subject ("The death toll has risen
  /// to six", "the judiciary will also get").
  static let verbAuxiliaries: WordList = [
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "also",
    "now", "still", "just", "already", "not", "never", "then", "reportedly", "alone",
  ]

  /// Words before "to" that make the verb after it the subject's ("is expected to get", "is set
  /// to receive", "Kenya plans to spend").
  static let infinitiveLeads: WordList = [
    "expected", "set", "due", "likely", "going", "able", "poised", "projected", "forecast",
    "tipped", "seen", "estimated", "predicted", "slated", "scheduled", "plans", "plan",
    "planned", "wants", "want", "aims", "aim", "hopes", "intends", "seeks", "needs", "agreed",
    "promised", "pledged", "vowed", "decided", "continue", "continues", "begin", "began",
  ]

  /// Words that cannot head what a figure measures, alone or at the end of the phrase before
  /// it: determiners and adjectives of amount, position or emphasis ("another 22", "A further
  /// $9.8 billion", "€20m plus", "a staggering 49%"), hedges ("perhaps"), and words of
  /// comparison after a figure ("9.5% higher", "3% below", "12 seconds clear", "$12.8 billion
  /// compared to").
  static let nonHeadWords: Set<String> = [
    "another", "every", "further", "additional", "various", "plus", "extra", "several", "past",
    "overnight", "elsewhere", "somewhere", "possible", "successive", "consecutive", "straight",
    "higher", "lower", "above", "below", "better", "worse", "bigger", "smaller", "larger",
    "greater", "cheaper", "dearer", "stronger", "weaker", "clear", "ahead", "short", "shy",
    "high", "low", "initial", "compared", "perhaps", "maybe", "staggering", "whopping", "mere",
    "hefty",
  ]

  // MARK: - Subject and scope phrases

  // The short lists the context rules ask about for most figures, as word lists packed once
  // (``WordList``): a token is compared from its bytes, with no String made or compared.

  /// Determiners skipped before a noun phrase ("put the crowd at", "the price of a loaf").
  static let determiners: WordList = ["the", "a", "an", "its", "their", "his", "her", "this"]

  /// Link verbs that say a subject is or reached the figure after them ("was 11.2%", "stood at
  /// 62%"): the subject before them is what the figure measures.
  static let copulas: WordList = [
    "is", "are", "was", "were", "be", "been", "being", "stood", "stands", "reached", "hit",
    "amounted", "totalled", "totaled",
  ]

  /// Prepositions that open a phrase saying where, whose or among whom, after the noun a verb
  /// of change or a copula is said of ("revenue in the Legal division", "support among women",
  /// "spending by households"): the subject is before them. Not "to", which joins the two
  /// terms of a ratio ("capital to risk-weighted assets ratio") and "due to".
  static let subjectComplementPrepositions: WordList = [
    "in", "at", "on", "across", "within", "for", "from", "among", "by", "with",
  ]
  /// "5 a.m. Thursday": a stop after these goes on with the day, month or zone.
  static let meridiems: WordList = ["a.m", "p.m"]
  /// "Europe is holding …": verbs after a place that holds what a figure measures.
  static let holdingVerbs: WordList = ["holds", "held", "hosts", "holding"]
  static let formsOfBe: WordList = ["is", "was", "are", "were"]
  /// Prepositions of a span of time ("over the next 10 years"), which take no place object.
  static let spanPrepositions: WordList = ["over", "during", "through", "until", "by"]
  /// "since the start of the conflict": the phase of an event a "since" phrase names.
  static let phaseNouns: WordList = ["start", "beginning", "outbreak", "end"]
  /// "visit to Putin", "support for Ukraine": prepositions of a noun's complement.
  static let complementPrepositions: WordList = ["to", "with", "of", "for", "in"]
  /// Nouns of a change whose "in"/"of"/"on" complement names what changed ("a 4.9% increase in
  /// tuition") (``ContextAnalyzer``'s subjects).
  static let changeNouns: WordList = [
    "rise", "rises", "increase", "increases", "hike", "hikes", "cut", "cuts", "fall", "falls",
    "drop", "drops", "decline", "declines", "decrease", "reduction", "reductions", "jump", "gain",
    "gains", "growth", "surge", "slump",
  ]
  /// "six times", "19 points": count nouns that say nothing of what is counted.
  static let genericCountUnits: WordList = [
    "times", "points", "parts", "percent", "items", "steps", "stages", "rounds",
  ]
  /// "two years into the war", "three days after the vote": what a duration is measured from.
  static let durationPrepositions: WordList = ["into", "after", "since", "of"]
  static let durationDeterminers: WordList = ["the", "a", "an", "its", "this"]
  static let relativePronouns: WordList = ["which", "that", "who"]
  /// "ticked up to 4%", "closed down 11.6%": a change verb's particle.
  static let changeParticles: WordList = ["up", "down"]
  /// "more than doubled to", "nearly tripled": hedges of a verb of change.
  static let verbHedges: WordList = ["than", "nearly", "almost", "roughly", "about"]
  /// Prepositions that put a noun inside a phrase of the clause's subject ("support for …").
  static let enclosingPrepositions: WordList = ["for", "of", "from"]
  /// "house prices in Portugal rose", "revenue at the chain fell": prepositions of a phrase
  /// that says where or whose a subject's noun is.
  static let holderPrepositions: WordList = ["in", "at", "across", "within"]
  /// "the third quarter", "the final quarter": ordinals of a period beyond the time leads.
  static let periodOrdinals: WordList = ["third", "fourth", "final", "latest", "first", "second"]
  /// "compared with $250 million", "compared to 8.7 per cent".
  static let comparedPrepositions: WordList = ["with", "to"]
  /// "of the most urgent calls": superlatives that rank the noun after them.
  static let superlativeAdverbs: WordList = ["most", "least"]
  /// "by an average of 4.5%": nouns that say how a change is summed.
  static let aggregateNouns: WordList = ["average", "total"]
  /// "met with Putin six times": verbs of meeting, whose object is what a count counts.
  static let meetingVerbs: WordList = ["met", "visited", "spoke", "talked", "called"]
  /// Words that open a noun phrase ("the plan", "its plan").
  static let nounPhraseOpeners: WordList = ["the", "a", "an", "its", "their", "his", "her"]

  // MARK: - Numbers that are not figures

  /// Words after which digits are a phone number ("helpline 1070", "hotline, 900 555 312").
  /// Stock indices and rankings named by a number after the word ("FTSE 100", "Fortune 500").
  static let numberedListNames: Set<String> = [
    "ftse", "nikkei", "stoxx", "russell", "nasdaq", "dax", "cac", "asx", "sensex", "nifty",
    "ibex", "omx", "bse", "kospi", "fortune", "forbes",
  ]

  static let phoneWords: WordList = [
    "helpline", "helplines", "hotline", "hotlines", "phone", "telephone", "tel", "fax", "whatsapp",
    "sms", "text", "dial", "dialled", "dialed", "dialling", "dialing", "call", "calling", "called",
    "phoned", "phoning", "ring", "rang", "ringing", "number", "numbers", "line", "freephone",
    "tollfree",
  ]

  /// Capitalized service words a rescue or emergency service's number follows ("Rescue 1122").
  static let emergencyServiceWords: WordList = [
    "rescue", "ambulance", "emergency", "helpline", "hotline", "police",
  ]
  /// Directions after a train's number ("the 13-Up Express", "12-Dn").
  static let trainDirections: WordList = ["up", "dn", "down"]

  /// Nouns that are telephone numbers themselves ("the hotline is 1077").
  static let phoneNouns: WordList = [
    "helpline", "hotline", "phone", "telephone", "tel", "fax", "whatsapp", "freephone",
  ]

  /// Street types after a house number and name ("112 Rizal Street", "23 … Marg").
  static let streetWords: Set<String> = [
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive",
    "marg", "place", "square", "terrace", "crescent", "highway", "parkway", "court", "alley",
    "strasse", "straße", "gasse", "row", "way", "close", "mews", "quay", "embankment",
    "bridge", "expressway", "freeway",
  ]

  /// Singular nouns for a product or an index that a name with a number comes before ("the
  /// FTSEurofirst 300 index", "a Mercedes Benz 230 car") (``FigureRecognizer/isProductNumber(_:)``).
  static let productNouns: WordList = [
    "index", "car", "saloon", "sedan", "hatchback", "suv", "jeep", "van", "truck", "lorry",
    "motorcycle", "motorbike", "tractor", "bus", "airliner", "jet", "plane",
    "helicopter", "rocket", "engine", "phone", "smartphone", "handset", "tablet", "laptop",
    "console", "chip", "processor", "rifle", "pistol", "missile", "drone", "model", "cable",
    "pipeline", "interconnector",
  ]

  /// The words after a time of day written as digits and "hours" ("at 1430 hours", "16.53
  /// hrs") (``FigureRecognizer/isHoursClockTime(_:)``).
  static let clockHoursWords: WordList = ["hours", "hrs", "hour", "hr"]

  /// Prepositions before a time of day ("at 1430 hours", "until 0600 hours"); not "after",
  /// which a spell follows as often ("after 10.30 hours of talks").
  static let clockTimePrepositions: WordList = [
    "at", "by", "from", "until", "till", "before", "since", "to",
  ]

  /// Words after a round hour written before "hours" that keep it a time of day ("at 1800
  /// hours on Monday", "at 1800 hours today").
  static let clockFollowers: WordList = [
    "on", "today", "tonight", "yesterday", "tomorrow", "local", "ist", "gmt", "utc",
  ]

  /// Nouns that end in "s" and are singular ("Channel 4 News", "a TV series").
  static let singularsEndingInS: Set<String> = ["news", "series", "species", "means"]

  /// Words before "No." that make its number a rank ("ranks No. 14", "the world No. 1")
  /// (``FigureRecognizer/isRankAfterNumberSign(_:)``).
  static let rankLeadWords: WordList = [
    "rank", "ranks", "ranked", "ranking", "rated", "seeded", "world",
  ]

  /// Words of a move up or down a table before "from" or "to" and a rank ("up from No. 17").
  static let rankMoveWords: WordList = [
    "up", "down", "climbed", "rose", "fell", "slipped", "jumped", "dropped", "slid",
  ]

  /// Verbs of weighing right before a number of pounds ("the payload weighed about 2,700
  /// pounds") (``FigureRecognizer/isWeightPound(at:)``).
  static let weighingVerbs: WordList = ["weigh", "weighs", "weighed", "weighing"]

  /// Nouns of weight before "of" and a number of pounds ("a weight of 300 pounds").
  static let weightNouns: WordList = ["weight", "payload", "weights"]

  /// Hedges between a verb of weighing and its number ("weighed about 2,700 pounds").
  static let weightHedgeWords: WordList = [
    "about", "around", "nearly", "almost", "roughly", "some", "just", "over", "under", "only",
    "approximately", "more", "less", "than", "up", "to", "at", "least", "most",
  ]

  /// Words after "pounds of" that make the pounds money ("2 million pounds of taxpayers'
  /// money").
  static let moneyOfWords: WordList = [
    "taxpayers", "taxpayers'", "taxpayer", "public", "money", "funding", "investment", "cash",
    "savings", "debt", "spending", "funds", "aid", "support", "income", "revenue",
  ]

  /// Compass points written short before a numbered street ("W. 10th", "NE 45th").
  static let compassAbbreviations: Set<String> = ["n", "s", "e", "w", "ne", "nw", "se", "sw"]

  /// Words that name a flight before an airline's code and number ("flight LX 242").
  static let flightWords = ["flight", "flights"]

  /// Parts of the day after an hour in words ("seven this morning", "ten in the evening").
  static let partsOfDay = ["morning", "afternoon", "evening", "night"]

  /// Verbs that put a level at a number ("stood at seven", "capped at eight"): after them "at"
  /// gives a value, not an hour.
  static let levelVerbsBeforeAt = [
    "stood", "stands", "stand", "was", "is", "were", "are", "remained", "remains", "stayed",
    "stays", "held", "holds", "finished", "ended", "closed", "opened", "set", "capped",
    "fixed", "frozen", "put", "estimated", "pegged", "numbered", "rated", "ranked", "valued",
  ]

  /// Places and verbs of timing before "at" and an hour in words that ends a sentence ("she will
  /// be here at eleven.", "talks resume at ten.").
  static let timingWordsBeforeAt = [
    "here", "there", "back", "home", "begin", "begins", "start", "starts", "resume", "resumes",
    "meet", "meets", "arrive", "arrives", "leave", "leaves", "land", "lands", "open", "opens",
  ]

  /// Cities whose postal districts are numbered after the name ("Dublin 15", "Dublin 6W").
  static let numberedDistrictCities: Set<String> = ["dublin"]

  /// Street types written before the name, the house number after it ("ul. Świdnicka 12").
  static let streetPrefixes: Set<String> = [
    "ul", "ulica", "calle", "via", "rue", "avenida", "av", "rua", "plac", "piazza", "viale",
    "carrer", "boulevard", "strada", "plot",
  ]

  /// Fraction words that open a compound when a hyphen joins them to a word ("half-brother",
  /// "quarter-final") (``FigureRecognizer/isFractionCompound(_:mention:)``).
  static let compoundFractionWords: WordList = ["half", "quarter"]

  /// Idioms with a number word that counts nothing; `#` marks the number word, "-" a glued
  /// hyphen, "," a comma.
  static let numberIdioms: [[String]] = [
    ["#first", "time", "since"], ["#first", "time", "in"], ["not", "the", "#first"],
    ["#first", "of", "all"],
    ["#first", "and", "foremost"], ["at", "#first"],
    ["#first", "-", "hand"], ["#first", "hand"], ["#second", "-", "hand"],
    ["#second", "to", "none"],
    // An outsider to a deal or a dispute, never the third of a row of parties.
    ["#third", "-", "party"], ["#third", "-", "parties"], ["#third", "parties"],
    ["on", "#second", "thought"], ["on", "#second", "thoughts"], ["knocked", "for", "#six"],
    ["hit", "for", "#six"], ["in", "#two", "minds"], ["of", "#two", "minds"],
    ["#two", "to", "tango"], ["#one", "another"], ["#one", "by", "one"],
    ["#one", "step", "from"], ["#one", "step", "away"], ["#one", "day", ","],
    ["#one", "of", "these", "days"], ["#one", "way", "or", "another"], ["#one", "and", "all"],
    ["#one", "-", "off"], ["number", "#one"], ["#one", "-", "man"], ["#one", "-", "woman"],
    ["#one", "-", "party"], ["top", "#half"], ["bottom", "#half"],
    ["first", "#half"], ["second", "#half"],
    ["#first", "half"], ["#second", "half"],
    // "a first-half lead", "a second-half fightback": a half of a match, hyphenated.
    ["first", "-", "#half"], ["second", "-", "#half"], ["#first", "-", "half"],
    ["#second", "-", "half"], ["#second", "-", "string"],
    // "half-year profits", "HALF-YEAR RESULTS": a company's reporting period, no fraction.
    ["#half", "-", "year"], ["#half", "the", "battle"],
    ["#half", "-", "hearted"],
    // Playing positions in rugby ("the fly-half kicked", "scrum-half"), a player, no half.
    ["fly", "-", "#half"], ["scrum", "-", "#half"], ["out", "-", "#half"],
    ["#half", "-", "back"], ["#half", "-", "backs"],
    // The break in a match ("level at half-time", "the half-time whistle"), no half of anything.
    ["#half", "-", "time"], ["#half", "time"], ["#half", "-", "term"],
    // A flag lowered in mourning: a position on the pole, not a half of anything counted.
    ["#half", "-", "mast"], ["#half", "mast"], ["#half", "-", "staff"],
    ["my", "#two", "cents"], ["#two", "-", "way"], ["#one", "-", "way"],
    // A holiday home or a home besides one's main one, not the second of a row of homes.
    ["#second", "home"], ["#second", "homes"],
    // Out of the way ("moved to one side", "set it to one side"), not one of several sides.
    ["to", "#one", "side"],
    // Fixed compounds that name a kind, not a place in a row: a student's year of study, a
    // rocket's stage, a family's generation.
    ["#first", "-", "year"], ["#second", "-", "year"], ["#third", "-", "year"],
    ["#first", "-", "stage"], ["#second", "-", "stage"], ["#third", "-", "stage"],
    ["#first", "-", "generation"], ["#second", "-", "generation"],
    // New to something: "first-time buyers", "a first time offender".
    ["#first", "-", "time"], ["#first", "time", "offender"], ["#first", "time", "offenders"],
    ["#first", "time", "buyer"], ["#first", "time", "buyers"], ["#first", "time", "voter"],
    ["#first", "time", "voters"],
    // Nearer a goal, not one of several steps counted ("moved one step closer to the title").
    ["#one", "step", "closer"], ["#one", "step", "further"], ["#one", "step", "ahead"],
    ["#one", "step", "forward"],
    // A round of a contest written in two words ("the quarter final").
    ["#quarter", "final"], ["#quarter", "finals"],
  ]

  /// ``numberIdioms`` by their number word, with its position (the word itself written "#").
  static let numberIdiomsByWord: [String: [(words: [String], position: Int)]] = {
    var table: [String: [(words: [String], position: Int)]] = [:]
    for idiom in numberIdioms {
      guard let position = idiom.firstIndex(where: { $0.hasPrefix("#") }) else { continue }
      var words = idiom
      words[position] = "#"
      table[String(idiom[position].dropFirst()), default: []].append((words, position))
    }
    return table
  }()

  /// Words before a verb's plain form ("would top 11%", "expected to top $1bn"): "top" after
  /// them is the verb of crossing a mark (``FigureRecognizer/isCrossingTop(_:)``).
  static let plainVerbLeads: Set<String> = [
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did",
    "does", "do", "won't", "wouldn't", "couldn't", "didn't", "cannot", "’ll", "'ll",
  ]

  /// Words before a period a rate is counted per ("$14 billion a quarter", "24 hours a day").
  static let perPeriodWords = ["a", "per", "each", "every"]

  /// Words that deny the verb after them ("won't top 5%", "did not exceed").
  static let negations: Set<String> = [
    "not", "never", "won't", "wouldn't", "couldn't", "didn't", "cannot", "can't", "don't",
    "doesn't", "shouldn't", "mustn't", "won’t", "wouldn’t", "couldn’t", "didn’t", "can’t",
    "don’t", "doesn’t",
  ]

  /// Words of expectation before "to" and a verb that crosses a mark ("expected to top").
  static let expectationLeads: Set<String> = [
    "expected", "set", "forecast", "projected", "predicted", "likely", "poised", "tipped", "due",
    "going", "about", "track", "course", "bound", "able", "threatening", "thought", "estimated",
  ]

  /// Modal verbs beside the generic pronoun "one" ("what can one do", "one must ask").
  static let genericOneModals: WordList = [
    "can", "could", "would", "should", "must", "may", "might", "shall",
  ]

  /// Question words and negative adverbs that put "do" before its subject ("rarely does one").
  static let subjectInverters: WordList = [
    "how", "what", "why", "where", "when", "rarely", "seldom", "never", "nor", "neither",
    "hardly", "scarcely", "only",
  ]

  /// Words that open a relative clause with no "that" after a pronoun "one" ("one the council
  /// has to face", "one we all remember"): a determiner or a personal pronoun as its subject.
  static let relativeClauseSubjects: WordList = [
    "the", "we", "they", "you", "i", "he", "she", "nobody", "everyone", "everybody",
  ]

  /// Words after "the" that open a time phrase ("the following week", "the same day").
  static let timePhraseWords: WordList = [
    "next", "previous", "following", "last", "same", "day", "week", "month", "year", "season",
    "night", "morning", "afternoon", "evening", "weekend",
  ]

  /// Determiners that open a noun phrase whose head may be the pronoun "one" ("a punishing
  /// one", "the second one", "its only one").
  static let elidedNounDeterminers: WordList = [
    "a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "my", "your",
  ]

  /// Words between a determiner and "one" that still make it a count: a bound or an addition
  /// ("a mere one", "an additional one", "a further one").
  static let countingModifiers: WordList = [
    "mere", "additional", "extra", "further", "estimated", "single", "meagre", "meager",
    "paltry", "total", "net", "record",
  ]

  /// Words after a pronoun "one" that are no noun it counts but end its noun phrase ("a
  /// punishing one this year", "the biggest one yet", "the only one that"): the stop words
  /// less those that measure or bound ("the top one per cent", "one more").
  static let afterElidedNoun: WordList = [
    "this", "that", "which", "who", "whom", "whose", "yet", "so", "in", "on", "at", "for", "to",
    "from", "with", "since", "ever", "than", "and", "but", "or", "is", "was", "were", "are",
    "has", "had", "will", "would", "can", "could", "there", "here", "now", "i", "we", "you",
    "he", "she", "they", "it", "after", "before", "like", "of", "by", "as", "when", "while",
    "because", "though", "although", "if", "ago", "too", "either", "also", "still", "again",
  ]

  /// Words after a sentence's opening "One" that make it the first of a pair told by "the
  /// other" ("One is based in the east and the other in the west").
  static let correlativeOneVerbs: WordList = [
    "is", "was", "has", "had", "remains", "lies", "sits", "stands", "says", "said",
  ]

  /// Words for a result of nothing in a list of scores or seats ("Chelsea nil").
  static let scoreWordsForNone: WordList = ["nil", "none"]

  /// Words after "One is", "One was" that report a casualty ("One was killed and the other
  /// injured"): the "One" counts a victim, not a pronoun picking one of a pair.
  static let casualtyWords: WordList = [
    "killed", "dead", "died", "injured", "hurt", "wounded", "missing", "arrested", "jailed",
  ]

  /// Words before a number that stress it as a count ("only one", "just one", "exactly one").
  static let countStressers: WordList = ["only", "just", "exactly", "least", "than"]

  /// Verbs said of a moment of time ("every second counts", "every minute matters").
  static let momentVerbs: WordList = ["counts", "count", "matters", "matter", "ticks", "ticking"]

  /// Words for an earthquake after its magnitude ("a 6.2 earthquake", "the 4.8 tremor").
  static let quakeNouns: WordList = [
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "temblor", "temblors",
    "aftershock", "aftershocks",
  ]

  /// Words before "the age of" that bound the age ("children under the age of 13").
  static let ageOfBounds: [String: Qualifier] = [
    "under": .lessThan, "below": .lessThan, "over": .moreThan, "above": .moreThan,
  ]

  /// Words before "first" that make it a position ("the first march", "its first loss"); without
  /// one, "first" is an adverb ("first measured at").
  static let ordinalDeterminers: WordList = [
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
  ]

  /// Words after "a"/"an" that add to a number given before ("a further 2,000", "an additional
  /// 300", "an extra 50"); "another" does so alone.
  static let additiveWords: WordList = ["further", "additional", "extra"]

  /// Words that end or make the name of a standing unit or body after its ordinal ("the 4th
  /// Infantry Division", "the 7th Fleet", "the 9th Circuit", "the 2nd Amendment").
  static let unitNameNouns: WordList = [
    "division", "battalion", "brigade", "regiment", "corps", "fleet", "army", "squadron",
    "platoon", "infantry", "airborne", "cavalry", "marines", "artillery", "armored", "armoured",
    "commando", "circuit", "amendment", "precinct", "ward", "district",
  ]

  /// Events counted in a series, which an ordinal ranks even written with a capital: "the
  /// Second Test", "the Fifth T20", "his Eighth Ballon d'Or", "her Third Term", "the First
  /// Round". (Before other capitalized words an ordinal is a name's: "the Second World War".)
  static let seriesEventNouns: WordList = [
    "test", "tests", "odi", "odis", "t20", "t20i", "t20s", "round", "leg", "term", "title",
    "titles", "ballon", "edition", "season", "match", "game", "innings", "stage", "race", "heat",
    "lap", "set", "final", "grand",
  ]

  /// Words that open a part of a group already counted, so the "one" after them counts one of
  /// it: "four died, including one who was a child", "excluding one who left".
  static let partCountLeads: WordList = ["including", "excluding", "among", "besides"]

  /// Nouns for the writer's own points: "three questions decide …" counts nothing in the world.
  static let discourseNouns: Set<String> = [
    "questions", "problems", "things", "reasons", "lessons", "issues", "factors", "priorities",
    "takeaways", "catches", "answers", "scenarios", "possibilities", "facts", "myths",
    "explanations", "theories",
  ]

  /// Nouns for one of the writer's own points after a sentence's opening "One" ("One thing to
  /// remember is …"): the plural ``discourseNouns`` in the singular.
  static let discourseNounsSingular: Set<String> = [
    "question", "problem", "thing", "reason", "lesson", "issue", "factor", "takeaway", "catch",
    "answer", "scenario", "possibility", "fact", "explanation", "theory", "caveat",
  ]

  /// State and territory postal abbreviations, as written in capitals in an address, and how
  /// many digits their postcodes have: Australia's four, the United States' five.
  static let postcodeRegions: [String: Set<Int>] = {
    var regions: [String: Set<Int>] = [:]
    for state in ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"] {
      regions[state, default: []].insert(4)
    }
    for state in [
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
      "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
      "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
      "VT", "VA", "WA", "WV", "WI", "WY",
    ] {
      regions[state, default: []].insert(5)
    }
    return regions
  }()

  /// Labels in capitals before a business's registration number: Australian business and
  /// company numbers, a US employer number, a New Zealand business number, a UK company number.
  static let registrationNumberLabels: Set<String> = [
    "ABN", "ACN", "ARBN", "EIN", "NZBN", "CRN", "UEN",
  ]

  /// Minute words of a reading-time estimate ("4 min read", "a 5-minute read").
  static let readingTimeUnits: Set<String> = ["min", "mins", "minute", "minutes"]

  /// Designators of a position in a sequence, whose "of N" is the sequence's length ("Page 2
  /// of 3"), not a count in the story.
  static let sequenceDesignators: WordList = [
    "page", "slide", "step", "photo", "picture", "image", "part", "episode", "chapter", "item",
  ]

  /// Words that open a page's age stamp, and the words that may come before them ("Last
  /// updated", "First published").
  static let publicationWords: WordList = ["published", "updated", "posted", "modified", "edited"]
  static let stampQualifiers: WordList = ["last", "first", "originally"]
  /// What a page calls itself in "This article is more than 2 years old".
  static let pageNouns: WordList = ["article", "story", "page", "post", "report"]

  /// Labels that open a line linking to another article ("Related:", "Read more:").
  static let linkLabels: [[String]] = [
    ["related"], ["read", "more"], ["see", "also"], ["also", "read"], ["read", "also"],
    ["more", "on", "this", "story"], ["recommended"], ["read"],
  ]

  /// Labels that open another story's teaser only on a headline, a line with no closing stop
  /// ("In other news: Lions 31 Bears 17"); in a liveblog they open the story's own sentences too
  /// ("In other news: Qantas said it would cut 300 jobs.").
  static let teaserLabels: [[String]] = [["in", "other", "news"]]

  /// Headings alone on their line over a list of links to other articles, lower-cased with no
  /// colon ("Related stories", "More on this story", "You may also like"): the lines under them
  /// are those articles' headlines (``RelatedStoryLists``).
  static let relatedStoryHeadings: Set<String> = [
    "related", "related stories", "related articles", "related coverage", "related content",
    "related links", "related news", "read more", "read next", "more on this story",
    "more on this", "more on this topic", "you may also like", "you might also like",
    "you may be interested in", "most read", "most popular", "most viewed", "more stories",
    "top stories", "recommended", "recommended stories", "see also", "also read",
    "related topics",
  ]

  /// Words of page furniture after a number on a line of their own ("6 View gallery").
  static let pageFurniture: WordList = [
    "view", "gallery", "photos", "photo", "images", "image", "comments", "comment", "shares",
    "share", "videos", "video", "slides", "min", "read", "replies", "likes",
  ]

  /// What separates the parts of a byline or a page's stamp line ("4 min read · 312 shares",
  /// "Friday 19 May 2028 | Comments (87)"): the middle dot, the bar and the bullet.
  static let furnitureSeparators: Set<UInt32> = [0xB7, 0x7C, 0x2022]

  /// Nouns of a plan named by the year it aims at ("Vision 2030", "Agenda 2063", "the Platte
  /// 2031 strategic plan") (``FigureRecognizer/isPlanNameYear(_:)``).
  static let planNouns: WordList = [
    "plan", "strategy", "agenda", "vision", "roadmap", "blueprint", "framework", "masterplan",
  ]

  /// Nouns of a debt security named by the year it matures ("the 2035 government bond", "its
  /// 2049 notes") (``FigureRecognizer/isMaturityYear(_:)``).
  static let bondNouns: WordList = [
    "bond", "bonds", "note", "notes", "gilt", "gilts", "eurobond", "eurobonds", "sukuk",
  ]

  /// Capitalized words after a number that make it part of a broadcaster's name ("Channel 4
  /// News", "Star 6 TV") (``FigureRecognizer/isBroadcasterNumber(_:)``).
  static let broadcastNameWords: WordList = ["news", "tv", "television", "radio"]

  /// Words before a code of capitals and digits that make it a name ("call NHS 111", "in ECON
  /// 101", "an ECON 101 lecture") (``FigureRecognizer/isCourseCode(_:mention:)``).
  static let codeLeadWords: WordList = [
    "a", "an", "the", "in", "as", "into", "use", "call", "dial", "ring", "contact", "calling",
    "called",
  ]

  /// Words after a side's name and number that make it a tally ("NSW 312 all out", "APC 312
  /// votes").
  static let codeTallyWords: WordList = ["all", "for", "runs", "votes", "seats", "points"]

  /// Words that mark a byline or a page's stamp line ("4 min read · 312 shares", "Updated 16:40
  /// · 12 comments", "By Ana Ruiz | 3 shares").
  static let stampLineCues: WordList = [
    "read", "comments", "comment", "updated", "published", "posted", "by",
  ]

  /// Words after "one of" that make "one" a partitive pronoun ("one of the strongest").
  static let partitiveDeterminers: WordList = [
    "the", "its", "their", "his", "her", "our", "my", "your", "these", "those", "them", "us",
    "whose",
  ]

  /// Verbs that report speech: "one official said" names a source, not a count.
  static let reportingVerbs: WordList = [
    "said", "says", "told", "added", "explained", "recalled", "noted", "warned", "wrote",
    "claimed", "insisted", "argued", "admitted", "confirmed", "complained", "fumed", "asked",
    "replied",
  ]

  /// Words after "one <person>" that give the person a verb of their own or join another
  /// clause, before any reporting verb: "One man was killed and another told police" counts
  /// (``FigureRecognizer/isUnnamedSource(_:)``).
  static let unnamedSourceStops: WordList = [
    "was", "were", "is", "are", "has", "had", "have", "and", "but", "died", "who", "that",
  ]

  /// Words before "half" that make it a period of its own, as a company's half-year is:
  /// "opened 11 stores in the half", "in the previous half" (``FigureRecognizer/isHalfPeriod(_:)``,
  /// which reads "consecutive half" on its own).
  static let halfPeriodOpeners: WordList = [
    "the", "this", "previous", "same", "latest", "current",
  ]

  /// Nouns that introduce a vessel's or a craft's name: "the ferry Aegean Glory 2"
  /// (``FigureRecognizer/isNumberedName(_:)``).
  static let vesselNouns: WordList = [
    "ferry", "ship", "vessel", "tanker", "boat", "yacht", "freighter", "liner", "trawler",
    "spacecraft", "rocket", "satellite", "probe",
  ]

  /// Words that number acts by two numbers and a slash: "Law 4150/2013", "Regulation (EU)
  /// 2020/687" (``FigureRecognizer/isLegalActNumber(_:)``).
  static let legalActDesignators: Set<String> = [
    "law", "regulation", "directive", "decision", "decree", "resolution", "act", "ordinance",
  ]

  /// Adjectives of a run of periods: "our third consecutive half" is a half-year
  /// (``FigureRecognizer/isHalfPeriod(_:)``).
  static let runAdjectives: WordList = ["consecutive", "successive", "straight"]
  /// Words after "the half" that make it a period ("in the half to July", "the half ended …").
  static let halfPeriodFollowers: WordList = ["to", "ended", "ending", "through", "under"]

  /// Verbs that may follow a name closed by a number ("the Aegean Glory 2 is"): the number
  /// is the name's, not a count (``FigureRecognizer/isNumberedName(_:)``).
  static let nameVerbs: WordList = [
    "is", "was", "has", "had", "will", "would", "can", "could", "sailed", "left", "arrived",
  ]

  /// The words of a cent ("6 cents"), whose currency a level after it may say
  /// (``FigureRecognizer/giveCentChangesTheirLevelsCurrency(_:)``).
  static let centWords: WordList = ["cent", "cents"]

  /// Words before a colon that label a code after it: "RNS Number: 4821K", "Order ID: 55812"
  /// (``FigureRecognizer/isLabelledCode(_:mention:)``).
  static let codeLabels: WordList = ["number", "ref", "reference", "id", "code"]

  /// Verbs that name what a source called something: "what one passenger called 'a wall of air'"
  /// (``FigureRecognizer/isNamingOne(_:)``).
  static let namingVerbs: [String] = [
    "called", "described", "dubbed", "termed", "labelled", "labeled", "branded",
  ]

  /// Verbs whose "that" opens the clause a figure is said in: "analysts estimate that Apple's
  /// share was 18%" is about Apple's share, not the analysts.
  static let thatClauseVerbs: Set<String> = Set(reportingVerbs.words).union([
    "say", "tell", "estimate", "estimates", "estimated", "find", "finds", "found", "show",
    "shows", "showed", "believe", "believes", "believed", "expect", "expects", "expected",
    "think", "thinks", "suggest", "suggests", "suggested", "report", "reports", "reported",
    "predict", "predicts", "predicted", "forecast", "forecasts", "calculate", "calculates",
    "calculated", "conclude", "concludes", "concluded", "indicate", "indicates", "indicated",
    "reveal", "reveals", "revealed", "announce", "announces", "announced", "mean", "means",
    "meant",
  ])

  /// Nouns that name a measure of the noun after their "of" ("shares of the company", "the
  /// price of a loaf", "the value of the deal"): the figure measures them, not the other noun.
  /// (Not "number": "the number of migrants" is a count of migrants.)
  /// (Not "share", "proportion", "percentage": their "of" names the whole, which "36% of the
  /// vote" names too.)
  static let measureNouns: Set<String> = [
    "shares", "price", "prices", "value", "cost", "costs", "rate", "level", "volume",
  ]

  /// Verbs of estimating whose object a figure after "at" is said of ("police put the crowd at
  /// 120,000", "analysts value the unit at $2bn").
  static let estimateAtVerbs: WordList = [
    "put", "puts", "putting", "estimate", "estimates", "estimated", "estimating", "value",
    "values", "valued", "valuing", "peg", "pegs", "pegged", "pegging",
  ]

  /// Words before "a year", "an hour" that make it a length of time ("lasted an hour"; a change
  /// by one: "has risen by a year", "was delayed by a month").
  static let lastingWords: WordList = [
    "by", "for", "took", "take", "takes", "taking", "lasted", "lasts", "lasting", "spent", "spend",
    "spends", "needed", "needs", "within",
  ]

  /// Storms rated by category ("a Category 4 hurricane"), lower-cased.
  static let stormWords: Set<String> = [
    "hurricane", "hurricanes", "storm", "storms", "typhoon", "typhoons", "cyclone", "cyclones",
    "saffir-simpson", "saffir",
  ]

  /// How many of the smaller time unit make one of the larger: "2 years and 3 months" = 2.25 years.
  static let durationFactors: [String: Decimal] = [
    "year/month": 12, "hour/minute": 60, "minute/second": 60, "day/hour": 24, "week/day": 7,
    "decade/year": 10, "century/year": 100,
    // A third part goes on the first: "2 hours, 9 minutes and 48 seconds".
    "hour/second": 3600, "day/minute": 1440, "week/hour": 168,
  ]

  /// The spans of time a record claim is the first in ("in more than a decade", "for 30 years").
  static let recordSpans: Set<String> = [
    "year", "years", "decade", "decades", "century", "centuries", "generation", "generations",
  ]

  /// The bounds before a number said of people that make it an age: "anyone over 65", "those
  /// under 50" (``FigureRecognizer/markAgeBounds(_:)``).
  static let ageBoundWords: WordList = ["over", "under"]

  /// Words of time before a half-year code (perhaps with "the" between) that make it a period
  /// without its year: "in H2", "during the H1" (``FigureRecognizer/readReportingPeriods(_:)``).
  static let periodPrepositions: WordList = ["in", "for", "during", "of", "over", "through"]

  /// Time zones that are also units or abbreviations of amounts ("19.45 MT": million tonnes).
  static let unitLikeTimeZones: Set<String> = ["MT", "CT", "PT", "ET"]

  /// Opening quotation marks and brackets, after which a clause starts: '"One must ask'.
  static let openingQuotes: Set<UInt32> = [0x22, 0x27, 0x28, 0x2018, 0x201C]

  /// Street words of a name that may hold more words after its ordinal ("the Third Mainland
  /// Bridge"): ``FigureRecognizer/isStreetOrdinal(_:)``.
  static let longNameCrossings: Set<String> = [
    "bridge", "bridges", "expressway", "freeway", "highway", "motorway", "tunnel",
  ]

  /// The articles of one unit: "half a point", "three-quarters of a percentage point".
  static let indefiniteArticles: WordList = ["a", "an"]

  /// The dashes that end a dateline, with the spaces around them ("PENTICTON, B.C. —",
  /// "BRISBANE (Reuters) -"), and the colon of South Asian and Australasian papers
  /// ("WELLINGTON: ", "KARACHI: "): ``Datelines``.
  static let datelineDashes = [" — ", " – ", " - ", " -- ", "—", " –", ": "]

  /// Nouns whose plural is their singular: "200 crew", "12 aircraft" count them
  /// (``FigureRecognizer/isVerbAfterCount(_:value:)``).
  /// (The plurals in ``FigureRecognizer/irregularPlurals`` are checked there.) Adjectives said
  /// of people count them as a noun would: "12 dead in floods", "5 injured in a crash".
  static let invariantPlurals: Set<String> = [
    "aircraft", "spacecraft", "crew", "sheep", "fish", "deer", "livestock", "offspring", "head",
    "youth", "dead", "injured", "wounded", "missing", "hurt",
  ]

  /// Prepositions after a participle that make a singular word after a count a verb: "34 set in
  /// 1994-95", "12 hit by the storm".
  static let participlePrepositions: WordList = [
    "in", "on", "at", "by", "during", "since", "after", "into", "from", "over", "under",
  ]

  /// Plural nouns for people that a count counts and a year never dates: "its 1900 employees",
  /// "the 2000 residents" (``FigureRecognizer/isYearModifier(_:)``).
  static let groupsOfPeople: Set<String> = [
    "people", "employees", "workers", "staff", "members", "residents", "students", "soldiers",
    "troops", "passengers", "patients", "voters", "children", "adults", "women", "men",
    "villagers", "inhabitants", "refugees", "migrants", "families", "households", "officers",
    "doctors", "nurses", "teachers", "volunteers", "fans", "spectators", "delegates", "pupils",
    "customers", "users", "subscribers", "jobs",
  ]

  /// Prepositions of place that qualify a noun inside a subject ("plant near Lyon", "homes
  /// along the river"); ``stopWords`` ends a noun phrase at them.
  static let placePrepositions: WordList = [
    "near", "beyond", "along", "inside", "outside", "behind", "beneath", "beside", "alongside",
  ]

  /// Words of a game or contest scored in points, near "half a point": the points are the
  /// game's, no percentage points ("finished half a point behind the leader in the tournament").
  static let pointGameWords: WordList = [
    "chess", "tournament", "standings", "leaderboard", "grandmaster", "game", "games", "match",
    "matches", "league", "olympiad", "draw", "drew",
  ]
}
