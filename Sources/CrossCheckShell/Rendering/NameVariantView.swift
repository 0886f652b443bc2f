import CrossCheckCore

/// A name written several ways: a heading with the spellings, then one line per spelling and
/// source with the count, the first offset and a little of the text around it.
enum NameVariantView {
  static func lines(_ group: NameVariantGroup, style: Style, width: Int) -> [String] {
    let sourceCount = group.sources.count
    let names = group.spellings.map(\.text).joined(separator: " · ")
    let about =
      "— \(group.reasons.map(\.label).joined(separator: ", ")), \(group.count) "
      + (group.count == 1 ? "use" : "uses") + " in \(sourceCount) "
      + (sourceCount == 1 ? "source" : "sources")
    var lines =
      names.count + 2 + about.count <= width
      ? [style.bold(names) + "  " + style.dim(about)]
      : [style.bold(names)] + TextWrapper.wrap(about, width: width - 2).map { "  " + style.dim($0) }
    var rows: [[String]] = []
    var contexts: [NameVariantGroup.Use] = []
    var spellings: [String] = []
    for spelling in group.spellings {
      for use in spelling.uses {
        rows.append([spelling.text, use.source.rawValue, "\(use.count)×", "@\(use.firstStart)"])
        contexts.append(use)
        spellings.append(spelling.text)
      }
    }
    let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
    for (index, row) in rows.enumerated() {
      var prefix = "  "
      var used = 2
      for (column, cell) in row.enumerated() {
        let padded =
          column == 2 ? padLeft(cell, widths[column]) : cell.padding(toLength: widths[column])
        prefix +=
          (column == 0 ? style.accent(padded) : column == 3 ? style.dim(padded) : padded) + "  "
        used += widths[column] + 2
      }
      let context = fit(
        before: contexts[index].before, match: spellings[index], after: contexts[index].after,
        width: width - used)
      lines.append(
        prefix
          + (context.map { $0.before + style.bold($0.match) + $0.after } ?? "").trimmingTrailing())
    }
    return lines
  }

  /// The match with as much of its context on each side as fits in `width`, cut at spaces and
  /// marked with "…"; nil when not even the match fits.
  static func fit(before: String, match: String, after: String, width: Int)
    -> (before: String, match: String, after: String)?
  {
    guard width >= match.count + 2 else { return nil }
    var before = before.isEmpty ? "" : "…" + before
    var after = after.isEmpty ? "" : after + "…"
    let room = width - match.count
    var beforeRoom = room / 2
    var afterRoom = room - beforeRoom
    if before.count < beforeRoom { afterRoom += beforeRoom - before.count }
    if after.count < afterRoom { beforeRoom += afterRoom - after.count }
    if before.count > beforeRoom {
      var kept = String(before.suffix(beforeRoom - 1))
      if let space = kept.firstIndex(of: " ") { kept = String(kept[space...].dropFirst()) }
      before = "…" + kept
    }
    if after.count > afterRoom {
      var kept = String(after.prefix(afterRoom - 1))
      if let space = kept.lastIndex(of: " ") { kept = String(kept[..<space]) }
      after = kept + "…"
    }
    return (before, match, after)
  }

  private static func padLeft(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}

extension NameVariantGroup.Reason {
  var label: String {
    switch self {
    case .transliteration: "transliteration"
    case .spelling: "spelling"
    case .spacing: "spacing or hyphen"
    }
  }
}

extension String {
  func trimmingTrailing() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

extension NameVariantView {
  /// The groups for the data formats: a row per spelling and source, `name` numbering the
  /// groups from 1 in the order the table shows them.
  static func records(_ groups: [NameVariantGroup]) -> RecordSet {
    var rows: [[RecordValue]] = []
    for (index, group) in groups.enumerated() {
      let reasons = RecordValue.list(group.reasons.map { .text($0.rawValue) })
      for spelling in group.spellings {
        for use in spelling.uses {
          rows.append([
            .integer(index + 1), .text(spelling.text), .text(use.source.rawValue),
            .integer(use.count), .integer(use.firstStart), .integer(use.firstEnd),
            .text(use.before), .text(use.after), reasons,
          ])
        }
      }
    }
    return RecordSet(
      columns: [
        "name", "spelling", "source", "count", "first_start", "first_end", "before", "after",
        "reasons",
      ],
      rows: rows)
  }
}
