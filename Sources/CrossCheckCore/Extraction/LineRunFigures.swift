/// The figures of a run of whole lines, found apart from the rest of the text, and how many
/// code points the run holds, so that the runs after it know where they start.
struct LineRunFigures: Sendable {
  var figures: [PendingFigure]
  var scalarCount: Int
}
