/// A currency sign that names its currency only with the letters glued before it: "GH¢5,000" and
/// "GH₵12 billion" are Ghana cedis, where a cent sign alone would be a cent.
extension FigureRecognizer {
  /// The currency and first token of letters and a sign ending at symbol token `sign`, or nil.
  func letterSign(_ sign: Int) -> (String, Int)? {
    let letters = sign - 1
    guard Vocabulary.prefixedSignScalars.contains(tokens[sign].scalar), letters >= 0,
      tokens[letters].kind == .word, !tokens[sign].spaceBefore,
      let code = Vocabulary.letterPrefixedSigns[lower(letters)]
    else { return nil }
    return (code, letters)
  }
}
