/// Relative ordinals: "last", "next", "previous", "current", "penultimate", "the second to last",
/// "the one before the last one", "the last but one". They name a position relative to an end or
/// to now and have no value, so only the number layer (``NumberRecognizer``) reports them; they
/// never become figures ("last year" in news is a reference, not a checkable number).
struct RelativeOrdinals {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]

  /// Token spans (inclusive) of the relative ordinals in the line, left to right.
  func find() -> [ClosedRange<Int>] {
    var spans: [ClosedRange<Int>] = []
    var index = 0
    while index < tokens.count {
      if let span = match(at: index) {
        spans.append(span)
        index = span.upperBound + 1
      } else {
        index += 1
      }
    }
    return spans
  }

  private func match(at index: Int) -> ClosedRange<Int>? {
    let the = isWord(index, "the")
    let start = the ? index + 1 : index
    // "the last but one"
    if the, isWord(start, "last"), isWord(start + 1, "but"), isWord(start + 2, "one") {
      return index...(start + 2)
    }
    // "the one before the last (one)"
    if the, isWord(start, "one"), isWord(start + 1, "before"), isWord(start + 2, "the"),
      isWord(start + 3, "last")
    {
      return index...(isWord(start + 4, "one") ? start + 4 : start + 3)
    }
    // "the second to last", "next to last"
    if isWord(start + 1, "to"), isWord(start + 2, "last") {
      if the, isWord(start, "second") { return index...(start + 2) }
      if isWord(start, "next") { return start...(start + 2) }
    }
    if the { return nil }
    if isWord(index, "penultimate") || isWord(index, "antepenultimate") { return index...index }
    if isWord(index, "last") || isWord(index, "next") || isWord(index, "previous")
      || isWord(index, "current")
    {
      // "the previous one", but "the last one books" keeps "one" as a count.
      return index...(isPronoun(index + 1) && !isWord(index, "last") ? index + 1 : index)
    }
    return nil
  }

  /// "one" standing for a noun: nothing word-like after it.
  private func isPronoun(_ index: Int) -> Bool {
    isWord(index, "one") && (index + 1 >= tokens.count || tokens[index + 1].kind != .word)
  }

  /// Whether token `index` is the ASCII word `word` (lower-case), compared byte by byte.
  private func isWord(_ index: Int, _ word: StaticString) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let token = tokens[index]
    guard token.end - token.start == word.utf8CodeUnitCount else { return false }
    let pointer = word.utf8Start
    for offset in 0..<word.utf8CodeUnitCount
    where bytes[token.start + offset] | 0x20 != pointer[offset] {
      return false
    }
    return true
  }
}
