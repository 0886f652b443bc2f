/// "65c", "80c a litre", "a 50c fare": a lower-case "c" glued after an amount is cents of the
/// home dollar, as "80¢" and "80 cents" are (the house style of New Zealand, Australian and
/// British papers). Not a temperature ("5C", or "30c" in a sentence about the weather), nor a
/// label's letter ("Type 2c", "Grade 6c", "Room 12c").
extension NumberParser {
  /// Whether the glued suffix `raw` of the number at `index` is the cent's "c".
  func isGluedCents(_ raw: String, at index: Int) -> Bool {
    guard raw == "c" else { return false }
    let before = index - 1
    if before >= 0, tokens[before].kind == .word {
      let word = lowercased(tokens[before].start, tokens[before].end)
      if Vocabulary.designators.contains(word) || Vocabulary.gluedLetterLabels.contains(word) {
        return false
      }
    }
    return !sentenceIsAboutWeather(around: index)
  }

  /// How far a weather word may stand from the amount, in tokens: a line with no full stop (a
  /// headline) does not run into the next.
  private static let wordsToWeather = 30

  /// Whether the sentence around token `index` (up to a full stop, and at most
  /// ``wordsToWeather`` tokens, either side) names a temperature or the weather.
  private func sentenceIsAboutWeather(around index: Int) -> Bool {
    func isWeatherWord(_ position: Int) -> Bool {
      let token = tokens[position]
      guard token.kind == .word else { return false }
      let word = lowercased(token.start, token.end)
      return Vocabulary.temperatureWords.contains(word) || Vocabulary.weatherWords.contains(word)
    }
    func endsSentence(_ position: Int) -> Bool {
      let token = tokens[position]
      return token.kind == .punctuation && token.scalar == 0x2E
    }
    var position = index - 1
    while position >= 0, index - position <= Self.wordsToWeather, !endsSentence(position) {
      if isWeatherWord(position) { return true }
      position -= 1
    }
    position = index + 1
    while position < tokens.count, position - index <= Self.wordsToWeather,
      !endsSentence(position)
    {
      if isWeatherWord(position) { return true }
      position += 1
    }
    return false
  }
}
