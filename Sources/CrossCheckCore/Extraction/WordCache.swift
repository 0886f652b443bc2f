/// The lower-cased form of a line's words, filled in as they are first asked for.
final class WordCache {
  var lowered: [String?]

  init(count: Int) {
    lowered = [String?](repeating: nil, count: count)
  }
}
