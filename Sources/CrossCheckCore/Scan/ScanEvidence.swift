/// The words and names a group's figures share: why the scan put them together.
public enum ScanEvidence {
  /// How many words the evidence lists.
  static let size = 6

  /// How much a group's shared words let it rank: none or one shared word is thin ground for
  /// saying two figures measure one thing.
  static func rankFactor(_ sharedTerms: Int) -> Double {
    switch sharedTerms {
    case 0: 0.4
    case 1: 0.6
    default: 1
    }
  }

  /// How many shared words and names a group needs to be offered at all. Figures that share
  /// none were put together on their story and values alone: nothing a checker could see says
  /// they measure one thing. Figures that agree are worth a look only when surely one
  /// measure, and one shared word ("€100 million" and "€100m" of an "advance") is too little.
  static func leastTerms(agreeing: Bool) -> Int {
    agreeing ? 2 : 1
  }

  /// Terms held by at least two members' contexts or names, heaviest first, as written.
  static func terms(shared members: [FigureProfile], words: FigureProfiler) -> [String] {
    var weight: [Int: Double] = [:]
    var holders: [Int: Int] = [:]
    for member in members {
      for entry in member.context.entries {
        weight[entry.term, default: 0] += entry.weight
        holders[entry.term, default: 0] += 1
      }
      for name in member.names where member.context.weight(of: name) == 0 {
        weight[name, default: 0] += 0.5
        holders[name, default: 0] += 1
      }
    }
    return holders.filter { $0.value >= 2 }.keys
      .sorted { (weight[$0] ?? 0, $1) > (weight[$1] ?? 0, $0) }
      .prefix(size).map { words.surface($0) }
  }
}

extension ScanEvidence {
  /// The shared words of figures the analyst picked, weighted against all loaded sources as
  /// the scan weighs them. Figures not in `sources` (typed ones) add nothing.
  public static func terms(of ids: [FigureID], in sources: [Source], rates: RateSources)
    -> [String]
  {
    let wanted = Set(ids)
    guard wanted.count >= 2 else { return [] }
    var profiler = FigureProfiler()
    let profiles = profiler.profiles(of: sources, kind: nil, rates: rates).profiles
    let members = profiles.filter { wanted.contains($0.figure.id) }
    return terms(shared: members, words: profiler)
  }
}
