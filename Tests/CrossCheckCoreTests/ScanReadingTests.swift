import Foundation
import Testing

@testable import CrossCheckCore

/// How the scan reads text fast without reading it differently: its own UTF-8 decoding, its
/// table of spellings, its shared profiles, and the units it takes from the one unit table.
@Suite("How the scan reads text")
struct ScanReadingTests {
  @Test(arguments: [
    "", "plain ASCII, 1,800 people", "“Quoted” — café, 25 °C, ₹2.5 lakh, 🌊 flood 𝟙",
    "line\r\nbreaks\tand\u{0}nul", "e\u{301} decomposed and é composed",
  ])
  func decodesTheSameScalarsAsTheScalarView(text: String) {
    #expect(FigureProfiler.scalars(of: text) == Array(text.unicodeScalars))
  }

  /// ASCII is decoded eight bytes at a time: a scalar of two, three or four bytes at each
  /// place before, across and after an eight-byte run is still read whole.
  @Test(arguments: ["é", "€", "🌊"])
  func decodesWideScalarsAtEveryPlaceOfAnEightByteRun(wide: String) {
    for offset in 0..<17 {
      let text = String(repeating: "a", count: offset) + wide + " then 1,800 people, 25 km"
      #expect(FigureProfiler.scalars(of: text) == Array(text.unicodeScalars))
    }
  }

  @Test func numbersEachSpellingOnceWhereverItLies() {
    let scalars = Array("deaths Deaths deaths death deaths".unicodeScalars)
    var table = SpellingTable()
    var numbers: [Int] = []
    var start = 0
    for end in scalars.indices.filter({ scalars[$0] == " " }) + [scalars.count] {
      let hash = SpellingTable.hash(scalars, start..<end)
      if let known = table.number(of: scalars, start..<end, hash: hash) {
        numbers.append(known)
      } else {
        numbers.append(table.count)
        table.add(scalars, start..<end, hash: hash)
      }
      start = end + 1
    }
    #expect(numbers == [0, 1, 0, 2, 0])
    #expect(table.count == 3)
  }

  @Test func keepsFindingSpellingsAsTheTableGrows() {
    let words = (0..<5000).map { "w\($0)" }
    let scalars = Array(words.joined().unicodeScalars)
    var table = SpellingTable()
    var ranges: [Range<Int>] = []
    var start = 0
    for word in words {
      let range = start..<(start + word.unicodeScalars.count)
      table.add(scalars, range, hash: SpellingTable.hash(scalars, range))
      ranges.append(range)
      start = range.upperBound
    }
    let found = ranges.map { table.number(of: scalars, $0, hash: SpellingTable.hash(scalars, $0)) }
    #expect(found == Array(0..<5000))
    #expect(table.count == 5000)
  }

  @Test func aProfileSetOnACopyLeavesTheOriginal() throws {
    let articles = [
      Source(
        id: SourceID("a"), path: "a.txt", canonicalPath: "/a.txt",
        metadata: SourceMetadata(outlet: "A", date: "2025-03-02"),
        text: "The quake killed 69 people in Davao, officials said.", sha256: "a", byteCount: 52)
    ]
    var profiler = FigureProfiler()
    let profiles = profiler.profiles(
      of: articles, kind: nil, rates: RateSources(session: RateTable(), reference: .none)
    ).profiles
    let original = try #require(profiles.first { $0.figure.text == "69" })
    var copy = original
    copy.period = .earlier
    copy.years = [2019]
    #expect(original.period == .current)
    #expect(original.years.isEmpty)
    #expect(copy.period == .earlier)
    #expect(copy.figure.text == "69")
  }

  @Test func takesEverySpellingOfAQuantityFromTheUnitTable() {
    for (spelling, name) in UnitTable.written {
      guard let unit = UnitTable.units[name],
        let dimension = MeasureDimension(rawValue: unit.dimension),
        !ScanVocabulary.bareDegrees.contains(name)
      else { continue }
      #expect(ScanVocabulary.physicalUnits[spelling]?.dimension == dimension, "\(spelling)")
      #expect(ScanVocabulary.physicalUnits[spelling]?.family == name, "\(spelling)")
    }
    // Counted nouns keep the word as written: they measure what the canonical unit does.
    #expect(ScanVocabulary.physicalUnits["miles"]?.factor == 1609.344)
    #expect(ScanVocabulary.physicalUnits["kms"]?.factor == 1000)
    #expect(ScanVocabulary.physicalUnits["acres"]?.dimension == .area)
    #expect(ScanVocabulary.physicalUnits["degree"] == nil)
    // Factors are the nearest Doubles to the table's exact ones; °F is brought to °C.
    #expect(ScanVocabulary.physicalUnits["lb"]?.factor == 0.45359237)
    let fahrenheit = ScanVocabulary.physicalUnits["degF"]
    #expect(fahrenheit.map { abs(212 * $0.factor + $0.offset - 100) < 1e-9 } == true)
  }
}
