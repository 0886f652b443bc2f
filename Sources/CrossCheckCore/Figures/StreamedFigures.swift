/// The figures of a source that a stream (``Corpus/stream(_:consume:)``) hands over: kept
/// compactly while the file was extracted, finished by the passes over the whole article as
/// they are read back, once and in order. The same figures, with the same ids, as a load gives
/// the source.
public struct StreamedFigures: Sendable {
  private let packed: PackedFigures
  private let finish: ArticleFinish

  init(_ packed: PackedFigures, finish: ArticleFinish) {
    self.packed = packed
    self.finish = finish
  }

  /// How many figures the source has.
  public var count: Int { packed.count - finish.dropped.count }

  /// Each figure, in order.
  public func forEachFigure(_ body: (Figure) -> Void) {
    var cursor = ArticleFinish.Cursor(finish)
    packed.forEachFigure { figure in
      if cursor.finish(&figure) { body(figure) }
    }
  }

  /// Every figure, in order (for tests and small sources: a stream reads them one at a time).
  public var all: [Figure] {
    var figures: [Figure] = []
    figures.reserveCapacity(count)
    forEachFigure { figures.append($0) }
    return figures
  }
}
