import Foundation

/// "mid-20s predicted for the week", "reached into the high 30s", "highs in the low 80s": in a
/// sentence about temperatures, a round number with a glued "s" is a band of ten degrees, a range
/// of temperatures, not a count. "low", "mid" and "high" narrow it to its first four, middle three
/// or last three degrees, as a decade of life is narrowed. Its scale is the sentence's other
/// temperatures', or the one it names; else it is bare degrees, which take the article's scale.
/// A sentence is about temperatures when it has one, or a word for them; "highs" and "lows",
/// which markets and polls reach too, count only right before the band. "since the 80s", "from
/// the 70s" and "the '90s" are decades of years, and "a woman, mid-20s," is an age.
extension FigureRecognizer {
  /// Turns each band of ten degrees in a line about temperatures into a range of temperatures.
  func markTemperatureDecades(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      let number = drafts[index].firstToken
      guard drafts[index].kind == .count || drafts[index].kind == .quantity,
        tokens[number].kind == .number, tokens[number].hasSuffix, drafts[index].qualifier == nil,
        let value = drafts[index].value, isDecadeForm(number), !isDecadeOfYears(number),
        !isAppositiveAge(number)
      else { continue }
      // "the mid-20s Celsius" names its scale; a count's is the line's.
      let unit: String
      if drafts[index].kind == .quantity {
        guard let scale = drafts[index].unit, UnitTable.units[scale]?.dimension == "temperature"
        else { continue }
        unit = scale
      } else {
        guard drafts[index].lastToken == number else { continue }
        guard let scale = temperatureScale(of: drafts, around: number) else { continue }
        unit = scale
      }
      // "high 30s", "mid-20s", "mid-to-high 20s": the part of the band, or two parts.
      var first = number
      var lowPart: String?
      var highPart: String?
      if let part = bandPart(before: number) {
        lowPart = lower(part)
        highPart = lowPart
        first = part
        let joint = skipDash(before: part)
        if isWord(joint, "to"), let opening = bandPart(before: joint) {
          lowPart = lower(opening)
          first = opening
        }
      }
      let low: Decimal =
        switch lowPart {
        case "mid"?: value + 4
        case "high"?, "upper"?, "late"?: value + 7
        default: value
        }
      let high: Decimal =
        switch highPart {
        case "low"?, "lower"?, "early"?: value + 3
        case "mid"?: value + 6
        default: value + 9
        }
      drafts[index].kind = .quantity
      drafts[index].unit = unit
      drafts[index].unitIsAmbiguous = unit == "degree"
      drafts[index].setClosedBand(low: low, high: high)
      drafts[index].nounTokens = nil
      drafts[index].firstToken = first
      drafts[index].start = tokens[first].start
    }
  }

  /// The word that narrows the band before token `index`, with or without a hyphen between.
  private func bandPart(before index: Int) -> Int? {
    let word = skipDash(before: index)
    return isWord(word, in: Vocabulary.temperatureBandParts) ? word : nil
  }

  /// The token before `index`, passing over a hyphen.
  private func skipDash(before index: Int) -> Int {
    index - 1 >= 0 && tokens[index - 1].kind == .dash ? index - 2 : index - 1
  }

  /// Whether the band at token `number` is a decade of years: after an apostrophe ("the '90s"),
  /// or bare after "since the" or "from the" with no reading before it.
  private func isDecadeOfYears(_ number: Int) -> Bool {
    if !tokens[number].spaceBefore, isSymbol(number - 1, 0x27) || isSymbol(number - 1, 0x2019) {
      return true
    }
    return bandPart(before: number) == nil && isWord(number - 1, "the")
      && isWord(number - 2, in: Vocabulary.decadeOfYearsOpeners) && !followsReading(number)
  }

  /// "a woman, mid-20s, who": a band set off by commas right after a noun is a person's age.
  private func isAppositiveAge(_ number: Int) -> Bool {
    let first = bandPart(before: number) ?? number
    return isSymbol(first - 1, 0x2C) && (number + 1 == tokens.count || isSymbol(number + 1, 0x2C))
  }

  /// Whether a forecast's reading names the band at token `number`: "highs in the low 80s".
  private func followsReading(_ number: Int) -> Bool {
    let first = bandPart(before: number) ?? number
    return isWord(first - 1, "the") && isWord(first - 2, in: Vocabulary.temperatureReadingLinks)
      && isWord(first - 3, in: Vocabulary.temperatureReadings)
  }

  /// "Lows will dip into the 50s": a sentence whose subject is the forecast's reading reaches
  /// the band in its first clause, a few words on, after "into the" or "in the".
  private func opensWithReading(_ sentence: ClosedRange<Int>, band number: Int) -> Bool {
    let first = bandPart(before: number) ?? number
    let opening = sentence.lowerBound
    guard isWord(first - 1, "the"), isWord(first - 2, in: Vocabulary.temperatureReadingLinks),
      first - opening <= Self.wordsFromReadingToBand,
      isWord(opening, in: Vocabulary.temperatureReadings)
    else { return false }
    return !(opening..<first).contains { tokens[$0].kind == .punctuation }
  }

  /// The most tokens from a reading opening the sentence to its band ("Lows will dip into the").
  private static let wordsFromReadingToBand = 6

  /// The scale of the temperatures of the sentence around token `number`, "degree" when it names
  /// none, or nil when the sentence is not about temperatures: no temperature among its figures,
  /// no word for one, and no reading right before the band.
  private func temperatureScale(of drafts: [FigureDraft], around number: Int) -> String? {
    let sentence = ContextAnalyzer(recognizer: self).sentence(around: number, reusing: nil).range
    if let scale = drafts.lazy.compactMap({ draft -> String? in
      guard sentence.contains(draft.firstToken), draft.kind == .quantity, let unit = draft.unit,
        UnitTable.units[unit]?.dimension == "temperature"
      else { return nil }
      return unit
    }).first {
      return scale
    }
    var named: String?
    var aboutTemperature = followsReading(number) || opensWithReading(sentence, band: number)
    for index in sentence where tokens[index].kind == .word {
      let word = lower(index)
      if let scale = Vocabulary.temperatureScaleNames[word] { named = scale }
      if Vocabulary.temperatureWords.contains(word) { aboutTemperature = true }
    }
    if let named { return named }
    return aboutTemperature ? "degree" : nil
  }
}
