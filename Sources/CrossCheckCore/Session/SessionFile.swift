import Foundation

/// A saved session: the schema of the JSON files in `Sessions/` (see Sessions/README.md).
/// Versioned; written with sorted keys so that saving twice without changes gives the same bytes.
public struct SessionFile: Codable, Equatable, Sendable {
  /// The schema this version of CrossCheck writes; it reads this one and older ones.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var toolVersion: String
  public var name: String
  public var created: Date
  /// When the state last changed (not when the file was last written).
  public var updated: Date
  public var sources: [SessionSource]
  public var rates: [ExchangeRate]
  public var settings: Settings
  public var discrepancies: [Discrepancy]
  /// The number the next discrepancy gets.
  public var nextDiscrepancy: Int
  public var journal: [JournalEntry]
  /// Sources unloaded while discrepancies cited them (`unload --force`), so reports still list
  /// them; `path` is the file name only. Absent when there are none (added in 0.x; schema 1
  /// readers that predate it ignore it).
  public var unloadedSources: [SessionSource]?

  public init(
    name: String, toolVersion: String, created: Date, updated: Date, sources: [SessionSource],
    analysis: AnalysisState, journal: [JournalEntry]
  ) {
    self.schemaVersion = SessionFile.currentSchemaVersion
    self.toolVersion = toolVersion
    self.name = name
    self.created = created
    self.updated = updated
    self.sources = sources
    self.rates = analysis.rates.rates
    self.settings = analysis.settings
    self.discrepancies = analysis.discrepancies
    self.nextDiscrepancy = analysis.nextDiscrepancy
    self.journal = journal
    self.unloadedSources = analysis.unloadedSources.isEmpty ? nil : analysis.unloadedSources
  }

  /// The analysis state the file describes.
  public var analysis: AnalysisState {
    var state = AnalysisState(
      rates: RateTable(rates: rates), settings: settings, discrepancies: discrepancies,
      nextDiscrepancy: nextDiscrepancy)
    for source in unloadedSources ?? [] { state.rememberUnloaded(source) }
    return state
  }

  // MARK: - Bytes

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }

  public func encoded() throws -> Data {
    var data = try SessionFile.encoder().encode(self)
    data.append(0x0A)
    return data
  }

  /// Reads a session file's bytes, saying precisely what is wrong with a bad one, then checks
  /// every value (``SessionValidator``). A file in the form CrossCheck writes is read straight
  /// from its bytes (``SessionFileReader``); anything else goes to JSONDecoder, which reads the
  /// version first (``init(from:)``), so a newer file is refused before its other fields are
  /// misread.
  public static func decode(_ data: Data, path: String) throws(SessionError) -> SessionFile {
    let file: SessionFile
    if let read = SessionFileReader.read(data) {
      file = read
    } else {
      file = try decodedByFoundation(data, path: path)
    }
    if let (field, problem) = SessionValidator.firstProblem(in: file) {
      throw .invalidValue(path: path, field: field, problem: problem)
    }
    return file
  }

  /// `data` decoded by JSONDecoder, before validation: the reference ``SessionFileReader`` must
  /// agree with, and the one that explains a file it does not read.
  static func decodedByFoundation(_ data: Data, path: String) throws(SessionError) -> SessionFile {
    let decoder = JSONDecoder()
    // Foundation's own ISO 8601 strategy does not say which value was wrong; this one does.
    decoder.dateDecodingStrategy = .custom { decoder in
      let text = try decoder.singleValueContainer().decode(String.self)
      if let date = ISO8601Timestamp.parse(text) { return date }
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "expected a time in ISO 8601 such as 2025-12-04T09:30:00Z"))
    }
    let file: SessionFile
    do {
      file = try decoder.decode(SessionFile.self, from: data)
    } catch let problem as VersionProblem {
      switch problem {
      case .wrongForm:
        throw .malformed(
          path: path, reason: "schemaVersion has a value of the wrong form (it is a whole number)")
      case .missing:
        throw .malformed(
          path: path, reason: "it has no schemaVersion; it is not a CrossCheck session")
      case .newer(let schema):
        throw .newerSchema(path: path, version: schema, supported: currentSchemaVersion)
      }
    } catch {
      throw .malformed(path: path, reason: SessionError.describe(error, data: data))
    }
    return file
  }

  /// Why the version, read first, stops the decoding.
  private enum VersionProblem: Error {
    /// A number that is not a whole one (1.5).
    case wrongForm
    case missing
    case newer(Int)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let version: Int?
    do {
      version = try container.decodeIfPresent(Int.self, forKey: .schemaVersion)
    } catch {
      // A fraction is a number of the wrong form (Foundation calls it "not valid JSON").
      guard (try? container.decode(Double.self, forKey: .schemaVersion)) != nil else {
        throw error
      }
      throw VersionProblem.wrongForm
    }
    guard let version else { throw VersionProblem.missing }
    if version > Self.currentSchemaVersion { throw VersionProblem.newer(version) }
    schemaVersion = version
    toolVersion = try container.decode(String.self, forKey: .toolVersion)
    name = try container.decode(String.self, forKey: .name)
    created = try container.decode(Date.self, forKey: .created)
    updated = try container.decode(Date.self, forKey: .updated)
    sources = try container.decode([SessionSource].self, forKey: .sources)
    rates = try container.decode([ExchangeRate].self, forKey: .rates)
    settings = try container.decode(Settings.self, forKey: .settings)
    discrepancies = try container.decode([Discrepancy].self, forKey: .discrepancies)
    nextDiscrepancy = try container.decode(Int.self, forKey: .nextDiscrepancy)
    journal = try container.decode([JournalEntry].self, forKey: .journal)
    unloadedSources = try container.decodeIfPresent(
      [SessionSource].self, forKey: .unloadedSources)
  }
}
