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

  /// An amount's currency, scale and unit, which most amounts lack, apart from the other
  /// parts: an amount without any is copied and freed with one test for them all (an amount is
  /// copied several times as it is read into a figure).
  struct Words {
    var currency: String?
    var scale: String?
    var quantityUnit: String?
  }

  var currency: String? {
    get { words?.currency }
    set { setWord(\.currency, newValue) }
  }
  var scale: String? {
    get { words?.scale }
    set { setWord(\.scale, newValue) }
  }
  /// A unit of measurement, canonical ("km", "degC", "magnitude").
  var quantityUnit: String? {
    get { words?.quantityUnit }
    set { setWord(\.quantityUnit, newValue) }
  }

  /// Sets one of the words, making room for them only when a value is set.
  private mutating func setWord(_ word: WritableKeyPath<Words, String?>, _ value: String?) {
    guard words != nil || value != nil else { return }
    if words == nil { words = Words() }
    words![keyPath: word] = value
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
