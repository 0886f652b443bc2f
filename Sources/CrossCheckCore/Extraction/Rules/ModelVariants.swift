/// "the 737 MAX 9", "Boeing 737 MAX 8 jets": a number after a model number and its variant's
/// name in capitals names the variant, and counts nothing. The model number has three digits or
/// more, is no year (``isYearDigits(_:)``), and follows a determiner or a maker's name written
/// in lower case after its capital; the word in capitals is no unit ("500 MW 2" is a power and
/// a count). A line in capitals ("TOLL RISES TO 150 FROM 120") names no model.
extension FigureRecognizer {
  /// Whether the mention is the number of a model's variant.
  func isModelVariant(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let model = first - 2
    guard !mention.isSpelledOut, first == mention.lastToken, model >= 1,
      tokens[first].kind == .number, tokens[first].spaceBefore, isAllCapitals(first - 1),
      tokens[first - 1].spaceBefore, let digits = seriesDigitCount(model),
      writtenUnit(at: first - 1) == nil
    else { return false }
    // "2019 GDP 3": a year before the capitals is no model.
    if digits == 4, isYearDigits(model) { return false }
    return followsDeterminer(model) || isMakersName(model - 1)
  }

  /// A capitalized word written in lower case after its capital ("Boeing", "Airbus"): not a
  /// word of a line in capitals.
  private func isMakersName(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.isCapitalized, token.end - token.start >= 2 else {
      return false
    }
    return bytes[token.start + 1] &- 0x61 < 26
  }
}
