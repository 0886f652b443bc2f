/// What became of a recorded figure when it was looked for again in the sources as they are
/// now (see ``Reanchoring/reanchor(_:in:)``). Data only: the shell says it in words.
public enum AnchorOutcome: Equatable, Sendable {
  /// Its source's text is the one it was recorded in, and the figure is where it was.
  case unchanged
  /// The source's text changed, but the figure is at the same place.
  case exactInChangedText
  /// The quote was found elsewhere, with a figure of the same text there.
  case relocated(from: Int, to: Int, now: FigureID)
  /// Its source is not loaded.
  case sourceNotLoaded
  /// The quote is no longer in its source: the reference keeps what was recorded.
  case orphaned(SourceID)
}
