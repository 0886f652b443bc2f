import Foundation

/// "about a mile from shore", "nearly a kilometre", "more than a mile long", "half a mile", "a
/// mile and a half": "a" or "an" before a unit of length is one of it where it measures: after a
/// hedge, after "half", with "and a half", or before a word of extent or distance ("long",
/// "away", "from", "offshore"; ``Vocabulary/lengthExtentWords``). Not an idiom with no article
/// ("went the extra mile", "miles away"), a bare "walk a mile", nor "a mile-long queue", where
/// the unit names the queue's kind.
extension FigureRecognizer {
  /// The lengths "a mile" measures on the line, none overlapping a figure of `drafts` other
  /// than the fraction it takes in ("half", "a half").
  func articleLengths(excluding drafts: [FigureDraft]) -> [FigureDraft] {
    var found: [FigureDraft] = []
    // A unit of length is a trigger only after an article.
    for index in tokens.indices.dropLast() where tokens[index + 1].isTrigger {
      guard tokens[index].kind == .word, case .article? = parser.lexicon.word(tokens[index]),
        case .lengthUnit? = parser.lexicon.word(tokens[index + 1]),
        let unit = Vocabulary.articleLengthUnits[lower(index + 1)]
      else { continue }
      var first = index
      var last = index + 1
      var value = Decimal(1)
      if isWord(index - 1, "half") {
        first = index - 1
        value = Decimal(string: "0.5")!
      } else if isWord(last + 1, "and"), last + 3 < tokens.count,
        case .article? = parser.lexicon.word(tokens[last + 2]), isWord(last + 3, "half")
      {
        value = Decimal(string: "1.5")!
        last += 3
      }
      if isGluedHyphen(last + 1) { continue }
      let overlaps = drafts.contains { draft in
        draft.firstToken <= last && first <= draft.lastToken
          && !(first <= draft.firstToken && draft.lastToken <= last)
      }
      if overlaps { continue }
      var draft = FigureDraft(
        start: tokens[first].start, end: tokens[last].end, firstToken: first, lastToken: last)
      draft.kind = .quantity
      draft.unit = unit
      draft.value = value
      applyHedges(to: &draft, after: -1)
      guard
        draft.qualifier != nil || value != 1
          || isWord(last + 1, in: Vocabulary.lengthExtentWords)
      else { continue }
      draft.boundStart = draft.start
      draft.boundEnd = draft.end
      found.append(draft)
    }
    return found
  }
}
