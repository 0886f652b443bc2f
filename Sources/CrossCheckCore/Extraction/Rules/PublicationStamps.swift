/// Page furniture that dates the page itself: "Published 3 hours ago", "Updated 2 days ago",
/// a line that is only "5 hours ago" or opens "2 hours ago | Health", "This article is more
/// than 2 years old". Its durations measure the reader's distance from the page, not anything in
/// the story.
extension FigureRecognizer {
  /// What parts a page's furniture on one line: "|", "·", "•".
  private static let stampSeparators: [UInt32] = [0x7C, 0xB7, 0x2022]

  /// Whether the mention is the age of the page: an "… ago" on a line that opens with a
  /// publication word, or "this article/story is … old".
  func isPublicationStamp(_ mention: NumberMention) -> Bool {
    var after = mention.lastToken + 1
    guard after < tokens.count, tokens[after].kind == .word, timeUnit(at: after) != nil else {
      return false
    }
    after += 1
    // "Published 3 hours ago", "Last updated 2 days ago": the line's first words.
    // The stamp ends its line, or a separator or byline follows ("Updated 2 hours ago | 4 min
    // read", "Posted 2 days ago by Staff Writer"):
    // "Published 20 years ago, the report found…" dates the report.
    // "5 hours ago" alone on its line, or before a separator ("2 hours ago | Health"): a live
    // page's stamp on its entry.
    if isWord(after, "ago"), mention.firstToken == 0,
      after + 1 >= tokens.count || Self.stampSeparators.contains(tokens[after + 1].scalar)
    {
      return true
    }
    if isWord(after, "ago"),
      after + 1 >= tokens.count || tokens[after + 1].kind == .symbol || isWord(after + 1, "by")
    {
      // The line's first words, or the first after a separator ("Europe live | Updated 2
      // hours ago").
      var opener = 0
      for index in stride(from: mention.firstToken - 1, through: 0, by: -1)
      where Self.stampSeparators.contains(tokens[index].scalar) && tokens[index].kind != .word {
        opener = index + 1
        break
      }
      if isWord(opener, in: Vocabulary.stampQualifiers) { opener += 1 }
      return opener < mention.firstToken && isWord(opener, in: Vocabulary.publicationWords)
    }
    // "This article is more than 2 years old."
    guard isWord(after, "old"), mention.firstToken >= 3 else { return false }
    var verb = mention.firstToken - 1
    while verb > 0, tokens[verb].kind == .word, !isWord(verb, "is") { verb -= 1 }
    return verb >= 2 && isWord(verb, "is") && isWord(verb - 1, in: Vocabulary.pageNouns)
      && isWord(verb - 2, "this")
  }
}
