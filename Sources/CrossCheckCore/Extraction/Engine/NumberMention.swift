import Foundation

/// A number found in the text, before it is read as a figure: its value and where it is.
struct NumberMention {
  var value: Decimal
  /// Token indices (inclusive) in the line.
  var firstToken: Int
  var lastToken: Int
  /// Byte offsets of the span in the text.
  var start: Int
  var end: Int
  var isOrdinal = false
  var isSpelledOut = false
  var isFraction = false
  /// Digits only, four of them, no separators: a possible year.
  var isYearLike = false
  /// A year ending in 0 with a glued "s": "1990s".
  var isDecade = false
  /// A multiple in one word: "fivefold", "tenfold" (``NumberWord/multiple(_:)``).
  var isMultiple = false
  /// The scale word or letters as written ("billion", "bn", "m"), with their byte range.
  var scale: String?
  /// "tens of thousands" and the like: a vague amount, as an interval.
  var vagueLow: Decimal?
  var vagueHigh: Decimal?
  /// The letters glued after the digits (see ``GluedLetters``); nil while there are none.
  var gluedLetters: GluedLetters?

  /// Letters glued after digits, which few numbers have, apart from the other parts: a mention
  /// without them is copied and freed with one test for both (a mention is copied several
  /// times as it is read into a figure).
  struct GluedLetters {
    var leftoverSuffix: String?
    var unit: String?
  }

  /// Letters glued after the digits that the number grammar did not use ("USD" in "115USD").
  var leftoverSuffix: String? {
    get { gluedLetters?.leftoverSuffix }
    set {
      guard gluedLetters != nil || newValue != nil else { return }
      if gluedLetters == nil { gluedLetters = GluedLetters() }
      gluedLetters!.leftoverSuffix = newValue
    }
  }
  /// A unit glued to the digits ("km" in "19km"), canonical.
  var unit: String? {
    get { gluedLetters?.unit }
    set {
      guard gluedLetters != nil || newValue != nil else { return }
      if gluedLetters == nil { gluedLetters = GluedLetters() }
      gluedLetters!.unit = newValue
    }
  }
}
