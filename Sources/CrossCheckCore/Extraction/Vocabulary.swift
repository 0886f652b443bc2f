/// The words figure recognition looks for around a number. Used per number found, not per word
/// of text, so plain Swift sets and dictionaries are fast enough here.
enum Vocabulary {
  /// ISO 4217 codes (and a few common non-ISO ones) as written before or after an amount.
  static let currencyCodes: [String: String] = [
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "CHF": "CHF", "CAD": "CAD", "AUD": "AUD", "NZD": "NZD", "INR": "INR", "RUB": "RUB",
    "UAH": "UAH", "HKD": "HKD", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN",
    "TRY": "TRY", "MXN": "MXN", "BRL": "BRL", "ZAR": "ZAR", "KRW": "KRW", "ILS": "ILS",
    "SGD": "SGD", "BTC": "BTC", "CZK": "CZK", "HUF": "HUF", "SAR": "SAR", "AED": "AED",
  ]

  /// Currency signs. "$" alone is taken as USD but marked ambiguous.
  static let currencySigns: [UInt32: String] = [
    0x24: "USD", 0x20AC: "EUR", 0xA3: "GBP", 0xA5: "JPY", 0x20B9: "INR", 0x20BD: "RUB",
    0x20B4: "UAH", 0x20BF: "BTC", 0x20AA: "ILS", 0x20A9: "KRW", 0x20BA: "TRY", 0x20A1: "CRC",
    0x20BE: "GEL", 0x20AD: "LAK", 0x5143: "CNY", 0x20B1: "PHP", 0x0E3F: "THB", 0x20A6: "NGN",
  ]

  /// Letters written before "$" that name the dollar: US$, C$, HK$, A$.
  static let dollarPrefixes: [String: String] = [
    "us": "USD", "u.s": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "can": "CAD",
    "hk": "HKD", "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "s": "SGD",
    "mex": "MXN", "mxn": "MXN", "r": "BRL",
  ]

  /// Currency names after an amount ("50 million euros"), singular and plural.
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
    "satoshi": "SAT",
  ]

  /// Adjectives that say which dollar, franc, etc. ("australian dollars", "swiss francs").
  static let currencyNationalities: [String: [String: String]] = [
    "us": ["dollar": "USD"], "u.s": ["dollar": "USD"], "american": ["dollar": "USD"],
    "canadian": ["dollar": "CAD"], "australian": ["dollar": "AUD"],
    "hong": ["dollar": "HKD"], "singapore": ["dollar": "SGD"], "new": ["dollar": "NZD"],
    "swiss": ["franc": "CHF"], "french": ["franc": "FRF"], "chinese": ["yuan": "CNY"],
    "japanese": ["yen": "JPY"], "indian": ["rupee": "INR"],
    "russian": ["ruble": "RUB", "rouble": "RUB"],
    "turkish": ["lira": "TRY"], "mexican": ["peso": "MXN"], "british": ["pound": "GBP"],
    "finnish": ["markka": "FIM"], "dutch": ["guilder": "NLG"], "sri": ["rupee": "LKR"],
  ]

  enum HedgeEffect {
    case qualifier(Qualifier)
    /// "between" and "from" open a range.
    case rangeOpener
  }

  /// Hedges written before a number, longest first (so "no more than" wins over "more than").
  static let leadingHedges: [([String], Qualifier)] = {
    let table: [(String, Qualifier)] = [
      ("about", .approx), ("around", .approx), ("roughly", .approx), ("nearly", .approx),
      ("almost", .approx), ("some", .approx), ("approximately", .approx), ("an estimated", .approx),
      ("estimated", .approx), ("close to", .approx), ("circa", .approx), ("approx", .approx),
      ("approx.", .approx), ("just about", .approx), ("more or less", .approx),
      ("an approximate", .approx), ("a reported", .approx), ("reportedly", .approx),
      ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
      ("not less than", .atLeast), ("a minimum of", .atLeast), ("at minimum", .atLeast),
      ("at least or equal to", .atLeast), ("equal to or more than", .atLeast),
      ("greater than or equal to", .atLeast), ("bigger or equal than", .atLeast),
      ("higher or equal than", .atLeast), ("greater or equal than", .atLeast),
      ("larger or equal than", .atLeast), ("> =", .atLeast),
      ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("exceeding", .moreThan),
      ("in excess of", .moreThan), ("upwards of", .moreThan), ("greater than", .moreThan),
      ("higher than", .moreThan), ("larger than", .moreThan), ("bigger than", .moreThan),
      ("just over", .moreThan), ("well over", .moreThan), ("well above", .moreThan),
      ("exceed", .moreThan), ("exceeds", .moreThan), ("surpass", .moreThan), (">", .moreThan),
      ("up to", .atMost), ("no more than", .atMost), ("not more than", .atMost),
      ("at most", .atMost),
      ("a maximum of", .atMost), ("as many as", .atMost), ("as much as", .atMost),
      ("within", .atMost), ("at the most", .atMost), ("no greater than", .atMost),
      ("less than or equal to", .atMost), ("equal to or less than", .atMost),
      ("smaller or equal than", .atMost), ("less or equal than", .atMost),
      ("lower or equal than", .atMost), ("< =", .atMost),
      ("fewer than", .lessThan), ("less than", .lessThan), ("under", .lessThan),
      ("below", .lessThan), ("just under", .lessThan), ("lower than", .lessThan),
      ("smaller than", .lessThan), ("just below", .lessThan), ("<", .lessThan),
    ]
    return table.map { (phrase, qualifier) in
      (phrase.split(separator: " ").map(String.init), qualifier)
    }.sorted { $0.0.count > $1.0.count }
  }()

  /// ``leadingHedges`` indexed by their last word, longest first within each.
  static let leadingHedgesByLastWord: [String: [([String], Qualifier)]] = Dictionary(
    grouping: leadingHedges, by: { $0.0.last! })

  /// Time units, singular → the unit recorded.
  static let timeUnits: [String: String] = [
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century", "fortnight": "fortnight",
    "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "yr": "year", "yrs": "year",
  ]

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  /// Words that end a noun phrase: what follows them is not what a number counts.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto",
    "that", "which", "who", "whom", "whose", "are", "is", "was", "were", "be", "been", "being",
    "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "do", "does", "did", "and", "or", "but", "nor", "as", "than", "since", "during",
    "after", "before", "last", "this", "next", "each", "per", "over", "under", "about",
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
  ]

  /// Verbs and other words that, right after a number, show it does not count a following noun.
  static let nonNouns: Set<String> = [
    "reported", "estimated", "killed", "wounded", "died", "voted", "remain", "remains",
    "left", "made", "took", "came", "went", "held", "met", "saw", "got", "gave", "found",
    "times", "percent", "point", "points", "o'clock", "am", "pm",
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
    "route", "channel", "boeing", "airbus", "apollo", "room", "gate", "platform", "level",
    "category", "grade", "season", "episode", "volume", "vol", "no", "nr", "nrs", "number",
    "item", "clause", "paragraph", "page", "pages", "table", "figure", "fig", "g", "version",
    "windows", "iphone", "studio", "type", "class", "stage", "phase", "term", "ukraine", "day",
  ]

  /// Words that make "91-12" a tally rather than a range.
  static let tallyWords: Set<String> = [
    "vote", "votes", "voted", "voting", "score", "scored", "won", "win", "wins", "beat",
    "defeated", "lost", "loss", "tally", "margin", "passed", "approved", "adopted", "rejected",
    "ballot", "victory", "draw", "final",
  ]
}
