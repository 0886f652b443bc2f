import CrossCheckCore

/// The ECB reference rates a discrepancy's comparison uses, recorded in the session with it: the
/// session file then holds every rate its conversions used (day, value, source), and opening it
/// years later, with a newer table or none, gives the same numbers.
enum RatePinning {
  static func rates(for references: [FigureReference], in shell: Shell) -> [ExchangeRate] {
    var items: [(figure: Figure, sourceDate: String?)] = []
    for reference in references {
      guard let source = shell.corpus.source(reference.figure.source),
        source.sha256 == reference.sourceSHA256, let figure = source.figure(reference.figure)
      else { continue }
      items.append((figure, source.metadata.date))
    }
    // Only amounts in two currencies or more need a rate (and only they read the table).
    let currencies = Set(items.filter { $0.figure.kind == .money }.compactMap(\.figure.unit))
    guard items.count >= 2, currencies.count >= 2 else { return [] }
    let comparator = Comparator(
      rates: shell.analysis.rates, reference: shell.referenceRates,
      tolerance: shell.analysis.settings.approxTolerance)
    var pinned: [ExchangeRate] = []
    for entry in comparator.compare(items).entries {
      for rate in entry.conversion?.rates ?? []
      where rate.isECBReferenceRate && !shell.analysis.rates.rates.contains(rate)
        && !pinned.contains(rate)
      {
        pinned.append(rate)
      }
    }
    return pinned
  }
}
