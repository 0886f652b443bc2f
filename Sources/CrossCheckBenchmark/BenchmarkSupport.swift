import ArgumentParser
import CrossCheckCore

/// What every benchmark needs: the seed articles, durations in seconds, the median run.
enum BenchmarkSupport {
  /// The seed articles the generated corpora are made from.
  static func seeds(_ folder: String) throws -> Corpus {
    var seeds = Corpus()
    _ = seeds.load(folder)
    guard !seeds.sources.isEmpty else { throw ValidationError("no articles in \(folder)") }
    return seeds
  }

  /// The middle run (the upper one of an even count).
  static func median<Value: Comparable>(_ values: [Value]) -> Value {
    values.sorted()[values.count / 2]
  }
}

extension Duration {
  /// The duration in seconds, for printing rates.
  var inSeconds: Double {
    Double(components.seconds) + Double(components.attoseconds) * 1e-18
  }
}
