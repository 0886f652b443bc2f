/// Which dollar an article means by a bare "$", as a newsroom writes it: a Canadian outlet's
/// "$2 million" is Canadian dollars and it writes "US$" for the US one; an Australian paper's
/// "$" is the Australian dollar. The article's home is its dateline's country, its outlet's web
/// address's (``OutletHome``) or the country it names places of most (``PlaceTally``).
enum ArticleDollar {
  /// The dollar other than the US one that the article's bare "$" means, or nil for the US
  /// dollar. `named` holds the dollars it writes out ("A$", "Canadian dollars"), `converted`
  /// those it converts into or out of a bare "$" in brackets ("4.2 billion Australian dollars
  /// ($2.8 billion)").
  static func dollar(home: String?, named: Set<String>, converted: Set<String>) -> String? {
    if let home, let homeDollar = Vocabulary.homeDollars[home] {
      // A US home, or a story from Melbourne that converts Australian dollars into "$": a
      // foreign outlet's, which writes the US dollar.
      return homeDollar == "USD" || converted.contains(homeDollar) ? nil : homeDollar
    }
    // "A$1.2 billion … up from $850m": an article that names one dollar, not the US one,
    // means it by its bare "$" too.
    // Not one it converts into "$": "A$1.2 billion ($780 million)" writes the US dollar so.
    let candidates = named.subtracting(converted)
    return candidates.count == 1 && candidates.first != "USD" ? candidates.first : nil
  }
}
