/// How a figure is hedged: the words around a number that widen it into an interval.
public enum Qualifier: String, Codable, Sendable, CaseIterable {
  /// about, around, roughly, nearly, almost, some, approximately, an estimated, close to, or so.
  case approx
  /// at least, no fewer than, no less than, or more.
  case atLeast = "at_least"
  /// more than, over, above, exceeding, upwards of.
  case moreThan = "more_than"
  /// up to, no more than, at most, within, as many as.
  case atMost = "at_most"
  /// fewer than, less than, under, below.
  case lessThan = "less_than"
}
