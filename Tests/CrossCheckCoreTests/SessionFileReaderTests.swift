import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The direct reader of session files must read exactly what JSONDecoder reads: the same
/// values for every file it accepts, and for anything else it leaves the file to JSONDecoder,
/// so every error stays the same.
@Suite("Session files read straight from their bytes")
struct SessionFileReaderTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// What reading `data` gave before the direct reader: JSONDecoder, then the validation.
  static func reference(_ data: Data) -> Result<SessionFile, SessionError> {
    Result { () throws(SessionError) in
      let file = try SessionFile.decodedByFoundation(data, path: "s.json")
      if let (field, problem) = SessionValidator.firstProblem(in: file) {
        throw .invalidValue(path: "s.json", field: field, problem: problem)
      }
      return file
    }
  }

  static func decoded(_ data: Data) -> Result<SessionFile, SessionError> {
    Result { () throws(SessionError) in try SessionFile.decode(data, path: "s.json") }
  }

  /// Reads `data` both ways and checks they agree, down to the bytes a save writes.
  static func expectSameReading(
    _ data: Data, _ comment: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let fast = SessionFileReader.read(data)
    let reference = Self.reference(data)
    #expect(decoded(data) == reference, "\(comment())", sourceLocation: sourceLocation)
    guard let fast else { return }
    let foundation = try? SessionFile.decodedByFoundation(data, path: "s.json")
    #expect(fast == foundation, "\(comment())", sourceLocation: sourceLocation)
    #expect(
      (try? fast.encoded()) == (try? foundation?.encoded()), "\(comment())",
      sourceLocation: sourceLocation)
  }

  @Test func theExampleSessionIsReadDirectlyAndAsJSONDecoderReadsIt() throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Sessions/frozen-assets.json"))
    #expect(SessionFileReader.read(data) != nil)
    Self.expectSameReading(data)
  }

  @Test func everySessionFixtureReadsAsBefore() throws {
    let folder = Self.root.appendingPathComponent("Tests/Fixtures/fuzz/session")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.isEmpty)
    for name in names {
      Self.expectSameReading(try Data(contentsOf: folder.appendingPathComponent(name)), name)
    }
  }

  /// Generated sessions as CrossCheck writes them: every one is read directly, to the same
  /// values and the same saved bytes.
  @Test func generatedSessionsReadDirectlyAsJSONDecoderReadsThem() throws {
    var generator = SessionGenerator(seed: 7)
    for index in 0..<300 {
      let data = try generator.session().encoded()
      #expect(SessionFileReader.read(data) != nil, "session \(index)")
      Self.expectSameReading(data, "session \(index)")
    }
  }

  /// The same sessions written compactly, with other whitespace, keys in another order, nulls
  /// for absent optionals and escapes CrossCheck does not write.
  @Test func otherSpellingsOfTheSameJSONReadTheSame() throws {
    var generator = SessionGenerator(seed: 11)
    for index in 0..<100 {
      let data = try generator.session().encoded()
      let object = try JSONSerialization.jsonObject(with: data)
      let compact = try JSONSerialization.data(withJSONObject: object)
      Self.expectSameReading(compact, "compact \(index)")
      let text = String(decoding: data, as: UTF8.self)
      let respaced = text.replacingOccurrences(of: "\n  ", with: "\r\n\t ")
        .replacingOccurrences(of: "\" : ", with: "\":")
      Self.expectSameReading(Data(respaced.utf8), "respaced \(index)")
    }
    let example = try String(
      contentsOf: Self.root.appendingPathComponent("Sessions/frozen-assets.json"), encoding: .utf8)
    for (original, replacement) in [
      ("\"name\" : \"", "\"name\" : \"\\u0041\\/\\ud83d\\ude00"),
      ("\"outlet\" : \"Guardian, Reuters and AP\"", "\"title\" : null, \"outlet\" : \"G\""),
    ] {
      let changed = example.replacingOccurrences(of: original, with: replacement)
      #expect(changed != example)
      #expect(SessionFileReader.read(Data(changed.utf8)) != nil, "\(replacement)")
      Self.expectSameReading(Data(changed.utf8), replacement)
    }
  }

  /// What the direct reader leaves to JSONDecoder: the outcome (a value or an error sentence)
  /// is JSONDecoder's.
  @Test(arguments: [
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1.0"),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1e0"),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : -0"),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : 01"),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1.5"),
    ("\"schemaVersion\" : 1,", ""),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : 99999999999999999999999"),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : null"),
    ("\"schemaVersion\" : 1", "\"schemaVersion\" : \"1\""),
    ("\"name\" : ", "\"name\" : \"twice\", \"name\" : "),
    ("\"name\" : ", "\"unknown\" : [1, {\"a\" : null}], \"name\" : "),
    ("\"name\" : ", "\"n\\u0061me\" : "),
    ("\"name\" : \"", "\"name\" : \"\\ud800"),
    ("\"name\" : \"", "\"name\" : \"\\udc00"),
    ("\"name\" : \"", "\"name\" : \"\\x"),
    ("\"name\" : \"", "\"name\" : \"\t"),
    ("\"nextDiscrepancy\" : ", "\"nextDiscrepancy\" : 1e3, \"x\" : "),
    ("\"nextDiscrepancy\" : 3", "\"nextDiscrepancy\" : 3.0"),
    ("\"approxTolerance\" : 0.1", "\"approxTolerance\" : 1e-1"),
    ("\"approxTolerance\" : 0.1", "\"approxTolerance\" : -0.1"),
    ("\"approxTolerance\" : 0.1", "\"approxTolerance\" : 0.1000000000000000000000000001"),
    ("\"approxTolerance\" : 0.1", "\"approxTolerance\" : \"0.1\""),
    ("\"customVerdicts\" : [", "\"customVerdicts\" : [null, "),
    ("\"tags\" : [", "\"tags\" : null, \"x\" : ["),
    ("\"created\" : \"2026", "\"created\" : \"2025-12-04T09:30:00+01:00\", \"y\" : \"2026"),
    ("\"figure\" : \"", "\"figure\" : \"x"),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122:+9\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122:09\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122:0\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122:\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \":9\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"a:b:9\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122:9x\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122:1234567890123456789\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"bl0122:123456789012345678\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"b\\u006c0122:9\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"blé0122:9\""),
    ("\"figure\" : \"bl0122:9\"", "\"figure\" : \"a-very-long-source:9\""),
    ("\"created\" : \"2026", "\"created\" : \"\\u0032026"),
    ("\"created\" : \"2026", "\"created\" : \"2026-02-30T00:00:00Z\", \"z\" : \"2026"),
    ("{", "\u{FEFF}{"),
    ("{", "[{"),
  ])
  func theRestIsJSONDecoders(_ original: String, _ replacement: String) throws {
    let example = try String(
      contentsOf: Self.root.appendingPathComponent("Sessions/frozen-assets.json"), encoding: .utf8)
    guard let range = example.range(of: original) else {
      Issue.record("the example has no \(original)")
      return
    }
    let changed = example.replacingCharacters(in: range, with: replacement)
    Self.expectSameReading(Data(changed.utf8), replacement)
  }

  @Test func truncatedAndTrailingBytesReadAsBefore() throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Sessions/frozen-assets.json"))
    for length in stride(from: 0, to: data.count, by: max(1, data.count / 97)) {
      Self.expectSameReading(data.prefix(length), "first \(length) bytes")
    }
    Self.expectSameReading(data + Data("x".utf8), "trailing byte")
    Self.expectSameReading(data + Data("{}".utf8), "trailing object")
    Self.expectSameReading(data + Data(" \n\t".utf8), "trailing whitespace")
    Self.expectSameReading(Data([0xFF]) + data, "invalid UTF-8 first")
  }

  /// Random damage to generated sessions (bytes changed, removed, repeated): whatever comes
  /// of it, it comes the same on both paths.
  @Test func damagedSessionsReadAsBefore() throws {
    var generator = SessionGenerator(seed: 13)
    var random = SplitMix64(seed: 17)
    let specials: [UInt8] = Array("{}[]\",:\\-.0123456789eEnul \u{0}".utf8) + [0x80, 0xC3, 0xFF]
    for index in 0..<400 {
      var bytes = Array(try generator.session(small: true).encoded())
      for _ in 0...Int.random(in: 0...2, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes[at] = specials.randomElement(using: &random)!
        case 1: bytes.remove(at: at)
        default: bytes.insert(bytes[at], at: at)
        }
      }
      Self.expectSameReading(Data(bytes), "damaged session \(index)")
    }
  }
}

/// Random sessions with what notes and titles hold in practice and what is awkward for a
/// reader: escapes, quotes, backslashes, control characters, non-ASCII text and emoji, every
/// verdict, empty and absent lists.
struct SessionGenerator {
  var random: SplitMix64

  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  private static let pieces = [
    "Checked", " with the ministry", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak",
    "\r", "\u{0}", "\u{1F}", "\u{7F}", "€210bn", "naïve café", "e\u{301}", "日本語", "😀", "👩‍👩‍👧",
    "/slash/", "</script>", "\u{2028}", "\u{FEFF}", "", " ", "12.5%",
  ]

  mutating func text(maximumPieces: Int = 6) -> String {
    (0..<Int.random(in: 0...maximumPieces, using: &random)).map { _ in
      Self.pieces.randomElement(using: &random)!
    }.joined()
  }

  mutating func maybe<T>(_ make: (inout SessionGenerator) -> T) -> T? {
    Bool.random(using: &random) ? make(&self) : nil
  }

  mutating func date() -> Date {
    Date(timeIntervalSince1970: TimeInterval(Int.random(in: 0...4_000_000_000, using: &random)))
  }

  mutating func decimal() -> Decimal {
    let digits = Int.random(in: 1...999_999_999, using: &random)
    return Decimal(digits)
      / Decimal(sign: .plus, exponent: Int.random(in: 0...9, using: &random), significand: 1)
  }

  mutating func reference() -> FigureReference {
    let start = Int.random(in: 0...100_000, using: &random)
    return FigureReference(
      figure: FigureID(
        source: SourceID("src\(Int.random(in: 0...9, using: &random))"),
        number: Int.random(in: 1...500, using: &random)),
      sourceSHA256: String(repeating: "ab", count: 32),
      position: TextPositionSelector(
        start: start, end: start + Int.random(in: 0...20, using: &random)),
      quote: TextQuoteSelector(exact: text(maximumPieces: 2), prefix: text(), suffix: text()))
  }

  mutating func source() -> SessionSource {
    SessionSource(
      id: SourceID("src\(Int.random(in: 0...99, using: &random))"),
      path: "../Corpus/" + text(maximumPieces: 2) + ".txt",
      sha256: String(repeating: "0f", count: 32),
      metadata: SourceMetadata(
        title: maybe { $0.text() }, outlet: maybe { $0.text(maximumPieces: 2) },
        date: maybe { _ in "2025-12-04" }, url: maybe { _ in "https://example.org/a?b=c&d" }))
  }

  mutating func session(small: Bool = false) -> SessionFile {
    let count = small ? 3 : 12
    var settings = Settings()
    settings.approxTolerance = Decimal(Int.random(in: 0...99, using: &random)) / 100
    settings.customVerdicts = maybe { _ in ["misdated", "needs-source"] } ?? []
    settings.reportAuthor = maybe { $0.text() }
    settings.reportDate = maybe { _ in "2026-01-22" }
    settings.reportTitle = maybe { $0.text() }
    settings.reportURL = maybe { _ in "https://example.org/report" }
    let verdicts = Verdict.builtIn + settings.customVerdicts
    let discrepancies = (0..<Int.random(in: 0...count, using: &random)).map { index in
      var discrepancy = Discrepancy(
        id: index + 1, title: maybe { $0.text() },
        figures: (0..<Int.random(in: 0...3, using: &random)).map { _ in reference() },
        created: date())
      discrepancy.notes = (0..<Int.random(in: 0...3, using: &random)).map { _ in
        Note(time: date(), text: text())
      }
      discrepancy.verdict = maybe { verdicts.randomElement(using: &$0.random)! }
      discrepancy.tags = (0..<Int.random(in: 0...2, using: &random)).map { _ in
        "tag\(Int.random(in: 0...5, using: &random))"
      }
      return discrepancy
    }
    let journal = (0..<Int.random(in: 0...count, using: &random)).map { index in
      JournalEntry(
        sequence: index + 1, time: date(), command: "note D1 '" + text() + "'",
        outcome: Bool.random(using: &random) ? "ok" : "failed: " + text(),
        anchors: maybe { generator in (0..<2).map { _ in generator.reference() } })
    }
    var file = SessionFile(
      name: text(maximumPieces: 3), toolVersion: "0.9.0", created: date(), updated: date(),
      sources: (0..<Int.random(in: 0...4, using: &random)).map { _ in source() },
      analysis: AnalysisState(), journal: journal)
    file.rates = (0..<Int.random(in: 0...3, using: &random)).map { _ in
      ExchangeRate(
        base: "EUR", quote: ["USD", "gbp", "JPY"].randomElement(using: &random)!, rate: decimal(),
        date: maybe { _ in "2025-12-03" }, source: text(maximumPieces: 2))
    }
    file.settings = settings
    file.discrepancies = discrepancies
    file.nextDiscrepancy = discrepancies.count + 1 + Int.random(in: 0...2, using: &random)
    file.unloadedSources = maybe { generator in [generator.source()] }
    return file
  }
}
