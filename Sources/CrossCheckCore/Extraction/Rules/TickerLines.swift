/// "WBK.AX  A$3.74  ▼4.3%", "NIKKEI 225  41,206.35  ▲0.4%", "FTSE 100  7,512.30  +0.4%",
/// "USD/JPY  156.20": a line that opens with a stock's ticker or an index's name in capitals and
/// shows an up or down arrow or a signed percentage, or that opens with a currency pair, is a
/// page's quote box, furniture beside the story, not its figures: the whole line. Prose about
/// the same shares or index ("TSLA shares fell 3.1%", "The Nikkei 225 rose 0.4% to 41,206.35")
/// has lower-case words, and an all-capitals headline ("NIKKEI UP 0.4%") no arrow or sign:
/// both keep their figures. A line with one signed percentage and no level beside it is a
/// summary's change, not a quote ("GDP +0.4%"); a strip of several quotes may name an instrument
/// in lower case ("SPX futures 5,912.40 ▲0.6%   UST 10Y 4.02% ▼6bp").
extension FigureRecognizer {
  /// Whether the line is a ticker's quote: a code or name of capitals first (with an exchange's
  /// suffix, "WBK.AX"), an arrow, a signed percentage or a currency pair, and no lower-case word.
  func isTickerLine() -> Bool {
    guard let opening = tokens.first, opening.kind == .word,
      isCapitalLetters(opening.start, opening.end, longest: Self.longestTickerName)
    else { return false }
    let pair = opensWithCurrencyPair()
    var arrows = 0
    var signedPercents = 0
    var levels = 0
    var hasLowercaseWord = false
    for index in tokens.indices {
      let token = tokens[index]
      switch token.kind {
      case .word:
        let hasArrow = Self.holdsArrow(bytes, token.start, token.end)
        if hasArrow { arrows += 1 }
        if Tokenizer.isLetter(bytes[token.start]), !hasArrow {
          // A word of capitals longer than a code or an index's name is a headline's.
          if !isCapitalLetters(token.start, token.end, longest: Self.longestTickerName) {
            hasLowercaseWord = true
          }
        }
      case .number:
        if isSignedPercent(index) {
          signedPercents += 1
        } else if !isSymbol(index + 1, 0x25) {
          levels += 1
        }
      default: continue
      }
    }
    // A strip of several quotes, each with its arrow, may name an instrument in lower case
    // ("SPX futures 5,912.40 ▲0.6%   UST 10Y 4.02% ▼6bp").
    if hasLowercaseWord, arrows < 2 { return false }
    // A signed percentage alone is a summary's change ("GDP +0.4%"); a quote shows its level.
    return pair || arrows > 0 || (signedPercents > 0 && levels > 0)
  }

  /// The longest index name a quote line opens with ("NIKKEI", "NASDAQ").
  private static let longestTickerName = 6

  /// "+0.4%", "-1.2%": a sign glued before a percentage, as a quote shows a day's move.
  private func isSignedPercent(_ index: Int) -> Bool {
    guard index >= 1, !tokens[index].spaceBefore, index + 1 < tokens.count,
      isSymbol(index + 1, 0x25)
    else { return false }
    let sign = tokens[index - 1]
    return sign.scalar == 0x2B || sign.scalar == 0x2212
      || (sign.kind == .dash && sign.scalar == 0x2D)
  }

  /// "USD/JPY", "EUR/USD": two currency codes joined by a slash open the line.
  private func opensWithCurrencyPair() -> Bool {
    guard tokens.count >= 3, tokens[2].kind == .word, isSymbol(1, 0x2F),
      !tokens[1].spaceBefore, !tokens[2].spaceBefore
    else { return false }
    let base = text(tokens[0].start, tokens[0].end)
    let quote = text(tokens[2].start, tokens[2].end)
    return base.count == 3 && quote.count == 3 && Vocabulary.currencyCodes[base] != nil
      && Vocabulary.currencyCodes[quote] != nil
  }

  /// Whether the bytes are ASCII capitals only, one to `longest` of them (a ticker has five at
  /// most).
  private func isCapitalLetters(_ start: Int, _ end: Int, longest: Int = 5) -> Bool {
    (1...longest).contains(end - start) && (start..<end).allSatisfy { bytes[$0] &- 0x41 < 26 }
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
