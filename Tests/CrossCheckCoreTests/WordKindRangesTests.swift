import Testing

@testable import CrossCheckCore

@Suite("Word kind ranges")
struct WordKindRangesTests {
  /// The ranges written out say of every code point they cover what Unicode's properties say.
  @Test(arguments: [(0..<0x800) as Range<UInt32>, 0x2000..<0x2070])
  func theRangesAreWhatThePropertiesSay(span: Range<UInt32>) {
    let table = span.lowerBound == 0 ? Source.lowKinds : Source.punctuationKinds
    #expect(table.count == span.count)
    let differing = span.filter { value in
      table[Int(value - span.lowerBound)] != Source.wordKind(Unicode.Scalar(value)!)
    }
    #expect(differing.isEmpty, "code points whose kind differs: \(differing.prefix(10))")
  }

  @Test func theRangesAreInOrderAndApart() {
    for ranges in [WordKindRanges.low, WordKindRanges.punctuation] {
      for (earlier, later) in zip(ranges, ranges.dropFirst()) {
        #expect(earlier.range.upperBound <= later.range.lowerBound, "\(earlier) \(later)")
      }
    }
  }
}
