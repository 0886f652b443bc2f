import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The tokenizer's and the trigger scan's fast parts answer as the plain forms they replace: the
/// token buffer as an array grown a token at a time, the scan's run of words parted by one space
/// as its byte-by-byte loop, the thread's stem cache as a cache of the run's own.
@Suite("Tokenizer speed parts")
struct TokenizerSpeedPartsTests {
  /// What a token says, apart from where it is: equal for the same words wherever they stand.
  private struct Shape: Equatable, CustomStringConvertible {
    var kind: Token.Kind
    var text: String
    var suffix: String
    var spaceBefore: Bool
    var lexeme: Int32
    var scalar: UInt32
    var isTrigger: Bool
    var isCapitalized: Bool
    var head: UInt8

    init(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) {
      kind = token.kind
      text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      suffix = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[token.suffixStart..<token.end]), as: UTF8.self
      )
      spaceBefore = token.spaceBefore
      lexeme = token.lexeme
      scalar = token.scalar
      isTrigger = token.isTrigger
      isCapitalized = token.isCapitalized
      head = token.head
    }

    var description: String { "\(kind) \(text) space:\(spaceBefore) trigger:\(isTrigger)" }
  }

  /// The shapes of the tokens of each line of `text`.
  private func shapes(_ text: String) -> [[Shape]] {
    var result: [[Shape]] = []
    forEachTokenizedLine(of: text) { bytes, _, tokenizer in
      result.append(tokenizer.tokens.map { Shape($0, bytes) })
    }
    return result
  }

  /// The fixture articles, Corpus/ and lines of every kind of token.
  private func texts() throws -> [String] {
    [
      "It lasted about a year and an hour-long wait, a week’s pay, USD3.14 and Rs 20.",
      "The U.S. and the U.K. met at 5 a.m. Thursday; ½ of them—three—left \u{1B}[1mone.",
      "Naïve hopes 日本 😀 cost €5bn, 10k, 7th, 1990s and two-thirds of a million.",
    ] + (try DevsetFixtures.articleTexts())
  }

  /// Words parted by one space tokenize as the same words parted by two: the same tokens, only
  /// further apart, whether the buffer's tokens are written close together or not.
  @Test func wordsPartedByOneOrTwoSpacesAreTheSameTokens() throws {
    var lines = 0
    for text in try texts() {
      let spread = text.replacingOccurrences(of: " ", with: "  ")
      let plain = shapes(spread)
      let fast = shapes(text)
      #expect(fast.count == plain.count)
      for (fastLine, plainLine) in zip(fast, plain) {
        #expect(fastLine == plainLine)
        lines += 1
      }
    }
    #expect(lines > 500)
  }

  /// A word of ASCII letters that a space, a mark or the line's end closes is made without the
  /// checks for what may go on with a word; a word that a dot or an apostrophe before a letter,
  /// a digit or another script's letter continues is read whole, as before, and a number word
  /// still says whether it makes a figure.
  @Test func aWordClosedByAMarkIsReadAsTheGeneralScanReadsIt() {
    let cases: [(String, [String])] = [
      ("The U.S. and the U.K. met.", ["The", "U.S", ".", "and", "the", "U.K", ".", "met", "."]),
      (
        "Russia's Russia’s it's' e.g. 5 a.m. end.",
        [
          "Russia's", "Russia’s", "it's", "'", "e.g", ".", "5", "a.m", ".", "end", ".",
        ]
      ),
      ("Rs20 USD3.14 abc1 Q3 don'", ["Rs", "20", "USD", "3.14", "abc1", "Q3", "don", "'"]),
      (
        "word,word;word—word Naïve x.y x.",
        [
          "word", ",", "word", ";", "word", "—", "word", "Naïve", "x.y", "x", ".",
        ]
      ),
    ]
    for (line, expected) in cases {
      var texts: [String] = []
      forEachTokenizedLine(of: line) { bytes, _, tokenizer in
        texts += tokenizer.tokens.map {
          String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self)
        }
      }
      #expect(texts == expected, "\(line)")
    }
    // What a number word or a unit means is still read for a word the fast way makes.
    forEachTokenizedLine(of: "about a year, an hour-long wait, years; three, Q3 a mile") {
      bytes, _, tokenizer in
      let triggers = tokenizer.tokens.filter(\.isTrigger).map {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self)
      }
      #expect(triggers == ["year", "hour", "three", "mile"])
      #expect(tokenizer.shapes == [.timeUnit, .lengthUnit, .periodCode])
    }
  }

  /// A line of many more tokens than the buffer first holds, after and before short lines: the
  /// buffer grows, keeps every token, and leaves nothing of one line in the next.
  @Test func aLongLineGrowsTheBufferAndShortLinesStayTheirOwn() {
    let sentence = "Three people, or 12%, left at 5 a.m. — about a year later."
    let single = shapes(sentence)[0]
    let long = Array(repeating: sentence, count: 300).joined(separator: " ")
    let text = [sentence, long, sentence, "", "x", sentence].joined(separator: "\n")
    let lines = shapes(text)
    #expect(lines.count == 6)
    #expect(lines[0] == single)
    #expect(lines[1].count == single.count * 300)
    for copy in 0..<300 {
      var expected = single
      if copy > 0 { expected[0].spaceBefore = true }
      #expect(Array(lines[1][copy * single.count..<(copy + 1) * single.count]) == expected)
    }
    #expect(lines[2] == single)
    #expect(lines[3].isEmpty)
    #expect(lines[4].map(\.text) == ["x"])
    #expect(lines[5] == single)
  }

  /// The trigger scan before reading a word after word: a byte at a time, every non-letter asked
  /// of the table. The plain form of ``TriggerScan/mayHoldFigure(_:_:lexicon:)``'s word scan.
  private func plainHoldsTriggerWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Bool
  {
    let lexicon = Lexicon.shared
    // A digit or ESC anywhere, even inside a broken sequence, is asked about first.
    if bytes[range].contains(where: { Tokenizer.isDigit($0) || $0 == 0x1B }) { return true }
    var index = range.lowerBound
    let end = range.upperBound
    var previousWordIsArticle = false
    while index < end {
      let byte = bytes[index]
      if Tokenizer.isDigit(byte) || byte == 0x1B { return true }
      if Tokenizer.isLetter(byte) {
        let wordEnd = Tokenizer.endOfLetters(bytes, from: index + 1, end: end)
        let lexeme = lexicon.lookup(bytes, index, wordEnd)
        if lexeme >= 0 {
          if lexicon.triggers[Int(lexeme)] { return true }
          if lexicon.entries[Int(lexeme)] == .timeUnit
            && (previousWordIsArticle || Tokenizer.isLongSuffix(bytes, at: wordEnd, end: end))
          {
            return true
          }
        }
        previousWordIsArticle = lexeme >= 0 && lexicon.entries[Int(lexeme)] == .article
        index = wordEnd
      } else if byte >= 0xC0 {
        let (scalar, length) = Tokenizer.decode(bytes, at: index, end: end)
        if Tokenizer.vulgarFraction(scalar) != nil { return true }
        index += length
      } else {
        index += 1
      }
    }
    return false
  }

  /// Random lines of words with and without meaning for the scan (number words, articles, time
  /// units, "-long"), one or more spaces, punctuation, other scripts, fractions and broken
  /// UTF-8: the scan answers as its plain form, on every line.
  @Test func theWordAfterWordScanIsTheByteLoop() {
    var generator = SplitMix64(seed: 15)
    let pieces = [
      "the", "The", "said", "a", "an", "A", "year", "hours", "-long", "long", "one", "Twenty",
      "first", "half", "point", "minus", "million", "bn", " ", " ", " ", " ", "  ", ",", ".",
      "’", "é", "日本", "½", "—", "\u{A0}", "x", "Q", "\u{E2}", "\u{C2}", "7", "\u{1B}",
    ]
    var yes = 0
    var no = 0
    for _ in 0..<3000 {
      var line = ""
      for _ in 0..<Int(generator.next() % 14) { line += generator.pick(pieces) }
      var bytes = Array(line.utf8)
      // A lead byte with its sequence cut short, now and then: files from elsewhere are hostile.
      if !bytes.isEmpty, generator.next() % 5 == 0 {
        bytes.insert(0xE2, at: Int(generator.next() % UInt64(bytes.count)))
      }
      bytes.withUnsafeBufferPointer { buffer in
        let plain = plainHoldsTriggerWord(buffer, 0..<buffer.count)
        #expect(
          TriggerScan.mayHoldFigure(buffer, 0..<buffer.count, lexicon: .shared) == plain,
          "\(bytes)")
        if plain { yes += 1 } else { no += 1 }
      }
    }
    #expect(yes > 300 && no > 300)
  }

  /// Scalars of two, three and four bytes before, between and after vulgar fractions of both
  /// lead bytes (C2 and E2 85), and look-alikes with those lead bytes that are no fraction ("»",
  /// "Ⅰ", "↉"), whole or cut short at the line's end: the scan, which passes over most lead
  /// bytes undecoded, answers as its plain form, and finds every fraction.
  @Test func leadBytesPassedOverUndecodedAreTheByteLoop() {
    let others = ["", "’", "“", "—", "é", "»", "Ⅰ", "↉", "日本", "😀", "\u{A0}", "\u{2212}", " "]
    let fractions = ["¼", "½", "¾", "⅐", "⅔", "⅞"]
    var lines = 0
    for before in others {
      for after in others {
        for fraction in fractions + [""] {
          let line = Array((before + fraction + after).utf8)
          // Whole, and with its last scalar cut short (and a stray lead byte at the end).
          for bytes in [line, Array(line.dropLast()), line + [0xE2], line + [0xE2, 0x85]] {
            bytes.withUnsafeBufferPointer { buffer in
              let plain = plainHoldsTriggerWord(buffer, 0..<buffer.count)
              #expect(
                TriggerScan.mayHoldFigure(buffer, 0..<buffer.count, lexicon: .shared) == plain,
                "\(bytes)")
              if bytes == line { #expect(plain == !fraction.isEmpty, "\(bytes)") }
            }
            lines += 1
          }
        }
      }
    }
    #expect(lines == 13 * 13 * 7 * 4)
  }

  /// A line's tokens kept while the next line is tokenized stay that line's, and the next line's
  /// tokens are its own alone, whether it is longer or shorter: the tokenizer writes each line
  /// into the array it kept, not into one still held.
  @Test func heldTokensStayTheirLinesWhenTheArrayIsReused() {
    let lines = [
      "Three people, or 12%, left at 5 a.m. — about a year later.", "x", "",
      Array(repeating: "It cost €5bn and 7 more.", count: 40).joined(separator: " "), "Two.",
    ]
    let expected = lines.map { shapes($0).first ?? [] }
    let text = lines.joined(separator: "\n")
    var copy = text
    copy.makeContiguousUTF8()
    _ = copy.utf8.withContiguousStorageIfAvailable { bytes in
      var tokenizer = Tokenizer()
      var start = 0
      // Every other line's tokens are kept: the lines after the others reuse the array.
      var held: [Int: [Token]] = [:]
      for (index, line) in lines.enumerated() {
        let end = start + line.utf8.count
        tokenizer.tokenize(bytes, start..<end, lexicon: .shared)
        #expect(tokenizer.tokens.map { Shape($0, bytes) } == expected[index], "\(line)")
        if index.isMultiple(of: 2) { held[index] = tokenizer.tokens }
        start = end + 1
      }
      #expect(held.count == 3)
      for (index, tokens) in held {
        #expect(tokens.map { Shape($0, bytes) } == expected[index], "\(lines[index])")
      }
    }
  }

  /// The cache a thread keeps from run to run: the same cache on the same thread, another on
  /// another thread, and the figures of a text the same whether its words were stemmed before
  /// (a warm cache, on this thread) or not (a new thread's cache).
  @Test func aThreadsStemCacheIsItsOwnAndChangesNoFigure() throws {
    #expect(StemCache.ofCurrentThread === StemCache.ofCurrentThread)
    let text = try texts().joined(separator: "\n")
    let first = FigureExtractor.extract(from: text, source: SourceID("a"))
    let again = FigureExtractor.extract(from: text, source: SourceID("a"))
    let here = ObjectIdentifier(StemCache.ofCurrentThread)
    let result = OtherThread.run {
      (
        FigureExtractor.extract(from: text, source: SourceID("a")),
        ObjectIdentifier(StemCache.ofCurrentThread)
      )
    }
    #expect(!first.isEmpty)
    #expect(again == first)
    #expect(result.0 == first)
    #expect(result.1 != here)
  }
}

/// Runs work on a thread of its own and waits for it.
private enum OtherThread {
  private final class Box<Value>: @unchecked Sendable {
    var value: Value?
  }

  static func run<Value>(_ work: @escaping @Sendable () -> Value) -> Value {
    let box = Box<Value>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = work()
      done.signal()
    }
    thread.start()
    done.wait()
    return box.value!
  }
}
