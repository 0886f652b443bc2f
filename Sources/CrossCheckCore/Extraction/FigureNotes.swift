/// What the article-level passes of ``FigureAssembly`` still need of a figure found in a run of
/// lines, beside the figure itself: a money or count figure without a subject has not yet been
/// given the article's topic, and a "first" may yet be dropped. Stems are worked out here, in
/// the run (on several cores at once), so the assembly, which takes the runs one at a time,
/// stems nothing.
struct FigureNotes: Sendable {
  /// The last word of the figure's own subject, lower-cased, and its stem: a topic for later
  /// figures.
  var subjectHead: (word: String, stem: String)?
  /// The unit of a compound such as "20-point plan" and its stem, added to the subject once it
  /// is final.
  var compoundUnit: (word: String, stem: String)?
  /// A "first" that stays only in a series of ordinals (see `keepRankedFirsts`).
  var needsSeries: Bool
  /// "12 of them": the count points back to what the figure before it counted.
  var pointsBack = false
}
