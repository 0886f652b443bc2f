/// Wraps prose to a width, keeping the text's own line breaks and blank lines. Control
/// characters are made visible first (``TerminalText``): they would take no width, and text from
/// files may carry escape sequences.
public enum TextWrapper {
  /// Lines of at most `width` characters (a word longer than that is broken). Trailing spaces and
  /// carriage returns are dropped; leading indentation is kept on the first line of a paragraph.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 10)
    var lines: [String] = []
    // "\r\n" is one Character in Swift, so split on any line break, not only "\n".
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      var line = Substring(TerminalText.visible(String(rawLine)))
      while let last = line.last, last == " " || last == "\t" { line.removeLast() }
      if line.isEmpty {
        lines.append("")
        continue
      }
      var current = ""
      for word in line.split(separator: " ", omittingEmptySubsequences: true) {
        var word = Substring(word)
        if !current.isEmpty && current.count + 1 + word.count > width {
          lines.append(current)
          current = ""
        }
        while word.count > width {
          if !current.isEmpty {
            lines.append(current)
            current = ""
          }
          lines.append(String(word.prefix(width)))
          word = word.dropFirst(width)
        }
        current += current.isEmpty ? String(word) : " " + word
      }
      lines.append(current)
    }
    while lines.last == "" { lines.removeLast() }
    return lines
  }
}
