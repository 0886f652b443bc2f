import Foundation
import Testing

@testable import CrossCheckCore

/// The parts that make extraction fast must answer exactly as what they replace: word lists read
/// from a token's bytes as the String dictionaries do, the topic kept up to date as the scan over
/// every topic did, and articles passed over only where no number can start.
@Suite("Extraction speed parts")
struct ExtractionSpeedPartsTests {
  /// `text`'s words (runs of bytes between spaces), looked up in `table` from their bytes.
  private func values<Value>(
    _ table: PackedWordTable<Value>, _ text: String, other: (String) -> Value? = { _ in nil }
  ) -> [Value?] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      var result: [Value?] = []
      var start = 0
      while start <= bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        switch table.probe(bytes, start, end) {
        case .found(let value): result.append(value)
        case .absent: result.append(nil)
        case .unpacked: result.append(other(word))
        }
        start = end + 1
      }
      return result
    } ?? []
  }

  @Test func aPackedTableFindsListedWordsInAnyCase() {
    let table = PackedWordTable(["about": 1, "than": 2, "sixteenletterwrd": 3, "<": 4])
    #expect(
      values(table, "about ABOUT About than Than sixteenletterwrd < abouts abou") == [
        1, 1, 1, 2, 2, 3, 4, nil, nil,
      ])
  }

  /// Words the table cannot pack (another script, more than 16 bytes, a NUL byte) are the
  /// caller's to look up; a NUL never makes a word pack like a shorter one.
  @Test func wordsItCannotPackAreTheCallers() {
    let table = PackedWordTable(["about": 1, "ab": 2])
    let asked = values(table, "Ábout seventeenletterword ab\u{0} about") { _ in 9 }
    #expect(asked == [9, 9, 9, 1])
    #expect(values(table, "ab\u{0}") == [nil])
  }

  /// Every listed word, in three casings, has the roles the String table gives it, and words on
  /// no list have none.
  @Test func rolesFromBytesAreTheTablesRoles() {
    var words = Array(WordRoles.table.keys)
    words += ["figure", "billion", "ukraine", "assets", "estimated", "", "x"]
    for word in words where !word.contains(" ") {
      for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
        let found = values(WordRoles.packed, written) { WordRoles.table[$0.lowercased()] }
        #expect(found == [WordRoles.table[written.lowercased()]], "\(written)")
      }
    }
  }

  /// Every word the currency look-ups accept is on the list that lets a word reach them.
  @Test func everyCurrencyWordPassesThePrefilter() {
    var words = Vocabulary.currencyCodes.keys.flatMap { [$0, "M" + $0, $0.lowercased()] }
    words += Vocabulary.currencyNames.keys.map { $0.capitalized }
    words += Vocabulary.currencyNationalities.keys.map { $0.uppercased() }
    words += Vocabulary.currencyAbbreviations.keys.filter { !$0.contains(".") } + ["P"]
    for word in words {
      #expect(values(Vocabulary.currencyWords, word) == [true], "\(word)")
    }
    #expect(values(Vocabulary.currencyWords, "people") == [nil])
  }

  /// The topic kept as heads are noted is the one the scan over every head picked: the most
  /// noted head of the kind, the latest noted among equals.
  @Test func theKeptTopicIsTheScannedTopic() {
    var generator = SystemRandomNumberGenerator()
    let heads = ["plan", "asset", "death", "troop", "vote", "loan"]
    let kinds: [FigureKind] = [.money, .count, .percent]
    var tracker = TopicTracker()
    var counts: [FigureKind: [String: (count: Int, order: Int)]] = [:]
    for order in 1...2_000 {
      let head = heads.randomElement(using: &generator)!
      let kind = kinds.randomElement(using: &generator)!
      tracker.note(head, word: head.uppercased(), kind: kind)
      counts[kind, default: [:]][head] = ((counts[kind]?[head]?.count ?? 0) + 1, order)
      for asked in kinds {
        let scanned = counts[asked]?.max {
          ($0.value.count, $0.value.order) < ($1.value.count, $1.value.order)
        }
        #expect(tracker.topic(for: asked)?.word == scanned.map { $0.key.uppercased() })
        #expect(tracker.topic(for: asked)?.stem == scanned?.key)
      }
    }
  }

  /// An article before an ordinary word starts no number and is passed over; before a number
  /// word, a hyphen or "and" it is read as before.
  @Test(arguments: [
    ("a million people were displaced", ["a million"]),
    ("a third of voters", ["a third"]),
    ("a dozen eggs and a dog", ["a dozen"]),
    ("for a third consecutive day", ["third"]),
    ("a dog, a cat and a 10-year plan", ["10-year"]),
  ])
  func articlesAreReadWhereTheyCanStartANumber(_ text: String, _ expected: [String]) {
    let found = FigureExtractor.extract(from: text, source: SourceID("t")).map(\.text)
    #expect(found == expected)
  }

  /// A sentence found once serves the later figures of the line that lie in it: for every token
  /// of every line of the labelled articles and Corpus/, in order, the sentence reused from the
  /// token before is the one found afresh.
  @Test func aReusedSentenceIsTheSentenceFoundAfresh() throws {
    var texts: [String] = [
      "He said “It fell 5%.” Then it rose (by 3.) U.S. President Joe spoke. Mr. Li won 2 to 1! Why?"
    ]
    texts += try DevsetFixtures.articleTexts()
    var reused = 0
    for text in texts {
      forEachTokenizedLine(of: text) { bytes, _, tokenizer in
        let context = ContextAnalyzer(
          recognizer: FigureRecognizer(bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared))
        var known: ContextAnalyzer.Sentence?
        for index in tokenizer.tokens.indices {
          let fresh = context.sentence(around: index, reusing: nil)
          let found = context.sentence(around: index, reusing: known)
          #expect(found == fresh)
          if found == known { reused += 1 }
          known = found
        }
      }
    }
    #expect(reused > 10_000)
  }

  /// The stem worked out on an ASCII word's bytes is the one the rules on Characters give, for
  /// every word of the labelled articles and Corpus/ and for made-up words that end in each
  /// suffix, double letters, "'s" and capitals; from a token's bytes as from its String.
  @Test func theByteStemIsTheCharacterStem() throws {
    var words: Set<String> = [
      "", "s", "'s", "es", "ies", "a's", "U.S", "u.s", "US", "Meetings", "Countries", "MET",
      "lives's", "glass", "bus", "crisis", "taxes", "churches", "wishes", "cases", "hopes",
      "stopped", "running", "fizzes", "calls", "tried", "studies", "allegedly", "agreements",
      "nations", "creation", "movement", "free", "tree", "there", "horse", "x-ray", "co-op",
    ]
    for text in try DevsetFixtures.articleTexts() {
      for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "." }) {
        words.insert(String(word))
      }
    }
    let endings = [
      "ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "es", "ed", "s",
      "e", "ss", "us", "is", "ses", "xes", "ches", "shes", "'s", "ll", "zz", "tt", "ee",
    ]
    for stem in ["", "a", "ab", "abc", "abcd", "abcde", "stop", "Plan", "ROAD"] {
      for ending in endings { words.insert(stem + ending) }
    }
    var compared = 0
    for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(Stemmer.stem(word) == Stemmer.unicodeStem(word), "\(word)")
      var bytes = word
      bytes.makeContiguousUTF8()
      let fromBytes = bytes.withUTF8 { Stemmer.asciiStem($0, 0, $0.count) }
      #expect(fromBytes == Stemmer.unicodeStem(word), "\(word)")
      compared += 1
    }
    #expect(compared > 2_000)
    // "é": not ASCII, so the Unicode way's.
    let accented: [UInt8] = [0x43, 0x61, 0x66, 0xC3, 0xA9]
    #expect(accented.withUnsafeBufferPointer { Stemmer.asciiStem($0, 0, $0.count) } == nil)
  }

  /// Where a run of letters ends, found eight bytes at a time, is where the byte-by-byte look
  /// finds it, for every byte value after runs of every length, at every alignment.
  @Test func theWordWideLetterRunIsTheByteRun() {
    var state: UInt64 = 0xD1B5_4A32_D192_ED03
    func next() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 40)
    }
    let letters = Array("abcxyzABCXYZ".utf8)
    var checked = 0
    for stop in 0...255 {
      for length in 0...17 {
        for offset in 0..<3 {
          var line = [UInt8](repeating: 0x2E, count: offset)
          for _ in 0..<length { line.append(letters[Int(next()) % letters.count]) }
          line.append(UInt8(stop))
          for _ in 0..<Int(next() % 10) { line.append(next()) }
          line.withUnsafeBufferPointer { bytes in
            var plain = offset
            while plain < bytes.count && Tokenizer.isLetter(bytes[plain]) { plain += 1 }
            let fast = Tokenizer.endOfLetters(bytes, from: offset, end: bytes.count)
            #expect(fast == plain, "\(line)")
            checked += 1
          }
        }
      }
    }
    #expect(checked == 256 * 18 * 3)
  }

  /// A line's numbers are read into the storage the line before handed back to the shared
  /// cache (``WordCache/takeMentions()``): each line still reads its own numbers only, exactly
  /// as a recognizer with a cache of its own does.
  @Test func linesSharingACacheReadOnlyTheirOwnNumbers() {
    let text = """
      Sales rose 12% to $3.5 billion, up from 40 stores and twenty-one towns in 2024.
      Nine of 10 voters, about 1,200 people, said so.
      Nothing to count here.
      It cost £45 a head, or 3 to 4 times more.
      """
    let shared = WordCache(count: 0)
    var withSharedCache: [[String]] = []
    var withOwnCache: [[String]] = []
    forEachTokenizedLine(of: text) { bytes, _, tokenizer in
      let reusing = FigureRecognizer(
        bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared, words: shared)
      withSharedCache.append(reusing.recognize().map { reusing.text($0.start, $0.end) })
      let own = FigureRecognizer(bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
      withOwnCache.append(own.recognize().map { own.text($0.start, $0.end) })
    }
    #expect(withSharedCache == withOwnCache)
    #expect(withSharedCache.count == 4)
    #expect(withSharedCache[2].isEmpty)
    #expect(withSharedCache[3].contains { $0.hasPrefix("£45") })
    #expect(!withSharedCache[1].contains { $0.contains("12%") })
  }
}
