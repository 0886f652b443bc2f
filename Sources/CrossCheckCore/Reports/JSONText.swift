/// JSON made safe to put inside an HTML page and to print on a terminal: a
/// `<script type="application/ld+json">` block ends at the first `</script>`, wherever it is, so
/// a quotation holding `</script><script>…` would run; and encoders escape C0 controls but leave
/// DEL and the C1 controls (U+0080–U+009F, among them a one-character CSI) raw, and the
/// invisible direction controls (``BidiControls/isControl(_:)``), which reorder a terminal's
/// line. In JSON text all of these can only stand inside a string, where `\u003c`, `\u009b` or
/// `\u202e` means the same; the shell's terminal filter then has nothing left to escape in JSON.
public enum JSONText {
  public static func embeddable(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: needsEscaping) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if needsEscaping(scalar) {
        let hex = String(scalar.value, radix: 16)
        result.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "<" || (0x7F...0x9F).contains(scalar.value) || BidiControls.isControl(scalar)
  }
}
