import Foundation
import Testing

@testable import CrossCheckCore

/// The parts that make the context of figures cheap must answer exactly as the plain forms: a
/// stem found again in the run's cache is the stemmer's, and a sentence end told from a word's
/// bytes is the one told from its lower-cased String.
@Suite("Context speed parts")
struct ContextSpeedPartsTests {
  /// Texts with every kind of word: the labelled articles, Corpus/, and made-up lines with other
  /// scripts, capitals, abbreviations and initials.
  private func texts() throws -> [String] {
    [
      "Mr. Li met Dr. Ávila at 5 p.m. in the U.S. President Joe Biden spoke. U.K. Ministers met.",
      "É. Durand and J. Smith paid €5. ÉTATS-UNIS and Países. The Co. Ltd. owed ＭＲ. X 3.",
      "KÖLN’s 4 Straßen e.g. 5 i.e. 6 etc. 7 approx. 8 pp. 9 Fig. 10 NO. 11 u.s. 12 U.k. 13",
      "ΑΘΗΝΑ. Σ. Παπάς 12 Ü. Talks, talks, TALKS and summits: 3 meetings, 4 negotiations.",
    ] + (try DevsetFixtures.articleTexts())
  }

  /// Every word of the texts, stemmed through one cache twice over: each time the stem is the
  /// one the rules on Characters give, and the second pass finds every word in the cache.
  @Test func aCachedStemIsThePlainStem() throws {
    let cache = StemCache()
    var distinct: Set<[UInt8]> = []
    var made = 0
    var looked = 0
    for pass in 1...2 {
      for text in try texts() {
        forEachTokenizedLine(of: text) { bytes, _, tokenizer in
          for token in tokenizer.tokens where token.kind == .word {
            let slice = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
            let word = String(decoding: slice, as: UTF8.self)
            let cached = cache.stem(bytes, token.start, token.end) {
              made += 1
              return Stemmer.stem(word.lowercased())
            }
            #expect(cached == Stemmer.unicodeStem(word), "\(word)")
            distinct.insert(Array(slice))
            looked += 1
          }
        }
      }
      // Each distinct word was stemmed by the rules once, in the first pass; none in the second.
      #expect(made == distinct.count, "pass \(pass)")
    }
    #expect(cache.count == distinct.count)
    #expect(distinct.count > 3_000)
    #expect(looked > 4 * distinct.count)
  }

  /// A word with a closing "’s" ("Russia’s", common in subjects) is stemmed on its bytes as
  /// the rules on Characters stem it, for every word of the texts; a word with any other
  /// non-ASCII byte is left to the rules.
  @Test func aPossessiveStemFromBytesIsTheCharacterStem() throws {
    var words: Set<String> = ["’s", "’S", "'s’s", "’s’s", "u.s’s", "É’s", "Meetings’S", "lives’s"]
    for text in try texts() {
      for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "." }) {
        words.insert(String(word))
        words.insert(word + "’s")
        words.insert(word + "’S")
      }
    }
    var fromBytes = 0
    for word in words {
      var bytes = word
      bytes.makeContiguousUTF8()
      let stem = bytes.withUTF8 { Stemmer.asciiStem($0, 0, $0.count) }
      let prefix = word.utf8.dropLast(4)
      let expected =
        prefix.allSatisfy { $0 < 0x80 } && (word.hasSuffix("’s") || word.hasSuffix("’S"))
      if word.utf8.allSatisfy({ $0 < 0x80 }) || expected {
        #expect(stem == Stemmer.unicodeStem(word), "\(word)")
        fromBytes += 1
      } else {
        #expect(stem == nil, "\(word)")
      }
      #expect(Stemmer.stem(word) == Stemmer.unicodeStem(word), "\(word)")
    }
    #expect(fromBytes > 5_000)
  }

  /// A String is found by its UTF-8 bytes, as a token's bytes are.
  @Test func aStringAndItsBytesShareAnEntry() {
    let cache = StemCache()
    let word = "Negotiations"
    var made = 0
    let first = cache.stem(of: word) {
      made += 1
      return Stemmer.stem(word)
    }
    var bytes = word
    bytes.makeContiguousUTF8()
    let second = bytes.withUTF8 { buffer in
      cache.stem(buffer, 0, buffer.count) {
        made += 1
        return "other"
      }
    }
    #expect(first == "meet" && second == "meet" && made == 1)
  }

  /// More distinct words than the cache keeps: it starts again, and every stem is still right.
  @Test func aFullCacheStartsAgainAndStaysRight() {
    let cache = StemCache()
    var words: [String] = []
    for number in 0..<70_000 {
      var word = ""
      var rest = number
      repeat {
        word.append(Character(UnicodeScalar(UInt8(0x61 + rest % 26))))
        rest /= 26
      } while rest > 0
      words.append(word + ["s", "ing", "ed", "ations", ""][number % 5])
    }
    for word in words + words.prefix(1_000) {
      #expect(cache.stem(of: word) { Stemmer.stem(word) } == Stemmer.unicodeStem(word))
    }
    #expect(cache.count <= 1 << 16)
    #expect(cache.count > 1_000)
  }

  /// A place after "in" is told on an ASCII word's bytes as on its String: a possessive or a
  /// demonym before a noun is no place; another script's words keep the String rules. (The
  /// scopes are those the String rules gave before the byte way.)
  @Test func placesFromBytesAreThePlacesTheStringsGave() {
    let text = """
      Prices rose 5% in Belgium last year.
      They froze €210 billion in Russian assets.
      Output fell 3% in Europe’s factories.
      Sales rose 4% in Britain's shops and 2% in Spanish towns.
      Exports grew 7% in China, and 6% in French regions in February 2025.
      Turnover rose 9% in ÉIRE last week and 8% in Québécois homes.
      """
    let scopes = FigureExtractor.extract(from: text, source: SourceID("t")).map {
      "\($0.text): \($0.scope.joined(separator: ", "))"
    }
    #expect(
      scopes == [
        "5%: in Belgium, last year", "€210 billion: ", "3%: ", "4%: ", "2%: ", "7%: in China",
        "6%: in February 2025", "February 2025: ", "9%: last week", "8%: last week, in Québécois",
      ])
  }

  /// Whether a sentence ends at a token, told from the bytes of the word before a full stop, is
  /// what the rule on the word's lower-cased String tells, for every token of the texts.
  @Test func aSentenceEndFromBytesIsTheStringRule() throws {
    var ends = 0
    var abbreviations = 0
    for text in try texts() {
      forEachTokenizedLine(of: text) { bytes, _, tokenizer in
        let recognizer = FigureRecognizer(bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
        let context = ContextAnalyzer(recognizer: recognizer)
        for index in tokenizer.tokens.indices {
          let plain = plainEndsSentence(recognizer, at: index)
          #expect(context.endsSentence(at: index) == plain)
          if plain { ends += 1 }
          if !plain, tokenizer.tokens[index].scalar == 0x2E { abbreviations += 1 }
        }
      }
    }
    #expect(ends > 500)
    #expect(abbreviations > 50)
  }

  /// The sentence-end rule as it was written on Strings.
  private func plainEndsSentence(_ recognizer: FigureRecognizer, at index: Int) -> Bool {
    let tokens = recognizer.tokens
    let token = tokens[index]
    guard token.kind == .punctuation,
      token.scalar == 0x2E || token.scalar == 0x3F || token.scalar == 0x21
    else { return false }
    if token.scalar == 0x2E, index > 0, tokens[index - 1].kind == .word, !token.spaceBefore {
      let word = recognizer.lower(index - 1)
      if ContextAnalyzer.abbreviations.contains(word) { return false }
      if word.count == 1, tokens[index - 1].isCapitalized { return false }
    }
    var next = index + 1
    while next < tokens.count, tokens[next].kind == .punctuation, !tokens[next].spaceBefore,
      [0x22, 0x27, 0x201D, 0x2019, 0x29].contains(tokens[next].scalar)
    {
      next += 1
    }
    guard next < tokens.count else { return true }
    let following = tokens[next]
    if token.scalar == 0x2E, index > 0, ["a.m", "p.m"].contains(recognizer.lower(index - 1)),
      following.kind == .word
    {
      let word = recognizer.text(following.start, following.end)
      if ContextAnalyzer.weekdays.contains(word.lowercased())
        || Vocabulary.months[word.lowercased()] != nil || Vocabulary.timeZones.contains(word)
      {
        return false
      }
    }
    if token.scalar == 0x2E, index > 0,
      recognizer.lower(index - 1) == "u.s" || recognizer.lower(index - 1) == "u.k"
    {
      return following.isCapitalized && following.kind == .word
        && ![
          "President", "Secretary", "Treasury", "Congress", "Army", "Navy", "Senate", "House",
          "Embassy", "Ambassador", "Envoy", "Envoys",
        ].contains(recognizer.text(following.start, following.end))
    }
    return following.spaceBefore
      && (following.isCapitalized || following.kind == .number || following.kind == .punctuation)
  }
}
