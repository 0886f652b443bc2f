import Foundation

/// An amount written in a currency's sub-unit alone is money in the main currency, as all money
/// is: "8 cents" is 0.08 USD, "138.6p" is 1.386 GBP, "65.8 US cents" is 0.658 USD. The text
/// keeps the sub-unit as written.
extension FigureRecognizer {
  /// Rewrites each amount left in a sub-unit (after ``joinSubunits(_:)`` has folded those that
  /// follow a whole amount) into its main currency.
  func mainCurrencyOfSubunits(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices where drafts[index].kind == .money {
      guard let subunit = drafts[index].unit,
        let (currency, perUnit) = Vocabulary.subunitCurrencies[subunit]
      else { continue }
      drafts[index].unit = currency
      drafts[index].value = drafts[index].value.map { DecimalParts.quotient($0, perUnit) }
      drafts[index].low = drafts[index].low.map { DecimalParts.quotient($0, perUnit) }
      drafts[index].high = drafts[index].high.map { DecimalParts.quotient($0, perUnit) }
    }
  }
}
