/// The word lists a lower-cased word is on, for the lists the context rules ask about for
/// nearly every word near a figure: one hash finds them all, and each token's roles are looked
/// up once per line (``FigureRecognizer/roles(_:)``), not once per list per figure, from the
/// token's bytes (``packed``), not from a String made for it.
struct WordRoles: OptionSet, Sendable {
  let rawValue: UInt16

  static let stopWord = WordRoles(rawValue: 1 << 0)
  static let month = WordRoles(rawValue: 1 << 1)
  static let scopeAdverb = WordRoles(rawValue: 1 << 2)
  static let scopePreposition = WordRoles(rawValue: 1 << 3)
  static let nonNoun = WordRoles(rawValue: 1 << 4)
  static let timeLead = WordRoles(rawValue: 1 << 5)
  static let timeNoun = WordRoles(rawValue: 1 << 6)
  static let linkWord = WordRoles(rawValue: 1 << 7)
  static let weekday = WordRoles(rawValue: 1 << 8)

  /// Every listed word with its roles, made from the lists where they are written, which stay
  /// the one place each word list is kept.
  static let table: [String: WordRoles] = {
    var table: [String: WordRoles] = [:]
    let lists: [(WordRoles, [String])] = [
      (.stopWord, Array(Vocabulary.stopWords)), (.month, Array(Vocabulary.months.keys)),
      (.scopeAdverb, Array(Vocabulary.scopeAdverbs)),
      (.scopePreposition, Array(Vocabulary.scopePrepositions)),
      (.nonNoun, Array(Vocabulary.nonNouns)), (.timeLead, Array(ContextAnalyzer.timeLead)),
      (.timeNoun, Array(ContextAnalyzer.timeNouns)),
      (.linkWord, Array(ContextAnalyzer.linkWords)), (.weekday, Array(ContextAnalyzer.weekdays)),
    ]
    for (role, words) in lists {
      for word in words { table[word, default: []].insert(role) }
    }
    return table
  }()

  /// ``table``, read from a token's bytes.
  static let packed = PackedWordTable(table)
}
