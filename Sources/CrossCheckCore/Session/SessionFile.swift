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
  }

  /// The analysis state the file describes.
  public var analysis: AnalysisState {
    AnalysisState(
      rates: RateTable(rates: rates), settings: settings, discrepancies: discrepancies,
      nextDiscrepancy: nextDiscrepancy)
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

  /// Reads a session file's bytes, saying precisely what is wrong with a bad one.
  public static func decode(_ data: Data, path: String) throws(SessionError) -> SessionFile {
    // The version first, so a newer file is refused before its other fields are misread.
    struct Version: Decodable { var schemaVersion: Int? }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let version: Version
    do {
      version = try decoder.decode(Version.self, from: data)
    } catch {
      throw .malformed(path: path, reason: SessionError.describe(error, data: data))
    }
    guard let schema = version.schemaVersion else {
      throw .malformed(
        path: path, reason: "it has no schemaVersion; it is not a CrossCheck session")
    }
    if schema > currentSchemaVersion {
      throw .newerSchema(path: path, version: schema, supported: currentSchemaVersion)
    }
    do {
      return try decoder.decode(SessionFile.self, from: data)
    } catch {
      throw .malformed(path: path, reason: SessionError.describe(error, data: data))
    }
  }
}
