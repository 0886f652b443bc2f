/// Many term vectors (figures' contexts, sources' topics) laid end to end in flat arrays, in
/// the order of their owners: the pair search reads a partner's terms from one contiguous
/// place, in the order rows visit partners, rather than through each profile's own arrays.
struct TermVectors: Sendable {
  /// Vector `n`'s terms and weights from `starts[n]` to `starts[n + 1]`, terms ascending.
  private(set) var terms: [Int32] = []
  private(set) var weights: [Double] = []
  private(set) var starts: [Int] = [0]
  /// Each vector's Euclidean length, as ``WeightedTerms/norm``.
  private(set) var norms: [Double] = []

  init(_ vectors: some Sequence<WeightedTerms>) {
    for vector in vectors {
      for entry in vector.entries {
        terms.append(Int32(entry.term))
        weights.append(entry.weight)
      }
      starts.append(terms.count)
      norms.append(vector.norm)
    }
  }

  /// How many vectors the table holds.
  var count: Int { norms.count }

  /// One past the largest term of any vector (0 when none).
  var termLimit: Int { Int(terms.max() ?? -1) + 1 }
}
