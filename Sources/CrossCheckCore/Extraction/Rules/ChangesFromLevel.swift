/// "rose from $2.50 to $2.75", "goes up from 410 to 455", "rising from 19.5 to 20.1", "will
/// increase by 40 cents, from $9.80 to $10.20": a change told "from" one level "to" another is
/// the old level and the new one, two figures, not a range, whatever form its verb takes: a
/// past tense, a present or base form after a modal ("will climb from"), a participle, or a
/// verb of motion with its particle ("went down from").
extension FigureRecognizer {
  /// The most words between the verb and "from": its object may be a noun phrase with a
  /// modifier ("raise the minimum monthly wage for registered dockworkers from").
  private static let wordsBeforeFrom = 8

  /// A verb of change before "from", within a few words and the same clause ("upgraded the quake
  /// from", "rose from", "was cut from", "is set to climb from"), or before the change told first
  /// with "by" and a comma ("increase by 40 cents, from"). Before "by" only a past tense counts:
  /// "rose by 5 to 20" is a change and its level, "expects temperatures to drop by 5 to 7
  /// degrees" a range of changes.
  func changeVerb(before from: Int) -> Bool {
    let anyForm = isWord(from, "from")
    var index = from - 1
    var last = from
    if anyForm, let by = changeBy(endingAtComma: from - 1) {
      index = by - 1
      last = by
    }
    while index >= 0, last - index <= Self.wordsBeforeFrom, tokens[index].kind == .word {
      if anyForm ? isChangeVerbForm(index) : Vocabulary.changeVerbs.contains(lower(index)) {
        return true
      }
      index -= 1
    }
    return false
  }

  /// Whether the word at `index` is a verb of change in any form, or the particle of a verb of
  /// motion that makes one ("goes up", "came down").
  private func isChangeVerbForm(_ index: Int) -> Bool {
    if Vocabulary.changeVerbs.contains(lower(index)) { return true }
    if isWord(index, in: Vocabulary.changeParticiples)
      || isWord(index, in: Vocabulary.presentChangeVerbs)
    {
      return true
    }
    return isWord(index, in: Vocabulary.changeParticles)
      && isWord(index - 1, in: Vocabulary.motionVerbs)
  }

  /// The token of "by" before a change set off by the comma at `comma` ("by 40 cents,", "by
  /// nearly 3%,"): at most four tokens, one a number, and no other punctuation; else nil.
  private func changeBy(endingAtComma comma: Int) -> Int? {
    guard comma > 1, isSymbol(comma, 0x2C) else { return nil }
    var index = comma - 1
    var sawNumber = false
    while index >= 0, comma - index <= 5 {
      if isWord(index, "by") { return sawNumber ? index : nil }
      switch tokens[index].kind {
      case .number: sawNumber = true
      case .word, .symbol: break
      default: return nil
      }
      index -= 1
    }
    return nil
  }
}
