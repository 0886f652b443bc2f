/// "R370", "R17.92": a capital R glued to an amount with no scale is the rand sign in a South
/// African article, and a road ("the R2"), a model or a round elsewhere. It is read as money in
/// rand, flagged ambiguous as a bare "$" is, and the article decides (``FigureAssembly``): kept
/// when the article is South African (its dateline or its places) or names rand elsewhere
/// ("R2.51 trillion", "300 rand"), else dropped. "N1,050" (naira) in a Nigerian article and
/// "P57.50" (peso) in a Philippine one are read the same way; after a word that labels
/// ("class N2", "Grade N1") the letter and digits are a label anywhere, and a respirator grade
/// before the thing it grades ("N95 masks") is no amount.
extension FigureRecognizer {
  /// The currency of a sign letter glued before the mention's plain amount, or nil.
  func homeLetterSign(before mention: NumberMention) -> String? {
    let number = mention.firstToken
    let letter = number - 1
    guard letter >= 0, mention.lastToken == number, mention.scale == nil,
      !mention.isSpelledOut, tokens[number].kind == .number, !tokens[number].spaceBefore,
      !tokens[number].hasSuffix, tokens[letter].kind == .word,
      tokens[letter].end - tokens[letter].start == 1,
      let code = Vocabulary.homeLetterSigns[text(tokens[letter].start, tokens[letter].end)],
      isMoneyDigits(number), !isWord(letter - 1, "the")
    else { return nil }
    if letter > 0, tokens[letter - 1].kind == .word,
      Vocabulary.designators.contains(lower(letter - 1))
    {
      return nil
    }
    // "R2-D2", "R21 Road": a name goes on after the digits.
    let next = number + 1
    if next < tokens.count, tokens[next].kind == .dash, !tokens[next].spaceBefore { return nil }
    if next < tokens.count, tokens[next].kind == .word, isStreetWord(next) { return nil }
    // "N95 masks", "P100 filters": a grade that names a kind of thing.
    if next < tokens.count, tokens[next].kind == .word,
      !Vocabulary.letterAmountCompanions.contains(lower(next)),
      Vocabulary.letterGrades.contains(text(tokens[letter].start, tokens[number].end))
    {
      return nil
    }
    return code
  }

  /// Digits as an amount is written: whole, grouped by commas, or with two decimals ("17.92";
  /// "2.5" is more often a version).
  private func isMoneyDigits(_ index: Int) -> Bool {
    let token = tokens[index]
    var decimals: Int?
    for position in token.start..<token.end {
      let byte = bytes[position]
      if byte == 0x2E {
        guard decimals == nil else { return false }
        decimals = 0
      } else if byte &- 0x30 < 10 {
        if let count = decimals { decimals = count + 1 }
      } else if byte != 0x2C {
        return false
      }
    }
    return decimals == nil || decimals == 2
  }
}
