import Foundation

/// "mid-20s predicted for the week", "reached into the high 30s", "highs in the low 80s": in a
/// line about temperatures, a round number with a glued "s" is a band of ten degrees, a range of
/// temperatures, not a count. "low", "mid" and "high" narrow it to its first four, middle three
/// or last three degrees, as a decade of life is narrowed. Its scale is the line's other
/// temperatures', or the one it names; else it is bare degrees, which take the article's scale.
extension FigureRecognizer {
  /// Turns each band of ten degrees in a line about temperatures into a range of temperatures.
  func markTemperatureDecades(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      let number = drafts[index].firstToken
      guard drafts[index].kind == .count || drafts[index].kind == .quantity,
        tokens[number].kind == .number, tokens[number].hasSuffix, drafts[index].qualifier == nil,
        let value = drafts[index].value, isBandOfTen(number)
      else { continue }
      // "the mid-20s Celsius" names its scale; a count's is the line's.
      let unit: String
      if drafts[index].kind == .quantity {
        guard let scale = drafts[index].unit, UnitTable.units[scale]?.dimension == "temperature"
        else { continue }
        unit = scale
      } else {
        guard drafts[index].lastToken == number else { continue }
        guard let scale = temperatureScale(of: drafts) else { return }
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
      drafts[index].value = nil
      drafts[index].low = low
      drafts[index].high = high
      drafts[index].lowInclusive = true
      drafts[index].highInclusive = true
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

  /// "20s" to "90s": two digits ending in 0 and a glued "s" (or "’s").
  private func isBandOfTen(_ number: Int) -> Bool {
    let token = tokens[number]
    guard token.suffixStart - token.start == 2, bytes[token.start] != 0x30,
      bytes[token.start + 1] == 0x30
    else { return false }
    let suffix = text(token.suffixStart, token.end)
    return suffix == "s" || suffix == "’s" || suffix == "'s"
  }

  /// The scale of the line's temperatures, "degree" when it names none, or nil when the line
  /// is not about temperatures: neither a temperature among its figures nor a word for one.
  private func temperatureScale(of drafts: [FigureDraft]) -> String? {
    if let scale = drafts.lazy.compactMap({ draft -> String? in
      guard draft.kind == .quantity, let unit = draft.unit,
        UnitTable.units[unit]?.dimension == "temperature"
      else { return nil }
      return unit
    }).first {
      return scale
    }
    var named: String?
    var aboutTemperature = false
    for index in tokens.indices where tokens[index].kind == .word {
      let word = lower(index)
      if let scale = Vocabulary.temperatureScaleNames[word] { named = scale }
      if Vocabulary.temperatureWords.contains(word) { aboutTemperature = true }
    }
    if let named { return named }
    return aboutTemperature ? "degree" : nil
  }
}
