/// What a figure is said of: the noun it counts ("firefighters" in "450 firefighters"), or the
/// head of the subject its sentence opens with ("Turnout" in "Turnout reached 48%" and in
/// "Turnout in Sunday's election was 62%", "toll" in "The toll rose to 41"). A word that is this
/// for every figure of a group names the measure itself, not a coincidence of wording. The
/// figure's own subject words are no such sign: read from the words nearest it, they hold
/// whatever it is said of in passing ("52" of "Hélène Marchetti, 52", "1.6% of patients").
enum MeasuredSubject {
  /// The one term every member's clause holds, when there is exactly one.
  static func onlySharedTerm(_ members: [FigureProfile]) -> Int? {
    guard let first = members.first else { return nil }
    let shared = first.context.entries.map(\.term).filter { term in
      members.allSatisfy { $0.context.weight(of: term) > 0 }
    }
    return shared.count == 1 ? shared[0] : nil
  }

  /// Whether `stem` (a term's stem, as the scan spells it) is what a figure whose counted
  /// noun's stem is `countedNoun`, in the sentence opening with `sentence`, is said of.
  static func names(_ stem: String, countedNoun: String?, sentence: Substring) -> Bool {
    if countedNoun == stem { return true }
    return openingWord(of: sentence).map { (ScanVocabulary.synonyms[$0] ?? $0) == stem } ?? false
  }

  /// The stem of the word a sentence opens with, past an article, lower-cased ("turnout" in
  /// "Turnout in...", "toll" in "The toll in...").
  static func openingWord(of sentence: Substring) -> String? {
    var rest = sentence
    var word = rest.prefix { $0.isLetter }
    if ScanVocabulary.articles.contains(word.lowercased()) {
      rest = rest.dropFirst(word.count).drop { $0 == " " }
      word = rest.prefix { $0.isLetter }
    }
    guard word.count > 1 else { return nil }
    return Stemmer.stem(word.lowercased())
  }
}
