/// A figure as one line's analysis leaves it, with what the article-level passes of
/// ``FigureExtractor/assemble(_:source:)`` still need: its offsets count from the start of its
/// run of lines, its id is provisional, and a money or count figure without a subject has not
/// yet been given the article's topic.
struct PendingFigure: Sendable {
  var figure: Figure
  /// The last word of the figure's own subject, lower-cased: a topic for later figures.
  var subjectHead: String?
  /// The unit of a compound such as "20-point plan", added to the subject once it is final.
  var compoundUnit: String?
  /// A "first" that stays only in a series of ordinals (see `keepingRankedFirsts`).
  var needsSeries: Bool
}
