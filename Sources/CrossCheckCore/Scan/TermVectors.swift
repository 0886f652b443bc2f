import Dispatch

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

  /// The same table as ``init(_:)`` with vector `n` being `vector(n)`, laid out on all cores:
  /// each core measures a run of vectors, then copies them to their places; only the places
  /// are added up on one core (copying a hundred thousand contexts one by one was a long
  /// single-core step of the scan).
  init(count: Int, vector: @Sendable (Int) -> WeightedTerms) {
    let run = 2048
    let runs = (count + run - 1) / run
    var lengths = [Int](repeating: 0, count: count)
    lengths.withUnsafeMutableBufferPointer { buffer in
      let slots = Slots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: runs) { part in
        for index in (part * run)..<min(count, (part + 1) * run) {
          slots.buffer[index] = vector(index).entries.count
        }
      }
    }
    var places = [0]
    places.reserveCapacity(count + 1)
    for length in lengths { places.append(places[places.count - 1] + length) }
    let (starts, total) = (places, places[count])
    var weights: [Double] = []
    var norms: [Double] = []
    terms = [Int32](unsafeUninitializedCapacity: total) { termBuffer, termCount in
      weights = [Double](unsafeUninitializedCapacity: total) { weightBuffer, weightCount in
        norms = [Double](unsafeUninitializedCapacity: count) { normBuffer, normCount in
          let slots = Places(terms: termBuffer, weights: weightBuffer, norms: normBuffer)
          DispatchQueue.concurrentPerform(iterations: runs) { part in
            for index in (part * run)..<min(count, (part + 1) * run) {
              let weighted = vector(index)
              var place = starts[index]
              for entry in weighted.entries {
                (slots.terms.baseAddress! + place).initialize(to: Int32(entry.term))
                (slots.weights.baseAddress! + place).initialize(to: entry.weight)
                place += 1
              }
              (slots.norms.baseAddress! + index).initialize(to: weighted.norm)
            }
          }
          normCount = count
        }
        weightCount = total
      }
      termCount = total
    }
    self.weights = weights
    self.norms = norms
    self.starts = starts
  }

  /// Lengths written by several cores, each to its own indices.
  private struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Int>
  }

  /// The flat arrays' places, written by several cores, each to its own vectors' places.
  private struct Places: @unchecked Sendable {
    let terms: UnsafeMutableBufferPointer<Int32>
    let weights: UnsafeMutableBufferPointer<Double>
    let norms: UnsafeMutableBufferPointer<Double>
  }

  /// How many vectors the table holds.
  var count: Int { norms.count }

  /// One past the largest term of any vector (0 when none).
  var termLimit: Int { Int(terms.max() ?? -1) + 1 }
}
