import Foundation

/// Units of measurement as data: how each is written, its canonical name, its dimension and its
/// exact factor to the dimension's base unit. Quantities are compared only within a dimension.
public enum UnitTable {
  /// One canonical unit.
  public struct Unit: Sendable {
    public var name: String
    /// length, area, mass, volume, temperature, speed, energy, power, magnitude, pressure,
    /// voltage, current, frequency, sound_level, concentration, radiation_dose, food_energy,
    /// oil_flow, container_capacity, data, data_rate, rainfall_rate.
    public var dimension: String
    /// Exact factor to the dimension's base unit (metre, m², kg, litre, km/h, kWh, W). For
    /// temperatures, the factor and offset to °C: °C = (value + offset) × factor.
    public var factor: Decimal
    public var offset: Decimal = 0
    /// Written this way, the unit might be another ("ton": short or long; "degrees": C or F).
    public var isAmbiguous = false
  }

  private static func exact(_ text: String) -> Decimal { Decimal(string: text)! }

  /// Canonical units. Factors are the exact definitions (1 mile = 1609.344 m, 1 lb = 0.45359237 kg,
  /// 1 US gallon = 3.785411784 L, 1 barrel = 42 US gallons).
  public static let units: [String: Unit] = {
    let list: [Unit] = [
      Unit(name: "km", dimension: "length", factor: 1000),
      Unit(name: "metre", dimension: "length", factor: 1),
      Unit(name: "cm", dimension: "length", factor: exact("0.01")),
      Unit(name: "mm", dimension: "length", factor: exact("0.001")),
      // A chip's process node ("3nm") and a wavelength.
      Unit(name: "nm", dimension: "length", factor: exact("0.000000001")),
      Unit(name: "mile", dimension: "length", factor: exact("1609.344")),
      Unit(name: "nautical_mile", dimension: "length", factor: 1852),
      Unit(name: "foot", dimension: "length", factor: exact("0.3048")),
      Unit(name: "inch", dimension: "length", factor: exact("0.0254")),
      Unit(name: "yard", dimension: "length", factor: exact("0.9144")),
      // The IAU's light year: a Julian year of light travel.
      Unit(name: "light_year", dimension: "length", factor: exact("9460730472580800")),
      Unit(name: "km2", dimension: "area", factor: 1_000_000),
      Unit(name: "sq_mile", dimension: "area", factor: exact("2589988.110336")),
      Unit(name: "hectare", dimension: "area", factor: 10000),
      Unit(name: "acre", dimension: "area", factor: exact("4046.8564224")),
      Unit(name: "m2", dimension: "area", factor: 1),
      Unit(name: "sq_ft", dimension: "area", factor: exact("0.09290304")),
      Unit(name: "tonne", dimension: "mass", factor: 1000),
      Unit(name: "kg", dimension: "mass", factor: 1),
      Unit(name: "lb", dimension: "mass", factor: exact("0.45359237")),
      Unit(name: "g", dimension: "mass", factor: exact("0.001")),
      Unit(name: "mg", dimension: "mass", factor: exact("0.000001")),
      Unit(name: "kilotonne", dimension: "mass", factor: 1_000_000),
      Unit(name: "megatonne", dimension: "mass", factor: 1_000_000_000),
      // The avoirdupois ounce; gold and silver are weighed in troy ounces.
      Unit(name: "oz", dimension: "mass", factor: exact("0.028349523125")),
      Unit(name: "ozt", dimension: "mass", factor: exact("0.0311034768")),
      // "ton" alone: the US short ton (2,000 lb); in British use it may be the long ton.
      Unit(name: "ton", dimension: "mass", factor: exact("907.18474"), isAmbiguous: true),
      Unit(name: "litre", dimension: "volume", factor: 1),
      Unit(name: "ml", dimension: "volume", factor: exact("0.001")),
      // Water in dams and allocations: a megalitre is a million litres.
      Unit(name: "megalitre", dimension: "volume", factor: 1_000_000),
      Unit(name: "gigalitre", dimension: "volume", factor: 1_000_000_000),
      Unit(name: "m3", dimension: "volume", factor: 1000),
      Unit(name: "gallon", dimension: "volume", factor: exact("3.785411784")),
      Unit(name: "barrel", dimension: "volume", factor: exact("158.987294928")),
      Unit(name: "degC", dimension: "temperature", factor: 1),
      Unit(name: "degF", dimension: "temperature", factor: 5 / 9, offset: -32),
      Unit(name: "K", dimension: "temperature", factor: 1, offset: exact("-273.15")),
      // "degrees" with no scale: Celsius or Fahrenheit, as "$" is a dollar of some country.
      Unit(name: "degree", dimension: "temperature", factor: 1, isAmbiguous: true),
      Unit(name: "km/h", dimension: "speed", factor: 1),
      Unit(name: "mph", dimension: "speed", factor: exact("1.609344")),
      Unit(name: "knot", dimension: "speed", factor: exact("1.852")),
      Unit(name: "m/s", dimension: "speed", factor: exact("3.6")),
      Unit(name: "km/s", dimension: "speed", factor: 3600),
      // Rain falling in an hour, how weather services rate a downpour.
      Unit(name: "mm/h", dimension: "rainfall_rate", factor: 1),
      Unit(name: "kWh", dimension: "energy", factor: 1),
      Unit(name: "MWh", dimension: "energy", factor: 1000),
      Unit(name: "GWh", dimension: "energy", factor: 1_000_000),
      Unit(name: "TWh", dimension: "energy", factor: 1_000_000_000),
      Unit(name: "W", dimension: "power", factor: 1),
      Unit(name: "kW", dimension: "power", factor: 1000),
      Unit(name: "MW", dimension: "power", factor: 1_000_000),
      Unit(name: "GW", dimension: "power", factor: 1_000_000_000),
      Unit(name: "magnitude", dimension: "magnitude", factor: 1),
      // Digital storage in bytes and data rates in bits a second, in the decimal (SI) prefixes
      // makers and networks state them in.
      Unit(name: "KB", dimension: "data", factor: 1000),
      Unit(name: "MB", dimension: "data", factor: 1_000_000),
      Unit(name: "GB", dimension: "data", factor: 1_000_000_000),
      Unit(name: "TB", dimension: "data", factor: 1_000_000_000_000),
      Unit(name: "PB", dimension: "data", factor: 1_000_000_000_000_000),
      Unit(name: "kbps", dimension: "data_rate", factor: 1000),
      Unit(name: "Mbps", dimension: "data_rate", factor: 1_000_000),
      Unit(name: "Gbps", dimension: "data_rate", factor: 1_000_000_000),
      // Air pressure: a hectopascal is a millibar.
      Unit(name: "hPa", dimension: "pressure", factor: 1),
      // Blood pressure; tyres. (1 mmHg = 133.322387415 Pa; 1 psi = 6894.757293168… Pa.)
      Unit(name: "mmHg", dimension: "pressure", factor: exact("1.33322387415")),
      Unit(name: "psi", dimension: "pressure", factor: exact("68.94757293168361")),
      Unit(name: "V", dimension: "voltage", factor: 1),
      Unit(name: "kV", dimension: "voltage", factor: 1000),
      Unit(name: "A", dimension: "current", factor: 1),
      Unit(name: "Hz", dimension: "frequency", factor: 1),
      Unit(name: "kHz", dimension: "frequency", factor: 1000),
      Unit(name: "MHz", dimension: "frequency", factor: 1_000_000),
      Unit(name: "GHz", dimension: "frequency", factor: 1_000_000_000),
      // A level in decibels is logarithmic: only equal readings compare.
      Unit(name: "dB", dimension: "sound_level", factor: 1),
      Unit(name: "ppm", dimension: "concentration", factor: 1),
      Unit(name: "ppb", dimension: "concentration", factor: exact("0.001")),
      Unit(name: "mSv", dimension: "radiation_dose", factor: 1),
      Unit(name: "Sv", dimension: "radiation_dose", factor: 1000),
      Unit(name: "uSv", dimension: "radiation_dose", factor: exact("0.001")),
      // A food's energy: the "calorie" on a label is a kilocalorie.
      Unit(name: "kcal", dimension: "food_energy", factor: 1),
      // An oil field's or a country's output, in barrels a day.
      Unit(name: "bpd", dimension: "oil_flow", factor: 1),
      // A container ship's or a port's capacity, in twenty-foot equivalent units.
      Unit(name: "TEU", dimension: "container_capacity", factor: 1),
      // Changes of a percentage: 100 basis points make one percentage point. ("percent" is not
      // here: a percent and a percentage point measure different things.)
      Unit(name: "percentage_point", dimension: "percentage_point", factor: 1),
      Unit(name: "basis_point", dimension: "percentage_point", factor: exact("0.01")),
    ]
    return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
  }()

  /// Unit words after a number, lower-cased, one or more words ("km", "square kilometres",
  /// "degrees celsius", "kilometres per hour").
  static let written: [String: String] = [
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mile": "mile", "miles": "mile", "nautical mile": "nautical_mile",
    "nautical miles": "nautical_mile", "ft": "foot", "foot": "foot", "feet": "foot",
    "inch": "inch", "inches": "inch", "yard": "yard", "yards": "yard", "km²": "km2",
    "sq km": "km2", "square kilometre": "km2", "square kilometres": "km2",
    "square kilometer": "km2", "square kilometers": "km2", "sq mi": "sq_mile",
    "square mile": "sq_mile", "square miles": "sq_mile", "hectare": "hectare",
    "hectares": "hectare", "ha": "hectare", "acre": "acre", "acres": "acre",
    "square metre": "m2", "square metres": "m2", "square meter": "m2", "square meters": "m2",
    "m²": "m2", "sq m": "m2", "tonne": "tonne", "tonnes": "tonne", "metric ton": "tonne",
    "metric tons": "tonne", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg",
    "kilos": "kg", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "ton": "ton",
    "tons": "ton", "litre": "litre",
    "litres": "litre", "liter": "litre", "liters": "litre", "ml": "ml", "millilitre": "ml",
    "millilitres": "ml", "megalitre": "megalitre", "megalitres": "megalitre",
    "megaliter": "megalitre", "megaliters": "megalitre", "gigalitre": "gigalitre",
    "gigalitres": "gigalitre", "gigaliter": "gigalitre", "gigaliters": "gigalitre",
    "cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3",
    "cubic meters": "m3", "m³": "m3", "gallon": "gallon", "gallons": "gallon", "barrel": "barrel",
    "barrels": "barrel", "bbl": "barrel", "°c": "degC", "degrees celsius": "degC",
    "degree celsius": "degC", "degrees centigrade": "degC", "celsius": "degC",
    "° c": "degC", "°f": "degF", "° f": "degF", "degrees fahrenheit": "degF",
    "degree fahrenheit": "degF", "fahrenheit": "degF", "degrees": "degree", "degree": "degree",
    "°": "degree", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "km per hour": "km/h",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "mph": "mph", "miles per hour": "mph", "miles an hour": "mph",
    "knot": "knot", "knots": "knot", "m/s": "m/s", "metres per second": "m/s",
    "meters per second": "m/s", "metres a second": "m/s", "meters a second": "m/s", "kwh": "kWh",
    "km/s": "km/s", "kilometres per second": "km/s", "kilometers per second": "km/s",
    "kilometres a second": "km/s", "kilometers a second": "km/s", "light year": "light_year",
    "light years": "light_year", "light-year": "light_year", "light-years": "light_year",
    "watt": "W", "watts": "W",
    "kilowatt-hour": "kWh",
    "kilowatt-hours": "kWh", "mwh": "MWh", "megawatt-hour": "MWh", "megawatt-hours": "MWh",
    "gwh": "GWh", "gigawatt-hour": "GWh", "gigawatt-hours": "GWh", "twh": "TWh",
    "terawatt-hour": "TWh", "terawatt-hours": "TWh", "terawatt hour": "TWh",
    "terawatt hours": "TWh", "gigawatt hour": "GWh", "gigawatt hours": "GWh",
    "megawatt hour": "MWh", "megawatt hours": "MWh", "kilowatt hour": "kWh",
    "kilowatt hours": "kWh", "kw": "kW", "kilowatt": "kW",
    "kilowatts": "kW", "mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW",
    "gigawatt": "GW", "gigawatts": "GW", "magnitude": "magnitude", "kilobyte": "KB",
    "kilobytes": "KB", "megabyte": "MB", "megabytes": "MB", "gigabyte": "GB", "gigabytes": "GB",
    "gb": "GB", "terabyte": "TB", "terabytes": "TB", "tb": "TB", "petabyte": "PB",
    "petabytes": "PB", "kbps": "kbps", "mbps": "Mbps", "gbps": "Gbps",
    "megabits per second": "Mbps", "gigabits per second": "Gbps", "hpa": "hPa",
    "hectopascal": "hPa", "hectopascals": "hPa", "millibar": "hPa", "millibars": "hPa",
    "mbar": "hPa", "sq ft": "sq_ft", "square feet": "sq_ft", "square foot": "sq_ft", "gram": "g",
    "grams": "g", "mg": "mg", "milligram": "mg", "milligrams": "mg", "nm": "nm",
    "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
    "kilotonne": "kilotonne", "kilotonnes": "kilotonne", "megatonne": "megatonne",
    "megatonnes": "megatonne", "ounce": "oz", "ounces": "oz", "oz": "oz", "troy ounce": "ozt",
    "troy ounces": "ozt", "kelvin": "K", "kelvins": "K", "mmhg": "mmHg", "psi": "psi",
    "volt": "V", "volts": "V", "kv": "kV", "kilovolt": "kV", "kilovolts": "kV", "amp": "A",
    "amps": "A", "ampere": "A", "amperes": "A", "hz": "Hz", "hertz": "Hz", "khz": "kHz",
    "kilohertz": "kHz", "mhz": "MHz", "megahertz": "MHz", "ghz": "GHz", "gigahertz": "GHz",
    "db": "dB", "decibel": "dB", "decibels": "dB", "ppm": "ppm", "parts per million": "ppm",
    "ppb": "ppb", "parts per billion": "ppb", "msv": "mSv", "millisievert": "mSv",
    "millisieverts": "mSv", "sievert": "Sv", "sieverts": "Sv", "microsievert": "uSv",
    "microsieverts": "uSv", "kcal": "kcal", "calorie": "kcal", "calories": "kcal",
    "kilocalorie": "kcal", "kilocalories": "kcal", "bpd": "bpd", "barrels per day": "bpd",
    "barrels a day": "bpd", "barrel per day": "bpd", "barrel a day": "bpd", "teu": "TEU",
    "teus": "TEU", "mm/h": "mm/h", "mm/hr": "mm/h", "mm per hour": "mm/h",
    "millimetres per hour": "mm/h", "millimeters per hour": "mm/h", "millimetres an hour": "mm/h",
    "millimeters an hour": "mm/h", "kgs": "kg",
  ]

  /// The first token of each written unit as the tokenizer sees it ("square" of "square
  /// kilometres", "km" of "km/h", "kilowatt" of "kilowatt-hour"): a word not here starts no unit.
  static let firstWords: Set<String> = {
    // Cut at ASCII bytes, not Characters: made at every start, Character by Character it was
    // 1.7 million instructions.
    var words: Set<String> = []
    words.reserveCapacity(2 * written.count)
    for key in written.keys {
      let first = key.utf8.prefix { $0 != UInt8(ascii: " ") }
      words.insert(String(Substring(first)))
      words.insert(
        String(
          Substring(first.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "-") })))
    }
    return words
  }()

  /// ``firstWords`` looked up from a token's bytes.
  static let firstWordTable = PackedWordTable(
    Dictionary(uniqueKeysWithValues: firstWords.map { ($0, true) }))

  /// The ASCII bytes, lower-cased, that written units begin with: a token beginning with any
  /// other ASCII byte ("," "." "(" and most words) begins none. (Other bytes may lower-case
  /// to anything, so they are not told apart here.)
  private static let firstBytes: [Bool] = {
    var first = [Bool](repeating: false, count: 128)
    for key in written.keys {
      if let byte = key.utf8.first, byte < 0x80 { first[Int(byte)] = true }
    }
    return first
  }()

  /// Whether a token whose first byte is `byte` may begin a written unit.
  static func mayStartWritten(_ byte: UInt8) -> Bool {
    guard byte < 0x80 else { return true }
    return firstBytes[Int(byte &- 0x41 < 26 ? byte | 0x20 : byte)]
  }

  /// The longest written unit, in words: the most tokens a lookup tries.
  static let longestWritten = 3

  /// Units glued to digits, as written (case matters: "40C" is Celsius, "40c" is not).
  static let glued: [String: String] = [
    "km": "km", "KM": "km", "cm": "cm", "mm": "mm", "ft": "foot", "mi": "mile", "ha": "hectare",
    "kg": "kg", "lb": "lb", "lbs": "lb", "C": "degC", "F": "degF", "kmh": "km/h", "kph": "km/h",
    "mph": "mph", "kt": "knot", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "W": "W", "kW": "kW", "MW": "MW", "GW": "GW", "ml": "ml", "ML": "megalitre", "GL": "gigalitre",
    "mg": "mg", "KB": "KB", "MB": "MB",
    "GB": "GB", "TB": "TB", "PB": "PB", "kbps": "kbps", "Mbps": "Mbps", "Gbps": "Gbps",
    "hPa": "hPa", "mb": "hPa", "mbar": "hPa", "nm": "nm", "mmHg": "mmHg", "psi": "psi",
    "V": "V", "kV": "kV", "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "dB": "dB",
    "ppm": "ppm", "ppb": "ppb", "mSv": "mSv", "kcal": "kcal", "bpd": "bpd", "oz": "oz",
    "ms": "millisecond", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
  ]

  /// Measures written in two units, the larger first ("6ft 2in", "3 lb 4 oz", "1h 45m"): for
  /// the larger, the smaller unit and how many of it make one
  /// (``FigureRecognizer/joinCompoundMeasures(_:)``).
  static let compoundParts: [String: (smaller: String, factor: Decimal)] = [
    "foot": ("inch", 12), "lb": ("oz", 16), "hour": ("minute", 60), "minute": ("second", 60),
  ]

  /// Letters glued to digits that are a unit only in a measure of two units ("1h 45m", "6ft
  /// 2in", "3m 20s"): alone, "in", "m" and "s" are other things.
  static let compoundGlued: [String: String] = [
    "h": "hour", "hr": "hour", "hrs": "hour", "m": "minute", "min": "minute", "mins": "minute",
    "s": "second", "sec": "second", "secs": "second", "in": "inch",
  ]

  /// Glued units that are units of time: "10ms" is a duration, as "10 milliseconds" is ("2hr",
  /// "30min", and a decimal's "9.58s" too).
  static let gluedTimeUnits: Set<String> = ["millisecond", "second", "hour", "minute"]

  /// The dimension of a canonical unit, or the unit itself when the table does not know it.
  public static func dimension(of unit: String?) -> String {
    guard let unit else { return "" }
    return units[unit]?.dimension ?? unit
  }

  /// `value` in `unit` expressed in `target`, when both are of one dimension: an exact factor
  /// for lengths, areas…, the affine formula for temperatures. Nil across dimensions.
  public static func convert(_ value: Decimal, from unit: String, to target: String) -> Decimal? {
    guard let from = units[unit], let to = units[target], from.dimension == to.dimension,
      !from.isAmbiguous, !to.isAmbiguous
    else { return nil }
    if from.dimension == "temperature" {
      // Affine, for readings; a difference of degrees would scale without the offset.
      let celsius = from.name == "degF" ? (value - 32) * 5 / 9 : (value + from.offset) * from.factor
      switch to.name {
      case "degC": return celsius
      case "degF": return celsius * 9 / 5 + 32
      default: return celsius / to.factor - to.offset
      }
    }
    return value * from.factor / to.factor
  }
}
