import Foundation

/// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): what the analyst said
/// about each figure, anchored on the figure's text in its source.
///
/// The document is one `AnnotationCollection` (`@context` `http://www.w3.org/ns/anno.jsonld`,
/// `id` `urn:crosscheck:<session>:annotations`, a `label`, `total`) whose `first` is an embedded
/// `AnnotationPage` holding every annotation in `items`: the model's own form for a set of
/// annotations (section 5), as Web Annotation Protocol servers and IIIF tools exchange them; tools
/// that take a plain array of annotations read `first.items`. With no annotations, `total` is 0
/// and there is no page.
///
/// Per discrepancy, for each of its figures in order:
/// - with a verdict, an annotation with `motivation` `assessing`: a `TextualBody` with the verdict
///   (`purpose` `assessing`), then one with its meaning (`purpose` `describing`) when the verdict
///   is a built-in one; `created` is when the discrepancy was flagged (reports do not record when
///   the verdict was set);
/// - for each note, an annotation with `motivation` `commenting` whose body is the note's text,
///   `created` the note's time;
/// - with tags, an annotation with `motivation` `tagging` and one `TextualBody` per tag (`purpose`
///   `tagging`), so the tags reach annotation tools as tags.
///
/// Ids are `urn:crosscheck:<session>:<label>:<figure id>:` followed by `verdict`, `note:<k>`
/// (k counting the notes from 1) or `tags` (`urn:crosscheck:frozen-assets:D1:bl0122:9:note:2`;
/// the session name percent-encoded, a figure named twice in one discrepancy gets `~2`), so they
/// are the same on every export and do not move when a verdict or a later note is added. Bodies
/// are always arrays of `TextualBody` objects (`format` `text/plain`) rather than `bodyValue`, so
/// verdicts, notes and tags read alike. `creator`, on the collection and on each annotation, is a
/// `Person` named after the report author, left out when none is set.
///
/// The `target` is the figure: `source` is the source's URL when its metadata has one, else
/// `urn:sha256:<SHA-256 of the file>` (or `urn:crosscheck:<session>:source:<id>` for a source no
/// longer loaded), and `selector` holds, as alternatives, a `TextQuoteSelector` (`exact`, `prefix`,
/// `suffix`) and a `TextPositionSelector` (`start`, `end`, code points, end exclusive). When the
/// source's text changed since the figure was flagged, the recorded offsets no longer point into
/// it, so only the quote selector is given.
public enum AnnotationsReport {
  public static let context = "http://www.w3.org/ns/anno.jsonld"

  public static func render(_ report: Report) throws -> String {
    var items: [[String: Any]] = []
    for discrepancy in report.discrepancies {
      for index in discrepancy.figures.indices {
        items += annotations(ofFigureAt: index, in: discrepancy, report: report)
      }
    }
    let id = JSONLD.urn(report.sessionName, "annotations")
    var collection: [String: Any] = [
      "@context": context,
      "id": id,
      "type": "AnnotationCollection",
      "label": "CrossCheck session \(report.sessionName), \(report.date)",
      "total": items.count,
    ]
    if let creator = creator(report.author) { collection["creator"] = creator }
    if !items.isEmpty {
      collection["first"] = [
        "id": id + ":page:1", "type": "AnnotationPage", "startIndex": 0, "items": items,
      ]
    }
    return try JSONLD.serialize(collection)
  }

  static func annotations(
    ofFigureAt index: Int, in discrepancy: Report.Discrepancy, report: Report
  ) -> [[String: Any]] {
    let figure = discrepancy.figures[index]
    // A figure named twice in one discrepancy would get the same ids twice: keep them apart.
    let repeats = discrepancy.figures[..<index].filter { $0.id == figure.id }.count
    let figureParts = figure.id.split(separator: ":").map(String.init)
    var base = JSONLD.urn(report.sessionName, discrepancy.label) + ":"
    base += figureParts.map(JSONLD.encode).joined(separator: ":")
    if repeats > 0 { base += "~\(repeats + 1)" }
    let target = target(of: figure, report: report)
    let creator = creator(report.author)

    func annotation(
      _ suffix: String, _ motivation: String, _ created: Date, _ body: [[String: Any]]
    )
      -> [String: Any]
    {
      var annotation: [String: Any] = [
        "id": base + ":" + suffix, "type": "Annotation", "motivation": motivation,
        "created": Report.timestamp(created), "body": body, "target": target,
      ]
      if let creator { annotation["creator"] = creator }
      return annotation
    }

    var result: [[String: Any]] = []
    if let verdict = discrepancy.verdict {
      var body = [textualBody(verdict, purpose: "assessing")]
      if let meaning = discrepancy.verdictMeaning {
        body.append(textualBody(meaning, purpose: "describing"))
      }
      result.append(annotation("verdict", "assessing", discrepancy.created, body))
    }
    for (index, note) in discrepancy.notes.enumerated() {
      result.append(
        annotation(
          "note:\(index + 1)", "commenting", note.time,
          [textualBody(note.text, purpose: "commenting")]))
    }
    if !discrepancy.tags.isEmpty {
      result.append(
        annotation(
          "tags", "tagging", discrepancy.created,
          discrepancy.tags.map { textualBody($0, purpose: "tagging") }))
    }
    return result
  }

  static func textualBody(_ value: String, purpose: String) -> [String: Any] {
    ["type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"]
  }

  static func target(of figure: Report.Figure, report: Report) -> [String: Any] {
    let source: String
    if let recorded = report.sources.first(where: { $0.id == figure.sourceID }) {
      if let url = recorded.link {
        source = url
      } else {
        source = "urn:sha256:" + recorded.sha256
      }
    } else {
      source = JSONLD.urn(report.sessionName, "source", figure.sourceID)
    }
    var selectors: [[String: Any]] = [
      [
        "type": "TextQuoteSelector", "exact": figure.text, "prefix": figure.prefix,
        "suffix": figure.suffix,
      ]
    ]
    if !figure.sourceChanged {
      selectors.append(["type": "TextPositionSelector", "start": figure.start, "end": figure.end])
    }
    return ["source": source, "selector": selectors]
  }

  static func creator(_ name: String?) -> [String: Any]? {
    guard let name, !name.isEmpty else { return nil }
    return ["type": "Person", "name": name]
  }
}
