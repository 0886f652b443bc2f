import Foundation
import Testing

@testable import CrossCheckFuzz

/// Every input a fuzz target found a problem with is kept in Tests/Fixtures/fuzz/TARGET/ and
/// must now pass the target's checks (scripts/fuzz; README, Development).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

  static func inputs() -> [(FuzzTarget, String)] {
    FuzzTarget.allCases.flatMap { target in
      let directory = folder.appendingPathComponent(target.rawValue).path
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map { (target, directory + "/" + $0) }
    }
  }

  @Test("a saved input passes its target's checks", arguments: inputs())
  func savedInputPasses(target: FuzzTarget, path: String) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(target.violations(bytes) == [], "\(path)")
  }
}
