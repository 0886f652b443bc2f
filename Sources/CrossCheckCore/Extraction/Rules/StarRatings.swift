/// "a four-star hotel", "a five-star rating", "4-star hotels", "a three-star general": a number
/// joined by a hyphen to "star" grades a hotel, a review or a rank; it counts nothing.
extension FigureRecognizer {
  /// Whether the mention is the grade of a star rating.
  func isStarRating(_ mention: NumberMention) -> Bool {
    let last = mention.lastToken
    return isGluedHyphen(last + 1) && isWord(last + 2, "star")
  }
}
