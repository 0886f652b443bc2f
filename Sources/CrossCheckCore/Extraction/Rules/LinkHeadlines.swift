/// "Related: Five charts that explain the budget", "Read more: 10 things to know", "Also Read |
/// Carmaker recalls 12,000 cars": a line that links to another article; its numbers, amounts
/// too, are that article's headline, not this story's figures.
/// "In other news:" does so only on a headline (no closing stop): in a liveblog it opens the
/// story's own sentences.
extension FigureRecognizer {
  /// Whether the mention sits on a line that opens with a link label and a colon or a bar.
  /// An amount's line is a link only after a label that never opens a line of the story's own:
  /// "Recommended: Buy with a target of Rs 1,450" is a broker's advice (`forAmount`).
  func isLinkHeadline(_ mention: NumberMention, forAmount: Bool = false) -> Bool {
    // Most lines have no colon where a label could end: a few tokens are looked at, and no
    // label is compared.
    let lastColon = min(Self.longestLinkLabel, mention.firstToken - 1)
    guard lastColon >= 1, (1...lastColon).contains(where: { isLabelEnd($0) }) else {
      return false
    }
    for label in Vocabulary.linkLabels where !forAmount || label[0] != "recommended" {
      let colon = label.count
      guard colon < mention.firstToken, isLabelEnd(colon) else { continue }
      if label.enumerated().allSatisfy({ isWord($0.offset, $0.element) }) { return true }
    }
    for label in Vocabulary.teaserLabels {
      let colon = label.count
      guard colon < mention.firstToken, isSymbol(colon, 0x3A),
        label.enumerated().allSatisfy({ isWord($0.offset, $0.element) })
      else { continue }
      return !endsWithStop()
    }
    return false
  }

  /// Whether token `index` is a colon or a vertical bar, which end a link's label.
  private func isLabelEnd(_ index: Int) -> Bool {
    isSymbol(index, 0x3A) || isSymbol(index, 0x7C)
  }

  /// Whether the line's last token is a full stop, question or exclamation mark.
  private func endsWithStop() -> Bool {
    guard let last = tokens.last, last.kind == .punctuation else { return false }
    return last.scalar == 0x2E || last.scalar == 0x3F || last.scalar == 0x21
  }

  /// The most words a link label has: its colon is at most this many tokens into the line.
  private static let longestLinkLabel =
    (Vocabulary.linkLabels + Vocabulary.teaserLabels).map(\.count).max() ?? 0
}
