import Foundation

/// A number a reader could check, and exactly what the text claims about it.
///
/// Values are exact decimals. A plain figure has a ``value``; a range ("$4 billion to $5 billion")
/// has ``low`` and ``high`` and no value; a bound ("at least 20,000") has its value and one side.
/// Offsets count Unicode code points into the source text, end exclusive (W3C Web Annotation).
public struct Figure: Sendable, Equatable, Identifiable {
  // Stored for memory: a figure-dense text holds a figure every 100 bytes, so what most figures
  // have is stored inline and what few have (bounds, parts, dates, clock times) in one shared,
  // immutable box, allocated only for the figures that have any of it.
  public var id: FigureID
  public var start: Int
  public var end: Int
  /// The sentence the figure sits in, as code point offsets into the source text.
  public var sentenceStart: Int
  public var sentenceEnd: Int
  /// The exact span: hedge, number, scale and currency ("about $4 billion to $5 billion").
  public var text: String
  /// ISO 4217 code for money, `percent`/`percentage_point`, a time unit for durations
  /// (hour, day, week, month, year…), or the counted noun for counts ("points", "visits").
  public var unit: String?
  /// A short phrase for what is measured ("total frozen assets", "apartment buildings").
  public var subject: String?
  /// The hedge as written ("almost", "At least", "more than").
  public var hedge: String?
  /// The scale word as written ("billion", "bn", "m").
  public var scale: String?
  /// Stemmed key words of the subject, for matching figures about the same thing.
  public var subjectTerms: [String]
  /// Place and period words in the same clause ("worldwide", "in Belgium", "last year").
  public var scope: [String]
  private var rare: RareParts?
  public var value: Decimal?
  public var kind: FigureKind
  public var qualifier: Qualifier?
  /// True for a bare "$", which is taken as the article's home dollar (USD unless its dateline,
  /// places or named dollars say otherwise) but might be another dollar.
  public var unitIsAmbiguous: Bool
  /// The number as written is too large for exact decimal arithmetic: the figure keeps its text
  /// and has no value (never a wrong one).
  public var valueOutOfRange: Bool
  /// The subject was not found in the figure's own clause but taken from further away (the
  /// sentence's subject or the article's topic).
  public var subjectInferred: Bool

  public var low: Decimal? {
    get { rare?.parts.low }
    set { updateRare { $0.low = newValue } }
  }
  public var lowInclusive: Bool? {
    get { rare?.parts.lowInclusive }
    set { updateRare { $0.lowInclusive = newValue } }
  }
  public var high: Decimal? {
    get { rare?.parts.high }
    set { updateRare { $0.high = newValue } }
  }
  public var highInclusive: Bool? {
    get { rare?.parts.highInclusive }
    set { updateRare { $0.highInclusive = newValue } }
  }
  /// The parts of a tally, in order ("91-12" → [91, 12]).
  public var components: [Decimal]? {
    get { rare?.parts.components }
    set { updateRare { $0.components = newValue } }
  }
  /// For dates, the date in ISO 8601 form, as precise as the text: "2022", "2025-02",
  /// "--10-14" (a month and day without a year), "2025-10-14".
  public var date: String? {
    get { rare?.parts.date }
    set { updateRare { $0.date = newValue } }
  }
  /// For clock times, the time on the 24-hour clock ("21:45").
  public var time: String? {
    get { rare?.parts.time }
    set { updateRare { $0.time = newValue } }
  }
  /// For clock times, the zone as written ("GMT", "CEST").
  public var zone: String? {
    get { rare?.parts.zone }
    set { updateRare { $0.zone = newValue } }
  }

  /// What few figures have. A figure without any of it has no box (so figures compare equal
  /// whatever way they were made).
  private struct Parts: Equatable, Sendable {
    var low: Decimal?
    var lowInclusive: Bool?
    var high: Decimal?
    var highInclusive: Bool?
    var components: [Decimal]?
    var date: String?
    var time: String?
    var zone: String?

    /// Each part asked in turn: a figure is made for every number read, and most have none.
    var isEmpty: Bool {
      low == nil && lowInclusive == nil && high == nil && highInclusive == nil
        && components == nil && date == nil && time == nil && zone == nil
    }
  }

  private final class RareParts: Equatable, Sendable {
    let parts: Parts

    init(_ parts: Parts) { self.parts = parts }

    static func == (lhs: RareParts, rhs: RareParts) -> Bool {
      lhs === rhs || lhs.parts == rhs.parts
    }
  }

  /// Copies the box on write: figures are values, and their copies share it.
  private mutating func updateRare(_ change: (inout Parts) -> Void) {
    var parts = rare?.parts ?? Parts()
    change(&parts)
    rare = Self.box(parts)
  }

  private static func box(_ parts: Parts) -> RareParts? {
    parts.isEmpty ? nil : RareParts(parts)
  }

  public init(
    id: FigureID, kind: FigureKind, value: Decimal?, low: Decimal? = nil,
    lowInclusive: Bool? = nil, high: Decimal? = nil, highInclusive: Bool? = nil,
    components: [Decimal]? = nil, unit: String? = nil, unitIsAmbiguous: Bool = false,
    qualifier: Qualifier? = nil, hedge: String? = nil, scale: String? = nil, date: String? = nil,
    text: String,
    start: Int, end: Int, sentenceStart: Int, sentenceEnd: Int, subject: String? = nil,
    subjectTerms: [String] = [], scope: [String] = [], time: String? = nil, zone: String? = nil,
    valueOutOfRange: Bool = false, subjectInferred: Bool = false
  ) {
    self.id = id
    self.kind = kind
    self.value = value
    self.rare = Self.box(
      Parts(
        low: low, lowInclusive: lowInclusive, high: high, highInclusive: highInclusive,
        components: components, date: date, time: time, zone: zone))
    self.unit = unit
    self.unitIsAmbiguous = unitIsAmbiguous
    self.qualifier = qualifier
    self.hedge = hedge
    self.scale = scale
    self.text = text
    self.start = start
    self.end = end
    self.sentenceStart = sentenceStart
    self.sentenceEnd = sentenceEnd
    self.subject = subject
    self.subjectTerms = subjectTerms
    self.scope = scope
    self.valueOutOfRange = valueOutOfRange
    self.subjectInferred = subjectInferred
  }

  /// Whether the figure is offered for comparison by default (dates and clock times are not, nor
  /// a number too large to have a value).
  public var isComparable: Bool { kind != .date && kind != .time && !valueOutOfRange }
}
