/// "Agreed 18 months ago", "a merger the firms had agreed two years earlier": a spell of time right
/// before "ago" or "earlier" is the time elapsed since something happened, counted to the
/// story's own time. The word dates the event, not the spell: the spell is no figure of an
/// earlier period, and meets another report's "the almost 19 months the deal took".
enum ElapsedSpan {
  /// Whether the past marker at token `index` only says how long ago something happened,
  /// coming right after the duration whose last token is `last`.
  static func isElapsed(
    marker index: Int, last: Int, dimension: MeasureDimension,
    in tokens: [FigureProfiler.Token]
  ) -> Bool {
    dimension == .duration && index == last + 1 && tokens[index].marks.contains(.elapsed)
      && tokens[index].clause == tokens[last].clause
  }
}
