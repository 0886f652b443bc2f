import Foundation

/// The display settings of a run (`set format`, `set timing`, `set pager`): they belong to the
/// shell, not to the session, so they are neither journaled nor saved.
extension Shell {
  /// The names `set` takes for display settings, with what each does.
  static let displaySettings = ["format", "timing", "pager"]

  /// The line `set timing on` shows after each command, psql's way.
  static func timingLine(_ duration: Duration) -> String {
    let milliseconds =
      Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    return "Time: " + String(format: "%.3f", milliseconds) + " ms\n"
  }

  /// Changes a display setting; false when `name` is not one.
  func setDisplay(_ name: String, to value: String) throws -> Bool {
    switch name {
    case "format":
      guard let format = OutputFormat(rawValue: value.lowercased()) else {
        throw ShellError(
          "format takes one of \(OutputFormat.names.replacingOccurrences(of: "|", with: ", ")), e.g. set format csv"
        )
      }
      outputFormat = format
      status("format \(format.rawValue)")
    case "timing":
      switch value.lowercased() {
      case "on": timing = true
      case "off": timing = false
      case "": timing.toggle()
      default: throw ShellError("timing takes on or off, e.g. set timing on")
      }
      status("timing " + (timing ? "on" : "off"))
    case "pager":
      guard let mode = PagerMode(rawValue: value.lowercased()) else {
        throw ShellError("pager takes off, on or always, e.g. set pager off")
      }
      pager = mode
      status("pager \(mode.rawValue)")
    default:
      return false
    }
    return true
  }

  /// The display settings as `set` lists them.
  var displaySettingLines: [String] {
    [
      "format       \(outputFormat.rawValue)  (how listings print: \(OutputFormat.names); this run only)",
      "timing       \(timing ? "on" : "off")  (show each command's time; this run only)",
      "pager        \(pager.rawValue)  (page long output at a terminal: off, on, always; this run only)",
    ]
  }
}

extension Shell {
  /// Prints rows in `format` through the one renderer (``RecordRenderer``), a row or a line at a
  /// time, so that Ctrl-C stops a long listing where it is (see ``outputCutShort``).
  func show(_ records: RecordSet, as format: OutputFormat) {
    guard showsOutput else { return }
    if format == .table {
      // A line at a time as the table makes it: not joined into one text and cut up again.
      RecordRenderer.table(records).render(width: width(), style: style) { line in
        if !outputCutShort { write(line + "\n") }
      }
      return
    }
    guard RecordRenderer.writesRowByRow(format) else {
      let text = RecordRenderer.render(records, as: format, width: width(), style: style)
      var start = text.startIndex
      while start < text.endIndex, !outputCutShort {
        let end =
          text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")).map(text.utf8.index(after:))
          ?? text.endIndex
        write(String(text[start..<end]))
        start = end
      }
      return
    }
    write(RecordRenderer.header(records.columns, as: format))
    for index in records.rows.indices where !outputCutShort {
      write(RecordRenderer.row(records, index, as: format))
    }
  }
}
