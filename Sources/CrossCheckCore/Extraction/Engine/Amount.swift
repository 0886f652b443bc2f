import Foundation

/// One side of a figure: a number with its currency, percent sign and scale, before hedges and
/// ranges are considered.
struct Amount {
  var mention: NumberMention
  var value: Decimal
  var currency: String?
  var currencyIsAmbiguous = false
  var isPercent = false
  var isPercentagePoint = false
  /// "25 basis points", "50bp": a hundredth of a percentage point.
  var isBasisPoint = false
  var scale: String?
  /// A unit of measurement, canonical ("km", "degC", "magnitude").
  var quantityUnit: String?
  /// Token span (inclusive) and byte span.
  var firstToken: Int
  var lastToken: Int
  var start: Int
  var end: Int
}

extension Amount {
  /// The mention alone: its value, scale and spans, with no currency, percent or unit yet.
  init(of mention: NumberMention) {
    self.init(
      mention: mention, value: mention.value, scale: mention.scale, firstToken: mention.firstToken,
      lastToken: mention.lastToken, start: mention.start, end: mention.end)
  }
}
