import CrossCheckCore
import Foundation

/// How two sessions' states differ, one readable line per difference (for `replay --verify`).
enum SessionComparison {
  static func differences(saved: SessionFile, rebuilt: SessionFile) -> [String] {
    var lines: [String] = []
    let savedSources = Dictionary(
      saved.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let rebuiltSources = Dictionary(
      rebuilt.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (id, source) in savedSources.sorted(by: { $0.key < $1.key }) {
      guard let other = rebuiltSources[id] else {
        lines.append(
          "source \(id) (\(source.path)) is in the saved session but not in the replayed one")
        continue
      }
      if other.sha256 != source.sha256 {
        lines.append(
          "source \(id) changed: saved SHA-256 \(source.sha256.prefix(12))…, now \(other.sha256.prefix(12))…"
        )
      }
    }
    for id in rebuiltSources.keys.sorted() where savedSources[id] == nil {
      lines.append("source \(id) is in the replayed session but not in the saved one")
    }
    if saved.rates != rebuilt.rates {
      lines.append(
        "exchange rates differ: saved \(saved.rates.count), replayed \(rebuilt.rates.count)")
    }
    if saved.settings != rebuilt.settings { lines.append("settings differ") }
    if saved.nextDiscrepancy != rebuilt.nextDiscrepancy {
      lines.append(
        "the next discrepancy number differs: saved D\(saved.nextDiscrepancy), replayed D\(rebuilt.nextDiscrepancy)"
      )
    }
    let savedByID = Dictionary(
      saved.discrepancies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let rebuiltByID = Dictionary(
      rebuilt.discrepancies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for id in Set(savedByID.keys).union(rebuiltByID.keys).sorted() {
      switch (savedByID[id], rebuiltByID[id]) {
      case (let saved?, nil): lines.append("\(saved.label) is saved but was not rebuilt")
      case (nil, let rebuilt?):
        lines.append("\(rebuilt.label) was rebuilt but is not in the saved session")
      case (let saved?, let rebuilt?):
        if saved.title != rebuilt.title {
          lines.append(
            "\(saved.label) title: saved \(saved.title ?? "none"), replayed \(rebuilt.title ?? "none")"
          )
        }
        if saved.verdict != rebuilt.verdict {
          lines.append(
            "\(saved.label) verdict: saved \(saved.verdict ?? "none"), replayed \(rebuilt.verdict ?? "none")"
          )
        }
        if saved.tags != rebuilt.tags {
          lines.append("\(saved.label) tags: saved \(saved.tags), replayed \(rebuilt.tags)")
        }
        if saved.notes != rebuilt.notes {
          lines.append(
            "\(saved.label) notes differ (\(saved.notes.count) saved, \(rebuilt.notes.count) replayed)"
          )
        }
        if saved.figures != rebuilt.figures {
          lines.append(
            "\(saved.label) figures: saved \(saved.figures.map(\.figure.description)), replayed \(rebuilt.figures.map(\.figure.description))"
          )
        }
      case (nil, nil): break
      }
    }
    return lines
  }
}
