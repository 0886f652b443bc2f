/// A sparse vector of terms (sorted by id) with weights: a figure's context or a source's topic.
struct WeightedTerms: Sendable {
  private(set) var entries: [(term: Int, weight: Double)] = []

  init() {}

  /// From a dictionary of weights; only the `keep` heaviest terms are kept.
  init(_ weights: [Int: Double], keep: Int = .max) {
    self.init(weights.map { (term: $0.key, weight: $0.value) }, keep: keep)
  }

  /// From distinct terms with their weights, in any order; only the `keep` heaviest terms are
  /// kept.
  init(_ pairs: [(term: Int, weight: Double)], keep: Int = .max) {
    var pairs = pairs
    if pairs.count > keep {
      pairs.sort { ($0.weight, $1.term) > ($1.weight, $0.term) }
      pairs.removeLast(pairs.count - keep)
    }
    entries = pairs.sorted { $0.term < $1.term }
    norm = entries.reduce(0.0) { $0 + $1.weight * $1.weight }.squareRoot()
  }

  var isEmpty: Bool { entries.isEmpty }

  func weight(of term: Int) -> Double {
    var low = 0
    var high = entries.count
    while low < high {
      let mid = (low + high) / 2
      if entries[mid].term < term { low = mid + 1 } else { high = mid }
    }
    return low < entries.count && entries[low].term == term ? entries[low].weight : 0
  }

  /// The Euclidean length.
  private(set) var norm = 0.0

  /// Cosine similarity: 1 for the same direction, 0 for no shared term.
  func cosine(_ other: WeightedTerms) -> Double {
    guard norm > 0, other.norm > 0 else { return 0 }
    var dot = 0.0
    var i = 0
    var j = 0
    while i < entries.count && j < other.entries.count {
      if entries[i].term == other.entries[j].term {
        dot += entries[i].weight * other.entries[j].weight
        i += 1
        j += 1
      } else if entries[i].term < other.entries[j].term {
        i += 1
      } else {
        j += 1
      }
    }
    return dot / (norm * other.norm)
  }

  /// The terms both vectors hold.
  func shared(with other: WeightedTerms) -> [Int] {
    var result: [Int] = []
    var i = 0
    var j = 0
    while i < entries.count && j < other.entries.count {
      if entries[i].term == other.entries[j].term {
        result.append(entries[i].term)
        i += 1
        j += 1
      } else if entries[i].term < other.entries[j].term {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }
}
