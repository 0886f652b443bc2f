/// "The payload weighed about 2,700 pounds", "about 1,500 kilograms (3,300 pounds)", "a
/// 2,000-pound bomb", "20 pounds of cocaine": "pounds" weigh something when a word of weight
/// stands before the number in its clause, when the same mass is given in another unit beside
/// it, in brackets, when it is a compound's measure before a noun, or when "of" follows it;
/// otherwise they are sterling ("a fine of 3,300 pounds").
extension FigureRecognizer {
  /// How far back from the number a word of weight is looked for, within its clause.
  private static let weightWordReach = 8

  /// Whether the "pound" or "pounds" at `index`, after a number, is a weight.
  func isWeightPound(at index: Int) -> Bool {
    if isWord(index + 1, "of") { return true }
    // The number's first token, before any scale ("3,300", "2 million").
    var number = index - 1
    if isGluedHyphen(number) {
      // "a 2,000-pound bomb", but not "a five-pound note".
      return !isWord(index + 1, in: Vocabulary.moneyObjectNouns)
    }
    while number > 0, tokens[number - 1].kind == .number || isCardinalWord(number - 1) {
      number -= 1
    }
    // "1,500 kilograms (3,300 pounds)" and "3,300 pounds (1,500 kg)".
    if isSymbol(number - 1, 0x28), isMassUnit(number - 2) { return true }
    if isSymbol(index + 1, 0x28), isMassUnit(index + 2) || isMassUnit(index + 3) { return true }
    var word = number - 1
    while word >= 0, word >= number - Self.weightWordReach {
      if tokens[word].kind == .punctuation,
        [0x2C, 0x2E, 0x3B, 0x3A].contains(tokens[word].scalar)
      {
        return false
      }
      if isWord(word, in: Vocabulary.weightWords) { return true }
      word -= 1
    }
    return false
  }

  /// Whether token `index` is a written unit of mass other than the pound ("kg", "tonnes").
  private func isMassUnit(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count,
      tokens[index].kind == .word
        || tokens[index].kind == .number && tokens[index].hasSuffix
    else { return false }
    if tokens[index].kind == .number {
      let suffix = text(tokens[index].suffixStart, tokens[index].end)
      return ["kg", "t"].contains(suffix)
    }
    guard let unit = UnitTable.written[lower(index)] else { return false }
    return unit != "lb" && UnitTable.units[unit]?.dimension == "mass"
  }
}
