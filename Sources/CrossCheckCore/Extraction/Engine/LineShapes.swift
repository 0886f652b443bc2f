/// What the tokenizer saw on a line that some passes over every token need, noted as it makes
/// the tokens: a pass whose tokens the line lacks is skipped, not run over the line for nothing.
///
/// Each shape is a superset of what its pass reads, so skipping changes no figure; ``all`` (every
/// shape, as if unknown) runs every pass.
struct LineShapes: OptionSet, Sendable {
  let rawValue: UInt8

  /// A word the lexicon knows as a time unit ("year", "hours"): see
  /// ``FigureRecognizer/holdsTimeUnit()``.
  static let timeUnit = LineShapes(rawValue: 1 << 0)
  /// A word the lexicon knows as a unit of length ("mile"): see
  /// ``FigureRecognizer/articleLengths(excluding:)``.
  static let lengthUnit = LineShapes(rawValue: 1 << 1)
  /// The shape of a reporting period's code: a capitalized word of up to six bytes that begins
  /// with Q, H or F ("Q3", "H1", "FY2024"), or one or two then letters ("1H25", "2H"); see
  /// ``FigureRecognizer/readReportingPeriods(_:)``.
  static let periodCode = LineShapes(rawValue: 1 << 2)

  static let all: LineShapes = [.timeUnit, .lengthUnit, .periodCode]
}
