/// "Lost" is a contest's side ("lost 12 seats") only when it is the verb of the count: "60
/// people lost their lives" is a death toll like "69 people died", and "at least 14 structures
/// have been lost" counts things destroyed, as "37 structures destroyed" does, with no side
/// of a contest about it.
enum LostFate {
  /// How a fate word reads beside a figure.
  enum Reading: Equatable {
    /// As the word itself says.
    case asWritten
    /// A death: "lost their lives", "lives lost".
    case death
    /// No fate at all: the passive "were lost", "have been lost".
    case none
  }

  /// How the fate word at `index` reads.
  static func reading(at index: Int, in tokens: [FigureProfiler.Token]) -> Reading {
    guard tokens[index].marks.contains(.loss) else { return .asWritten }
    var next = index + 1
    // "lost their lives", "lost his life".
    if next < tokens.count, tokens[next].marks.contains(.wholeDeterminer) { next += 1 }
    if next < tokens.count, tokens[next].marks.contains(.life) { return .death }
    guard index > 0 else { return .asWritten }
    // "lives lost".
    if tokens[index - 1].marks.contains(.life) { return .death }
    // "were lost", "have been lost".
    if tokens[index - 1].marks.contains(.copula) { return .none }
    return .asWritten
  }
}
