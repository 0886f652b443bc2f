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
  /// "tens of thousands" and the like: a vague amount, as an interval.
  var vagueLow: Decimal?
  var vagueHigh: Decimal?
  /// The words and letters written with the digits (see ``Wording``); nil while there are
  /// none.
  var wording: Wording?

  /// A number's scale word and the letters glued after its digits, which most numbers lack
  /// (``SeldomSetParts``: a mention is copied several times as it is read into a figure).
  struct Wording: SeldomSetParts {
    var scale: String?
    var leftoverSuffix: String?
    var unit: String?
  }

  /// The scale word or letters as written ("billion", "bn", "m"), with their byte range.
  var scale: String? {
    get { wording?.scale }
    set { wording.setPart(\.scale, newValue) }
  }
  /// Letters glued after the digits that the number grammar did not use ("USD" in "115USD").
  var leftoverSuffix: String? {
    get { wording?.leftoverSuffix }
    set { wording.setPart(\.leftoverSuffix, newValue) }
  }
  /// A unit glued to the digits ("km" in "19km"), canonical.
  var unit: String? {
    get { wording?.unit }
    set { wording.setPart(\.unit, newValue) }
  }
}
