import ArgumentParser
import CrossCheckCore
import Foundation

/// `pair-features DIR...`: every candidate pair the scan scores in each folder of articles
/// (each folder scanned on its own, as `load DIR` then `scan` would), one JSON object a line,
/// for fitting and checking a learned pair score (scripts/train-pair-score).
struct PairFeaturesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pair-features",
    abstract:
      "Write every candidate pair the scan scores in each DIR as JSONL: the figures' spans, the hand sameness and the named features."
  )

  @Argument(help: "Folders (or files) of articles; each is scanned on its own.")
  var folders: [String]

  func run() throws {
    print(
      String(
        data: try JSONSerialization.data(withJSONObject: ["features": PairFeatureRow.featureNames]),
        encoding: .utf8)!)
    for folder in folders {
      var corpus = Corpus()
      _ = corpus.load(folder)
      guard !corpus.sources.isEmpty else { throw ValidationError("no articles in \(folder)") }
      let rows = DiscrepancyScanner(comparator: Comparator()).pairFeatures(corpus.sources)
      for row in rows {
        func place(_ place: PairFeatureRow.Place) -> [String: Any] {
          [
            "file": (place.path as NSString).lastPathComponent, "start": place.start,
            "end": place.end,
          ]
        }
        let object: [String: Any] = [
          "set": folder, "a": place(row.first), "b": place(row.second), "sameness": row.sameness,
          "x": row.features,
        ]
        print(
          String(
            data: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            encoding: .utf8)!)
      }
    }
  }
}
