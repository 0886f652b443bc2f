import CrossCheckCore

/// A quotation several sources share. When every wording is the same, the quotation once;
/// otherwise the fullest wording lined up word by word above each other wording, with the words
/// that differ in bold (in {braces} without colour).
enum QuoteMatchView {
  static func lines(_ match: QuoteMatch, style: Style, width: Int) -> [String] {
    let reference = match.reference
    // Copies with the same wording (syndicated stories) are shown once.
    var wordings: [(text: String, versions: [QuoteMatch.Version])] = []
    for (index, version) in match.versions.enumerated() where index != match.referenceIndex {
      if let found = wordings.firstIndex(where: { $0.text == version.quotation.text }) {
        wordings[found].versions.append(version)
      } else {
        wordings.append((version.quotation.text, [version]))
      }
    }
    let shown = wordings.map(\.versions[0])
      .filter { !$0.differences.isEmpty || $0.alignment.isFragment }
    let places = listed(match.versions.map { "\($0.source) @\($0.quotation.start)" })
      .joined(separator: " · ")
    var kinds: [String] = []
    for version in shown {
      for column in version.differences where !kinds.contains(column.kind.label) {
        kinds.append(column.kind.label)
      }
    }
    var summary: String
    if kinds.isEmpty {
      summary = "same wording"
    } else {
      let count = shown.reduce(0) { $0 + $1.differences.count }
      summary =
        "\(count) " + (count == 1 ? "difference" : "differences") + " ("
        + kinds.joined(separator: ", ") + ")"
    }
    let fragments = match.versions.filter(\.alignment.isFragment).map(\.source.rawValue)
    if !fragments.isEmpty {
      summary +=
        "; " + listed(fragments).joined(separator: ", ") + " quote"
        + (fragments.count == 1 ? "s" : "") + " part of it"
    }
    var lines: [String]
    if places.count + 4 + summary.count <= width {
      lines = [style.accent(places) + "  " + style.dim("— " + summary)]
    } else {
      lines = TextWrapper.wrap(places, width: width).map { style.accent($0) }
      lines += TextWrapper.wrap("— " + summary, width: width - 2).map { "  " + style.dim($0) }
    }
    if shown.isEmpty {
      lines += TextWrapper.wrap("“" + reference.quotation.text + "”", width: width - 2)
        .map { "  " + $0 }
      return lines
    }
    let labels = shown.map { version in
      let copies = wordings.first { $0.text == version.quotation.text }?.versions.count ?? 1
      return version.source.rawValue + (copies > 1 ? " +\(copies - 1)" : "")
    }
    let labelWidth = max(reference.source.rawValue.count, labels.map(\.count).max() ?? 0)
    for (version, label) in zip(shown, labels) {
      lines += rows(
        reference: reference.source.rawValue, version: label, alignment: version.alignment,
        labelWidth: labelWidth, style: style, width: width)
    }
    return lines
  }

  /// The first few items, and how many more there are.
  private static func listed(_ items: [String], limit: Int = 6) -> [String] {
    items.count <= limit ? items : Array(items.prefix(limit)) + ["\(items.count - limit) more"]
  }

  /// The two wordings as pairs of lines, column by column, wrapped to `width`.
  static func rows(
    reference: String, version: String, alignment: WordAlignment, labelWidth: Int, style: Style,
    width: Int
  ) -> [String] {
    struct Cell {
      var top: String
      var bottom: String
      var width: Int
    }
    func shown(_ word: Quotation.Word?, differs: Bool) -> (text: String, width: Int) {
      guard let word else { return ("", 0) }
      if !differs { return (word.text, word.text.count) }
      return style.isEnabled
        ? (style.bold(word.text), word.text.count) : ("{\(word.text)}", word.text.count + 2)
    }
    func context(_ words: ArraySlice<Quotation.Word>) -> [Cell] {
      words.map { Cell(top: $0.text, bottom: "", width: $0.text.count) }
    }
    let shownContext = 6
    var cells: [Cell] = []
    if alignment.before.count > shownContext { cells.append(Cell(top: "…", bottom: "", width: 1)) }
    cells += context(alignment.before.suffix(shownContext))
    for column in alignment.columns {
      let differs = column.kind != .same
      let top = shown(column.reference, differs: differs)
      let bottom = shown(column.version, differs: differs)
      let cellWidth = max(top.width, bottom.width)
      cells.append(
        Cell(
          top: top.text + String(repeating: " ", count: cellWidth - top.width),
          bottom: bottom.text + String(repeating: " ", count: cellWidth - bottom.width),
          width: cellWidth))
    }
    cells += context(alignment.after.prefix(shownContext))
    if alignment.after.count > shownContext { cells.append(Cell(top: "…", bottom: "", width: 1)) }

    let indent = "  "
    let budget = max(10, width - indent.count - labelWidth - 2)
    var lines: [String] = []
    var start = 0
    while start < cells.count {
      var end = start
      var used = 0
      while end < cells.count {
        let extra = (end == start ? 0 : 1) + cells[end].width
        if end > start && used + extra > budget { break }
        used += extra
        end += 1
      }
      let chunk = cells[start..<end]
      let top = chunk.map(\.top).joined(separator: " ")
      let bottom = chunk.map {
        $0.bottom.isEmpty ? String(repeating: " ", count: $0.width) : $0.bottom
      }
      .joined(separator: " ")
      lines.append(
        indent + style.dim(reference.padding(toLength: labelWidth)) + "  " + top.trimmingTrailing())
      lines.append(
        indent + style.dim(version.padding(toLength: labelWidth)) + "  " + bottom.trimmingTrailing()
      )
      start = end
    }
    return lines
  }
}

extension WordAlignment.Kind {
  var label: String {
    switch self {
    case .same: "same"
    case .capitalization: "capitalization"
    case .punctuation: "punctuation"
    case .capitalizationAndPunctuation: "capitalization and punctuation"
    case .changed: "changed words"
    case .added: "added words"
    case .removed: "left-out words"
    }
  }
}

extension QuoteMatchView {
  /// The matches for the data formats: a row per wording, `quote` numbering the shared
  /// quotations from 1 in the order the table shows them; `reference` marks the fullest wording
  /// the others are compared with, and `differences` lists each word that differs from it
  /// (how, the reference's word, this wording's word; null where one has no word).
  static func records(_ matches: [QuoteMatch]) -> RecordSet {
    var rows: [[RecordValue]] = []
    for (index, match) in matches.enumerated() {
      for (position, version) in match.versions.enumerated() {
        let quotation = version.quotation
        rows.append([
          .integer(index + 1), .text(quotation.source.rawValue), .integer(quotation.start),
          .integer(quotation.end), .text(quotation.text),
          .boolean(position == match.referenceIndex),
          .list(
            version.differences.map { column in
              .object(
                ["kind", "reference", "wording"],
                [
                  .text(column.kind.label), .text(column.reference?.text),
                  .text(column.version?.text),
                ])
            }),
        ])
      }
    }
    return RecordSet(
      columns: ["quote", "source", "start", "end", "text", "reference", "differences"],
      rows: rows, flexibleColumns: [4])
  }
}
