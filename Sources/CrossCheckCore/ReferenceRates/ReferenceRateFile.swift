import Foundation
import ZIPFoundation

/// Reads a table of ECB reference rates from a file or an address: the ECB's
/// `eurofxref-hist.zip`, or the `eurofxref-hist.csv` inside it. The bytes are hostile until they
/// read as the ECB's format.
public enum ReferenceRateFile {
  /// Where the ECB publishes the complete history.
  public static let ecbAddress = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
  /// More than any plausible history (the 2026 CSV is about 2 MB): a bigger file is refused
  /// rather than read into memory.
  public static let maximumSize = 64 << 20

  public enum LoadError: Error, Equatable, CustomStringConvertible {
    case unreadable(location: String, reason: String)
    case download(location: String, reason: String)
    case tooLarge(location: String)
    case badArchive(location: String, reason: String)
    case notText(location: String)
    case malformed(location: String, error: ECBReferenceRates.ParseError)

    public var description: String {
      switch self {
      case .unreadable(let location, let reason):
        return "cannot read '\(location)': \(reason)"
      case .download(let location, let reason):
        return
          "cannot download \(location): \(reason); without a network, give a downloaded eurofxref-hist.zip or .csv file"
      case .tooLarge(let location):
        return "'\(location)' is larger than \(maximumSize >> 20) MB; it is not the ECB's table"
      case .badArchive(let location, let reason):
        return "'\(location)' is not a usable zip archive: \(reason)"
      case .notText(let location):
        return "'\(location)' is not UTF-8 text; is it the ECB's eurofxref-hist.csv?"
      case .malformed(let location, let error):
        return "'\(location)' \(error.description)"
      }
    }
  }

  /// Whether `location` is an address rather than a file path.
  public static func isAddress(_ location: String) -> Bool {
    let lower = location.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://")
  }

  /// The table at `location`: a file path, or an http(s) address fetched with a time limit (by curl).
  public static func load(_ location: String, timeout: TimeInterval = 60) throws(LoadError)
    -> ECBRateTable
  {
    let data: Data
    if isAddress(location) {
      data = try download(location, timeout: timeout)
    } else {
      do {
        // Refused by the open file's size (fstat) before a byte is read.
        data = try FileReader.read(location, maximumBytes: maximumSize)
      } catch .tooLarge {
        throw .tooLarge(location: location)
      } catch {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: location, isDirectory: &isFolder)
        throw .unreadable(
          location: location,
          reason: !exists
            ? "no such file" : isFolder.boolValue ? "it is a folder" : error.description
        )
      }
    }
    return try table(from: data, location: location)
  }

  /// The table in `data`, a zip holding one CSV or the CSV itself.
  public static func table(from data: Data, location: String) throws(LoadError) -> ECBRateTable {
    guard data.count <= maximumSize else { throw .tooLarge(location: location) }
    var csv = data
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      csv = try unzip(data, location: location)
    }
    guard let text = String(data: csv, encoding: .utf8) else { throw .notText(location: location) }
    do {
      return try ECBRateTable(csv: text, origin: location)
    } catch {
      throw .malformed(location: location, error: error)
    }
  }

  /// The one CSV file in a zip archive, at most ``maximumSize`` bytes once inflated.
  static func unzip(_ data: Data, location: String) throws(LoadError) -> Data {
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw .badArchive(location: location, reason: "its directory cannot be read")
    }
    let entries = archive.filter { $0.type == .file && $0.path.lowercased().hasSuffix(".csv") }
    guard entries.count == 1, let entry = entries.first else {
      throw .badArchive(
        location: location, reason: "it holds \(entries.count) CSV files; the ECB's holds one")
    }
    guard entry.uncompressedSize <= UInt64(maximumSize) else { throw .tooLarge(location: location) }
    var csv = Data()
    do {
      _ = try archive.extract(entry) { chunk in
        csv.append(chunk)
        if csv.count > maximumSize { throw CocoaError(.fileReadTooLarge) }
      }
    } catch {
      if csv.count > maximumSize { throw .tooLarge(location: location) }
      throw .badArchive(location: location, reason: "\(entry.path) does not inflate")
    }
    return csv
  }

  /// The body of a successful GET of `location`, fetched by curl: Foundation's URLSession would
  /// link libcurl and some thirty libraries into every start of CrossCheck (about 8 ms measured),
  /// for a command run once in a while.
  static func download(_ location: String, timeout: TimeInterval) throws(LoadError) -> Data {
    guard let url = URL(string: location), url.host != nil else {
      throw .download(location: location, reason: "it is not a valid address")
    }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "crosscheck-rates-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "curl", "--fail", "--silent", "--show-error", "--location", "--proto", "=http,https",
      "--max-time", String(Int(timeout)), "--max-filesize", String(maximumSize),
      "--output", output.path, "--", url.absoluteString,
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .download(location: location, reason: "the curl program could not be started")
    }
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      // env says 127 when there is no curl to run.
      if process.terminationStatus == 127 {
        throw .download(
          location: location, reason: "it needs the curl program (apt-get install curl)")
      }
      let reason = message.split(whereSeparator: \.isNewline).last.map {
        $0.replacingOccurrences(of: "curl: ", with: "")
      }
      throw .download(location: location, reason: reason ?? "curl failed")
    }
    guard let data = FileReader.contents(of: output.path) else {
      throw .download(location: location, reason: "nothing was received")
    }
    return data
  }
}
