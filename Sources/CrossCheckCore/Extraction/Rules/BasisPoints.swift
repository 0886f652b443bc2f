/// Basis points, the hundredth of a percentage point that central banks and bond markets move
/// in: "25 basis points", "50bp", "75 bps", "a 25-basis-point cut". A percent figure with the
/// unit `basis_point`.
extension FigureRecognizer {
  /// The last token of a basis-point unit written from token `index`, or nil.
  func basisPointEnd(at index: Int) -> Int? {
    guard index < tokens.count else { return nil }
    // "a 25-basis-point cut": the unit joined to the number by hyphens.
    let start = isGluedHyphen(index) ? index + 1 : index
    // Most numbers are followed by no such word: one set lookup decides.
    guard start < tokens.count, tokens[start].kind == .word,
      tokens[start].head >= 0x80 || Self.basisPointHeads[Int(tokens[start].head)],
      Vocabulary.basisPointFirstWords.contains(lower(start))
    else { return nil }
    for words in Vocabulary.basisPointWords {
      let last = start + words.count - 1
      var matches = true
      for (offset, word) in words.enumerated() {
        let position = start + offset
        if word == "-" ? !isGluedHyphen(position) : !isWord(position, word) {
          matches = false
          break
        }
      }
      if matches { return last }
    }
    return nil
  }

  /// The first letters of the basis-point words: a word starting with another is none of them,
  /// and needs no String to tell.
  private static let basisPointHeads: [Bool] = {
    var heads = [Bool](repeating: false, count: 128)
    for word in Vocabulary.basisPointFirstWords {
      if let first = word.utf8.first, first < 0x80 { heads[Int(first)] = true }
    }
    return heads
  }()

  /// Whether letters glued to the digits are a basis-point unit ("50bp", "25bps").
  func isBasisPointSuffix(_ suffix: String?) -> Bool {
    guard let suffix else { return false }
    return Vocabulary.basisPointSuffixes.contains(suffix.lowercased())
  }
}
