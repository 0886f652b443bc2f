/// What the passes over a whole article do to its figures, decided once every figure is in
/// (``FigureAssembly/finishing()``): which "first"s are dropped (the figures after them move
/// up a number), and the one temperature scale that bare "degrees" take. Applied to all the
/// figures at once, or to each in turn as a stream reads them back, with the same result.
struct ArticleFinish: Sendable {
  /// The provisional numbers of the figures dropped, in increasing order.
  let dropped: [Int]
  /// The article's only temperature scale, for its bare degrees; nil leaves them ambiguous.
  let degreeScale: String?
  /// The one dollar the article names when it is not the US dollar ("A$"), for its bare "$";
  /// nil leaves them US dollars. Either way they stay flagged ambiguous.
  var dollar: String? = nil
  /// The currency each bare shared name ("shillings", read first as "KES") means in this
  /// article, when not the one it was read as (``HomeNamedCurrency``).
  var namedCurrencies: [String: String] = [:]

  /// Finishes figures numbered 1, 2, 3… in place. Kept figures after a dropped one move up
  /// each once, by a bitwise swap (no copy of a figure's strings and arrays).
  func apply(to figures: inout [Figure], source: SourceID) {
    if let firstDropped = dropped.first {
      var kept = firstDropped - 1
      figures.withUnsafeMutableBufferPointer { buffer in
        var next = 0
        for index in kept..<buffer.count {
          if next < dropped.count && dropped[next] == index + 1 {
            next += 1
            continue
          }
          buffer.swapAt(kept, index)
          buffer[kept].id = FigureID(source: source, number: kept + 1)
          kept += 1
        }
      }
      figures.removeLast(figures.count - kept)
    }
    if let dollar {
      for index in figures.indices where Self.isBareDollar(figures[index]) {
        figures[index].unit = dollar
      }
    }
    if !namedCurrencies.isEmpty {
      for index in figures.indices { resolveNamedCurrency(&figures[index]) }
    }
    guard degreeScale != nil else { return }
    for index in figures.indices where Self.isBareDegree(figures[index]) {
      resolveDegree(&figures[index])
    }
  }

  /// "$850m": an amount in dollars that does not say which.
  static func isBareDollar(_ figure: Figure) -> Bool {
    figure.kind == .money && figure.unitIsAmbiguous && figure.unit == "USD"
  }

  /// The figures of an article one at a time, in order, as ``apply(to:source:)`` finishes them.
  struct Cursor {
    let finish: ArticleFinish
    private var droppedBefore = 0

    init(_ finish: ArticleFinish) { self.finish = finish }

    /// Finishes the figure where it lies (no copy of its strings and arrays); whether it is
    /// kept, not dropped.
    mutating func finish(_ figure: inout Figure) -> Bool {
      let number = figure.id.number
      if droppedBefore < finish.dropped.count && finish.dropped[droppedBefore] == number {
        droppedBefore += 1
        return false
      }
      if droppedBefore > 0 {
        figure.id = FigureID(source: figure.id.source, number: number - droppedBefore)
      }
      if let dollar = finish.dollar, ArticleFinish.isBareDollar(figure) { figure.unit = dollar }
      if !finish.namedCurrencies.isEmpty { finish.resolveNamedCurrency(&figure) }
      if finish.degreeScale != nil, ArticleFinish.isBareDegree(figure) {
        finish.resolveDegree(&figure)
      }
      return true
    }
  }

  /// "6,000 shillings" in a Ugandan article: a bare shared name takes the article's currency
  /// of that name (still flagged ambiguous, as a bare "$" is).
  private func resolveNamedCurrency(_ figure: inout Figure) {
    guard figure.kind == .money, figure.unitIsAmbiguous, let unit = figure.unit,
      let code = namedCurrencies[unit]
    else { return }
    figure.unit = code
  }

  /// "44 or 45 degrees": a temperature without its scale.
  static func isBareDegree(_ figure: Figure) -> Bool {
    isBareDegree(kind: figure.kind, unit: figure.unit)
  }

  static func isBareDegree(kind: FigureKind, unit: String?) -> Bool {
    kind == .quantity && unit == "degree"
  }

  /// The article's other temperatures are all in one scale: bare degrees are in it too.
  private func resolveDegree(_ figure: inout Figure) {
    figure.unit = degreeScale
    figure.unitIsAmbiguous = false
  }
}
