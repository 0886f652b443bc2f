import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The corpus folder of the checkout.
private let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path

/// The URL the tests add to bl0122's metadata (the corpus has none): slashes, a query and `&`.
private let bl0122URL = "https://www.bloomberg.com/news/articles/2026-01-22/putin-talks?src=a&b=1"

/// A note with characters JSON and HTML treat specially, and non-ASCII ones.
private let trickyNote =
  #"He said "€210bn" <b>not</b> & 'so' — naïve \ back\slash, "# + "tab\tand\nnewline\u{1F4B6}"

private let flagged = Date(timeIntervalSince1970: 1_764_900_000)
private let noted = Date(timeIntervalSince1970: 1_764_903_600)

/// A copy of the corpus in a temporary folder, with `bl0122.meta.json` given a URL.
private final class CorpusCopy {
  let directory: TemporaryDirectory
  var corpus = Corpus()

  init(url: String? = bl0122URL, changing changed: String? = nil) throws {
    directory = try TemporaryDirectory()
    for name in try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted() {
      var data = try Data(contentsOf: URL(fileURLWithPath: corpusFolder + "/" + name))
      if name == "bl0122.meta.json", let url {
        var metadata = try #require(
          try JSONSerialization.jsonObject(with: data) as? [String: Any])
        metadata["url"] = url
        data = try JSONSerialization.data(withJSONObject: metadata)
      }
      if name == changed {
        data = Data("A paragraph added at the top of the article.\n\n".utf8) + data
      }
      try directory.write(name, bytes: Array(data))
    }
    let loaded = corpus.load(directory.path)
    #expect(loaded.problems.isEmpty && loaded.warnings.isEmpty && loaded.loaded.count == 5)
  }

  func source(_ id: String) throws -> Source {
    try #require(corpus.source(SourceID(id)))
  }

  func reference(_ id: String) throws -> FigureReference {
    let figureID = try #require(FigureID(id))
    let source = try #require(corpus.source(figureID.source))
    return FigureReference(figure: try #require(source.figure(figureID)), in: source)
  }
}

/// The session the tests export: D1 (bl0122:9 vs il1203:11) with a verdict, two notes and tags;
/// D2 (two Guardian and Bloomberg figures) with a note and no verdict; D3 (one figure) with a
/// verdict of the session's own and no title.
private func sampleAnalysis(_ copy: CorpusCopy, note: String = trickyNote) throws -> AnalysisState {
  var analysis = AnalysisState()
  let assets = analysis.flag(
    [try copy.reference("bl0122:9"), try copy.reference("il1203:11")],
    title: "Frozen Russian assets", at: flagged)
  analysis.update(assets.id) {
    $0.verdict = "scope-difference"
    $0.tags = ["frozen-assets", "money"]
    $0.notes = [
      Note(time: noted, text: "Worldwide vs Europe only."),
      Note(time: noted.addingTimeInterval(60), text: note),
    ]
  }
  let regions = analysis.flag(
    [try copy.reference("gra1204:3"), try copy.reference("bl1127:5")], title: nil, at: flagged)
  analysis.update(regions.id) { $0.notes = [Note(time: noted, text: "Not yet checked.")] }
  let single = analysis.flag([try copy.reference("bl1127:5")], title: nil, at: flagged)
  analysis.update(single.id) { $0.verdict = "misdated" }
  return analysis
}

private func sampleReport(
  _ copy: CorpusCopy, author: String? = "Ana Lima", note: String = trickyNote
) throws -> Report {
  Report.build(
    sessionName: "frozen assets", corpus: copy.corpus,
    analysis: try sampleAnalysis(copy, note: note), date: "2026-01-24", author: author)
}

private func parse(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}

private func object(_ value: Any?) throws -> [String: Any] {
  try #require(value as? [String: Any])
}

private func objects(_ value: Any?) throws -> [[String: Any]] {
  try #require(value as? [[String: Any]])
}

private func string(_ value: Any?) throws -> String {
  try #require(value as? String)
}

/// ISO 8601 calendar date, `YYYY-MM-DD`.
private func isISODate(_ text: String) -> Bool {
  text.wholeMatch(of: #/\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/#) != nil
}

@Suite("JSON-LD reports: schema.org ClaimReview and W3C Web Annotations")
struct JSONLDReportTests {
  // MARK: - ClaimReview

  @Test func claimReviewHasTheRequiredFieldsAndTypes() throws {
    let copy = try CorpusCopy()
    let report = try sampleReport(copy)
    let reviews = try objects(try parse(try ClaimReviewReport.render(report)))
    // D2 has no verdict: only D1 and D3 are reviews.
    #expect(reviews.map { $0["identifier"] as? String } == ["D1", "D3"])
    for review in reviews {
      #expect(review["@context"] as? String == "https://schema.org")
      #expect(review["@type"] as? String == "ClaimReview")
      #expect(!(try string(review["claimReviewed"])).isEmpty)
      #expect(isISODate(try string(review["datePublished"])))
      #expect(try string(review["datePublished"]) == "2026-01-24")
      let item = try object(review["itemReviewed"])
      #expect(item["@type"] as? String == "Claim")
      for work in try objects(item["appearance"]) {
        #expect(work["@type"] as? String == "CreativeWork")
        #expect(isISODate(try string(work["datePublished"])))
      }
      #expect(isISODate(try string(item["datePublished"])))
      let rating = try object(review["reviewRating"])
      #expect(rating["@type"] as? String == "Rating")
      let author = try object(review["author"])
      #expect(author["@type"] as? String == "Person")
      #expect(author["name"] as? String == "Ana Lima")
    }

    let d1 = reviews[0]
    // The claims as published: each sentence, quoted and attributed to its outlet.
    let d1Sentences = report.discrepancies[0].figures.map(\.sentence)
    #expect(
      d1["claimReviewed"] as? String
        == "Bloomberg News: “\(d1Sentences[0])” vs Israeli news site (unnamed): “\(d1Sentences[1])”"
    )
    #expect(d1Sentences[0].contains("estimated at $300 billion worldwide"))
    #expect(d1["name"] as? String == "Frozen Russian assets")
    #expect(d1["headline"] as? String == "Frozen Russian assets")
    #expect(d1["keywords"] as? [String] == ["frozen-assets", "money"])
    #expect(d1["reviewBody"] as? String == "Worldwide vs Europe only.\n\n" + trickyNote)
    let rating = try object(d1["reviewRating"])
    #expect(rating["alternateName"] as? String == "Scope difference")
    let explanation = try string(rating["ratingExplanation"])
    #expect(explanation.hasPrefix("The figures measure different places, groups or totals. "))
    #expect(explanation.contains("Different scope: worldwide vs "))

    // One appearance per source, in the figures' order; the URL only where the metadata has one.
    let item = try object(d1["itemReviewed"])
    let appearance = try objects(item["appearance"])
    #expect(appearance.count == 2)
    #expect(appearance[0]["url"] as? String == bl0122URL)
    #expect(
      appearance[0]["headline"] as? String
        == "Putin starts Moscow talks with US Envoys Witkoff and Kushner")
    #expect(try object(appearance[0]["publisher"])["@type"] as? String == "Organization")
    #expect(try object(appearance[0]["publisher"])["name"] as? String == "Bloomberg News")
    #expect(appearance[0]["datePublished"] as? String == "2026-01-22")
    #expect(appearance[1]["url"] == nil)
    #expect(appearance[1]["headline"] == nil)
    #expect(
      try object(appearance[1]["publisher"])["name"] as? String == "Israeli news site (unnamed)")
    #expect(appearance[1]["datePublished"] as? String == "2025-12-03")
    // The claim's date is the earliest appearance.
    #expect(item["datePublished"] as? String == "2025-12-03")

    // D3: one figure, so its sentence is the claim; a session verdict has no meaning to explain.
    let d3 = reviews[1]
    let figure = try #require(report.discrepancies[2].figures.first)
    #expect(
      d3["claimReviewed"] as? String
        == "Bloomberg News: “"
        + figure.sentence.trimmingCharacters(in: .whitespacesAndNewlines) + "”")
    #expect((d3["claimReviewed"] as? String)?.contains("Oct. 14") == true)
    #expect(d3["name"] as? String == "D3: " + figure.text)
    #expect(try object(d3["reviewRating"])["alternateName"] as? String == "Misdated")
    #expect(try object(d3["reviewRating"])["ratingExplanation"] == nil)
    #expect(d3["keywords"] == nil && d3["reviewBody"] == nil)
    #expect(try objects(try object(d3["itemReviewed"])["appearance"]).count == 1)
  }

  @Test func claimReviewWithoutAnAuthorIsSignedByTheCrossCheckUserOrganization() throws {
    let copy = try CorpusCopy()
    let reviews = try objects(
      try parse(try ClaimReviewReport.render(try sampleReport(copy, author: nil))))
    #expect(reviews.count == 2)
    for review in reviews {
      let author = try object(review["author"])
      #expect(author["@type"] as? String == "Organization")
      #expect(author["name"] as? String == "CrossCheck user")
    }
  }

  @Test func discrepanciesWithoutAVerdictAreLeftOut() throws {
    let copy = try CorpusCopy()
    var analysis = try sampleAnalysis(copy)
    analysis.update(1) { $0.verdict = nil }
    analysis.update(3) { $0.verdict = nil }
    let report = Report.build(
      sessionName: "s", corpus: copy.corpus, analysis: analysis, date: "2026-01-24", author: nil)
    #expect(report.discrepancies.count == 3)
    let output = try ClaimReviewReport.render(report)
    #expect(try objects(try parse(output)).isEmpty)
    // …and no annotation assesses anything, while the notes are still there.
    let page = try object(try object(try parse(try AnnotationsReport.render(report)))["first"])
    let motivations = try objects(page["items"]).map { $0["motivation"] as? String }
    #expect(!motivations.contains("assessing"))
    #expect(motivations.contains("commenting"))
  }

  // MARK: - Web Annotations

  @Test func annotationsHaveTheRequiredFieldsAndSelectors() throws {
    let copy = try CorpusCopy()
    let analysis = try sampleAnalysis(copy)
    let report = Report.build(
      sessionName: "frozen assets", corpus: copy.corpus, analysis: analysis, date: "2026-01-24",
      author: "Ana Lima")
    let collection = try object(try parse(try AnnotationsReport.render(report)))
    #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
    #expect(collection["type"] as? String == "AnnotationCollection")
    #expect(collection["id"] as? String == "urn:crosscheck:frozen%20assets:annotations")
    let page = try object(collection["first"])
    #expect(page["type"] as? String == "AnnotationPage")
    let items = try objects(page["items"])
    // D1: 2 figures × (verdict + 2 notes + tags); D2: 2 figures × 1 note; D3: 1 figure × verdict.
    #expect(items.count == 8 + 2 + 1)
    #expect(collection["total"] as? Int == items.count)
    let ids = try items.map { try string($0["id"]) }
    #expect(Set(ids).count == ids.count)
    #expect(ids.first == "urn:crosscheck:frozen%20assets:D1:bl0122:9:verdict")

    for item in items {
      #expect(item["type"] as? String == "Annotation")
      let motivation = try string(item["motivation"])
      #expect(["assessing", "commenting", "tagging"].contains(motivation))
      #expect(try Date(try string(item["created"]), strategy: .iso8601) >= flagged)
      #expect(try object(item["creator"])["name"] as? String == "Ana Lima")
      let bodies = try objects(item["body"])
      #expect(!bodies.isEmpty)
      for body in bodies {
        #expect(body["type"] as? String == "TextualBody")
        #expect(!(try string(body["value"])).isEmpty)
      }

      // The target: which figure, by id, and the selectors recorded when it was flagged.
      let parts = try string(item["id"]).split(separator: ":")
      let discrepancy = try #require(Discrepancy.number(from: String(parts[3])))
      let figureID = try #require(FigureID("\(parts[4]):\(parts[5])"))
      let reference = try #require(
        analysis.discrepancy(discrepancy)?.figures.first { $0.figure == figureID })
      let source = try copy.source(figureID.source.rawValue)
      let target = try object(item["target"])
      let expectedSource = source.metadata.url ?? "urn:sha256:" + source.sha256
      #expect(target["source"] as? String == expectedSource)
      let selectors = try objects(target["selector"])
      #expect(selectors.count == 2)
      let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
      let position = try #require(
        selectors.first { $0["type"] as? String == "TextPositionSelector" })
      let figure = try #require(source.figure(figureID))
      #expect(quote["exact"] as? String == figure.text)
      #expect(quote["exact"] as? String == reference.quote.exact)
      #expect(quote["prefix"] as? String == reference.quote.prefix)
      #expect(quote["suffix"] as? String == reference.quote.suffix)
      let start = try #require(position["start"] as? Int)
      let end = try #require(position["end"] as? Int)
      #expect(start == reference.position.start && end == reference.position.end)
      // The quote really is at those offsets of the source text, with its context around it.
      #expect(source.text(from: start, to: end) == figure.text)
      #expect(
        source.text(from: start - reference.quote.prefix.unicodeScalars.count, to: start)
          == reference.quote.prefix)
      #expect(
        source.text(from: end, to: end + reference.quote.suffix.unicodeScalars.count)
          == reference.quote.suffix)
    }
    #expect(
      items.filter { ($0["target"] as? [String: Any])?["source"] as? String == bl0122URL }
        .count == 4)

    // What each motivation carries.
    let d1 = items.prefix(4)
    #expect(
      d1.map { $0["motivation"] as? String }
        == ["assessing", "commenting", "commenting", "tagging"])
    let verdict = try objects(d1[0]["body"])
    #expect(
      verdict.map { $0["value"] as? String } == [
        "scope-difference", "the figures measure different places, groups or totals",
      ])
    #expect(verdict.map { $0["purpose"] as? String } == ["assessing", "describing"])
    #expect(d1[0]["created"] as? String == Report.timestamp(flagged))
    #expect(try objects(d1[1]["body"]).first?["value"] as? String == "Worldwide vs Europe only.")
    #expect(d1[1]["created"] as? String == Report.timestamp(noted))
    #expect(d1[2]["created"] as? String == Report.timestamp(noted.addingTimeInterval(60)))
    #expect(d1[2]["id"] as? String == "urn:crosscheck:frozen%20assets:D1:bl0122:9:note:2")
    #expect(
      try objects(d1[3]["body"]).map { $0["value"] as? String } == ["frozen-assets", "money"])
    #expect(try objects(d1[3]["body"]).allSatisfy { $0["purpose"] as? String == "tagging" })
  }

  @Test func withoutAnAuthorAnnotationsHaveNoCreatorAndAnEmptySessionNoPage() throws {
    let copy = try CorpusCopy()
    let report = try sampleReport(copy, author: nil)
    let page = try object(try object(try parse(try AnnotationsReport.render(report)))["first"])
    #expect(try objects(page["items"]).allSatisfy { $0["creator"] == nil })

    let empty = Report.build(
      sessionName: "empty", corpus: copy.corpus, analysis: AnalysisState(), date: "2026-01-24",
      author: nil)
    let collection = try object(try parse(try AnnotationsReport.render(empty)))
    #expect(collection["total"] as? Int == 0)
    #expect(collection["first"] == nil)
    #expect(collection["creator"] == nil)
    #expect(try ClaimReviewReport.render(empty) == "[\n\n]\n")
  }

  @Test func aFigureInAChangedSourceKeepsOnlyItsQuote() throws {
    // Flag in the original text, then build the report against a copy whose il1203 changed.
    let original = try CorpusCopy()
    let analysis = try sampleAnalysis(original)
    let changed = try CorpusCopy(changing: "il1203.txt")
    let report = Report.build(
      sessionName: "s", corpus: changed.corpus, analysis: analysis, date: "2026-01-24",
      author: nil)
    #expect(report.discrepancies[0].figures.map(\.sourceChanged) == [false, true])
    let items = try objects(
      try object(try object(try parse(try AnnotationsReport.render(report)))["first"])["items"])
    for item in items {
      let target = try object(item["target"])
      let types = try objects(target["selector"]).map { $0["type"] as? String }
      if try string(item["id"]).contains(":il1203:") {
        #expect(types == ["TextQuoteSelector"])
        #expect(
          target["source"] as? String == "urn:sha256:" + (try changed.source("il1203")).sha256)
      } else {
        #expect(types == ["TextQuoteSelector", "TextPositionSelector"])
      }
    }
  }

  // MARK: - Both

  @Test func theSameSessionGivesTheSameBytes() throws {
    // The same session, its sources loaded from two different folders.
    let first = try sampleReport(try CorpusCopy())
    let second = try sampleReport(try CorpusCopy())
    let claimReview = try ClaimReviewReport.render(first)
    let annotations = try AnnotationsReport.render(first)
    #expect(try ClaimReviewReport.render(second) == claimReview)
    #expect(try AnnotationsReport.render(second) == annotations)
    // Keys are sorted, slashes unescaped, and the output ends with a newline.
    #expect(
      claimReview.hasPrefix("[\n  {\n    \"@context\" : \"https://schema.org\",\n    \"@id\" : "))
    #expect(annotations.hasPrefix("{\n  \"@context\" : \"http://www.w3.org/ns/anno.jsonld\",\n"))
    #expect(claimReview.hasSuffix("}\n]\n") && annotations.hasSuffix("}\n"))
    #expect(claimReview.contains(bl0122URL) && annotations.contains(bl0122URL))
  }

  @Test func specialCharactersInNotesRoundTrip() throws {
    let copy = try CorpusCopy()
    let report = try sampleReport(copy)
    let claimReview = try ClaimReviewReport.render(report)
    let annotations = try AnnotationsReport.render(report)
    let reviews = try objects(try parse(claimReview))
    #expect(try string(reviews[0]["reviewBody"]).hasSuffix("\n\n" + trickyNote))
    let items = try objects(try object(try object(try parse(annotations))["first"])["items"])
    let values = try items.flatMap { try objects($0["body"]).compactMap { $0["value"] as? String } }
    #expect(values.filter { $0 == trickyNote }.count == 2)
    // Non-ASCII text is written as it is, not as \u escapes.
    #expect(claimReview.contains("€210bn") && annotations.contains("naïve"))
    #expect(annotations.contains("€210 billion") && annotations.contains("\u{1F4B6}"))
    // Control characters are escaped, so every note stays on one line.
    #expect(annotations.contains(#"tab\tand\nnewline"#))
  }

  @Test func sortedKeysAtEveryLevel() throws {
    let copy = try CorpusCopy()
    let report = try sampleReport(copy)
    for output in [try ClaimReviewReport.render(report), try AnnotationsReport.render(report)] {
      // Each object's keys, in the order written, by indentation: they must be sorted.
      var stack: [[String]] = [[]]
      for line in output.split(separator: "\n") {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\""),
          trimmed[end...].hasPrefix("\" : ")
        {
          stack[stack.count - 1].append(
            String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]))
        }
        if trimmed.hasSuffix("{") { stack.append([]) }
        if trimmed.hasPrefix("}") {
          let keys = stack.removeLast()
          #expect(keys == keys.sorted(), "\(keys)")
        }
      }
      #expect(stack.count == 1)
    }
  }
}

/// A small report made by hand, for the exact bytes.
private func handMadeReport() -> Report {
  let created = Date(timeIntervalSince1970: 1_764_900_000)
  let quoted = Report.Figure(
    id: "art:2", sourceID: "art", text: "€210bn", sentence: "Europe holds €210bn in assets.",
    startInSentence: 13, endInSentence: 19, start: 113, end: 119, prefix: "Europe holds ",
    suffix: " in assets.", sourceChanged: false)
  let other = Report.Figure(
    id: "wire:1", sourceID: "wire", text: "$300 billion", sentence: "Some $300 billion.",
    startInSentence: 5, endInSentence: 17, start: 5, end: 17, prefix: "Some ", suffix: ".",
    sourceChanged: false)
  return Report(
    sessionName: "demo", title: "Demo", date: "2026-01-24", author: "Ana Lima",
    sources: [
      Report.Source(
        id: "art", path: "art.txt", title: "Assets", outlet: "The Paper", date: "2025-12-03",
        url: "https://example.com/a/b", sha256: "ab12"),
      Report.Source(
        id: "wire", path: "wire.txt", title: nil, outlet: nil, date: "3 Dec", url: nil,
        sha256: "cd34"),
    ],
    discrepancies: [
      Report.Discrepancy(
        label: "D1", title: "Assets held in Europe", verdict: "contradiction",
        verdictMeaning: Verdict.meanings["contradiction"], tags: [],
        notes: [Note(time: created.addingTimeInterval(60), text: "Checked & \"confirmed\".")],
        created: created, figures: [quoted], assessment: nil, explanations: [], spread: nil),
      Report.Discrepancy(
        label: "D2", title: nil, verdict: "misquoted", verdictMeaning: nil, tags: ["money"],
        notes: [], created: created, figures: [quoted, other], assessment: "differ",
        explanations: ["different scope: in Europe vs worldwide"], spread: nil),
      Report.Discrepancy(
        label: "D3", title: "Not reviewed", verdict: nil, verdictMeaning: nil, tags: [],
        notes: [], created: created, figures: [other], assessment: nil, explanations: [],
        spread: nil),
    ])
}

extension JSONLDReportTests {
  /// The exact bytes of the hand-made report in both formats: pins the shapes, and shows them.
  @Test func theExactOutputOfASmallReport() throws {
    let claimReview = #"""
      [
        {
          "@context" : "https://schema.org",
          "@id" : "urn:crosscheck:demo:D1",
          "@type" : "ClaimReview",
          "author" : {
            "@type" : "Person",
            "name" : "Ana Lima"
          },
          "claimReviewed" : "The Paper: “Europe holds €210bn in assets.”",
          "datePublished" : "2026-01-24",
          "headline" : "Assets held in Europe",
          "identifier" : "D1",
          "itemReviewed" : {
            "@type" : "Claim",
            "appearance" : [
              {
                "@type" : "CreativeWork",
                "datePublished" : "2025-12-03",
                "headline" : "Assets",
                "identifier" : "urn:sha256:ab12",
                "name" : "Assets",
                "publisher" : {
                  "@type" : "Organization",
                  "name" : "The Paper"
                },
                "url" : "https://example.com/a/b"
              }
            ],
            "datePublished" : "2025-12-03"
          },
          "name" : "Assets held in Europe",
          "reviewBody" : "Checked & \"confirmed\".",
          "reviewRating" : {
            "@type" : "Rating",
            "alternateName" : "Contradiction",
            "ratingExplanation" : "The sources make claims that cannot both be true."
          }
        },
        {
          "@context" : "https://schema.org",
          "@id" : "urn:crosscheck:demo:D2",
          "@type" : "ClaimReview",
          "author" : {
            "@type" : "Person",
            "name" : "Ana Lima"
          },
          "claimReviewed" : "The Paper: “Europe holds €210bn in assets.” vs “Some $300 billion.”",
          "datePublished" : "2026-01-24",
          "headline" : "D2: €210bn vs $300 billion",
          "identifier" : "D2",
          "itemReviewed" : {
            "@type" : "Claim",
            "appearance" : [
              {
                "@type" : "CreativeWork",
                "datePublished" : "2025-12-03",
                "headline" : "Assets",
                "identifier" : "urn:sha256:ab12",
                "name" : "Assets",
                "publisher" : {
                  "@type" : "Organization",
                  "name" : "The Paper"
                },
                "url" : "https://example.com/a/b"
              },
              {
                "@type" : "CreativeWork",
                "identifier" : "urn:sha256:cd34"
              }
            ],
            "datePublished" : "2025-12-03"
          },
          "keywords" : [
            "money"
          ],
          "name" : "D2: €210bn vs $300 billion",
          "reviewRating" : {
            "@type" : "Rating",
            "alternateName" : "Misquoted",
            "ratingExplanation" : "Different scope: in Europe vs worldwide."
          }
        }
      ]

      """#
    let annotations = #"""
      {
        "@context" : "http://www.w3.org/ns/anno.jsonld",
        "creator" : {
          "name" : "Ana Lima",
          "type" : "Person"
        },
        "first" : {
          "id" : "urn:crosscheck:demo:annotations:page:1",
          "items" : [
            {
              "body" : [
                {
                  "format" : "text/plain",
                  "purpose" : "assessing",
                  "type" : "TextualBody",
                  "value" : "contradiction"
                },
                {
                  "format" : "text/plain",
                  "purpose" : "describing",
                  "type" : "TextualBody",
                  "value" : "the sources make claims that cannot both be true"
                }
              ],
              "created" : "2025-12-05T02:00:00Z",
              "creator" : {
                "name" : "Ana Lima",
                "type" : "Person"
              },
              "id" : "urn:crosscheck:demo:D1:art:2:verdict",
              "motivation" : "assessing",
              "target" : {
                "selector" : [
                  {
                    "exact" : "€210bn",
                    "prefix" : "Europe holds ",
                    "suffix" : " in assets.",
                    "type" : "TextQuoteSelector"
                  },
                  {
                    "end" : 119,
                    "start" : 113,
                    "type" : "TextPositionSelector"
                  }
                ],
                "source" : "https://example.com/a/b"
              },
              "type" : "Annotation"
            },
            {
              "body" : [
                {
                  "format" : "text/plain",
                  "purpose" : "commenting",
                  "type" : "TextualBody",
                  "value" : "Checked & \"confirmed\"."
                }
              ],
              "created" : "2025-12-05T02:01:00Z",
              "creator" : {
                "name" : "Ana Lima",
                "type" : "Person"
              },
              "id" : "urn:crosscheck:demo:D1:art:2:note:1",
              "motivation" : "commenting",
              "target" : {
                "selector" : [
                  {
                    "exact" : "€210bn",
                    "prefix" : "Europe holds ",
                    "suffix" : " in assets.",
                    "type" : "TextQuoteSelector"
                  },
                  {
                    "end" : 119,
                    "start" : 113,
                    "type" : "TextPositionSelector"
                  }
                ],
                "source" : "https://example.com/a/b"
              },
              "type" : "Annotation"
            },
            {
              "body" : [
                {
                  "format" : "text/plain",
                  "purpose" : "assessing",
                  "type" : "TextualBody",
                  "value" : "misquoted"
                }
              ],
              "created" : "2025-12-05T02:00:00Z",
              "creator" : {
                "name" : "Ana Lima",
                "type" : "Person"
              },
              "id" : "urn:crosscheck:demo:D2:art:2:verdict",
              "motivation" : "assessing",
              "target" : {
                "selector" : [
                  {
                    "exact" : "€210bn",
                    "prefix" : "Europe holds ",
                    "suffix" : " in assets.",
                    "type" : "TextQuoteSelector"
                  },
                  {
                    "end" : 119,
                    "start" : 113,
                    "type" : "TextPositionSelector"
                  }
                ],
                "source" : "https://example.com/a/b"
              },
              "type" : "Annotation"
            },
            {
              "body" : [
                {
                  "format" : "text/plain",
                  "purpose" : "tagging",
                  "type" : "TextualBody",
                  "value" : "money"
                }
              ],
              "created" : "2025-12-05T02:00:00Z",
              "creator" : {
                "name" : "Ana Lima",
                "type" : "Person"
              },
              "id" : "urn:crosscheck:demo:D2:art:2:tags",
              "motivation" : "tagging",
              "target" : {
                "selector" : [
                  {
                    "exact" : "€210bn",
                    "prefix" : "Europe holds ",
                    "suffix" : " in assets.",
                    "type" : "TextQuoteSelector"
                  },
                  {
                    "end" : 119,
                    "start" : 113,
                    "type" : "TextPositionSelector"
                  }
                ],
                "source" : "https://example.com/a/b"
              },
              "type" : "Annotation"
            },
            {
              "body" : [
                {
                  "format" : "text/plain",
                  "purpose" : "assessing",
                  "type" : "TextualBody",
                  "value" : "misquoted"
                }
              ],
              "created" : "2025-12-05T02:00:00Z",
              "creator" : {
                "name" : "Ana Lima",
                "type" : "Person"
              },
              "id" : "urn:crosscheck:demo:D2:wire:1:verdict",
              "motivation" : "assessing",
              "target" : {
                "selector" : [
                  {
                    "exact" : "$300 billion",
                    "prefix" : "Some ",
                    "suffix" : ".",
                    "type" : "TextQuoteSelector"
                  },
                  {
                    "end" : 17,
                    "start" : 5,
                    "type" : "TextPositionSelector"
                  }
                ],
                "source" : "urn:sha256:cd34"
              },
              "type" : "Annotation"
            },
            {
              "body" : [
                {
                  "format" : "text/plain",
                  "purpose" : "tagging",
                  "type" : "TextualBody",
                  "value" : "money"
                }
              ],
              "created" : "2025-12-05T02:00:00Z",
              "creator" : {
                "name" : "Ana Lima",
                "type" : "Person"
              },
              "id" : "urn:crosscheck:demo:D2:wire:1:tags",
              "motivation" : "tagging",
              "target" : {
                "selector" : [
                  {
                    "exact" : "$300 billion",
                    "prefix" : "Some ",
                    "suffix" : ".",
                    "type" : "TextQuoteSelector"
                  },
                  {
                    "end" : 17,
                    "start" : 5,
                    "type" : "TextPositionSelector"
                  }
                ],
                "source" : "urn:sha256:cd34"
              },
              "type" : "Annotation"
            }
          ],
          "startIndex" : 0,
          "type" : "AnnotationPage"
        },
        "id" : "urn:crosscheck:demo:annotations",
        "label" : "CrossCheck session demo, 2026-01-24",
        "total" : 6,
        "type" : "AnnotationCollection"
      }

      """#
    #expect(try ClaimReviewReport.render(handMadeReport()) == claimReview)
    #expect(try AnnotationsReport.render(handMadeReport()) == annotations)
  }
}
