import Foundation

/// A measure written in two units, the larger first: a height ("6ft 2in", "5 feet 11 inches",
/// "the 6ft 4 striker"), a weight ("3 lb 4 oz"), a time ("1h 45m", "2hr 30min"). One figure in
/// the larger unit with the smaller as its fraction (6ft 2in is 6 1/6 feet), as "2 hours 30
/// minutes" is 2.5 hours, not two figures or a stray "45m" of metres.
extension FigureRecognizer {
  /// One part of a compound measure: its canonical unit, value and last token.
  private struct MeasurePart {
    var unit: String
    var value: Decimal
    var last: Int
  }

  /// Joins each measure in a larger unit with the measure in its smaller unit right after it.
  /// Asked of each figure (not each token): a part of one is a figure, but for a larger part
  /// that is none alone ("1h" of "1h 45m"), whose smaller part is.
  func joinCompoundMeasures(_ drafts: inout [FigureDraft]) {
    var index = 0
    while index < drafts.count {
      // Cheapest first, without copying the draft: a number right after it (its smaller part
      // follows) or a number with glued letters right before it (its larger part precedes).
      let after = drafts[index].lastToken + 1
      let before = drafts[index].firstToken - 1
      guard
        after < tokens.count && tokens[after].kind == .number && tokens[after].spaceBefore
          || before >= 0 && tokens[before].kind == .number && tokens[before].hasSuffix,
        let joined = compoundMeasure(from: drafts[index])
      else {
        index += 1
        continue
      }
      drafts.removeAll { $0.firstToken <= joined.lastToken && $0.lastToken >= joined.firstToken }
      let position = drafts.firstIndex { $0.start > joined.start } ?? drafts.count
      drafts.insert(joined, at: position)
      index = position + 1
    }
  }

  /// The compound measure `draft` is a part of, or nil.
  private func compoundMeasure(from draft: FigureDraft) -> FigureDraft? {
    // As the larger part: "6ft 2in", "3 lb 4 oz", "about 6 feet 2 inches".
    if draft.kind == .quantity || draft.kind == .duration, draft.low == nil, draft.high == nil,
      let unit = draft.unit, let value = draft.value,
      let (smaller, factor) = UnitTable.compoundParts[unit]
    {
      let next = draft.lastToken + 1
      guard next < tokens.count, tokens[next].kind == .number, tokens[next].spaceBefore,
        let small = measurePart(at: next, smaller: smaller), small.value < factor
      else { return nil }
      var joined = draft
      joined.value = value + DecimalParts.quotient(small.value, factor)
      joined.lastToken = small.last
      joined.end = tokens[small.last].end
      joined.boundEnd = joined.end
      joined.nounTokens = nounPhrase(after: small.last)
      return joined
    }
    // As the smaller part of a larger one that is no figure alone: "1h 45m", "3m 20s".
    let first = draft.firstToken
    let previous = first - 1
    guard previous >= 0, draft.qualifier == nil, tokens[first].kind == .number,
      tokens[first].spaceBefore, tokens[previous].kind == .number, tokens[previous].hasSuffix,
      let large = measurePart(at: previous, smaller: nil),
      let (smaller, factor) = UnitTable.compoundParts[large.unit],
      let small = measurePart(at: first, smaller: smaller), small.value < factor
    else { return nil }
    var joined = FigureDraft(
      start: tokens[previous].start, end: tokens[small.last].end, firstToken: previous,
      lastToken: small.last)
    joined.kind = Vocabulary.timeUnits.values.contains(large.unit) ? .duration : .quantity
    joined.unit = large.unit
    joined.value = large.value + DecimalParts.quotient(small.value, factor)
    joined.boundStart = joined.start
    joined.boundEnd = joined.end
    joined.nounTokens = nounPhrase(after: small.last)
    return joined
  }

  /// The measure starting at number token `index`: digits with a glued unit ("6ft", "1h",
  /// "45m") or a unit word after them ("6 feet", "45 minutes"). With `smaller` (the unit the
  /// part must be in), a bare whole number after feet is inches ("6ft 4").
  private func measurePart(at index: Int, smaller: String?) -> MeasurePart? {
    let token = tokens[index]
    guard token.kind == .number, let value = parser.digitValue(token) else { return nil }
    if token.hasSuffix {
      let suffix = text(token.suffixStart, token.end)
      // "45m" after hours is minutes, "20s" after minutes seconds: read so only as a part.
      let unit =
        smaller.flatMap { _ in UnitTable.compoundGlued[suffix] }
        ?? UnitTable.glued[suffix] ?? UnitTable.compoundGlued[suffix]
      guard let unit, smaller == nil || unit == smaller else { return nil }
      return MeasurePart(unit: unit, value: value, last: index)
    }
    let next = index + 1
    if next < tokens.count, tokens[next].kind == .word {
      if let unit = timeUnit(at: next) ?? writtenUnit(at: next)?.0 {
        guard smaller == nil || unit == smaller else { return nil }
        return MeasurePart(unit: unit, value: value, last: writtenUnit(at: next)?.1 ?? next)
      }
      if smaller == "inch", isWord(next, "in") {
        return MeasurePart(unit: "inch", value: value, last: next)
      }
    }
    // "the 6ft 4 striker": inches written without their unit (not "6ft 4 players").
    if smaller == "inch", NumberParser.isInteger(value),
      next >= tokens.count || tokens[next].kind != .word || !asciiPlural(next)
    {
      return MeasurePart(unit: "inch", value: value, last: index)
    }
    return nil
  }

  /// Whether word token `index` ends in a plural's "s" (not "ss").
  private func asciiPlural(_ index: Int) -> Bool {
    let word = lower(index)
    return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
  }
}
