/// What a figure counts or measures. A range or a one-sided bound ("at least 20,000") is a shape
/// any kind can take (see ``Figure/low`` and ``Figure/high``), not a kind of its own.
public enum FigureKind: String, Codable, Sendable, CaseIterable, Comparable {
  /// An amount of money: "$300 billion", "€210bn", "50 million euros".
  case money
  /// A number of things: "six times", "57 abstentions", "a 20-point plan".
  case count
  /// A position in a series: "seventh visit", "7th".
  case ordinal
  /// A proportion: "19%", "3.5 per cent"; values are in percent (or percentage points).
  case percent
  /// A length of time: "almost four hours", "hour-long", "over the next 10 years".
  case duration
  /// A physical quantity with a unit: "19km", "40C", "5,000 hectares", "magnitude 6.9". The unit
  /// is canonical (km, degC, hectare, magnitude…; see ``UnitTable``).
  case quantity
  /// A vote or score of several parts: "91-12".
  case tally
  /// A calendar reference: "2022", "February 2025", "Oct. 14". Shown, but not compared by default.
  case date
  /// A clock time: "9:45 p.m.", "21:30 GMT". Its value is in ``Figure/time``; never compared.
  case time
  /// A number whose kind the engine cannot tell.
  case other

  public static func < (lhs: FigureKind, rhs: FigureKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
