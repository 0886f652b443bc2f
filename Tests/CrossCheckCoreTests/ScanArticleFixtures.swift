import Foundation
import Testing

@testable import CrossCheckCore

/// Small invented articles for the scan's tests: sources made from text, and the profiles the
/// scan reads from them. A suite conforms to use them.
protocol ScanArticleFixtures {}

extension ScanArticleFixtures {
  /// The figures of a text, by their text (the first of each text).
  func figures(_ text: String, source: String = "t") -> [String: Figure] {
    let found = FigureExtractor.extract(from: text, source: SourceID(source))
    return Dictionary(found.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// A source of `text` with the outlet "Outlet ID" and the publication date `date`.
  func source(_ id: String, date: String, _ text: String) -> Source {
    Source(
      id: SourceID(id), path: "\(id).txt", canonicalPath: "/\(id).txt",
      metadata: SourceMetadata(outlet: "Outlet \(id)", date: date), text: text, sha256: id,
      byteCount: text.utf8.count)
  }

  /// The profiles of the texts (one article each, dated a day apart) and their topics, with
  /// only session rates.
  func profiles(_ texts: [String]) -> (profiles: [FigureProfile], topics: [WeightedTerms]) {
    let sources = texts.enumerated().map { index, text in
      source("s\(index)", date: "2026-03-1\(index)", text)
    }
    var profiler = FigureProfiler()
    return profiler.profiles(
      of: sources, kind: nil, rates: RateSources(session: RateTable(), reference: .none))
  }

  /// The profile of the figure written `text` (in the source numbered `source`, if given).
  func profile(_ text: String, in profiles: [FigureProfile], source: Int? = nil) throws
    -> FigureProfile
  {
    try #require(
      profiles.first { $0.figure.text == text && (source == nil || $0.source == source) })
  }

  /// The suggestions of a scan of `texts` (one article each, dated a day apart), with only
  /// session rates.
  func suggestions(_ texts: [String], limit: Int = 100) -> [Suggestion] {
    let sources = texts.enumerated().map { index, text in
      source("s\(index)", date: "2026-03-1\(index)", text)
    }
    let scanner = DiscrepancyScanner(
      comparator: Comparator(rates: RateTable(), reference: .none), limit: limit)
    return scanner.scan(sources)
  }

  /// Whether a suggestion holds figures written as each of `texts`.
  func holds(_ suggestion: Suggestion, _ texts: [String]) -> Bool {
    texts.allSatisfy { text in suggestion.figures.contains { $0.figure.text == text } }
  }
}
