/// "Toll hits 27" over "At least 27 people are now known to have died"; "Over 450 children
/// fell ill" over "rose to 451": a headline, standfirst or live-blog heading states the body's
/// figure again, rounded or with its hedge dropped or changed. The two are one figure written
/// twice, and the change is what a checker looks at: the pair is offered whatever little else
/// their few words share, unless a rule says they measure different things.
enum TitleRestatement {
  /// How alike a title's figure and the body's restated figure are at least.
  static let sameness = 0.5

  /// Whether one figure is on a title line and the other in the body of one article, with
  /// values within a rounding or a hedge of each other (or equal, hedged differently), and a
  /// word of their clauses shared.
  @inline(__always)
  static func areOne(
    _ a: FigureProfile, _ b: FigureProfile, relation: PairScore.ValueRelation, context: Double
  ) -> Bool {
    guard a.source == b.source, a.isTitle != b.isTitle, context > 0 else { return false }
    switch relation {
    case .close: return true
    case .equal: return a.figure.qualifier != b.figure.qualifier
    case .different, .unknown: return false
    }
  }

  /// A title's figure the body gives hedged otherwise (``FigureProfile/isTitleTwin``) against
  /// another article's: other reports meet the body's figure, where its context is.
  @inline(__always)
  static func isTwinAbroad(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    a.source != b.source && (a.isTitleTwin || b.isTitleTwin)
  }

  /// Whether no rule of the pair's parts says the figures measure different things: of
  /// other periods, fates, nouns, holders, wholes or sides, or a change against a level.
  static func isUncontested(_ p: PairParts) -> Bool {
    p.period >= 1 && p.countedNoun >= 1 && p.outcome >= 1 && p.modifier >= 1 && p.ordinal >= 1
      && p.percentAndPoints >= 1 && p.event >= 1 && !p.otherHolder && !p.otherWhole
      && !p.partAndTotal && !p.changeAndLevel && !p.otherSide && !p.twoMoments
      && !p.normAndMeasurement && !p.complements && !p.severity && !p.otherStatistic
  }
}
