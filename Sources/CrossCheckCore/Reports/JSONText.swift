/// JSON made safe to put inside an HTML page: a `<script type="application/ld+json">` block ends
/// at the first `</script>`, wherever it is, so a quotation holding `</script><script>…` would
/// run. In JSON text `<` can only stand inside a string, where `\u003c` means the same.
public enum JSONText {
  public static func embeddable(_ json: String) -> String {
    guard json.utf8.contains(UInt8(ascii: "<")) else { return json }
    return json.replacingOccurrences(of: "<", with: "\\u003c")
  }
}
