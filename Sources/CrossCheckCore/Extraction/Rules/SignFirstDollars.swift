/// "$US13.4 billion", "$A12 million", "$NZ300m": Australian and New Zealand papers write the
/// letters that say which dollar after the sign ("US$" elsewhere); the letters name the dollar,
/// and a bare "$" in the same article stays the home dollar.
extension FigureRecognizer {
  /// The dollar that letters between a "$" and the mention name, and the "$"'s token, or nil.
  func signFirstDollar(before mention: NumberMention, after limit: Int) -> (String, Int)? {
    let letters = mention.firstToken - 1
    let sign = letters - 1
    guard sign > limit, tokens[letters].kind == .word, !tokens[letters].spaceBefore,
      !tokens[mention.firstToken].spaceBefore, isSymbol(sign, 0x24),
      let code = Vocabulary.signFirstDollarLetters[text(tokens[letters].start, tokens[letters].end)]
    else { return nil }
    return (code, sign)
  }
}

extension Tokenizer {
  /// Whether the capital letters `bytes[start..<end]`, before a digit, name a dollar and stand
  /// apart from the number: after a "$" ("$US13.4") or before an amount in cents ("US80¢").
  static func isDollarLetters(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, end limit: Int
  ) -> Bool {
    guard end > start, bytes[start] &- 0x41 < 26 else { return false }
    let letters = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    if start > 0, bytes[start - 1] == 0x24 {
      return Vocabulary.signFirstDollarLetters[letters] != nil
    }
    guard Vocabulary.centSignDollarLetters[letters] != nil else { return false }
    // "US80¢": the digits (with a decimal point) end at the cent sign, C2 A2 in UTF-8.
    var index = end
    while index < limit, isDigit(bytes[index]) || bytes[index] == 0x2E { index += 1 }
    return index + 1 < limit && bytes[index] == 0xC2 && bytes[index + 1] == 0xA2
  }
}
