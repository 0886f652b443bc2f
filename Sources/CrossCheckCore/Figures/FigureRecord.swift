import Foundation

/// A figure as written to JSON: the schema of `crosscheck figures --format json|jsonl` and of
/// figures in reports. Every key is always present; missing values are `null`; numbers are JSON
/// numbers (exact decimals, never rounded through binary floating point).
public struct FigureRecord: Encodable, Sendable {
  public var figure: Figure
  /// The source's path as the user gave it.
  public var sourcePath: String
  /// The sentence around the figure.
  public var sentence: String

  public init(figure: Figure, sourcePath: String, sentence: String) {
    self.figure = figure
    self.sourcePath = sourcePath
    self.sentence = sentence
  }

  /// The record of each figure of a source.
  public static func records(of source: Source) -> [FigureRecord] {
    let scalars = Array(source.text.unicodeScalars)
    return source.figures.map { figure in
      var sentence = String.UnicodeScalarView()
      sentence.append(contentsOf: scalars[figure.sentenceStart..<figure.sentenceEnd])
      return FigureRecord(figure: figure, sourcePath: source.path, sentence: String(sentence))
    }
  }

  enum CodingKeys: String, CodingKey {
    case source, id, start, end, text, kind, value, low, high, unit, qualifier, subject, scope
    case lowInclusive = "low_inclusive"
    case highInclusive = "high_inclusive"
    case components, hedge, scale, date, time, zone
    case outOfRange = "out_of_range"
    case subjectInferred = "subject_inferred"
    case unitAmbiguous = "unit_ambiguous"
    case subjectTerms = "subject_terms"
    case sentence
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sourcePath, forKey: .source)
    try container.encode(figure.id, forKey: .id)
    try container.encode(figure.start, forKey: .start)
    try container.encode(figure.end, forKey: .end)
    try container.encode(figure.text, forKey: .text)
    try container.encode(figure.kind, forKey: .kind)
    // JSON has no NaN: a value that is not a finite number is written as null.
    try container.encode(figure.value.flatMap(Self.finite), forKey: .value)
    try container.encode(figure.low.flatMap(Self.finite), forKey: .low)
    try container.encode(figure.high.flatMap(Self.finite), forKey: .high)
    try container.encode(figure.lowInclusive, forKey: .lowInclusive)
    try container.encode(figure.highInclusive, forKey: .highInclusive)
    try container.encode(figure.components?.compactMap(Self.finite), forKey: .components)
    try container.encode(figure.unit, forKey: .unit)
    try container.encode(figure.unitIsAmbiguous, forKey: .unitAmbiguous)
    try container.encode(figure.qualifier, forKey: .qualifier)
    try container.encode(figure.hedge, forKey: .hedge)
    try container.encode(figure.scale, forKey: .scale)
    try container.encode(figure.date, forKey: .date)
    try container.encode(figure.time, forKey: .time)
    try container.encode(figure.zone, forKey: .zone)
    try container.encode(figure.valueOutOfRange, forKey: .outOfRange)
    try container.encode(figure.subject, forKey: .subject)
    try container.encode(figure.subjectInferred, forKey: .subjectInferred)
    try container.encode(figure.subjectTerms, forKey: .subjectTerms)
    try container.encode(figure.scope, forKey: .scope)
    try container.encode(sentence, forKey: .sentence)
  }

  private static func finite(_ value: Decimal) -> Decimal? { value.isNaN ? nil : value }
}
