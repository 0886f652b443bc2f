/// The lower-cased form of a line's words, filled in as they are first asked for, and facts
/// about the whole line worked out once.
final class WordCache {
  var lowered: [String?]
  /// Whether the line is a headline in title case (see ``FigureRecognizer/isTitleCased()``).
  var isTitleCased: Bool?

  init(count: Int) {
    lowered = [String?](repeating: nil, count: count)
  }
}
