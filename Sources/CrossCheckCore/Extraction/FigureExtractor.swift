import Foundation

/// Finds every checkable figure in a text. Runs line by line over the UTF-8 bytes with one
/// reusable token buffer, so its cost is a single pass and its memory is the figures it returns.
public enum FigureExtractor {
  /// The figures of `text`, in order, with ids `source:1`, `source:2`, ….
  public static func extract(from text: String, source: SourceID) -> [Figure] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      extract(bytes: bytes, source: source)
    } ?? []
  }

  /// The figures of `text`, whose sidecar held `metadata` (the outlet's home for its "$").
  public static func extract(from text: String, source: SourceID, metadata: SourceMetadata)
    -> [Figure]
  {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      extract(bytes: bytes, source: source, outlet: OutletHome(metadata: metadata))
    } ?? []
  }

  static func extract(
    bytes: UnsafeBufferPointer<UInt8>, source: SourceID, outlet: OutletHome = OutletHome()
  ) -> [Figure] {
    assemble(
      [figures(inLines: 0..<bytes.count, of: bytes, source: source)], source: source,
      outlet: outlet)
  }

  /// The figures of the whole lines `lines` (which ends at the end of `bytes` or just after a
  /// line feed), offsets counted from the start of `lines`. Nothing here looks beyond a line, so
  /// runs of lines can be extracted apart, on several cores; ``assemble(_:source:outlet:)``
  /// then makes the passes over the whole article, in order.
  static func figures(
    inLines lines: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, source: SourceID
  ) -> LineRunFigures {
    let lexicon = Lexicon.shared
    var tokenizer = Tokenizer()
    var found = LineRunFigures()
    var lineStart = lines.lowerBound
    var scalarsBeforeLine = 0
    // One per run of lines: runs are extracted on several cores at once.
    let words = WordCache(count: 0)
    // One per thread, for the same reason, and kept for the thread's next run.
    let stems = StemCache.ofCurrentThread
    // Under a "Related stories" heading, until a blank line or a line of prose.
    var inRelatedList = false
    // Whether a figure is an amount whose currency the home decides
    // (``FigureAssembly/needsHome(_:)``), noted as each is made: asked of the list afterwards,
    // each figure was copied whole to be asked.
    var needsHome = false
    while lineStart < lines.upperBound {
      let lineEnd = lineEnd(in: bytes, from: lineStart, before: lines.upperBound)
      let lineScalars = ScalarOffsets.count(bytes, lineStart, lineEnd)
      let isRelatedHeadline = Self.isRelatedHeadline(
        bytes, lineStart..<lineEnd, inList: &inRelatedList)
      // Most lines of prose that hold no figure are passed over at byte speed, untokenized.
      let mayHoldFigure =
        !isRelatedHeadline
        && TriggerScan.mayHoldFigure(bytes, lineStart..<lineEnd, lexicon: lexicon)
      if mayHoldFigure { tokenizer.tokenize(bytes, lineStart..<lineEnd, lexicon: lexicon) }
      let tokens = tokenizer.tokens
      if mayHoldFigure
        && (tokens.contains(where: \.isTrigger)
          || tokenizer.shapes.contains(.periodCode)
            && tokens.contains { FigureRecognizer.mayBePeriodCode($0, in: bytes) })
      {
        let recognizer = FigureRecognizer(
          bytes: bytes, tokens: tokens, lexicon: lexicon, words: words, shapes: tokenizer.shapes)
        // Each draft is moved out of the list, not copied (with its Strings retained, then
        // released) as a loop over the list, or a read of one element, would: taken from the
        // end of the reversed list, in order, with no blank left in its place to be freed.
        var drafts = recognizer.recognize()
        // The recognizer, asked first, is then the context's: a second copy of it (its lists
        // retained, then released) was made for every line, for the context or for the call.
        let context = ContextAnalyzer(recognizer: consume recognizer)
        let offsets = ScalarOffsets(
          bytes: bytes, lineStart: lineStart, lineEnd: lineEnd, scalarsBefore: scalarsBeforeLine,
          isASCII: lineScalars == lineEnd - lineStart)
        var known: ContextAnalyzer.Sentence?
        drafts.reverse()
        while let draft = drafts.popLast() {
          let located = context.sentence(around: draft.firstToken, reusing: known)
          known = located
          let sentence = located.range
          let clause = context.clause(of: draft, in: sentence)
          // A date or a clock time is a reference point, not a measurement: no subject or scope.
          let isDate = draft.kind == .date || draft.kind == .time
          let subjectTokens = isDate ? nil : context.subject(of: draft, sentence: sentence)
          // Found outside the figure's own clause: the sentence's subject.
          let inferred = subjectTokens.map { !$0.allSatisfy { clause.contains($0) } } ?? false
          // A number too large for exact arithmetic keeps its text and says so; never NaN.
          // (Each value asked in turn: a list of them would be an allocation per figure.)
          let outOfRange =
            draft.outOfRange || draft.value?.isNaN == true || draft.low?.isNaN == true
            || draft.high?.isNaN == true || draft.components?.contains(where: \.isNaN) == true
          let notes = FigureNotes(
            subjectHead: subjectTokens?.last.map { head in
              let word = context.recognizer.lower(head)
              return (word, stem(context.recognizer, head, stems: stems))
            },
            compoundUnit: draft.compoundUnit.map { unit in
              (unit, stems.stem(of: unit) { Stemmer.stem(unit) })
            },
            needsSeries: draft.needsSeries,
            pointsBack: subjectTokens == nil
              && context.recognizer.pointsBack(after: draft.lastToken))
          if FigureAssembly.needsHome(kind: draft.kind, unitIsAmbiguous: draft.unitIsAmbiguous) {
            needsHome = true
          }
          let scope = isDate ? [] : context.scope(of: draft, clause: clause)
          // Made inside the call that appends it: a figure bound to a name first was copied
          // whole into the list and the original then freed. The draft, read until here as a
          // constant (passed where it is, not copied), is then owned: its Strings are moved into
          // the figure (``Optional/take()``), not copied and then released with the draft.
          var owned = consume draft
          var rare = owned.rareParts.take()
          found.append(
            Figure(
              id: FigureID(source: source, number: found.figures.count + 1), kind: owned.kind,
              value: outOfRange ? nil : owned.value, low: outOfRange ? nil : owned.low,
              lowInclusive: outOfRange ? nil : owned.lowInclusive,
              high: outOfRange ? nil : owned.high,
              highInclusive: outOfRange ? nil : owned.highInclusive,
              components: outOfRange ? nil : rare?.components.take(), unit: owned.unit.take(),
              unitIsAmbiguous: owned.unitIsAmbiguous, qualifier: owned.qualifier,
              hedge: owned.hedge.take(),
              scale: owned.scale.take(), date: rare?.date.take(),
              text: context.recognizer.text(owned.start, owned.end),
              start: offsets.scalar(at: owned.start), end: offsets.scalar(at: owned.end),
              sentenceStart: offsets.scalar(at: tokens[sentence.lowerBound].start),
              sentenceEnd: offsets.scalar(at: tokens[sentence.upperBound].end),
              subject: subjectTokens.map { phrase(context.recognizer, $0) },
              subjectTerms: subjectTokens.map { subjectTerms(context.recognizer, $0, stems: stems) }
                ?? [],
              scope: scope,
              time: rare?.time.take(), zone: rare?.zone.take(), valueOutOfRange: outOfRange,
              subjectInferred: inferred), notes: notes)
        }
      }
      // The line feed, if the run holds it, is one code point more.
      scalarsBeforeLine += lineScalars + (lineEnd < lines.upperBound ? 1 : 0)
      lineStart = lineEnd + 1
    }
    found.scalarCount = scalarsBeforeLine
    // Where a story is from shows in its opening: only those bytes are tallied, so a long
    // text costs no more than a short one, and by the run that starts the text, so the tally
    // is the same however the text is cut. A run that is the whole text knows its figures: it
    // tallies only when one is an amount whose currency the home decides
    // (``FigureAssembly/needsHome(_:)``). The first run of a longer text cannot know the runs
    // after it, so it searches the text's bytes for the words such an amount needs instead.
    let isWholeText = lines == 0..<bytes.count
    if lines.lowerBound == 0,
      isWholeText
        ? needsHome : mayNameHomeCurrency(bytes)
    {
      found.places = PlaceTally(lines: 0..<min(bytes.count, PlaceTally.openingBytes), of: bytes)
    }
    return found
  }

  /// Whether the line is another article's headline under a "Related stories" heading (see
  /// ``RelatedStoryLists``); `inList` says whether the lines before it opened such a list.
  private static func isRelatedHeadline(
    _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, inList: inout Bool
  ) -> Bool {
    if inList {
      if RelatedStoryLists.isHeadline(bytes, line) { return true }
      inList = false
      return false
    }
    // A heading is a short line: most lines are passed over by their length.
    if line.count <= 34, RelatedStoryLists.isHeading(bytes, line) { inList = true }
    return false
  }

  /// Whether the text holds a "$", the words of a dollar without its country ("dollar",
  /// "cents"; see ``Vocabulary/bareDollarWords``), a name several countries share
  /// ("shillings", "rupees", "pesos"; see ``Vocabulary/homeNamedCurrencies``) or a letter sign
  /// before a digit ("R370"; see ``Vocabulary/homeLetterSigns``), found by the C library's byte
  /// search.
  private static func mayNameHomeCurrency(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    if memchr(base, 0x24, bytes.count) != nil { return true }
    return contains("dollar", in: bytes) || contains("cents", in: bytes)
      // "Shillings" and "shillings", "Rupees" and "rupees".
      || contains("hilling", in: bytes) || contains("upee", in: bytes)
      || contains("peso", in: bytes) || contains("Peso", in: bytes)
      || Vocabulary.homeLetterSigns.keys.contains { contains($0, in: bytes, beforeDigit: true) }
  }

  /// Whether `word` (ASCII, case as written) occurs in `bytes`, with a digit after it if
  /// `beforeDigit`.
  private static func contains(
    _ word: String, in bytes: UnsafeBufferPointer<UInt8>, beforeDigit: Bool = false
  ) -> Bool {
    let needle = Array(word.utf8)
    let length = needle.count + (beforeDigit ? 1 : 0)
    guard let base = bytes.baseAddress, length <= bytes.count else { return false }
    let lastStart = bytes.count - length
    var start = 0
    while start <= lastStart,
      let found = memchr(base + start, Int32(needle[0]), lastStart - start + 1)
    {
      let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
      if needle.indices.allSatisfy({ bytes[at + $0] == needle[$0] }),
        !beforeDigit || (0x30...0x39).contains(bytes[at + needle.count])
      {
        return true
      }
      start = at + 1
    }
    return false
  }

  /// Where the line starting at `start` ends: its line feed, or `limit`. The C library's search
  /// reads many bytes at a time, and every byte of the text passes through here.
  private static func lineEnd(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int
  ) -> Int {
    guard start < limit, let base = bytes.baseAddress,
      let found = memchr(base + start, 0x0A, limit - start)
    else { return limit }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  /// The figures of an article from those of its runs of lines, in order (see
  /// ``FigureAssembly``).
  static func assemble(
    _ runs: consuming [LineRunFigures], source: SourceID, outlet: OutletHome = OutletHome()
  ) -> [Figure] {
    var assembly = FigureAssembly(source: source, outlet: outlet)
    var runs = runs
    // Each run out of the array, so that its figures are moved into the assembly, not copied.
    for index in runs.indices {
      var run = LineRunFigures()
      swap(&run, &runs[index])
      assembly.add(run)
    }
    return assembly.finish()
  }

  /// The words of a subject as written: contiguous tokens keep their punctuation ("Russia’s").
  /// Most subjects are one run of tokens: their text is the phrase, with no list of parts.
  private static func phrase(_ recognizer: FigureRecognizer, _ indices: [Int]) -> String {
    let tokens = recognizer.tokens
    var result: String?
    var runStart = indices[0]
    var previous = indices[0]
    for position in 1...indices.count {
      let index = position < indices.count ? indices[position] : Int.max
      if index != previous + 1 || index == Int.max {
        let part = recognizer.text(tokens[runStart].start, tokens[previous].end)
        if result == nil {
          result = part
        } else {
          result?.append(" ")
          result?.append(part)
        }
        runStart = index
      }
      previous = index
    }
    return result ?? ""
  }

  private static func subjectTerms(
    _ recognizer: FigureRecognizer, _ indices: [Int], stems: StemCache
  ) -> [String] {
    var result: [String] = []
    result.reserveCapacity(indices.count)
    for index in indices where recognizer.tokens[index].kind == .word {
      guard !recognizer.roles(index).contains(.stopWord) else { continue }
      let token = recognizer.tokens[index]
      // An ASCII word of two bytes or more has two characters or more; no String is made for
      // its lower-cased form.
      let isASCII = Stemmer.isASCIIWord(recognizer.bytes, token.start, token.end)
      if isASCII {
        guard token.end - token.start > 1 else { continue }
      } else {
        guard recognizer.lower(index).count > 1 else { continue }
      }
      let stem = stem(recognizer, index, stems: stems)
      if !result.contains(stem) { result.append(stem) }
    }
    return result
  }

  /// The stem of word token `index`, from the run's cache (keyed by the token's bytes, of which
  /// the stem is a function) or else made: on the bytes for an ASCII word, on its lower-cased
  /// String for any other.
  private static func stem(
    _ recognizer: FigureRecognizer, _ index: Int, stems: StemCache
  ) -> String {
    let token = recognizer.tokens[index]
    return stems.stem(recognizer.bytes, token.start, token.end) {
      Stemmer.asciiStem(recognizer.bytes, token.start, token.end)
        ?? Stemmer.stem(recognizer.lower(index))
    }
  }
}

/// Byte offsets to Unicode code point offsets, counted from the start of a line.
///
/// A line longer than a block (a paragraph, or a whole article without line breaks) gets a
/// table of code point counts every ``blockSize`` bytes, made in one pass, so each lookup counts
/// at most one block: the cost of every lookup on a line is bounded, and a line's figures cost
/// linear time, not quadratic. The blocks are short because each figure looks up four offsets.
struct ScalarOffsets {
  static let blockSize = 128

  let bytes: UnsafeBufferPointer<UInt8>
  let lineStart: Int
  let scalarsBefore: Int
  /// `checkpoints[k]`: code points in `bytes[lineStart..<lineStart + k * blockSize]`; empty
  /// for a line shorter than one block.
  private let checkpoints: [Int]

  /// Whether the line is all ASCII: then a code point is a byte, and nothing is counted.
  let isASCII: Bool

  init(
    bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, scalarsBefore: Int,
    isASCII: Bool = false
  ) {
    self.bytes = bytes
    self.lineStart = lineStart
    self.scalarsBefore = scalarsBefore
    self.isASCII = isASCII
    var checkpoints: [Int] = []
    if !isASCII && lineEnd - lineStart > Self.blockSize {
      checkpoints.reserveCapacity((lineEnd - lineStart) / Self.blockSize + 1)
      var count = 0
      var start = lineStart
      checkpoints.append(0)
      while start + Self.blockSize <= lineEnd {
        count += Self.count(bytes, start, start + Self.blockSize)
        checkpoints.append(count)
        start += Self.blockSize
      }
    }
    self.checkpoints = checkpoints
  }

  func scalar(at byte: Int) -> Int {
    if isASCII { return scalarsBefore + byte - lineStart }
    guard !checkpoints.isEmpty else {
      return scalarsBefore + ScalarOffsets.count(bytes, lineStart, byte)
    }
    let block = min((byte - lineStart) / Self.blockSize, checkpoints.count - 1)
    let blockStart = lineStart + block * Self.blockSize
    return scalarsBefore + checkpoints[block] + ScalarOffsets.count(bytes, blockStart, byte)
  }

  /// Code points in `bytes[start..<end]`: every byte that does not continue a sequence.
  static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    var count = 0
    var index = start
    // Thirty-two bytes at a time while they are all ASCII (most of an English article): one
    // test for four words.
    while index + 32 <= end {
      let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
      let third = raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
      let fourth = raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
      count += 32
      if (first | second | third | fourth) & 0x8080_8080_8080_8080 != 0 {
        count -= continuations(first, second, third, fourth)
      }
      index += 32
    }
    // Eight bytes at a time: all ASCII counts eight at once.
    while index + 8 <= end {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      count += 8
      if word & 0x8080_8080_8080_8080 != 0 { count -= continuations(word, 0, 0, 0) }
      index += 8
    }
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// How many of the bytes of four words continue a multi-byte sequence (top bits 10). Each
  /// word's continuation bytes are marked 1 in their byte and the four added lane by lane (at
  /// most 4 a lane); a multiply then sums the lanes into the top byte: no bit count, which is a
  /// dozen instructions a word on this target.
  @inline(__always)
  static func continuations(_ first: UInt64, _ second: UInt64, _ third: UInt64, _ fourth: UInt64)
    -> Int
  {
    @inline(__always) func marks(_ word: UInt64) -> UInt64 {
      (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
    }
    let lanes = marks(first) + marks(second) + marks(third) + marks(fourth)
    return Int((lanes &* 0x0101_0101_0101_0101) >> 56)
  }

}
