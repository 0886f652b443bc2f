/// "the 737 MAX 9", "its 737 MAX 8 jets": a number after a model number and its variant's name
/// in capitals names the variant, and counts nothing. The model number has three digits or
/// more and is no year, and the word in capitals is no unit ("500 MW 2" is a power and a
/// count).
extension FigureRecognizer {
  /// Whether the mention is the number of a model's variant.
  func isModelVariant(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, first == mention.lastToken, first >= 2,
      tokens[first].kind == .number, tokens[first].spaceBefore, isAllCapitals(first - 1),
      tokens[first - 1].spaceBefore, isPlainDigits(first - 2),
      tokens[first - 2].end - tokens[first - 2].start >= 3,
      writtenUnit(at: first - 1) == nil
    else { return false }
    // "2019 GDP 3": a year before the capitals is no model.
    let model = tokens[first - 2]
    let digits = model.end - model.start
    return digits != 4 || !(bytes[model.start] == 0x31 || bytes[model.start] == 0x32)
  }
}
