import Foundation

/// A number a reader could check, and exactly what the text claims about it.
///
/// Values are exact decimals. A plain figure has a ``value``; a range ("$4 billion to $5 billion")
/// has ``low`` and ``high`` and no value; a bound ("at least 20,000") has its value and one side.
/// Offsets count Unicode code points into the source text, end exclusive (W3C Web Annotation).
public struct Figure: Sendable, Equatable, Identifiable {
  public var id: FigureID
  public var kind: FigureKind
  public var value: Decimal?
  public var low: Decimal?
  public var lowInclusive: Bool?
  public var high: Decimal?
  public var highInclusive: Bool?
  /// The parts of a tally, in order ("91-12" → [91, 12]).
  public var components: [Decimal]?
  /// ISO 4217 code for money, `percent`/`percentage_point`, a time unit for durations
  /// (hour, day, week, month, year…), or the counted noun for counts ("points", "visits").
  public var unit: String?
  /// True for a bare "$", which is taken as USD but might be another dollar.
  public var unitIsAmbiguous: Bool
  public var qualifier: Qualifier?
  /// The hedge as written ("almost", "At least", "more than").
  public var hedge: String?
  /// The scale word as written ("billion", "bn", "m").
  public var scale: String?
  /// For dates, the date in ISO 8601 form, as precise as the text: "2022", "2025-02",
  /// "--10-14" (a month and day without a year), "2025-10-14".
  public var date: String?
  /// The exact span: hedge, number, scale and currency ("about $4 billion to $5 billion").
  public var text: String
  public var start: Int
  public var end: Int
  /// The sentence the figure sits in, as code point offsets into the source text.
  public var sentenceStart: Int
  public var sentenceEnd: Int
  /// A short phrase for what is measured ("total frozen assets", "apartment buildings").
  public var subject: String?
  /// Stemmed key words of the subject, for matching figures about the same thing.
  public var subjectTerms: [String]
  /// Place and period words in the same clause ("worldwide", "in Belgium", "last year").
  public var scope: [String]
  /// For clock times, the time on the 24-hour clock ("21:45").
  public var time: String?
  /// For clock times, the zone as written ("GMT", "CEST").
  public var zone: String?
  /// The number as written is too large for exact decimal arithmetic: the figure keeps its text
  /// and has no value (never a wrong one).
  public var valueOutOfRange: Bool
  /// The subject was not found in the figure's own clause but taken from further away (the
  /// sentence's subject or the article's topic).
  public var subjectInferred: Bool

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
    self.low = low
    self.lowInclusive = lowInclusive
    self.high = high
    self.highInclusive = highInclusive
    self.components = components
    self.unit = unit
    self.unitIsAmbiguous = unitIsAmbiguous
    self.qualifier = qualifier
    self.hedge = hedge
    self.scale = scale
    self.date = date
    self.text = text
    self.start = start
    self.end = end
    self.sentenceStart = sentenceStart
    self.sentenceEnd = sentenceEnd
    self.subject = subject
    self.subjectTerms = subjectTerms
    self.scope = scope
    self.time = time
    self.zone = zone
    self.valueOutOfRange = valueOutOfRange
    self.subjectInferred = subjectInferred
  }

  /// Whether the figure is offered for comparison by default (dates and clock times are not, nor
  /// a number too large to have a value).
  public var isComparable: Bool { kind != .date && kind != .time && !valueOutOfRange }
}
