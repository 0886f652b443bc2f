/// "A qualified majority requires the backing of 55% of member states", "needs a two-thirds
/// majority", "the target of 2%", "more than half of the valid votes, the threshold needed to
/// win outright": a figure that states a requirement, threshold or rule is a norm (deontic
/// modality), not a measurement. It may be checked against another statement of the norm,
/// never against an observed value ("won 32.4%", "approved by 24 member states"): the two
/// measure different things, what must be and what was.
enum NormFigure {
  /// How many words before the figure a word of norm may stand and still govern it ("requires
  /// the backing of 55%").
  static let reach = 4
  /// How many words before the figure a noun of norm may stand as its clause's subject ("the
  /// speed limit had been cut to 65km/h"): a verb phrase may stand between.
  static let nounReach = 6
  /// How many words of the figure's own noun phrase may follow it before an apposition names
  /// it a norm ("more than half of the valid votes, the threshold …").
  static let phraseReach = 4
  /// How many words after the figure a passive of need ("is needed") may end.
  static let passiveReach = 10

  /// Whether the clause makes the figure whose tokens run from `first` to `last` a norm: a
  /// word of norm shortly before it in its clause (a noun of norm a little further, as the
  /// clause's subject), with no other number between, or an
  /// apposition of a noun of norm right after the figure's noun phrase.
  static func isNorm(first: Int, last: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard first <= last, last < tokens.count else { return false }
    let clause = tokens[first].clause
    var index = first - 1
    while index >= max(0, first - nounReach), tokens[index].clause == clause {
      if tokens[index].marks.contains(.digits) { break }
      if tokens[index].marks.contains(.normNoun)
        || (first - index <= reach && tokens[index].marks.contains(.normCue))
      {
        return true
      }
      index -= 1
    }
    return isNamedNormByApposition(last: last, in: tokens) || isNeededAfter(last: last, in: tokens)
  }

  /// "the 52,000 a year that the Housing Commission says is needed": a passive of need later
  /// in the figure's clause, with no other number between, makes the figure the thing needed.
  static func isNeededAfter(last: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    let clause = tokens[last].clause
    var index = last + 1
    while index + 1 < min(tokens.count, last + 1 + passiveReach), tokens[index + 1].clause == clause
    {
      if tokens[index].marks.contains(.digits) { return false }
      if tokens[index].marks.contains(.copula),
        !tokens[index + 1].marks.isDisjoint(with: [.normCue, .normParticiple])
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// "more than half of the valid votes, the threshold needed to win": the clause after the
  /// figure's ends a few words on, and opens with a noun of norm (after at most one word of no
  /// meaning, "the", "a").
  static func isNamedNormByApposition(last: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    let clause = tokens[last].clause
    var next = last + 1
    while next < tokens.count, tokens[next].clause == clause {
      guard next - last <= phraseReach, !tokens[next].marks.contains(.digits) else {
        return false
      }
      next += 1
    }
    guard next < tokens.count, tokens[next].clause == clause + 1 else { return false }
    if tokens[next].marks.contains(.normNoun) { return true }
    return tokens[next].term == nil && next + 1 < tokens.count
      && tokens[next + 1].clause == clause + 1 && tokens[next + 1].marks.contains(.normNoun)
  }

  /// Whether one figure is a norm and the other a measurement.
  static func areNormAndMeasurement(_ a: Measure, _ b: Measure) -> Bool {
    a.isNorm != b.isNorm
  }
}
