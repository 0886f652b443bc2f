/// Indian English counts money in lakh and crore, and names the currency once: in "₹500 crore
/// for roads and 200 crore for schools" the second amount is rupees too. A bare amount in these
/// scales after money in them in the same sentence takes that money's currency; a count that
/// names what it counts ("25 lakh farmers") stays a count.
extension FigureRecognizer {
  /// Gives each bare lakh or crore amount the currency of the lakh or crore money before it.
  func carryIndianScaleCurrency(_ drafts: inout [FigureDraft]) {
    var currency: (code: String, isAmbiguous: Bool, last: Int)?
    // Each draft's fields are read in the list: a copy of it retained its Strings.
    for index in drafts.indices {
      guard let scale = drafts[index].scale, Self.isIndianScale(scale) else { continue }
      if drafts[index].kind == .money, let code = drafts[index].unit {
        currency = (code, drafts[index].unitIsAmbiguous, drafts[index].lastToken)
      } else if let (code, isAmbiguous, last) = currency, drafts[index].kind == .count,
        drafts[index].unit == nil, drafts[index].nounTokens == nil,
        !endsSentence(between: last, and: drafts[index].firstToken)
      {
        drafts[index].kind = .money
        drafts[index].unit = code
        drafts[index].unitIsAmbiguous = isAmbiguous
      }
    }
  }

  /// Whether a full stop, "!" or "?" followed by a space lies between tokens `first` and `last`.
  private func endsSentence(between first: Int, and last: Int) -> Bool {
    guard first + 1 < last else { return false }
    return ((first + 1)..<last).contains { index in
      [0x2E, 0x21, 0x3F].contains(tokens[index].scalar) && tokens[index].kind == .punctuation
        && index + 1 < tokens.count && tokens[index + 1].spaceBefore
    }
  }

  /// Whether a scale as written ends in lakh or crore ("crore", "lakh crore", "Crore").
  private static func isIndianScale(_ scale: String) -> Bool {
    let lower = scale.lowercased()
    return Vocabulary.indianScales.contains { lower.hasSuffix($0) }
  }
}
