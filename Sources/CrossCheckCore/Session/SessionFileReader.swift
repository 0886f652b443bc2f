import Foundation

/// Reads a session file in the form CrossCheck writes straight from its bytes: for a session of
/// thousands of discrepancies JSONDecoder was most of the time an `open` took.
///
/// Strict by design: an unknown or repeated key, a number in another form (an exponent, a
/// fraction where a whole number belongs), a newer or missing version, invalid UTF-8 or
/// anything else it does not expect makes it answer nil, and ``SessionFile/decode(_:path:)``
/// then decodes the file with JSONDecoder as before. So what is accepted, every value read, and
/// every error sentence stay exactly those of JSONDecoder; the values are then validated the same
/// way on both paths (``SessionValidator``). The schema is fixed, so nesting is bounded by it.
enum SessionFileReader {
  static func read(_ data: Data) -> SessionFile? {
    data.withUnsafeBytes { raw -> SessionFile? in
      var cursor = JSONByteCursor(raw.bindMemory(to: UInt8.self))
      guard let file = sessionFile(&cursor), cursor.isAtEnd() else { return nil }
      return file
    }
  }

  /// Stores a member's value once: a repeated key, or a value that could not be read, stops
  /// the reading.
  private static func store<Value>(_ value: Value?, in slot: inout Value?) -> Bool {
    guard slot == nil, let value else { return false }
    slot = value
    return true
  }

  private static func sessionFile(_ cursor: inout JSONByteCursor) -> SessionFile? {
    var version: Int?
    var toolVersion: String?
    var name: String?
    var created: Date?
    var updated: Date?
    var sources: [SessionSource]?
    var rates: [ExchangeRate]?
    var settings: Settings?
    var discrepancies: [Discrepancy]?
    var nextDiscrepancy: Int?
    var journal: [JournalEntry]?
    var unloadedSources: [SessionSource]??
    let complete = cursor.object { cursor, key in
      switch key {
      case "schemaVersion": store(cursor.int(), in: &version)
      case "toolVersion": store(cursor.string(), in: &toolVersion)
      case "name": store(cursor.string(), in: &name)
      case "created": store(date(&cursor), in: &created)
      case "updated": store(date(&cursor), in: &updated)
      case "sources": store(cursor.array(source), in: &sources)
      case "rates": store(cursor.array(rate), in: &rates)
      case "settings": store(self.settings(&cursor), in: &settings)
      case "discrepancies": store(cursor.array(discrepancy), in: &discrepancies)
      case "nextDiscrepancy": store(cursor.int(), in: &nextDiscrepancy)
      case "journal": store(cursor.array(journalEntry), in: &journal)
      case "unloadedSources":
        store(cursor.nullable { $0.array(source) }, in: &unloadedSources)
      default: false
      }
    }
    // A missing or newer version is JSONDecoder's to report.
    guard complete, let version, version <= SessionFile.currentSchemaVersion, let toolVersion,
      let name, let created, let updated, let sources, let rates, let settings, let discrepancies,
      let nextDiscrepancy, let journal
    else { return nil }
    var file = SessionFile(
      name: name, toolVersion: toolVersion, created: created, updated: updated, sources: sources,
      analysis: AnalysisState(), journal: journal)
    file.schemaVersion = version
    file.rates = rates
    file.settings = settings
    file.discrepancies = discrepancies
    file.nextDiscrepancy = nextDiscrepancy
    file.unloadedSources = unloadedSources ?? nil
    return file
  }

  /// A time as the decoder's date strategy reads it (``ISO8601Timestamp/parse(_:)``); the form
  /// CrossCheck writes is read from the bytes, without making a string of them.
  private static func date(_ cursor: inout JSONByteCursor) -> Date? {
    if let bytes = cursor.plainASCIIString() {
      return ISO8601Timestamp.written(bytes)
        ?? ISO8601Timestamp.parse(String(decoding: bytes, as: UTF8.self))
    }
    return cursor.string().flatMap(ISO8601Timestamp.parse)
  }

  /// A figure id as ``FigureID/init(_:)`` reads it; `bl0122:7` is read from the bytes, its
  /// source's id made once for the whole file.
  private static func figureID(_ cursor: inout JSONByteCursor) -> FigureID? {
    guard let bytes = cursor.plainASCIIString() else {
      return cursor.string().flatMap(FigureID.init)
    }
    // ASCII: the last colon, then up to 18 digits (more, a sign or anything else is left to
    // FigureID's own parsing).
    var colon = bytes.count - 1
    while colon >= 0 && bytes[colon] != UInt8(ascii: ":") { colon -= 1 }
    let digits = bytes.count - colon - 1
    guard colon >= 0, digits >= 1, digits <= 18 else {
      return FigureID(String(decoding: bytes, as: UTF8.self))
    }
    var number = 0
    for byte in bytes[(colon + 1)...] {
      guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else {
        return FigureID(String(decoding: bytes, as: UTF8.self))
      }
      number = number * 10 + Int(byte - UInt8(ascii: "0"))
    }
    guard number > 0 else { return nil }
    let source = cursor.internedASCII(UnsafeBufferPointer(rebasing: bytes[..<colon]))
    return FigureID(source: SourceID(source), number: number)
  }

  /// A decimal number written plainly and not negative (a negative one is refused by the
  /// validation anyway, with JSONDecoder's reading of it).
  private static func decimal(_ cursor: inout JSONByteCursor) -> Decimal? {
    guard let text = cursor.number(allowingFraction: true), text.first != UInt8(ascii: "-")
    else { return nil }
    return Decimal(string: String(decoding: text, as: UTF8.self))
  }

  private static func source(_ cursor: inout JSONByteCursor) -> SessionSource? {
    var id: String?
    var path: String?
    var sha256: String?
    var metadata: SourceMetadata?
    let complete = cursor.object { cursor, key in
      switch key {
      case "id": store(cursor.string(), in: &id)
      case "path": store(cursor.string(), in: &path)
      case "sha256": store(cursor.string(), in: &sha256)
      case "metadata": store(self.metadata(&cursor), in: &metadata)
      default: false
      }
    }
    guard complete, let id, let path, let sha256, let metadata else { return nil }
    return SessionSource(id: SourceID(id), path: path, sha256: sha256, metadata: metadata)
  }

  private static func metadata(_ cursor: inout JSONByteCursor) -> SourceMetadata? {
    var title: String??
    var outlet: String??
    var date: String??
    var url: String??
    let complete = cursor.object { cursor, key in
      switch key {
      case "title": store(cursor.nullable { $0.string() }, in: &title)
      case "outlet": store(cursor.nullable { $0.string() }, in: &outlet)
      case "date": store(cursor.nullable { $0.string() }, in: &date)
      case "url": store(cursor.nullable { $0.string() }, in: &url)
      default: false
      }
    }
    guard complete else { return nil }
    return SourceMetadata(
      title: title ?? nil, outlet: outlet ?? nil, date: date ?? nil, url: url ?? nil)
  }

  private static func rate(_ cursor: inout JSONByteCursor) -> ExchangeRate? {
    var base: String?
    var quote: String?
    var rate: Decimal?
    var day: String??
    var source: String?
    let complete = cursor.object { cursor, key in
      switch key {
      case "base": store(cursor.string(), in: &base)
      case "quote": store(cursor.string(), in: &quote)
      case "rate": store(decimal(&cursor), in: &rate)
      case "date": store(cursor.nullable { $0.string() }, in: &day)
      case "source": store(cursor.string(), in: &source)
      default: false
      }
    }
    guard complete, let base, let quote, let rate, let source else { return nil }
    var exchangeRate = ExchangeRate(
      base: base, quote: quote, rate: rate, date: day ?? nil, source: source)
    // Decoding keeps the codes as written (the initializer upper-cases them).
    exchangeRate.base = base
    exchangeRate.quote = quote
    return exchangeRate
  }

  private static func settings(_ cursor: inout JSONByteCursor) -> Settings? {
    var tolerance: Decimal?
    var customVerdicts: [String]?
    var author: String??
    var day: String??
    var title: String??
    var url: String??
    var meanings: [String: String]??
    let complete = cursor.object { cursor, key in
      switch key {
      case "approxTolerance": store(decimal(&cursor), in: &tolerance)
      case "customVerdicts": store(cursor.array { $0.string() }, in: &customVerdicts)
      case "reportAuthor": store(cursor.nullable { $0.string() }, in: &author)
      case "reportDate": store(cursor.nullable { $0.string() }, in: &day)
      case "reportTitle": store(cursor.nullable { $0.string() }, in: &title)
      case "reportURL": store(cursor.nullable { $0.string() }, in: &url)
      case "customVerdictMeanings": store(cursor.nullable(stringsByName), in: &meanings)
      default: false
      }
    }
    guard complete, let tolerance, let customVerdicts else { return nil }
    var settings = Settings()
    settings.approxTolerance = tolerance
    settings.customVerdicts = customVerdicts
    settings.reportAuthor = author ?? nil
    settings.reportDate = day ?? nil
    settings.reportTitle = title ?? nil
    settings.reportURL = url ?? nil
    settings.customVerdictMeanings = meanings ?? nil
    return settings
  }

  /// An object of strings (`{"misquote": "the quotation was changed"}`); its keys are ASCII
  /// without escapes, as verdict names are (any other makes the caller answer nil).
  private static func stringsByName(_ cursor: inout JSONByteCursor) -> [String: String]? {
    var result: [String: String] = [:]
    let complete = cursor.object { cursor, key in
      guard let value = cursor.string() else { return false }
      result[String(decoding: key.bytes, as: UTF8.self)] = value
      return true
    }
    return complete ? result : nil
  }

  private static func discrepancy(_ cursor: inout JSONByteCursor) -> Discrepancy? {
    var id: Int?
    var title: String??
    var figures: [FigureReference]?
    var notes: [Note]?
    var verdict: String??
    var tags: [String]?
    var created: Date?
    let complete = cursor.object { cursor, key in
      switch key {
      case "id": store(cursor.int(), in: &id)
      case "title": store(cursor.nullable { $0.string() }, in: &title)
      case "figures": store(cursor.array(figureReference), in: &figures)
      case "notes": store(cursor.array(note), in: &notes)
      case "verdict": store(cursor.nullable { $0.string() }, in: &verdict)
      case "tags": store(cursor.array { $0.string() }, in: &tags)
      case "created": store(date(&cursor), in: &created)
      default: false
      }
    }
    guard complete, let id, let figures, let notes, let tags, let created else { return nil }
    var discrepancy = Discrepancy(id: id, title: title ?? nil, figures: figures, created: created)
    discrepancy.notes = notes
    discrepancy.verdict = verdict ?? nil
    discrepancy.tags = tags
    return discrepancy
  }

  private static func note(_ cursor: inout JSONByteCursor) -> Note? {
    var time: Date?
    var text: String?
    let complete = cursor.object { cursor, key in
      switch key {
      case "time": store(date(&cursor), in: &time)
      case "text": store(cursor.string(), in: &text)
      default: false
      }
    }
    guard complete, let time, let text else { return nil }
    return Note(time: time, text: text)
  }

  private static func figureReference(_ cursor: inout JSONByteCursor) -> FigureReference? {
    var figure: FigureID?
    var sourceSHA256: String?
    var position: TextPositionSelector?
    var quote: TextQuoteSelector?
    let complete = cursor.object { cursor, key in
      switch key {
      case "figure": store(figureID(&cursor), in: &figure)
      case "sourceSHA256": store(cursor.internedString(), in: &sourceSHA256)
      case "position": store(self.position(&cursor), in: &position)
      case "quote": store(self.quote(&cursor), in: &quote)
      default: false
      }
    }
    guard complete, let figure, let sourceSHA256, let position, let quote else { return nil }
    return FigureReference(
      figure: figure, sourceSHA256: sourceSHA256, position: position, quote: quote)
  }

  private static func position(_ cursor: inout JSONByteCursor) -> TextPositionSelector? {
    var start: Int?
    var end: Int?
    let complete = cursor.object { cursor, key in
      switch key {
      case "start": store(cursor.int(), in: &start)
      case "end": store(cursor.int(), in: &end)
      default: false
      }
    }
    guard complete, let start, let end else { return nil }
    return TextPositionSelector(start: start, end: end)
  }

  private static func quote(_ cursor: inout JSONByteCursor) -> TextQuoteSelector? {
    var exact: String?
    var prefix: String?
    var suffix: String?
    let complete = cursor.object { cursor, key in
      switch key {
      case "exact": store(cursor.internedString(), in: &exact)
      case "prefix": store(cursor.internedString(), in: &prefix)
      case "suffix": store(cursor.internedString(), in: &suffix)
      default: false
      }
    }
    guard complete, let exact, let prefix, let suffix else { return nil }
    return TextQuoteSelector(exact: exact, prefix: prefix, suffix: suffix)
  }

  private static func journalEntry(_ cursor: inout JSONByteCursor) -> JournalEntry? {
    var sequence: Int?
    var time: Date?
    var command: String?
    var outcome: String?
    var anchors: [FigureReference]??
    let complete = cursor.object { cursor, key in
      switch key {
      case "sequence": store(cursor.int(), in: &sequence)
      case "time": store(date(&cursor), in: &time)
      case "command": store(cursor.string(), in: &command)
      case "outcome": store(cursor.string(), in: &outcome)
      case "anchors": store(cursor.nullable { $0.array(figureReference) }, in: &anchors)
      default: false
      }
    }
    guard complete, let sequence, let time, let command, let outcome else { return nil }
    return JournalEntry(
      sequence: sequence, time: time, command: command, outcome: outcome, anchors: anchors ?? nil)
  }
}
