/// "The 28-point plan was rearranged into four parts", "the plan was redrafted to contain 19
/// points": counts of the divisions of one document or plan (parts, points, sections, chapters,
/// clauses, stages…) are its structure, counted in different units. They measure one thing,
/// and two such counts are the classic way two accounts of one document differ.
enum DocumentStructure {
  /// How much a pair of such counts is raised, as a count and an ordinal one apart are.
  static let confusionFactor = 1.4

  /// Whether two counts count the divisions of one document in different units: both nouns
  /// are divisions, they differ, and the counts' subjects share the document's word (the
  /// counted noun's modifiers: "plan" in "the 28-point plan" and "the plan … 19 points").
  static func isOneStructure(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard a.measure.countsDivisions, b.measure.countsDivisions, a.countedNoun != b.countedNoun
    else { return false }
    return !a.modifiers.isEmpty && !a.modifiers.isDisjoint(with: b.modifiers)
  }

  /// Whether figures count one document's divisions in two different units (for the reasons,
  /// which see only measures and figures).
  static func countsInDifferentUnits(_ measures: [Measure]) -> Bool {
    let divisions = Set(
      measures.filter(\.countsDivisions).compactMap {
        $0.unitFamily.flatMap { ScanVocabulary.documentDivisions[$0] }
      })
    return divisions.count > 1
  }
}
