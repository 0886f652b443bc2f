/// "six-time champions", "a two-time Olympic medallist", "the 12-time winners": a cardinal
/// joined to "time" counts the times something was won or done. "one-time" (former, or done
/// once only) and "first-time" (new to it) describe instead, as a compound ending in -ed does.
extension FigureRecognizer {
  /// Whether the mention, joined to "-time", is one or an ordinal: an adjective of kind.
  func isOnceOnlyTime(_ mention: NumberMention) -> Bool {
    mention.isOrdinal || DecimalParts.equals(mention.value, 1)
  }
}
