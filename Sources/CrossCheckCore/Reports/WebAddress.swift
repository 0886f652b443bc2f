/// Which addresses a report may turn into a link or a JSON-LD `url`.
public enum WebAddress {
  /// `text` when it is a web address a reader can follow (http or https, nothing in it that
  /// would end or break a link), else nil. Sidecars and sessions are hostile: a `javascript:` or
  /// `data:` address stays text, or is left out.
  public static func link(_ text: String) -> String? {
    let lowered = text.lowercased()
    guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
      text.unicodeScalars.count > (lowered.hasPrefix("https") ? 8 : 7),
      !text.unicodeScalars.contains(where: {
        $0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
          || "<>\"`".unicodeScalars.contains($0)
      })
    else { return nil }
    return text
  }
}
