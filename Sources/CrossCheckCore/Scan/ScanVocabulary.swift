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

  /// Units of quantities, by canonical code and by the words news uses for them. Bases: metre,
  /// square metre, kilogram, litre, degree Celsius, km/h.
  static let physicalUnits: [String: PhysicalUnit] = {
    var table: [String: PhysicalUnit] = [:]
    func add(_ names: [String], _ dimension: MeasureDimension, _ factor: Double, offset: Double = 0)
    {
      for name in names {
        table[name] = PhysicalUnit(
          dimension: dimension, factor: factor, offset: offset, family: names[0])
      }
    }
    add(["km", "kilometre", "kilometres", "kilometer", "kilometers", "kms"], .length, 1000)
    add(["mile", "miles", "mi"], .length, 1609.344)
    add(["metre", "metres", "meter", "meters", "m"], .length, 1)
    add(["foot", "feet", "ft"], .length, 0.3048)
    add(["cm", "centimetre", "centimetres", "centimeter", "centimeters"], .length, 0.01)
    add(["mm", "millimetre", "millimetres", "millimeter", "millimeters"], .length, 0.001)
    add(["inch", "inches", "in"], .length, 0.0254)
    add(["yard", "yards"], .length, 0.9144)
    add(["hectare", "hectares", "ha"], .area, 10_000)
    add(["acre", "acres"], .area, 4046.856)
    add(["sq km", "km2", "square kilometre", "square kilometres", "square kilometers"], .area, 1e6)
    add(["sq mile", "square mile", "square miles"], .area, 2_589_988)
    add(["tonne", "tonnes", "metric ton", "metric tons", "t"], .mass, 1000)
    add(["ton", "tons"], .mass, 907.185)
    add(["kg", "kilogram", "kilograms", "kilo", "kilos"], .mass, 1)
    add(["pound", "pounds", "lb", "lbs"], .mass, 0.4536)
    add(["litre", "litres", "liter", "liters", "l"], .volume, 1)
    add(["gallon", "gallons"], .volume, 3.785)
    add(["degC", "°c", "c", "celsius", "degrees celsius"], .temperature, 1)
    add(
      ["degF", "°f", "f", "fahrenheit", "degrees fahrenheit"], .temperature, 5.0 / 9,
      offset: -160.0 / 9)
    add(["magnitude"], .magnitude, 1)
    add(["km/h", "kph", "kmh"], .speed, 1)
    add(["mph"], .speed, 1.609344)
    return table
  }()

  /// Units of shares, however the extraction spells them, by family.
  static let shareUnits: [String: String] = [
    "percent": "percent", "percentage_point": "percentage_point",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "basis_point": "basis_point", "basis points": "basis_point", "basis point": "basis_point",
    "bps": "basis_point", "bp": "basis_point",
  ]

  /// "degrees" alone: Celsius or Fahrenheit, whichever the other figure's value fits.
  static let bareDegrees: Set<String> = ["degree", "degrees", "deg", "°"]

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

  /// Stems news uses for one measured thing, brought to one: casualties, damage, people moved.
  static let synonyms: [String: String] = [
    "kill": "death", "died": "death", "die": "death", "dead": "death", "fatal": "death",
    "fataliti": "death", "toll": "death", "life": "death", "hurt": "injur", "wound": "injur",
    "injuri": "injur", "home": "hous", "dwelling": "hous", "evacuat": "displac",
    "evacue": "displac", "homeless": "displac", "fled": "displac", "shelter": "camp",
    "arrest": "detain", "detent": "detain", "custody": "detain", "worker": "job",
    "employe": "job", "workforc": "job", "headcount": "job", "layoff": "job",
  ]

  /// Words between "of" and a whole ("15 of the 27", "118 of its 233 camps").
  static let wholeDeterminers: Set<String> = ["the", "its", "their", "his", "her", "our", "all"]

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

  /// Four-digit numbers taken for years when they name a figure's period.
  static let yearRange: ClosedRange<Int> = 1900...2100
}
