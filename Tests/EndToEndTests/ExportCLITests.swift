import Foundation
import Testing

/// `crosscheck --session FILE --export FORMAT OUT`: a report without the prompt.
@Suite("Exporting from the command line", .timeLimit(.minutes(1)))
struct ExportCLITests {
  static let session = Executables.repositoryRoot.appendingPathComponent(
    "Sessions/frozen-assets.json")

  @Test("writes the same bytes as the example report, and never overwrites without --force")
  func exportsAndRefusesToOverwrite() throws {
    let run = try Run()
    let first = try run(
      "--session", Self.session.path, "--trust", "--export", "markdown", "report.md")
    #expect(first.status == 0, "\(first)")
    let written = try Data(contentsOf: run.folder.url.appendingPathComponent("report.md"))
    let example = try Data(
      contentsOf: Executables.repositoryRoot.appendingPathComponent("Sessions/frozen-assets.md"))
    #expect(written == example)

    let again = try run(
      "--session", Self.session.path, "--trust", "--export", "markdown", "report.md")
    #expect(again.status == 1, "\(again)")
    #expect(again.errors.contains("already exists; add --force"), "\(again)")
    let forced = try run(
      "--session", Self.session.path, "--trust", "--export", "html", "report.md", "--force")
    #expect(forced.status == 0, "\(forced)")
    #expect(
      try String(contentsOf: run.folder.url.appendingPathComponent("report.md"), encoding: .utf8)
        .hasPrefix("<!DOCTYPE html>"))
  }

  @Test("a ClaimReview without a report-url says so on stderr; with one, it is the url")
  func claimReviewURL() throws {
    let run = try Run()
    let corpus = Executables.repositoryRoot.appendingPathComponent("Corpus").path
    func reviews(_ name: String) throws -> [[String: Any]] {
      let data = try Data(contentsOf: run.folder.url.appendingPathComponent(name))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }
    let without = try run(
      corpus + "/bl0122.txt", corpus + "/bl0123.txt", "-c", "flag bl0122:5 bl0123:2", "-c",
      "verdict D1 counting-difference", "-c", "export claimreview plain.jsonld")
    #expect(without.status == 0, "\(without)")
    #expect(without.errors.contains("warning: the ClaimReview has no 'url'"), "\(without)")
    #expect(without.errors.contains("set report-url"), "\(without)")
    #expect(!without.output.contains("report-url"), "\(without)")
    let plain = try #require(try reviews("plain.jsonld").first)
    #expect(plain["url"] == nil)
    #expect((plain["claimReviewed"] as? String)?.hasPrefix("Bloomberg News: “Witkoff") == true)

    let with = try run(
      corpus + "/bl0122.txt", corpus + "/bl0123.txt", "-c", "flag bl0122:5 bl0123:2", "-c",
      "verdict D1 counting-difference", "-c", "set report-url https://example.org/r.html", "-c",
      "export claimreview url.jsonld")
    #expect(with.status == 0, "\(with)")
    #expect(!with.errors.contains("warning"), "\(with)")
    #expect(try reviews("url.jsonld").first?["url"] as? String == "https://example.org/r.html")
  }

  @Test("a session that cannot be opened is status 2, and usage errors are 2")
  func errors() throws {
    let run = try Run(files: ["bad.json": "{ not json"])
    let missing = try run("--session", "nowhere.json", "--export", "csv", "out.csv")
    #expect(missing.status == 2, "\(missing)")
    let malformed = try run("--session", "bad.json", "--export", "csv", "out.csv")
    #expect(malformed.status == 2, "\(malformed)")
    #expect(malformed.errors.contains("is not a valid session file"), "\(malformed)")
    let halfExport = try run("--session", Self.session.path, "--export", "csv")
    #expect(halfExport.status == 2, "\(halfExport)")
    // A report needs a session; without one it used to write an empty report and exit 0.
    let noSession = try run("--export", "csv", "out.csv")
    #expect(noSession.status == 2, "\(noSession)")
    #expect(noSession.errors.contains("give it with --session FILE"), "\(noSession)")
    // An unknown format is a usage error too (it used to be status 1, after opening the session).
    let pdf = try run("--session", Self.session.path, "--trust", "--export", "pdf", "out.pdf")
    #expect(pdf.status == 2, "\(pdf)")
    #expect(pdf.errors.contains("'pdf' is not a report format"), "\(pdf)")
    #expect(!pdf.output.contains("opened"), "\(pdf)")
    #expect(
      !FileManager.default.fileExists(atPath: run.folder.url.appendingPathComponent("out.csv").path)
    )
  }

  @Test("a session whose sources lead elsewhere is refused in batch mode without --trust")
  func untrustedSourcesAreRefused() throws {
    let run = try Run()
    let refused = try run("--session", Self.session.path, "--export", "csv", "out.csv")
    #expect(refused.status == 2, "\(refused)")
    #expect(refused.errors.contains("add --trust"), "\(refused)")
    #expect(
      !FileManager.default.fileExists(atPath: run.folder.url.appendingPathComponent("out.csv").path)
    )
  }
}
