import Foundation

/// A report as one self-contained HTML page: inline CSS, no scripts, nothing fetched from
/// anywhere. It reads on screen (any width) and in print.
///
/// Every piece of text that comes from a source, the session or the analyst is escaped, so an
/// article quoting `<script>` shows the word instead of running it. The same report always
/// gives the same bytes.
public enum HTMLReport {
  public static func render(_ report: Report) -> String {
    var html = ""
    html.reserveCapacity(16_384 + report.discrepancies.count * 4_096)
    html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    html += "<meta name=\"generator\" content=\"CrossCheck\">\n"
    html += "<title>" + escape(report.title) + " — CrossCheck report</title>\n"
    html += "<style>\n" + stylesheet + "</style>\n</head>\n<body>\n"
    titleBlock(report, into: &html)
    html += "<main>\n"
    if report.discrepancies.isEmpty {
      html += "<p class=\"empty\">No discrepancies are recorded in this report.</p>\n"
    } else {
      contents(report, into: &html)
      summary(report, into: &html)
      for discrepancy in report.discrepancies {
        section(discrepancy, report: report, into: &html)
      }
    }
    html += "</main>\n<footer class=\"colophon\">\n<p>Exported by CrossCheck from "
    html +=
      report.sessionName == Report.unsavedSessionName
      ? "an unsaved session on "
      : "the session <strong>" + escape(report.sessionName) + "</strong> on "
    html += "<time datetime=\"" + escape(report.date) + "\">" + escape(report.date) + "</time>. "
    html += "Figures are quoted from the sources’ text exactly; offsets count Unicode code "
    html += "points from the start of each text.</p>\n</footer>\n</body>\n</html>\n"
    return html
  }

  // MARK: - Escaping

  /// Text as HTML: `&`, `<`, `>`, `"` and `'` become entities, so the result is safe both
  /// between tags and inside a quoted attribute; a direction control it leaves open is closed
  /// at its end (``BidiControls``), so it cannot reverse what the page prints after it.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in BidiControls.closed(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A figure's sentence with the figure in `<mark>`: the sentence is split at the code point
  /// offsets and each part escaped on its own.
  static func markedSentence(_ figure: Report.Figure) -> String {
    let scalars = Array(figure.sentence.unicodeScalars)
    let start = min(max(0, figure.startInSentence), scalars.count)
    let end = min(max(start, figure.endInSentence), scalars.count)
    func text(_ range: Range<Int>) -> String {
      var part = String.UnicodeScalarView()
      part.append(contentsOf: scalars[range])
      return escape(String(part))
    }
    var before = text(0..<start)
    var after = text(end..<scalars.count)
    // A figure from a changed source is quoted with its recorded context, not a whole sentence.
    if figure.sourceChanged {
      if !before.isEmpty { before = "…" + before }
      if !after.isEmpty { after += "…" }
    }
    return before + "<mark>" + text(start..<end) + "</mark>" + after
  }

  // MARK: - Parts of the page

  private static func titleBlock(_ report: Report, into html: inout String) {
    html += "<header class=\"masthead\">\n<p class=\"kicker\">CrossCheck · discrepancy report</p>\n"
    html += "<h1>" + escape(report.title) + "</h1>\n<dl class=\"facts\">\n"
    html += "<div><dt>Report date</dt><dd><time datetime=\"" + escape(report.date) + "\">"
    html += escape(report.date) + "</time></dd></div>\n"
    if let author = report.author, !author.isEmpty {
      html += "<div><dt>Author</dt><dd>" + escape(author) + "</dd></div>\n"
    }
    html += "<div><dt>Discrepancies</dt><dd>\(report.discrepancies.count)</dd></div>\n"
    html += "<div><dt>Sources</dt><dd>\(report.sources.count)</dd></div>\n</dl>\n"
    if !report.sources.isEmpty {
      html += "<section class=\"sources\" aria-labelledby=\"sources-title\">\n"
      html += "<h2 id=\"sources-title\">Sources</h2>\n<div class=\"table-wrap\">\n"
      html += "<table class=\"sources-table stack\">\n<thead><tr><th scope=\"col\">ID</th>"
      html += "<th scope=\"col\">Title</th><th scope=\"col\">Outlet</th><th scope=\"col\">Date</th>"
      html += "<th scope=\"col\">SHA-256 of the file</th></tr></thead>\n<tbody>\n"
      for source in report.sources {
        html += "<tr id=\"source-" + escape(source.id) + "\"><th scope=\"row\" class=\"mono\">"
        html += escape(source.id) + "</th><td data-label=\"Title\">"
        html += headline(source)
        html += "<span class=\"file\">" + escape(source.path) + "</span>"
        if let url = source.url, !url.isEmpty {
          html += "<span class=\"url\">" + breakable(escape(url)) + "</span>"
        }
        html += "</td><td data-label=\"Outlet\">" + optional(source.outlet)
        html += "</td><td class=\"nowrap\" data-label=\"Date\">" + optional(source.date)
        html += "</td><td class=\"hash\" data-label=\"SHA-256\">" + hash(source.sha256)
        html += "</td></tr>\n"
      }
      html += "</tbody>\n</table>\n</div>\n</section>\n"
    }
    html += "</header>\n"
  }

  private static func contents(_ report: Report, into html: inout String) {
    html += "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n"
    html += "<h2 id=\"toc-title\">Contents</h2>\n<ol>\n"
    for discrepancy in report.discrepancies {
      html += "<li><a href=\"#" + anchor(discrepancy) + "\"><span class=\"label\">"
      html += escape(discrepancy.label) + "</span> " + title(discrepancy) + "</a> "
      html += badge(discrepancy.verdict) + "</li>\n"
    }
    html += "</ol>\n</nav>\n"
  }

  private static func summary(_ report: Report, into html: inout String) {
    html += "<section class=\"summary\" aria-labelledby=\"summary-title\">\n"
    html += "<h2 id=\"summary-title\">Summary</h2>\n<div class=\"table-wrap\">\n"
    html += "<table class=\"summary-table stack\">\n<thead><tr><th scope=\"col\">Discrepancy</th>"
    html += "<th scope=\"col\">Verdict</th><th scope=\"col\">Figures</th>"
    html += "<th scope=\"col\">Spread (normalized)</th></tr></thead>\n<tbody>\n"
    for discrepancy in report.discrepancies {
      html +=
        "<tr><th scope=\"row\"><a href=\"#" + anchor(discrepancy) + "\"><span class=\"label\">"
      html +=
        escape(discrepancy.label) + "</span> " + title(discrepancy)
        + "</a></th><td data-label=\"Verdict\">"
      html += badge(discrepancy.verdict) + "</td><td data-label=\"Figures\"><ul class=\"chips\">"
      for figure in discrepancy.figures {
        html += "<li>" + escape(figure.text) + "</li>"
      }
      html += "</ul></td><td class=\"spread\" data-label=\"Spread\">"
      html += optional(
        discrepancy.spread,
        placeholder: discrepancy.assessment == "incomparable" ? "not comparable" : "—")
      html += "</td></tr>\n"
    }
    html += "</tbody>\n</table>\n</div>\n</section>\n"
  }

  private static func section(
    _ discrepancy: Report.Discrepancy, report: Report, into html: inout String
  ) {
    let id = anchor(discrepancy)
    html +=
      "<article class=\"discrepancy\" id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">\n"
    html +=
      "<header class=\"discrepancy-head\">\n<h2 id=\"" + id + "-title\"><span class=\"label\">"
    html += escape(discrepancy.label) + "</span> " + title(discrepancy) + "</h2>\n"
    html += "<p class=\"verdict\">" + badge(discrepancy.verdict)
    if let meaning = discrepancy.verdictMeaning {
      html += " <span class=\"meaning\">" + escape(meaning) + "</span>"
    } else if discrepancy.verdict != nil {
      html += " <span class=\"meaning\">a verdict added in this session</span>"
    }
    html += "</p>\n"
    if !discrepancy.tags.isEmpty {
      html += "<ul class=\"tags\" aria-label=\"Tags\">"
      for tag in discrepancy.tags {
        html += "<li>" + escape(tag) + "</li>"
      }
      html += "</ul>\n"
    }
    let created = Report.timestamp(discrepancy.created)
    html += "<p class=\"recorded\">Recorded " + time(created) + "</p>\n</header>\n"

    html += "<section class=\"figures\" aria-label=\"Figures\">\n"
    html += "<h3>Figures <span class=\"count\">\(discrepancy.figures.count)</span></h3>\n"
    for figure in discrepancy.figures {
      self.figure(figure, report: report, into: &html)
    }
    html += "</section>\n"

    if discrepancy.assessment != nil || !discrepancy.explanations.isEmpty
      || discrepancy.spread != nil
    {
      html += "<section class=\"assessment\" aria-label=\"Assessment\">\n<h3>Assessment</h3>\n"
      if let assessment = discrepancy.assessment {
        html += "<p><strong>" + escape(assessment) + "</strong>"
        if let meaning = assessmentMeanings[assessment] {
          html += " — " + escape(meaning)
        }
        html += "</p>\n"
      }
      if let spread = discrepancy.spread {
        html += "<p>Spread of the values stated, normalized: <span class=\"num\">"
        html += escape(spread) + "</span></p>\n"
      }
      if !discrepancy.explanations.isEmpty {
        html += "<ul class=\"explanations\">\n"
        for explanation in discrepancy.explanations {
          html += "<li>" + escape(explanation) + "</li>\n"
        }
        html += "</ul>\n"
      }
      html += "</section>\n"
    }

    if !discrepancy.howWeCompared.isEmpty {
      html += "<section class=\"method\" aria-label=\"How we compared\">\n"
      html += "<h3>How we compared</h3>\n<ul>\n"
      for line in discrepancy.howWeCompared {
        html += "<li>" + escape(line) + "</li>\n"
      }
      html += "</ul>\n</section>\n"
    }

    if !discrepancy.notes.isEmpty {
      html += "<section class=\"notes\" aria-label=\"Notes\">\n<h3>Notes</h3>\n<ol>\n"
      for note in discrepancy.notes {
        html += "<li>" + time(Report.timestamp(note.time)) + "<p>" + escape(note.text)
        html += "</p></li>\n"
      }
      html += "</ol>\n</section>\n"
    }
    html += "</article>\n"
  }

  private static func figure(_ figure: Report.Figure, report: Report, into html: inout String) {
    let source = report.sources.first { $0.id == figure.sourceID }
    html += "<figure class=\"quote" + (figure.sourceChanged ? " changed" : "") + "\">\n"
    html += "<blockquote><p>" + markedSentence(figure) + "</p></blockquote>\n"
    html += "<figcaption><span class=\"who\">"
    var origin: [String] = []
    if let outlet = source?.outlet, !outlet.isEmpty { origin.append(escape(outlet)) }
    if let date = source?.date, !date.isEmpty {
      origin.append("<time datetime=\"" + escape(date) + "\">" + escape(date) + "</time>")
    }
    html += origin.isEmpty ? "Unknown outlet" : origin.joined(separator: ", ")
    html += "</span>"
    if let title = source?.title, !title.isEmpty {
      html += " · <cite>" + escape(title) + "</cite>"
    }
    // The offsets are for whoever checks the quote against the file: a tooltip, not text.
    html += " <span class=\"ref\" title=\"code points \(figure.start)–\(figure.end) of "
    html += escape(source?.path ?? figure.sourceID) + "\">" + escape(figure.id) + "</span>"
    html += "</figcaption>\n"
    var facts: [(String, String)] = []
    if let hedge = figure.hedge, !hedge.isEmpty { facts.append(("Hedge", escape(hedge))) }
    // The hedge's word says what an "approx" qualifier would, in the article's own words.
    if let qualifier = figure.qualifier, (figure.hedge ?? "").isEmpty {
      facts.append(("Qualifier", escape(qualifier)))
    }
    if let normalized = figure.normalized {
      facts.append(("Normalized", "<span class=\"num\">" + escape(normalized) + "</span>"))
    }
    if !facts.isEmpty {
      html += "<dl class=\"values\">"
      for (term, value) in facts {
        html += "<div><dt>" + term + "</dt><dd>" + value + "</dd></div>"
      }
      html += "</dl>\n"
    }
    if figure.sourceChanged {
      html += "<p class=\"changed-note\"><strong>Source changed.</strong> "
      html += "The text of " + escape(figure.sourceID)
      html += " is no longer the one this figure was flagged in; it is quoted as recorded, "
      html += "with the context saved at the time.</p>\n"
    }
    html += "</figure>\n"
  }

  // MARK: - Small pieces

  private static let assessmentMeanings = [
    "agree": "the figures are the same once normalized.",
    "consistent": "the figures differ but overlap: both can be true.",
    "differ": "the figures do not overlap: at least one is off, or they measure different things.",
    "incomparable": "the figures cannot be compared as they stand.",
  ]

  /// The fragment id of a discrepancy's section: `d1` for D1.
  static func anchor(_ discrepancy: Report.Discrepancy) -> String {
    let word = discrepancy.label.lowercased().unicodeScalars.filter {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    return escape(String(String.UnicodeScalarView(word)))
  }

  /// A discrepancy's title, or its figures as quoted ("six vs seventh") without one.
  private static func title(_ discrepancy: Report.Discrepancy) -> String {
    guard let title = discrepancy.title, !title.isEmpty else {
      return escape(discrepancy.figures.map(\.text).joined(separator: " vs "))
    }
    return escape(title)
  }

  /// A source's headline; without one, its outlet and date say which article it is.
  private static func headline(_ source: Report.Source) -> String {
    if let title = source.title, !title.isEmpty { return escape(title) }
    let origin = [source.outlet, source.date].compactMap { $0 }.filter { !$0.isEmpty }
    let text =
      origin.isEmpty
      ? "Article without a headline" : "Article from " + origin.joined(separator: ", ")
    return "<span class=\"none\">" + escape(text) + "</span>"
  }

  /// A verdict as a coloured badge: one colour per built-in verdict, a neutral one otherwise.
  static func badge(_ verdict: String?) -> String {
    guard let verdict else { return "<span class=\"badge v-none\">no verdict</span>" }
    let style = Verdict.builtIn.contains(verdict) ? "v-" + verdict : "v-custom"
    return "<span class=\"badge " + style + "\">" + escape(verdict) + "</span>"
  }

  private static func optional(_ text: String?, placeholder: String = "—") -> String {
    guard let text, !text.isEmpty else { return "<span class=\"none\">" + placeholder + "</span>" }
    return escape(text)
  }

  /// An ISO 8601 time, readable: "2026-11-21 21:12 UTC" with the exact value in `datetime`.
  private static func time(_ iso: String) -> String {
    var shown = iso.replacingOccurrences(of: "T", with: " ")
    if shown.hasSuffix("Z") { shown = String(shown.dropLast()) + " UTC" }
    return "<time datetime=\"" + escape(iso) + "\">" + escape(shown) + "</time>"
  }

  /// A SHA-256 as two lines of 32 digits (copying still gives it whole).
  private static func hash(_ digest: String) -> String {
    let characters = Array(digest)
    let half = (characters.count + 1) / 2
    return "<span>" + escape(String(characters[..<half])) + "</span><wbr><span>"
      + escape(String(characters[half...])) + "</span>"
  }

  /// Escaped text that may wrap after slashes (for URLs).
  private static func breakable(_ escaped: String) -> String {
    escaped.replacingOccurrences(of: "/", with: "/<wbr>")
  }

  // MARK: - Style

  static let stylesheet = """
    :root {
      --ink: #1b1f24; --muted: #57606a; --rule: #d8dee4; --paper: #ffffff; --wash: #f6f8fa;
      --accent: #0b5cad; --mark: #ffe58a; --mark-ink: #1b1f24;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
      --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif",
        "Liberation Serif", "DejaVu Serif", serif;
      --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
        "DejaVu Sans Mono", monospace;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0 auto; padding: 2.5rem 1.5rem 3rem; max-width: 60rem; background: var(--paper);
      color: var(--ink); font: 16px/1.55 var(--sans); overflow-wrap: break-word;
    }
    h1, h2, h3 { line-height: 1.25; margin: 0; }
    h1 { font-size: 2rem; letter-spacing: -0.01em; }
    h2 { font-size: 1.35rem; }
    h3 {
      font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted);
      margin: 1.5rem 0 0.6rem;
    }
    a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
    a:hover { text-decoration-thickness: 2px; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.6rem; }
    thead th {
      font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted);
      border-bottom: 2px solid var(--rule); white-space: nowrap;
    }
    tbody tr { border-bottom: 1px solid var(--rule); }
    tbody th { font-weight: 600; }
    .table-wrap { overflow-x: auto; }
    .mono, .hash, .ref, .file, .url { font-family: var(--mono); }
    .nowrap { white-space: nowrap; }
    .none { color: var(--muted); font-style: italic; }
    .num { font-variant-numeric: tabular-nums; }
    .masthead { border-bottom: 3px solid var(--ink); padding-bottom: 1.5rem; margin-bottom: 2rem; }
    .kicker {
      margin: 0 0 0.4rem; font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em;
      text-transform: uppercase; color: var(--accent);
    }
    .facts { display: flex; flex-wrap: wrap; gap: 0.5rem 2.5rem; margin: 1rem 0 0; }
    .facts div { min-width: 6rem; }
    .facts dt {
      font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted);
    }
    .facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
    .sources h2 { font-size: 1.05rem; margin: 1.75rem 0 0.5rem; }
    .sources-table td:nth-child(2) { min-width: 14rem; }
    .file, .url {
      display: block; font-size: 0.75rem; color: var(--muted); margin-top: 0.15rem;
      overflow-wrap: anywhere;
    }
    .hash { font-size: 0.78rem; color: var(--muted); line-height: 1.45; }
    .hash span { white-space: nowrap; }
    .toc, .summary { margin: 0 0 2.5rem; }
    .toc h2, .summary h2 { margin-bottom: 0.75rem; }
    .toc ol { margin: 0; padding: 0; list-style: none; columns: 2 20rem; column-gap: 2rem; }
    .toc li { padding: 0.3rem 0; break-inside: avoid; }
    .toc .badge { margin-left: 0.35rem; }
    .toc a, .summary-table a { text-decoration: none; }
    .toc a:hover, .summary-table a:hover { text-decoration: underline; }
    .summary-table th[scope="row"] { width: 30%; }
    .summary-table th, .toc a, .discrepancy h2, blockquote, .tags li, .notes p {
      overflow-wrap: anywhere;
    }
    .label {
      font-family: var(--mono); font-weight: 700; font-size: 0.85em; color: var(--muted);
      margin-right: 0.2em;
    }
    a .label { color: inherit; }
    .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
    .chips li {
      padding: 0 0.4rem; border: 1px solid var(--rule); border-radius: 4px; background: var(--wash);
      white-space: nowrap; font-variant-numeric: tabular-nums;
    }
    .spread { font-variant-numeric: tabular-nums; min-width: 10rem; }
    .badge {
      display: inline-block; padding: 0.1rem 0.55rem; border-radius: 999px; border: 1px solid;
      font-size: 0.78rem; font-weight: 600; line-height: 1.5; white-space: nowrap;
      vertical-align: 0.05em;
    }
    .v-contradiction { background: #fde7e6; color: #8e1b14; border-color: #eba8a3; }
    .v-scope-difference { background: #e3eefc; color: #184f93; border-color: #9cbdea; }
    .v-counting-difference { background: #efe6fb; color: #5a2aa0; border-color: #c5aef0; }
    .v-rounding { background: #dcf3ef; color: #0c5c50; border-color: #8ed1c4; }
    .v-time-difference { background: #fcf1cf; color: #6a4e00; border-color: #e3c766; }
    .v-consistent { background: #e1f4e3; color: #1b6a2a; border-color: #97d0a0; }
    .v-unresolved { background: #fde6f1; color: #8d1d5a; border-color: #eba8c9; }
    .v-custom, .v-none { background: #eef1f4; color: #3d4650; border-color: #c4ccd5; }
    .v-none { font-style: italic; font-weight: 500; }
    .discrepancy {
      margin: 0 0 2.5rem; padding: 1.5rem 1.75rem 1.25rem; border: 1px solid var(--rule);
      border-top: 4px solid var(--ink); border-radius: 4px;
    }
    .discrepancy h2 { font-size: 1.5rem; }
    .verdict { margin: 0.6rem 0 0; }
    .meaning { color: var(--muted); margin-left: 0.3rem; }
    .tags { list-style: none; margin: 0.6rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
    .tags li {
      font-size: 0.8rem; padding: 0 0.5rem; border-radius: 4px; background: var(--wash);
      border: 1px solid var(--rule); color: var(--muted);
    }
    .tags li::before { content: "#"; opacity: 0.6; }
    .recorded { margin: 0.6rem 0 0; font-size: 0.8rem; color: var(--muted); }
    .count {
      display: inline-block; min-width: 1.4rem; text-align: center; border-radius: 999px;
      background: var(--wash); border: 1px solid var(--rule); letter-spacing: 0; margin-left: 0.3rem;
    }
    .quote { margin: 0 0 1.25rem; }
    .quote:last-child { margin-bottom: 0; }
    blockquote {
      margin: 0; padding: 0.15rem 0 0.15rem 1rem; border-left: 4px solid var(--rule);
      font-family: var(--serif); font-size: 1.08rem; line-height: 1.6;
    }
    blockquote p { margin: 0; }
    mark {
      background: var(--mark); color: var(--mark-ink); padding: 0 0.15em; border-radius: 2px;
      box-shadow: inset 0 -2px 0 #d9a600; font-weight: 600;
      -webkit-box-decoration-break: clone; box-decoration-break: clone;
    }
    figcaption { margin: 0.45rem 0 0 1.25rem; font-size: 0.85rem; color: var(--muted); }
    figcaption .who { color: var(--ink); font-weight: 600; }
    cite { font-style: italic; }
    .ref { display: block; font-size: 0.75rem; }
    .values {
      margin: 0.45rem 0 0 1.25rem; display: grid; grid-template-columns: max-content 1fr;
      gap: 0.1rem 0.9rem; font-size: 0.85rem;
    }
    .values div { display: contents; }
    .values dt { color: var(--muted); }
    .values dd { margin: 0; }
    .changed blockquote { border-left-color: #d9822b; }
    .changed-note {
      margin: 0.5rem 0 0 1.25rem; padding: 0.4rem 0.7rem; font-size: 0.85rem;
      border: 1px solid #e9b27a; border-left: 4px solid #d9822b; background: #fff6ec;
      color: #5c3304; border-radius: 3px;
    }
    .assessment p { margin: 0 0 0.4rem; }
    .method ul { margin: 0; padding-left: 1.25rem; font-size: 0.9rem; }
    .method li { margin: 0.2rem 0; font-variant-numeric: tabular-nums; }
    .explanations { margin: 0.4rem 0 0; padding-left: 1.25rem; }
    .explanations li { margin: 0.2rem 0; }
    .notes ol { list-style: none; margin: 0; padding: 0; }
    .notes li { padding: 0.5rem 0; border-top: 1px solid var(--rule); }
    .notes li:first-child { border-top: 0; padding-top: 0; }
    .notes time { display: block; font-size: 0.78rem; color: var(--muted); font-family: var(--mono); }
    .notes p { margin: 0.15rem 0 0; white-space: pre-line; }
    .empty { color: var(--muted); font-style: italic; }
    .colophon {
      border-top: 1px solid var(--rule); margin-top: 3rem; padding-top: 1rem; font-size: 0.8rem;
      color: var(--muted);
    }
    @media (max-width: 640px) {
      body { padding: 1.25rem 0.9rem 2rem; font-size: 15px; }
      h1 { font-size: 1.6rem; }
      .discrepancy { padding: 1rem 1rem 0.9rem; }
      .discrepancy h2 { font-size: 1.25rem; }
      figcaption, .values, .changed-note { margin-left: 0.5rem; }
      blockquote { padding-left: 0.75rem; font-size: 1rem; }
      th, td { padding: 0.4rem 0.45rem; }
      .stack thead {
        position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
      }
      .stack tr { display: block; padding: 0.65rem 0; }
      .stack th, .stack td { display: block; padding: 0.1rem 0; width: auto; min-width: 0; }
      .stack th[scope="row"] { width: auto; margin-bottom: 0.2rem; }
      .stack td[data-label] { padding: 0.2rem 0; }
      .stack td[data-label]::before {
        content: attr(data-label); display: block; font-family: var(--sans); font-size: 0.68rem;
        font-weight: 400; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted);
      }
    }
    @media print {
      @page { margin: 16mm 15mm 18mm; }
      body { max-width: none; padding: 0; font-size: 10pt; color: #000; background: none; }
      a { color: inherit; text-decoration: none; }
      .table-wrap { overflow: visible; }
      thead { display: table-header-group; }
      tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
      h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
      .toc ol { columns: 1; }
      .discrepancy {
        break-inside: avoid; page-break-inside: avoid; border: 0; border-top: 2px solid #000;
        border-radius: 0; padding: 0.8rem 0 0; margin-bottom: 1.5rem;
      }
      .badge, .chips li, .tags li, .count {
        background: none !important; border-color: currentColor;
      }
      .v-custom, .v-none { color: #333; border-style: dashed; }
      mark {
        background: none; color: #000; box-shadow: none; padding: 0; font-weight: 700;
        text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 0.15em;
      }
      blockquote { border-left-color: #999; }
      .changed blockquote { border-left-color: #000; }
      .changed-note { background: none; color: #000; }
      .file, .url, .hash { color: #333; }
      .url::before { content: "URL: "; font-family: var(--sans); }
      .colophon { margin-top: 1.5rem; }
    }

    """
}
