/// One figure's context spread over an array indexed by term: its cosine with each of its
/// partners then reads the partner's terms once, where walking two sorted lists side by side
/// cost a branch per step.
struct ScatteredTerms {
  /// Weight by term (0: absent), as long as the largest term of any vector scored.
  private var weights: [Double]
  private var held: [Int] = []
  private var norm = 0.0

  /// Room for terms below `termCount`.
  init(termCount: Int) {
    weights = [Double](repeating: 0, count: termCount)
  }

  /// Makes `terms` the vector scored against, replacing the previous one.
  mutating func scatter(_ terms: WeightedTerms) {
    for term in held { weights[term] = 0 }
    held.removeAll(keepingCapacity: true)
    for entry in terms.entries {
      weights[entry.term] = entry.weight
      held.append(entry.term)
    }
    norm = terms.norm
  }

  /// Makes vector `index` of `vectors` the vector scored against.
  mutating func scatter(_ vectors: TermVectors, _ index: Int) {
    for term in held { weights[term] = 0 }
    held.removeAll(keepingCapacity: true)
    for entry in vectors.starts[index]..<vectors.starts[index + 1] {
      let term = Int(vectors.terms[entry])
      weights[term] = vectors.weights[entry]
      held.append(term)
    }
    norm = vectors.norms[index]
  }

  /// The same value as ``cosine(_:)`` with vector `index` of `vectors`, read in place. Every
  /// term's product is added, absent ones as zero: adding zero leaves a sum unchanged, and a
  /// loop without a branch per term does not stall on guessing which terms are shared.
  @inline(__always)
  func cosine(_ vectors: TermVectors, _ index: Int) -> Double {
    let otherNorm = vectors.norms[index]
    guard norm > 0, otherNorm > 0 else { return 0 }
    let range = vectors.starts[index]..<vectors.starts[index + 1]
    var dot = 0.0
    weights.withUnsafeBufferPointer { scattered in
      vectors.terms.withUnsafeBufferPointer { terms in
        vectors.weights.withUnsafeBufferPointer { others in
          for entry in range {
            // Terms are below the scattered length (``init(termCount:)``).
            dot += scattered[Int(terms[entry])] * others[entry]
          }
        }
      }
    }
    return dot / (norm * otherNorm)
  }

  /// The same value as ``WeightedTerms/cosine(_:)`` of the scattered vector with `other`: the
  /// shared terms' products are added in the same (ascending term) order.
  @inline(__always)
  func cosine(_ other: WeightedTerms) -> Double {
    guard norm > 0, other.norm > 0 else { return 0 }
    var dot = 0.0
    for entry in other.entries {
      let weight = weights[entry.term]
      if weight != 0 { dot += weight * entry.weight }
    }
    return dot / (norm * other.norm)
  }
}
