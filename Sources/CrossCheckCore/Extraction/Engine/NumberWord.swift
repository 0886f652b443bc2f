/// What a number word means to the number grammar.
enum NumberWord: Equatable {
  /// zero … nineteen.
  case unit(Int)
  /// twenty, thirty … ninety.
  case tens(Int)
  case hundred
  /// thousand (3), million (6), billion (9), trillion (12), lakh (5), crore (7), and the short
  /// forms bn, mn, tn, bln, mln.
  case scale(Int)
  case dozen
  /// "a" / "an": one, when a hundred, a dozen, a third… follows.
  case article
  case half
  /// quarter(s): a fraction word that is not an ordinal.
  case quarter(plural: Bool)
  /// first, second … hundredth, and their plurals (thirds, fifths) as fraction denominators.
  case ordinal(Int, plural: Bool)
  /// "minus", "negative".
  case minus
  /// "point", in "two point five".
  case point
  /// tens, hundreds, thousands, millions, billions: "tens of thousands" is a vague amount. The
  /// power of ten of one unit of it.
  case vague(Int)
  /// hour, day, year…: not a number, but a line with "hour-long" holds a figure.
  case timeUnit
  /// mile, kilometre, metre…: not a number either, but "about a mile" measures one.
  case lengthUnit
  /// "twofold" … "tenfold", "hundredfold": a multiple in one word, as "five times" is.
  case multiple(Int)

  /// A unit word (of time or length), which the lexicon knows so that "a year", "about a mile"
  /// can be read, but which is no number itself.
  var isUnit: Bool { self == .timeUnit || self == .lengthUnit }
}
