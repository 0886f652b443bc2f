/// Words between quotation marks in a source: “…” or "…" (with ‘…’ or nested “…” kept inside).
public struct Quotation: Sendable, Equatable {
  /// One word of a quotation as written, with the punctuation attached to it ("tango,").
  public struct Word: Sendable, Equatable {
    /// The word as written, with its punctuation ("tango.", "[with").
    public let text: String
    /// Lower-case letters and digits only, for matching ("cant" for "can’t").
    public let normalized: String

    public init(text: String) {
      self.text = text
      self.normalized = Word.normalize(text)
    }

    static func normalize(_ text: String) -> String {
      var result = String.UnicodeScalarView()
      for scalar in text.lowercased().unicodeScalars
      where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        result.append(scalar)
      }
      return String(result)
    }
  }

  public let source: SourceID
  /// Code point offsets of the words inside the marks, end exclusive.
  public let start: Int
  public let end: Int
  /// The quoted text, without the outer marks.
  public let text: String
  /// The words; runs of punctuation alone ("—") are attached to the word before them.
  public let words: [Word]

  public init(source: SourceID, start: Int, end: Int, text: String) {
    self.source = source
    self.start = start
    self.end = end
    self.text = text
    var words: [Word] = []
    var pending = ""
    for chunk in text.split(whereSeparator: \.isWhitespace) {
      let word = Word(text: pending.isEmpty ? String(chunk) : pending + " " + chunk)
      if word.normalized.isEmpty {
        if let last = words.popLast() {
          words.append(Word(text: last.text + " " + chunk))
        } else {
          pending = word.text
        }
      } else {
        words.append(word)
        pending = ""
      }
    }
    self.words = words
  }
}
