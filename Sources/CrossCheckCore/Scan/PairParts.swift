import Foundation

/// The named parts of a pair's score before they are combined into ``PairScore/sameness``: the
/// additive parts, each factor, and the rules that fired. The scan's score is made from them
/// (``PairScore/init(parts:)``), and ``featureValues`` lays them out as numbers for a learned
/// score, so both read the same evidence.
struct PairParts: Sendable {
  var relation: PairScore.ValueRelation
  var dimension: MeasureDimension
  /// The additive parts: the clauses' cosine, the sources' story similarity, how close the
  /// magnitudes are, the shared names (at most three), the subject overlap.
  var context: Double
  var story: Double
  var magnitude: Double
  var sharedNames: Int
  var subject: Double
  var oneStructure: Bool
  /// The factors, in the order they are applied.
  var period: Double
  var countedNoun: Double
  var nounOnly: Double
  var outcome: Double
  var modifier: Double
  var sameSentence: Double
  var list: Double
  var otherStory: Double
  var ordinal: Double
  var percentAndPoints: Double
  var converted: Double
  var name: Double
  /// ``SeparateEvents/eventFactor(_:_:)``: articles published far apart.
  var event: Double
  /// The rules that lower a pair by a fixed factor.
  var otherHolder: Bool
  var otherWhole: Bool
  var partAndTotal: Bool
  var changeAndLevel: Bool
  var otherSide: Bool
  var twoMoments: Bool
  var normAndMeasurement: Bool
  var complements: Bool
  var severity: Bool
  /// ``SummaryStatistic``: an average against a median.
  var otherStatistic = false
  /// The rules that raise a pair to a floor, or lower a derived match.
  var restated: Bool
  var derivedMatch: Bool
  var anaphor: Bool
  var revision: Bool
  /// ``TitleRestatement``: a title's figure and the body's, one figure written twice.
  var titleRestated = false
  /// ``SpecificValueMatch``: one specific value, or its rounding, in two reports of a story.
  var specificMatch = false
  /// ``HedgedValueMatch``: a specific value and another report's hedge that admits it.
  var hedgedMatch = false
  /// What the conflict and group rules read.
  var outcomeConflict: Bool
  var sameSource: Bool
  var sameSentenceStart: Bool
  var unitsDiffer: Bool
  var isSentencePart: Bool
  /// One value, bounded in one report and not so in the other (``PairScore/boundsDiffer``).
  var boundsDiffer = false

  /// The additive part of the sameness, before any factor.
  var additive: Double {
    PairScore.contextWeight * context + PairScore.topicWeight * story
      + PairScore.magnitudeWeight * magnitude + PairScore.nameWeight * Double(sharedNames)
      + PairScore.subjectWeight * subject
  }

  /// The parts of a learned score, named as ``featureValues`` orders them: the additive
  /// parts, the log of each factor, each rule as 0 or 1, the value relation and the
  /// dimension one-hot.
  static let featureNames: [String] =
    [
      "context", "story", "magnitude", "shared_names", "subject", "one_structure",
      "log_period", "log_counted_noun", "log_noun_only", "log_outcome", "log_modifier",
      "log_same_sentence", "log_list", "log_other_story", "log_ordinal",
      "log_percent_and_points", "log_converted", "log_name", "log_event",
      "other_holder", "other_whole", "part_and_total", "change_and_level", "other_side",
      "two_moments", "norm_and_measurement", "complements", "severity", "other_statistic",
      "restated", "derived_match", "anaphor", "revision", "title_restated", "specific_match",
      "hedged_match",
      "outcome_conflict", "same_source", "same_sentence_start", "units_differ", "sentence_part",
      "relation_equal", "relation_close", "relation_different", "relation_unknown",
    ] + MeasureDimension.allCases.map { "dimension_\($0.rawValue)" }

  /// The parts as numbers, in the order of ``featureNames``.
  var featureValues: [Double] {
    func bit(_ flag: Bool) -> Double { flag ? 1 : 0 }
    // Every factor is above zero; the floor only guards the logarithm.
    func logOf(_ factor: Double) -> Double { log(max(factor, 1e-6)) }
    return
      [
        context, story, magnitude, Double(sharedNames), subject, bit(oneStructure),
        logOf(period), logOf(countedNoun), logOf(nounOnly), logOf(outcome), logOf(modifier),
        logOf(sameSentence), logOf(list), logOf(otherStory), logOf(ordinal),
        logOf(percentAndPoints), logOf(converted), logOf(name), logOf(event),
        bit(otherHolder), bit(otherWhole), bit(partAndTotal), bit(changeAndLevel),
        bit(otherSide), bit(twoMoments), bit(normAndMeasurement), bit(complements),
        bit(severity), bit(otherStatistic), bit(restated), bit(derivedMatch), bit(anaphor),
        bit(revision),
        bit(titleRestated), bit(specificMatch), bit(hedgedMatch),
        bit(outcomeConflict), bit(sameSource), bit(sameSentenceStart), bit(unitsDiffer),
        bit(isSentencePart),
        bit(relation == .equal), bit(relation == .close), bit(relation == .different),
        bit(relation == .unknown),
      ] + MeasureDimension.allCases.map { bit($0 == dimension) }
  }
}
