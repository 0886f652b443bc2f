/// Finds a recorded figure again in a source whose text may have changed, by its quote and the
/// words around it — never by trusting offsets or ids alone.
public enum Reanchoring {
  public enum Result: Equatable, Sendable {
    /// The same text: the figure is where it was.
    case exact(FigureID)
    /// The quote was found elsewhere, with a figure of the same text there.
    case relocated(FigureID, from: Int, to: Int)
    /// The quote cannot be found with a figure of the same text: the reference is left unattached.
    case orphaned

    public var figure: FigureID? {
      switch self {
      case .exact(let id), .relocated(let id, _, _): return id
      case .orphaned: return nil
      }
    }
  }

  public static func locate(_ reference: FigureReference, in source: Source) -> Result {
    if source.sha256 == reference.sourceSHA256,
      let figure = figure(at: reference.position.start, text: reference.quote.exact, in: source)
    {
      return .exact(figure.id)
    }
    let scalars = Array(source.text.unicodeScalars)
    let exact = Array(reference.quote.exact.unicodeScalars)
    let prefix = Array(reference.quote.prefix.unicodeScalars)
    let suffix = Array(reference.quote.suffix.unicodeScalars)
    guard !exact.isEmpty, exact.count <= scalars.count else { return .orphaned }
    // Every occurrence of the quote, scored by how much of its context still surrounds it.
    var best: (start: Int, score: Int)?
    var index = 0
    while index + exact.count <= scalars.count {
      if scalars[index] == exact[0] && Array(scalars[index..<(index + exact.count)]) == exact {
        var score = 0
        while score < prefix.count && index - score - 1 >= 0
          && scalars[index - score - 1] == prefix[prefix.count - score - 1]
        {
          score += 1
        }
        var after = 0
        let end = index + exact.count
        while after < suffix.count && end + after < scalars.count
          && scalars[end + after] == suffix[after]
        { after += 1 }
        score += after
        // A nearer position breaks ties, so a repeated figure keeps its own place.
        if best == nil || score > best!.score
          || (score == best!.score
            && abs(index - reference.position.start) < abs(best!.start - reference.position.start))
        {
          best = (index, score)
        }
      }
      index += 1
    }
    guard let found = best, found.score >= min(8, prefix.count + suffix.count),
      let figure = figure(at: found.start, text: reference.quote.exact, in: source)
    else { return .orphaned }
    return found.start == reference.position.start
      ? .exact(figure.id) : .relocated(figure.id, from: reference.position.start, to: found.start)
  }

  /// A recorded figure as it should be referenced now, and what became of it: the one place
  /// where figures are re-anchored, for `open`, `replay` and recovery alike. A figure whose
  /// source is missing, or whose quote is gone, keeps its recorded reference (its quote,
  /// unattached to any figure), so a discrepancy never silently points at other text.
  public static func reanchor(_ reference: FigureReference, in corpus: Corpus) -> (
    reference: FigureReference, outcome: AnchorOutcome
  ) {
    guard let source = corpus.source(reference.figure.source) else {
      return (reference, .sourceNotLoaded)
    }
    switch locate(reference, in: source) {
    case .exact(let id):
      guard let figure = source.figure(id) else { return (reference, .orphaned(source.id)) }
      if source.sha256 == reference.sourceSHA256 { return (reference, .unchanged) }
      return (FigureReference(figure: figure, in: source), .exactInChangedText)
    case .relocated(let id, let from, let to):
      guard let figure = source.figure(id) else { return (reference, .orphaned(source.id)) }
      return (FigureReference(figure: figure, in: source), .relocated(from: from, to: to, now: id))
    case .orphaned:
      return (reference, .orphaned(source.id))
    }
  }

  /// The figure starting at `start` with exactly this text (the same number), if any.
  private static func figure(at start: Int, text: String, in source: Source) -> Figure? {
    source.figures.first { $0.start == start && $0.text == text }
  }
}
