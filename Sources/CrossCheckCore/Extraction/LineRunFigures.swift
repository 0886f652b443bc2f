/// The figures of a run of whole lines, found apart from the rest of the text, and how many
/// code points the run holds, so that the runs after it know where they start.
///
/// Offsets count from the start of the run and ids are provisional until ``FigureAssembly``
/// takes the run. The figures are kept in the array the article's figures will be (the first
/// run's is taken whole), with their ``FigureNotes`` beside them, so no figure is copied to be
/// assembled.
struct LineRunFigures: Sendable {
  private(set) var figures: [Figure] = []
  /// `notes[i]` belongs to `figures[i]`.
  private(set) var notes: [FigureNotes] = []
  var scalarCount = 0
  /// Where the opening of the text says it is from: tallied by the run that starts the text, if
  /// the text has a "$" at all; nil for every other run.
  var places: PlaceTally?

  mutating func append(_ figure: consuming Figure, notes figureNotes: FigureNotes) {
    figures.append(figure)
    notes.append(figureNotes)
  }

  /// Keeps the figures that start in `range` (code points from the run's start, as the
  /// figures' offsets), and counts their offsets from its start.
  mutating func keepFigures(startingIn range: Range<Int>) {
    var kept = 0
    for index in figures.indices where range.contains(figures[index].start) {
      if kept != index {
        figures.swapAt(kept, index)
        notes.swapAt(kept, index)
      }
      kept += 1
    }
    figures.removeLast(figures.count - kept)
    notes.removeLast(notes.count - kept)
    shift(by: -range.lowerBound)
  }

  /// Adds `distance` to every figure's offsets, in place.
  mutating func shift(by distance: Int) {
    guard distance != 0 else { return }
    for index in figures.indices {
      figures[index].start += distance
      figures[index].end += distance
      figures[index].sentenceStart += distance
      figures[index].sentenceEnd += distance
    }
  }

  /// Gives up the figures and notes, leaving the run empty.
  mutating func take() -> (figures: [Figure], notes: [FigureNotes]) {
    var taken: ([Figure], [FigureNotes]) = ([], [])
    swap(&taken.0, &figures)
    swap(&taken.1, &notes)
    return taken
  }
}
