import Foundation

/// The words of the loaded corpus as numbers, with how many sources use each: a word used by
/// few sources says more about what a figure measures (inverse document frequency).
struct TermTable: Sendable {
  private var ids: [String: Int] = [:]
  private(set) var words: [String] = []
  private var documentFrequency: [Int] = []
  private(set) var documentCount = 0

  /// The id of a stemmed word, added if new.
  mutating func id(of word: String) -> Int {
    if let id = ids[word] { return id }
    let id = words.count
    ids[word] = id
    words.append(word)
    documentFrequency.append(0)
    return id
  }

  /// Counts one source's terms, each given once.
  mutating func addDocument(_ terms: some Sequence<Int>) {
    documentCount += 1
    for term in terms { documentFrequency[term] += 1 }
  }

  /// Inverse document frequency, smoothed so that a word every source uses still counts a
  /// little (ln 2): in a few articles on one story, the story's words still tell figures apart.
  func idf(_ term: Int) -> Double {
    let df = Double(max(1, documentFrequency[term]))
    return log(1 + Double(documentCount) / df)
  }

  /// How many sources use a term.
  func frequency(_ term: Int) -> Int { documentFrequency[term] }

  /// The share of sources that use a term.
  func spread(_ term: Int) -> Double {
    documentCount == 0 ? 0 : Double(documentFrequency[term]) / Double(documentCount)
  }
}
