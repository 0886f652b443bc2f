/// "Thousands of residents", "hundreds of homes", "tens of thousands": an amount named only by
/// its order of magnitude (a range from a power of ten to ten times it). Its value is no
/// reading, so it cannot vouch that two figures measure one thing: that "thousands" lies
/// near "24,000", or within a hedge of it, is what the word means, not a sign of one measure.
enum VagueAmount {
  /// Whether the figure is such an amount: no value, a range at least ten times as high as
  /// its bottom.
  static func isVague(_ figure: Figure) -> Bool {
    guard figure.value == nil, let low = figure.low, let high = figure.high, low > 0 else {
      return false
    }
    return high >= low * 10
  }
}
