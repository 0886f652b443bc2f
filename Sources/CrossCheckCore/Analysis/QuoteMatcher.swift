/// Finds quotations that several sources share and lines up their wordings.
///
/// A quotation is the text between “ and ” (nested “…” and ‘…’ stay inside it) or between two
/// straight double quotes, within one line. Two quotations from different sources are the same
/// when their words (case and punctuation ignored) mostly coincide in order: the shorter one's
/// words are at least 70% of a common subsequence that stays compact within the longer one, so
/// one may quote only part of the other. Quotations of fewer than `minimumWords` words are left
/// out unless, with at least two words, they occur word for word inside a longer quotation.
///
/// Candidate pairs come from an index of word pairs (bigrams that are not two common words), so
/// quotations are only compared with quotations they share wording with.
public enum QuoteMatcher {
  public static let defaultMinimumWords = 4
  /// Share of the shorter quotation's words that must match.
  static let requiredShare = 0.7
  /// Word pairs found in more quotations than this are too common to suggest a match.
  static let maximumPostings = 1000

  /// The quotations in a source, in text order.
  public static func quotations(in source: Source) -> [Quotation] {
    let scalars = Array(source.text.unicodeScalars)
    var result: [Quotation] = []
    var openAt: Int?
    var curly = false
    var depth = 0
    func close(at end: Int) {
      guard let start = openAt else { return }
      openAt = nil
      var lower = start
      var upper = end
      while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
      while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
      guard lower < upper else { return }
      let quotation = Quotation(
        source: source.id, start: lower, end: upper,
        text: String(String.UnicodeScalarView(scalars[lower..<upper])))
      if !quotation.words.isEmpty { result.append(quotation) }
    }
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\n", "\r":
        openAt = nil
      case "\u{201C}":
        if openAt == nil {
          openAt = index + 1
          curly = true
          depth = 1
        } else if curly {
          depth += 1
        }
      case "\u{201D}":
        guard openAt != nil, curly else { continue }
        depth -= 1
        if depth == 0 { close(at: index) }
      case "\"":
        // A straight quote between letters is not a quotation mark (Hebrew gershayim: ארה"ב).
        if index > 0, index + 1 < scalars.count, scalars[index - 1].properties.isAlphabetic,
          scalars[index + 1].properties.isAlphabetic
        {
          continue
        }
        if openAt == nil {
          openAt = index + 1
          curly = false
        } else if !curly {
          close(at: index)
        }
      default:
        continue
      }
    }
    return result
  }

  /// The quotations that two or more of `sources` share, in the order of their first source.
  public static func matches(
    in sources: [Source], minimumWords: Int = defaultMinimumWords
  ) -> [QuoteMatch] {
    let minimumWords = max(2, minimumWords)
    var quotes: [(quotation: Quotation, order: Int)] = []
    for (order, source) in sources.enumerated() {
      for quotation in quotations(in: source) where quotation.words.count >= 2 {
        quotes.append((quotation, order))
      }
    }
    let words = quotes.map { $0.quotation.words.map(\.normalized) }
    var links = UnionFind(count: quotes.count)

    // Word-for-word copies (syndicated stories) join at once; only one of them is compared.
    var representatives: [Int] = []
    var sourcesOf: [Int: Set<Int>] = [:]
    var firstWithWords: [[String]: Int] = [:]
    for (position, list) in words.enumerated() {
      if let first = firstWithWords[list] {
        links.union(first, position)
        sourcesOf[first, default: []].insert(quotes[position].order)
      } else {
        firstWithWords[list] = position
        representatives.append(position)
        sourcesOf[position] = [quotes[position].order]
      }
    }

    var postings: [String: [Int]] = [:]
    for position in representatives {
      let list = words[position]
      var seen = Set<String>()
      for index in 0..<(list.count - 1) {
        guard !(commonWords.contains(list[index]) && commonWords.contains(list[index + 1]))
        else { continue }
        let key = list[index] + " " + list[index + 1]
        if seen.insert(key).inserted { postings[key, default: []].append(position) }
      }
    }
    for position in representatives {
      let list = words[position]
      let ownSources = sourcesOf[position] ?? []
      var candidates = Set<Int>()
      for index in 0..<(list.count - 1) {
        guard let posting = postings[list[index] + " " + list[index + 1]],
          posting.count <= maximumPostings
        else { continue }
        for other in posting where other > position {
          // Two wordings from one and the same source are not a quotation shared by sources.
          let otherSources = sourcesOf[other] ?? []
          if ownSources.count == 1 && otherSources == ownSources { continue }
          candidates.insert(other)
        }
      }
      for other in candidates.sorted() where links.find(position) != links.find(other) {
        if isSameQuotation(list, words[other], minimumWords: minimumWords) {
          links.union(position, other)
        }
      }
    }

    var groups: [Int: [Int]] = [:]
    for position in quotes.indices { groups[links.find(position), default: []].append(position) }
    var result: [QuoteMatch] = []
    for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
      let members = members.sorted {
        (quotes[$0].order, quotes[$0].quotation.start) < (
          quotes[$1].order, quotes[$1].quotation.start
        )
      }
      guard Set(members.map { quotes[$0].order }).count >= 2,
        members.contains(where: { words[$0].count >= minimumWords })
      else { continue }
      var referenceIndex = 0
      for (index, member) in members.enumerated()
      where words[member].count > words[members[referenceIndex]].count {
        referenceIndex = index
      }
      let reference = quotes[members[referenceIndex]].quotation
      let versions = members.map { member in
        QuoteMatch.Version(
          quotation: quotes[member].quotation,
          alignment: WordAlignment(
            reference: reference.words, version: quotes[member].quotation.words))
      }
      result.append(QuoteMatch(versions: versions, referenceIndex: referenceIndex))
    }
    return result
  }

  /// Whether two quotations' normalized words are the same quotation, one possibly part of the
  /// other.
  static func isSameQuotation(_ a: [String], _ b: [String], minimumWords: Int) -> Bool {
    let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
    guard longer.count >= minimumWords, shorter.count >= 2 else { return false }
    let pairs = WordAlignment.commonSubsequence(shorter, longer)
    guard let first = pairs.first, let last = pairs.last else { return false }
    let span = last.1 - first.1 + 1
    if shorter.count < minimumWords {
      return pairs.count == shorter.count && span == shorter.count
    }
    let needed = max(
      min(3, shorter.count), Int((Double(shorter.count) * requiredShare).rounded(.up)))
    return pairs.count >= needed && span <= shorter.count + max(2, shorter.count / 2)
  }

  /// Words too common for a pair of them to suggest two quotations are the same.
  static let commonWords: Set<String> = [
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "has", "have",
    "he", "i", "if", "in", "is", "it", "its", "not", "of", "on", "or", "she", "so", "that", "the",
    "their", "there", "they", "this", "to", "was", "we", "were", "what", "which", "who", "will",
    "with", "you",
  ]
}
