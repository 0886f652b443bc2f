/// Splits command text into words, the same way at the prompt and in script files.
///
/// The rules are those of a small POSIX shell:
/// - words are separated by spaces or tabs;
/// - `"double"` quotes group words and honour backslash escapes; `'single'` quotes are literal;
/// - outside single quotes, `\` makes the next character literal, and a `\` before a line break
///   joins the lines (a trailing `\` asks for another line);
/// - `#` at the start of a word, outside quotes, starts a comment that runs to the end of the line.
public enum CommandTokenizer {
  public static func tokenize(_ text: String) -> Tokenization {
    let scalars = Array(text.unicodeScalars)
    var words: [Word] = []
    var current: String.UnicodeScalarView? = nil
    var wordStart = 0
    var quoted = false

    func begin(at index: Int) {
      if current == nil {
        current = String.UnicodeScalarView()
        wordStart = index
        quoted = false
      }
    }
    func finish(at index: Int) {
      if let scalars = current {
        words.append(Word(String(scalars), start: wordStart, end: index, isQuoted: quoted))
        current = nil
      }
    }
    func result(_ ending: Tokenization.Ending, insideQuote: Bool = false) -> Tokenization {
      let inside = current != nil
      finish(at: scalars.count)
      return Tokenization(
        words: words, ending: ending, endsInsideWord: inside, continuesInsideQuote: insideQuote)
    }

    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case " ", "\t", "\n", "\r":
        finish(at: index)
        index += 1
      case "#" where current == nil:
        while index < scalars.count && scalars[index] != "\n" { index += 1 }
      case "\\":
        guard index + 1 < scalars.count else { return result(.continuation) }
        if scalars[index + 1] != "\n" {
          begin(at: index)
          quoted = true
          current?.append(scalars[index + 1])
        }
        index += 2
      case "'":
        begin(at: index)
        quoted = true
        guard let close = scalars[(index + 1)...].firstIndex(of: "'") else {
          current?.append(contentsOf: scalars[(index + 1)...])
          return result(.openQuote("'", column: index))
        }
        current?.append(contentsOf: scalars[(index + 1)..<close])
        index = close + 1
      case "\"":
        begin(at: index)
        quoted = true
        let open = index
        index += 1
        while true {
          guard index < scalars.count else { return result(.openQuote("\"", column: open)) }
          let inner = scalars[index]
          if inner == "\"" {
            index += 1
            break
          }
          if inner == "\\" {
            guard index + 1 < scalars.count else {
              return result(.continuation, insideQuote: true)
            }
            if scalars[index + 1] != "\n" { current?.append(scalars[index + 1]) }
            index += 2
          } else {
            current?.append(inner)
            index += 1
          }
        }
      default:
        begin(at: index)
        current?.append(scalar)
        index += 1
      }
    }
    return result(.complete)
  }

  /// The first word of `text`, as ``tokenize(_:)`` reads it, without splitting the rest of the
  /// line: read directly when it has no quote, backslash or `#` (most lines), otherwise by
  /// tokenizing. Nil when the line has no words.
  public static func firstWord(of text: String) -> String? {
    // Over the UTF-8 bytes: the separators and quotes are ASCII, and a byte of a longer
    // character is never ASCII (a replay asks this of every journal entry).
    let bytes = text.utf8
    guard let start = bytes.firstIndex(where: { !isSeparator($0) }) else { return nil }
    let end = bytes[start...].firstIndex(where: isSeparator) ?? bytes.endIndex
    let word = bytes[start..<end]
    if word.contains(where: {
      $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        || $0 == UInt8(ascii: "#")
    }) {
      return tokenize(text).words.first?.text
    }
    return String(decoding: word, as: UTF8.self)
  }

  /// Whether `byte` separates words: a space, tab or line break.
  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }

  /// Quotes a word so that tokenizing it gives the word back (for journals and completion).
  public static func quote(_ word: String) -> String {
    let special: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\"", "'", "\\", "#"]
    guard !word.isEmpty else { return "''" }
    guard word.unicodeScalars.contains(where: special.contains) else { return word }
    // Scalars, not Characters: a quote followed by a combining mark is one Character that is
    // not equal to the quote, yet the tokenizer (which reads scalars) sees the quote.
    if !word.unicodeScalars.contains("'") { return "'" + word + "'" }
    var escaped = String.UnicodeScalarView()
    escaped.append("\"")
    for scalar in word.unicodeScalars {
      if scalar == "\"" || scalar == "\\" { escaped.append("\\") }
      escaped.append(scalar)
    }
    escaped.append("\"")
    return String(escaped)
  }
}
