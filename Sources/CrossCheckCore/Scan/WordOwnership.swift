/// A word that follows an earlier figure in that figure's clause, before this figure, is the
/// earlier figure's: English puts what a figure counts after it ("92.3% of polling stations
/// counted", "230 were injured"), so in "with 92.3% of polling stations counted, Echeverría had
/// 31.8% of the vote" the polling stations are the 92.3%'s. Such a word says little of this
/// figure, so it weighs less in its context: two figures then meet on their own words, not on a
/// neighbour's. Words of this figure's own clause, and words before the first figure ("the
/// state offered 3% a year, a total of about 9%": the offer is both figures'), are left to all.
/// Only figures of one kind compete (a sum and its share of a whole describe one thing), and a
/// figure right beside this one with no word between ("€1.6 billion ($1.86 billion)") is the
/// same value written twice: its clause is this one's.
struct WordOwnership {
  /// How much a word completing another figure still says of this one.
  static let othersWeight = 0.35

  /// This figure's first token, and its clauses (its own, and those of the same value written
  /// beside it).
  private let first: Int
  private var clauses: [Int] = []
  /// The other figures' first and last tokens and the clause they stand in.
  private var others: [(first: Int, last: Int, clause: Int)] = []

  /// The figure whose tokens run from `first` to `last`, among the sentence's other figures of
  /// its kind, `spans` (code point offsets).
  init(first: Int, last: Int, tokens: [FigureProfiler.Token], spans: [Range<Int>]) {
    self.first = first
    guard first <= last, last < tokens.count else { return }
    clauses = [tokens[first].clause]
    for span in spans {
      guard let start = tokens.firstIndex(where: { $0.end > span.lowerBound }),
        tokens[start].start < span.upperBound
      else { continue }
      let end = tokens[start...].lastIndex { $0.start < span.upperBound } ?? start
      // Beside this figure with no word between: the same value in another unit. (A third
      // figure between, "120 knots (140mph, 220km/h)", is no word: one value thrice.)
      let between = end < first ? (end + 1)..<first : (last + 1)..<max(last + 1, start)
      let isWord = { (token: FigureProfiler.Token) in
        token.term != nil
          && !spans.contains { $0.lowerBound < token.end && token.start < $0.upperBound }
      }
      guard tokens[between].contains(where: isWord) else {
        clauses.append(tokens[start].clause)
        continue
      }
      others.append((start, end, tokens[start].clause))
    }
  }

  /// The share of its weight the word at `index` keeps in this figure's context.
  func weight(of index: Int, tokens: [FigureProfiler.Token]) -> Double {
    let wordClause = tokens[index].clause
    guard !clauses.contains(wordClause) else { return 1 }
    let isOthers = others.contains {
      $0.clause == wordClause && $0.last < index && index < first
    }
    return isOthers ? WordOwnership.othersWeight : 1
  }
}
