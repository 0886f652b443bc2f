import CrossCheckCore

/// What re-anchoring found, in words: the same sentence for `open`, `replay` and recovery.
enum AnchorMessage {
  /// "bl0122:9 “$300 billion”: relocated from 3261 to 3295, now bl0122:10"; nil when there is
  /// nothing to say (the figure is where it was in unchanged text).
  static func line(_ reference: FigureReference, _ outcome: AnchorOutcome) -> String? {
    let figure = "\(reference.figure) “\(reference.quote.exact)”"
    switch outcome {
    case .unchanged: return nil
    case .exactInChangedText: return "\(figure): exact (same place in the changed text)"
    case .relocated(let from, let to, let id):
      return "\(figure): relocated from \(from) to \(to), now \(id)"
    case .sourceNotLoaded: return "\(figure): orphaned (its source is not loaded)"
    case .orphaned(let source): return "\(figure): orphaned (the quote is no longer in \(source))"
    }
  }
}
