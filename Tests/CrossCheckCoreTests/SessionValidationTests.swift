import CrossCheckCore
import Foundation
import Testing

/// Every value of a session file is checked when it is read (by `open` and `replay` alike): a
/// bad one is refused with its JSON path, before anything of the file is used.
@Suite("Session values are validated")
struct SessionValidationTests {
  static let example =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sessions/frozen-assets.json")

  /// The example session with one change made to its JSON object.
  static func session(_ change: (inout [String: Any]) -> Void) throws -> Data {
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as? [String: Any])
    change(&object)
    return try JSONSerialization.data(withJSONObject: object)
  }

  static func discrepancies(_ object: [String: Any]) -> [[String: Any]] {
    object["discrepancies"] as? [[String: Any]] ?? []
  }

  static func invalid(_ data: Data) -> (field: String, problem: SessionValueProblem)? {
    do {
      _ = try SessionFile.decode(data, path: "s.json")
      return nil
    } catch {
      if case .invalidValue(_, let field, let problem) = error { return (field, problem) }
      return nil
    }
  }

  @Test("the example session is valid")
  func exampleIsValid() throws {
    _ = try SessionFile.decode(Data(contentsOf: Self.example), path: "frozen-assets.json")
  }

  @Test("a rate of 0 is refused, naming rates[0].rate")
  func zeroRate() throws {
    let data = try Self.session { object in
      var rates = object["rates"] as! [[String: Any]]
      rates[0]["rate"] = 0
      object["rates"] = rates
    }
    #expect(Self.invalid(data)?.field == "rates[0].rate")
    #expect(Self.invalid(data)?.problem == .rateNotPositive)
  }

  @Test("a report url that is not http or https is refused")
  func reportURL() throws {
    let data = try Self.session { object in
      var settings = object["settings"] as! [String: Any]
      settings["reportURL"] = "javascript:alert(1)"
      object["settings"] = settings
    }
    #expect(Self.invalid(data)?.field == "settings.reportURL")
    #expect(Self.invalid(data)?.problem == .webAddress)
  }

  @Test("a tolerance of 5 is refused")
  func tolerance() throws {
    let data = try Self.session { object in
      var settings = object["settings"] as! [String: Any]
      settings["approxTolerance"] = 5
      object["settings"] = settings
    }
    #expect(Self.invalid(data)?.field == "settings.approxTolerance")
  }

  @Test("duplicate discrepancy numbers are refused, naming the second")
  func duplicateNumbers() throws {
    let data = try Self.session { object in
      var list = Self.discrepancies(object)
      list[1]["id"] = list[0]["id"]
      object["discrepancies"] = list
    }
    let found = Self.invalid(data)
    #expect(found?.field == "discrepancies[1].id")
    #expect(found?.problem == .duplicateNumber(1))
  }

  @Test("a discrepancy number or nextDiscrepancy of Int.max is refused, without a crash")
  func hugeNumbers() throws {
    let id = try Self.session { object in
      var list = Self.discrepancies(object)
      list[0]["id"] = Int.max
      object["discrepancies"] = list
    }
    #expect(Self.invalid(id)?.field == "discrepancies[0].id")
    let next = try Self.session { $0["nextDiscrepancy"] = Int.max }
    #expect(Self.invalid(next)?.field == "nextDiscrepancy")
  }

  @Test("a verdict outside the session's set is refused")
  func unknownVerdict() throws {
    let data = try Self.session { object in
      var list = Self.discrepancies(object)
      list[0]["verdict"] = "made-up"
      object["discrepancies"] = list
    }
    #expect(Self.invalid(data)?.field == "discrepancies[0].verdict")
    #expect(Self.invalid(data)?.problem == .unknownVerdict("made-up"))
  }

  @Test("a date that is not a date, and a fractional schemaVersion, name their field")
  func wrongForms() throws {
    let created = try Self.session { $0["created"] = "yesterday" }
    #expect {
      try SessionFile.decode(created, path: "s.json")
    } throws: { error in
      guard case .malformed(_, let reason) = error as? SessionError else { return false }
      return reason.contains("created") && !reason.contains("not valid JSON")
    }
    let version = try Self.session { $0["schemaVersion"] = 1.5 }
    #expect {
      try SessionFile.decode(version, path: "s.json")
    } throws: { error in
      guard case .malformed(_, let reason) = error as? SessionError else { return false }
      return reason.contains("schemaVersion") && !reason.contains("not valid JSON")
    }
  }

  @Test("a negative number is refused, naming its JSON path")
  func sentenceNamesPath() throws {
    let data = try Self.session { object in
      var list = Self.discrepancies(object)
      list[1]["id"] = -3
      object["discrepancies"] = list
    }
    #expect(
      throws: SessionError.invalidValue(
        path: "s.json", field: "discrepancies[1].id", problem: .numberOutOfRange)
    ) { try SessionFile.decode(data, path: "s.json") }
  }
}
