/// "WBK.AX  A$3.74  ▼4.3%", "TSLA  $181.20  ▲1.2%": a line that opens with a stock's ticker and
/// shows an up or down arrow is a page's quote box, furniture beside the story, not its
/// figures. Prose about the same shares ("TSLA shares fell 3.1%") has lower-case words and no
/// arrow, and keeps its figures.
extension FigureRecognizer {
  /// Whether the line is a ticker's quote: a code of capitals first (with an exchange's suffix,
  /// "WBK.AX"), an arrow, and no lower-case word.
  func isTickerLine() -> Bool {
    guard let opening = tokens.first, opening.kind == .word,
      isCapitalLetters(opening.start, opening.end)
    else { return false }
    var hasArrow = false
    for token in tokens where token.kind == .word {
      if Tokenizer.isLetter(bytes[token.start]), !isCapitalLetters(token.start, token.start + 1) {
        return false
      }
      if Self.holdsArrow(bytes, token.start, token.end) { hasArrow = true }
    }
    return hasArrow
  }

  /// Whether the bytes are ASCII capitals only, one to five of them (the length of a ticker).
  private func isCapitalLetters(_ start: Int, _ end: Int) -> Bool {
    (1...5).contains(end - start) && (start..<end).allSatisfy { bytes[$0] &- 0x41 < 26 }
  }

  /// Whether a word's bytes hold an up or down triangle (U+25B2–U+25BD, "▲", "▼" and their
  /// smaller and hollow forms), which the tokenizer reads as letters.
  private static func holdsArrow(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    var index = start
    while index + 2 < end {
      if bytes[index] == 0xE2, bytes[index + 1] == 0x96, (0xB2...0xBD).contains(bytes[index + 2]) {
        return true
      }
      index += 1
    }
    return false
  }
}
