/// The whole of "N of the M": the M's size, given to both figures of the phrase, so that
/// parts of wholes of different sizes ("23 of the 50 seats", "63 of the 155 seats") and the
/// wholes themselves are told apart.
enum PartitiveWhole {
  /// Sets ``FigureProfile/partitiveWhole`` on one source's profiles: every whole (a figure
  /// with ``FigureProfile/partStart``) and the part starting there.
  static func assign(_ profiles: inout [FigureProfile]) {
    guard profiles.contains(where: { $0.partStart != nil }) else { return }
    var byStart: [Int: Int] = [:]
    for (index, profile) in profiles.enumerated() { byStart[profile.figure.start] = index }
    for index in profiles.indices {
      guard let start = profiles[index].partStart, let size = profiles[index].measure.magnitude
      else { continue }
      profiles[index].partitiveWhole = size
      // "32.4% of the 13,012,406 votes": a share of a count is told apart by other means.
      if let part = byStart[start],
        profiles[part].measure.dimension == profiles[index].measure.dimension
      {
        profiles[part].partitiveWhole = size
      }
    }
  }
}
