/// "80¢", "175¢", "a 25¢ fare": an amount with the cent sign after it is cents of the dollar,
/// money in dollars as "80 cents" is (0.80), and of the home dollar as a bare "$" is; letters
/// glued before it name the dollar ("US80¢").
extension FigureRecognizer {
  /// The cents' sub-unit code, whether the article's home decides its dollar, and the first
  /// token of the amount, when a cent sign is glued after the mention; else nil.
  func centSign(after mention: NumberMention) -> (currency: String, isAmbiguous: Bool, first: Int)?
  {
    let sign = mention.lastToken + 1
    guard sign < tokens.count, isSymbol(sign, Vocabulary.centSign), !tokens[sign].spaceBefore,
      !mention.isSpelledOut, !mention.isOrdinal
    else { return nil }
    let letters = mention.firstToken - 1
    if letters >= 0, tokens[letters].kind == .word, !tokens[mention.firstToken].spaceBefore,
      let code = Vocabulary.centSignDollarLetters[text(tokens[letters].start, tokens[letters].end)]
    {
      return (code, false, letters)
    }
    return ("USX", true, mention.firstToken)
  }
}
