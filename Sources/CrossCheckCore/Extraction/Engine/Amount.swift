import Foundation

/// One side of a figure: a number with its currency, percent sign and scale, before hedges and
/// ranges are considered.
struct Amount {
  var mention: NumberMention
  var value: Decimal
  var currencyIsAmbiguous = false
  var isPercent = false
  var isPercentagePoint = false
  /// "25 basis points", "50bp": a hundredth of a percentage point.
  var isBasisPoint = false
  /// Token span (inclusive) and byte span.
  var firstToken: Int
  var lastToken: Int
  var start: Int
  var end: Int
  /// The words read with the number (see ``Words``); nil while there are none.
  var words: Words?

  /// An amount's currency, scale and unit, which most amounts lack (``SeldomSetParts``: an
  /// amount is copied several times as it is read into a figure).
  struct Words: SeldomSetParts {
    var currency: String?
    var scale: String?
    var quantityUnit: String?
  }

  var currency: String? {
    get { words?.currency }
    set { words.setPart(\.currency, newValue) }
  }
  var scale: String? {
    get { words?.scale }
    set { words.setPart(\.scale, newValue) }
  }
  /// A unit of measurement, canonical ("km", "degC", "magnitude").
  var quantityUnit: String? {
    get { words?.quantityUnit }
    set { words.setPart(\.quantityUnit, newValue) }
  }
}

extension Amount {
  /// The mention alone: its value, scale and spans, with no currency, percent or unit yet.
  init(of mention: NumberMention) {
    self.init(
      mention: mention, value: mention.value, firstToken: mention.firstToken,
      lastToken: mention.lastToken, start: mention.start, end: mention.end)
    scale = mention.scale
  }
}
