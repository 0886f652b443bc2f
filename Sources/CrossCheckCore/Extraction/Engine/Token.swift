/// One token of a line of text, as byte offsets into the source's UTF-8.
struct Token {
  enum Kind: UInt8 {
    /// Letters (any script), with inner apostrophes and dotted abbreviations ("U.S", "Russia’s").
    case word
    /// Digits with inner `,` or `.` between digits ("1,234.5"); letters glued on after the digits
    /// ("10k", "7th", "45bn") are kept in the token and start at ``Token/suffixStart``.
    case number
    /// A currency sign ($ € £ ¥ ₹ ₽ ₴ ₿ …) or the percent sign.
    case symbol
    /// `-` or a dash (– —).
    case dash
    /// Any other punctuation.
    case punctuation
  }

  // Offsets first, flags last: 40 bytes a token instead of 48 with the padding between.
  var start: Int
  var end: Int
  /// Where letters glued to a number begin (== end when there are none).
  var suffixStart: Int
  /// The word's entry in the lexicon, for words the lexicon knows.
  var lexeme: Int32 = -1
  /// For symbols: the Unicode scalar value.
  var scalar: UInt32 = 0
  var kind: Kind
  /// Whether white space separates this token from the previous one (or it starts the line).
  var spaceBefore: Bool
  /// A digit token, or a word that can be or start a figure (not "a", "point", "minus").
  var isTrigger = false
  /// First letter upper-case (ASCII).
  var isCapitalized = false
  /// The first byte, lower-cased for ASCII letters; for symbols the first byte of their UTF-8.
  var head: UInt8 = 0

  init(kind: Kind, start: Int, end: Int, suffixStart: Int, spaceBefore: Bool) {
    self.kind = kind
    self.start = start
    self.end = end
    self.suffixStart = suffixStart
    self.spaceBefore = spaceBefore
  }

  var hasSuffix: Bool { suffixStart < end }
}
