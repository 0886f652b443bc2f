import Foundation

/// An amount written in a currency and its sub-unit: "20 dollars 43 cents", "£3 and 50 pence",
/// "5 euros 20 cents" is one amount (20.43, 3.50, 5.20) in the larger currency.
extension FigureRecognizer {
  /// `drafts` with each amount in a sub-unit that directly follows a whole amount in the main
  /// unit folded into it.
  func joinSubunits(_ drafts: [FigureDraft]) -> [FigureDraft] {
    var result: [FigureDraft] = []
    for draft in drafts {
      guard draft.kind == .money, let lastIndex = result.indices.last,
        let part = subunitPart(draft, after: result[lastIndex])
      else {
        result.append(draft)
        continue
      }
      var whole = result[lastIndex]
      whole.value = whole.value.map { $0 + part }
      if let qualifier = whole.qualifier {
        setQualifier(&whole, qualifier, hedge: whole.hedge ?? "")
      }
      whole.extendEnd(to: draft)
      result[result.count - 1] = whole
    }
    return result
  }

  /// The value `draft` adds to `whole` in `whole`'s currency when it is that currency's
  /// sub-unit written right after it ("43 cents" after "20 dollars" adds 0.43), or nil.
  private func subunitPart(_ draft: FigureDraft, after whole: FigureDraft) -> Decimal? {
    guard whole.kind == .money, draft.kind == .money, whole.scale == nil, draft.scale == nil,
      whole.low == nil, whole.high == nil, draft.qualifier == nil,
      let currency = whole.unit, Vocabulary.subunits[currency] == nil,
      let perUnit = draft.unit.flatMap({ Vocabulary.subunits[$0] }),
      let amount = whole.value, let cents = draft.value,
      NumberParser.isInteger(amount), NumberParser.isInteger(cents), cents > 0, cents < perUnit,
      draft.firstToken == whole.lastToken + 1
        || (draft.firstToken == whole.lastToken + 2 && isWord(whole.lastToken + 1, "and"))
    else { return nil }
    return DecimalParts.quotient(cents, perUnit)
  }
}
