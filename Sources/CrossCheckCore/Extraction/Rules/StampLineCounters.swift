/// "4 min read · 312 shares", "Friday 19 May 2028 · Comments (87)": on a byline or a page's
/// stamp line, a part between separators that holds a counter's word and its number is page
/// furniture, as a short line of it alone is (``FigureRecognizer/isPageFurniture(_:)``), when
/// the line shows it is a stamp.
extension FigureRecognizer {
  /// Whether the mention sits in a part of a line, set off by a middle dot, a bar or a bullet,
  /// that holds only numbers, punctuation and page-furniture words.
  func isStampLineCounter(_ mention: NumberMention) -> Bool {
    // Cheapest first: a counter's word beside the number ("312 shares", "Comments (87)"), so
    // most numbers walk no line.
    let after = mention.lastToken + 1
    let before =
      isSymbol(mention.firstToken - 1, 0x28) ? mention.firstToken - 2 : mention.firstToken - 1
    guard isCounterWord(after) || isCounterWord(before) else { return false }
    // Every walk is bounded: a part of a stamp is short, and a long line (a page written as one
    // line) would otherwise cost its length squared, a walk per counter.
    var start = mention.firstToken
    while start > 0, !isFurnitureSeparator(start - 1) {
      guard mention.firstToken - start < Self.partReach else { return false }
      start -= 1
    }
    var end = mention.lastToken
    while end + 1 < tokens.count, !isFurnitureSeparator(end + 1) {
      guard end - mention.lastToken < Self.partReach else { return false }
      end += 1
    }
    // A part set off on at least one side; a line alone is the other rule's.
    guard start > 0 || end + 1 < tokens.count else { return false }
    var hasFurniture = false
    for index in start...end {
      switch tokens[index].kind {
      case .number, .punctuation: continue
      case .word:
        guard isWord(index, in: Vocabulary.pageFurniture) else { return false }
        hasFurniture = true
      case .symbol, .dash: return false
      }
    }
    // A stamp line says so ("4 min read", "Updated", "By …", "Comments"); a table's row of
    // shares and prices ("HDFC Bank · 120000 shares · Rs 1,650") does not.
    guard hasFurniture else { return false }
    let cues = max(0, start - Self.cueReach)..<min(tokens.count, end + 1 + Self.cueReach)
    return cues.contains { isWord($0, in: Vocabulary.stampLineCues) }
  }

  /// Whether token `index` is a word of page furniture; its length is told first, as most
  /// words beside a number are no counter's.
  private func isCounterWord(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word,
      (3...8).contains(tokens[index].end - tokens[index].start)
    else { return false }
    return isWord(index, in: Vocabulary.pageFurniture)
  }

  /// How far a counter's part may reach either side of it, in tokens ("Comments (87)", "312
  /// shares" are a few).
  static let partReach = 8
  /// How far from its part a stamp line's cue may stand, in tokens: a byline with a date, a
  /// reading time and two counters ("By Ann Lee · Updated 10:42 a.m. ET, Friday 19 May 2028 ·
  /// 4 min read · 312 shares · Comments (87)") is about 35.
  static let cueReach = 40

  private func isFurnitureSeparator(_ index: Int) -> Bool {
    tokens[index].kind != .word && Vocabulary.furnitureSeparators.contains(tokens[index].scalar)
  }
}
