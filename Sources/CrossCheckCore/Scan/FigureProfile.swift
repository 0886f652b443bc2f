/// A figure as the scan sees it: what it measures and the words around it, so that figures
/// about the same thing can be found without comparing all pairs.
struct FigureProfile: Sendable {
  var figure: Figure
  /// Index of the figure's source in the scanned list.
  var source: Int
  var measure: Measure
  /// Content words of its clause (stems), weighted by nearness and rarity (TF-IDF).
  var context: WeightedTerms
  /// Names and places in its sentence (capitalized words not opening it).
  var names: Set<Int>
  /// Names and places in its own clause: what it is said of ("in Spain", "Italy's").
  var nearNames: Set<Int>
  /// The counted noun, as a term: "deaths" in "69 deaths".
  var countedNoun: Int?
  /// Whether the clause places the figure before the story (an earlier year, "previous",
  /// "a year ago") or after it (a forecast, a later year): such a figure is another period's.
  var period: Period
  /// Years written in its clause.
  var years: Set<Int>
  /// Where the part starts when the figure is the whole of one: "233" in "118 of the 233
  /// camps", "27" in "15 of the 27". A part and its whole are never the same measure.
  var partStart: Int?
  /// The source's publication date (ISO 8601), if known.
  var date: String?

  enum Period: Int, Sendable {
    case earlier = -1
    case current = 0
    case later = 1
  }
}
