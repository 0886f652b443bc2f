import Foundation

/// A figure as recognized in a line, in byte offsets, before context (sentence, subject, scope)
/// and code point offsets are added.
struct FigureDraft {
  var kind: FigureKind = .count
  var value: Decimal?
  var low: Decimal?
  var lowInclusive: Bool?
  var high: Decimal?
  var highInclusive: Bool?
  var unit: String?
  var unitIsAmbiguous = false
  var qualifier: Qualifier?
  var hedge: String?
  var scale: String?
  /// The parts few drafts have (see ``RareParts``); nil while none is set.
  var rareParts: RareParts?
  /// The number is too large for exact decimal arithmetic.
  var outOfRange = false
  /// "first" with nothing to rank it among: a figure only if the source counts the same series
  /// with other ordinals ("the first march" beside "the 12th march").
  var needsSeries = false
  /// Byte span of the comparison and numbers alone: no approximating hedge ("about"), no unit
  /// ("years"). What ``NumberRecognizer/ranges(in:)`` reports.
  var boundStart: Int?
  var boundEnd: Int?
  /// Byte span of the whole figure (hedge to unit).
  var start: Int
  var end: Int
  /// Token span (inclusive) of the whole figure.
  var firstToken: Int
  var lastToken: Int
  /// Tokens of the noun phrase the figure counts or modifies ("apartment buildings", "plan").
  var nounTokens: Range<Int>?

  /// The parts of a draft that few drafts have (``SeldomSetParts``: a draft is made for every
  /// number, and most become no date, time or compound).
  struct RareParts: SeldomSetParts {
    var date: String?
    var time: String?
    var zone: String?
    var components: [Decimal]?
    var compoundUnit: String?
  }

  /// For dates: ISO 8601 ("2022", "2025-02", "--10-14", "2025-10-14").
  var date: String? {
    get { rareParts?.date }
    set { rareParts.setPart(\.date, newValue) }
  }
  /// For clock times: "21:45" and the zone as written.
  var time: String? {
    get { rareParts?.time }
    set { rareParts.setPart(\.time, newValue) }
  }
  var zone: String? {
    get { rareParts?.zone }
    set { rareParts.setPart(\.zone, newValue) }
  }
  var components: [Decimal]? {
    get { rareParts?.components }
    set { rareParts.setPart(\.components, newValue) }
  }
  /// The unit of an adjective compound ("points" in "20-point plan"), added to the subject.
  var compoundUnit: String? {
    get { rareParts?.compoundUnit }
    set { rareParts.setPart(\.compoundUnit, newValue) }
  }

  /// Reaches to where `later` ends, taking its noun: the draft has absorbed `later` ("2.5
  /// billion" and "rupees" after it, a range's second amount, a whole and its sub-unit).
  mutating func extendEnd(to later: FigureDraft) {
    end = later.end
    lastToken = later.lastToken
    boundEnd = later.boundEnd
    nounTokens = later.nounTokens
  }

  /// Becomes the closed band `low`…`high`, both ends included, with no single value ("the
  /// early 60s", "into the 50s", "six- to nine-month").
  mutating func setClosedBand(low: Decimal, high: Decimal) {
    value = nil
    self.low = low
    self.high = high
    lowInclusive = true
    highInclusive = true
  }
}
