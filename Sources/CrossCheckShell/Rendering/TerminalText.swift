import CrossCheckCore

/// Text from files (articles, sidecars, sessions, scripts, file names) made safe to show on a
/// terminal: a control character in it could clear the screen, retitle the window or write the
/// clipboard (OSC 52). Every C0 control but tab and line feed, DEL and every C1 control is shown
/// instead of sent: C0 and DEL as their Unicode Control Pictures (ESC as `␛`, CR as `␍`, DEL as
/// `␡`), C1 controls, which have none, as `\u{9B}`. A CR directly before a LF is a line break and
/// is kept. The invisible direction controls (``BidiControls/isControl(_:)``: marks, embeddings,
/// overrides, isolates) are shown as `\u{202E}` too: a right-to-left override in a title would
/// otherwise reverse the rest of its line, the id and the path after it, on the terminal. Nothing
/// else changes, so the text's width is what the terminal will show.
public enum TerminalText {
  /// `text` with its control characters made visible.
  public static func visible(_ text: String) -> String {
    visible(text, keeping: [])
  }

  /// `text` with its control characters made visible, except the escape sequences in `kept`
  /// (the shell's own styling, which the shell adds after file text was made visible).
  public static func visible(_ text: String, keeping kept: Set<String>) -> String {
    if isPlain(text) { return text }
    let scalars = text.unicodeScalars
    guard scalars.contains(where: needsEscaping) else { return text }
    var result = String.UnicodeScalarView()
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if scalar == "\u{1B}", !kept.isEmpty, let end = styleSequenceEnd(scalars, from: index),
        kept.contains(String(scalars[index..<end]))
      {
        result.append(contentsOf: scalars[index..<end])
        index = end
        continue
      }
      if scalar == "\r", next != scalars.endIndex, scalars[next] == "\n" {
        result.append(scalar)
      } else if needsEscaping(scalar) {
        result.append(contentsOf: picture(of: scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
      index = next
    }
    return String(result)
  }

  /// Whether `text` is printable ASCII, tabs and line feeds only, which are shown as they are:
  /// most output, looked at a byte at a time rather than a code point at a time.
  private static func isPlain(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { byte in (0x20..<0x7F).contains(byte) || byte == 0x0A || byte == 0x09 }
    } ?? false
  }

  /// Whether `scalar` is a control character other than tab and line feed, or a direction
  /// control.
  static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: BidiControls.isControl(scalar)
    }
  }

  private static func picture(of scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value)!)
    case 0x7F: "\u{2421}"
    default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  /// The end of a select-graphic-rendition sequence (`ESC [ digits and ; m`) starting at `start`.
  private static func styleSequenceEnd(
    _ scalars: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index
  ) -> String.UnicodeScalarView.Index? {
    var index = scalars.index(after: start)
    guard index != scalars.endIndex, scalars[index] == "[" else { return nil }
    index = scalars.index(after: index)
    while index != scalars.endIndex, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) {
      index = scalars.index(after: index)
    }
    guard index != scalars.endIndex, scalars[index] == "m" else { return nil }
    return scalars.index(after: index)
  }
}
