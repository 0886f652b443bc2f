/// "The payload weighed about 2,700 pounds", "about 1,500 kilograms (3,300 pounds)", "20 pounds
/// of cocaine", "a weight of 300 pounds": "pounds" weigh something when a verb of weighing or
/// the noun "weight" governs the number, when the same mass is given in another unit beside it
/// in brackets, or when "of" and a substance follow; otherwise they are sterling ("a heavier
/// fine of 5,000 pounds", "Fears weighed on sales worth 300 million pounds", "2 million pounds
/// of taxpayers' money").
extension FigureRecognizer {
  /// Whether the "pound" or "pounds" at `index`, after a number, is a weight.
  func isWeightPound(at index: Int) -> Bool {
    // The number's first token, before any scale ("3,300", "2 million").
    var number = index - 1
    guard number >= 0, !isGluedHyphen(number) else { return false }
    // "2 million pounds": a scale in words before the name.
    let scaled = tokens[number].kind == .word
    while number > 0, tokens[number - 1].kind == .number || isCardinalWord(number - 1) {
      number -= 1
    }
    if isWord(index + 1, "of") {
      return !scaled && !isWord(index + 2, in: Vocabulary.moneyOfWords)
    }
    // "1,500 kilograms (3,300 pounds)" and "3,300 pounds (1,500 kg)".
    if isSymbol(number - 1, 0x28), isMassUnit(number - 2) { return true }
    if isSymbol(index + 1, 0x28), isMassUnit(index + 2) || isMassUnit(index + 3) { return true }
    // The verb or noun right before the number, over a hedge ("weighed about 2,700 pounds",
    // "a weight of 300 pounds").
    var word = number - 1
    while word >= 0, isWord(word, in: Vocabulary.weightHedgeWords) { word -= 1 }
    if isWord(word, in: Vocabulary.weighingVerbs) { return true }
    return isWord(word, "of") && isWord(word - 1, in: Vocabulary.weightNouns)
  }

  /// Whether token `index` is a written unit of mass other than the pound ("kg", "tonnes").
  private func isMassUnit(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count,
      tokens[index].kind == .word || tokens[index].kind == .number && tokens[index].hasSuffix
    else { return false }
    if tokens[index].kind == .number {
      let suffix = text(tokens[index].suffixStart, tokens[index].end)
      return ["kg", "t"].contains(suffix)
    }
    guard let unit = UnitTable.written[lower(index)] else { return false }
    return unit != "lb" && UnitTable.units[unit]?.dimension == "mass"
  }
}
