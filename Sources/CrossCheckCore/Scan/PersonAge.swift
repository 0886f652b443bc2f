/// "Okafor, 32,", "the 64-year-old senator", "aged 40": a person's age is a duration in
/// years, yet never the same measure as a spell of time that is no age ("30 years in prison",
/// "her 20 years on the bench"): the two never pair. Two ages still meet ("the 64-year-old",
/// "Lindqvist, 64,").
enum PersonAge {
  /// Whether the figure reads as an age: its text says so ("64-year-old", "40 years old") or
  /// the extraction gave it the subject "age" (an apposition after a name, "aged 40").
  static func isAge(_ figure: Figure) -> Bool {
    guard figure.kind == .duration else { return false }
    if let subject = figure.subject?.lowercased(),
      subject == ScanVocabulary.ageSubject || subject.hasSuffix(" " + ScanVocabulary.ageSubject)
    {
      return true
    }
    let text = figure.text.lowercased()
    return ScanVocabulary.ageSuffixes.contains { text.hasSuffix($0) }
  }

  /// An age against a duration that is none.
  @inline(__always)
  static func isAgeAgainstSpell(_ a: Measure, _ b: Measure) -> Bool {
    a.dimension == .duration && a.isAge != b.isAge
  }
}
