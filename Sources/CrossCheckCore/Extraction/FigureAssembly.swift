/// An article's figures put together from those of its runs of lines, a run at a time and in
/// order: offsets shifted to count from the article's start, topics carried from figure to
/// figure, ids numbered; then the passes that look at the whole article. A load adds each run
/// as soon as it is extracted, so only the final figures are kept, not every run's as well.
struct FigureAssembly {
  let source: SourceID
  private var figures: [Figure] = []
  private var topics = TopicTracker()
  private var seriesCandidates: [Int] = []
  private var scalarsBeforeRun = 0

  init(source: SourceID) { self.source = source }

  /// Takes the run's figures: the first run's array becomes the article's, later runs' are
  /// appended; then each figure is finished where it lies, a field at a time, not copied.
  mutating func add(_ run: consuming LineRunFigures) {
    let scalarCount = run.scalarCount
    let (found, notes) = run.take()
    let first = figures.count
    if figures.isEmpty {
      figures = found
    } else {
      figures.append(contentsOf: found)
    }
    topics.reserveCapacity(forMore: notes.count)
    for (offset, note) in notes.enumerated() {
      let index = first + offset
      figures[index].start += scalarsBeforeRun
      figures[index].end += scalarsBeforeRun
      figures[index].sentenceStart += scalarsBeforeRun
      figures[index].sentenceEnd += scalarsBeforeRun
      let kind = figures[index].kind
      if let head = note.subjectHead {
        topics.note(head.stem, word: head.word, kind: kind)
      } else if figures[index].subject == nil, kind == .money || kind == .count {
        // No subject of its own: the topic of the figures before it, if any.
        if let topic = topics.topic(for: kind) {
          figures[index].subject = topic.word
          figures[index].subjectTerms = [topic.stem]
          figures[index].subjectInferred = true
          topics.note(topic.stem, word: topic.word, kind: kind)
        }
      }
      // "20-point plan": what is counted is the plan's points.
      if let unit = note.compoundUnit {
        figures[index].subject = (figures[index].subject.map { $0 + " " } ?? "") + unit.word
        if !figures[index].subjectTerms.contains(unit.stem) {
          figures[index].subjectTerms.append(unit.stem)
        }
      }
      if note.needsSeries { seriesCandidates.append(index) }
      figures[index].id = FigureID(source: source, number: index + 1)
    }
    scalarsBeforeRun += scalarCount
  }

  /// The article's figures, once every run is in. The assembly is left empty, so the figures
  /// are changed in place, not copied.
  mutating func finish() -> [Figure] {
    var result: [Figure] = []
    swap(&result, &figures)
    Self.keepRankedFirsts(&result, candidates: seriesCandidates, source: source)
    Self.resolveDegrees(&result)
    return result
  }

  /// "44 or 45 degrees" in an article that writes its other temperatures as "47.9C" are degrees
  /// Celsius; with no other temperature, or both scales, they stay ambiguous.
  private static func resolveDegrees(_ figures: inout [Figure]) {
    guard figures.contains(where: { $0.kind == .quantity && $0.unit == "degree" }) else {
      return
    }
    let scales = Set(
      figures.compactMap { $0.unit }.filter { $0 == "degC" || $0 == "degF" })
    guard scales.count == 1, let scale = scales.first else { return }
    // In place: an article's figures are not copied to change a few.
    for index in figures.indices
    where figures[index].kind == .quantity && figures[index].unit == "degree" {
      figures[index].unit = scale
      figures[index].unitIsAmbiguous = false
    }
  }

  /// "first" is a position only in a series the source counts with other ordinals too ("the
  /// first march" beside "the 12th march"); otherwise it is discourse ("the first round", "their
  /// first events") and is dropped. Ids are renumbered.
  private static func keepRankedFirsts(
    _ figures: inout [Figure], candidates: [Int], source: SourceID
  ) {
    guard !candidates.isEmpty else { return }
    // Fields read in place: a figure is never copied whole here.
    var series: Set<String> = []
    for index in figures.indices
    where figures[index].kind == .ordinal && figures[index].value != 1 {
      series.formUnion(figures[index].subjectTerms)
    }
    // Candidates are in text order, so the dropped ones are too.
    let dropped = candidates.filter { index in
      !figures[index].subjectTerms.contains(where: series.contains)
    }
    guard let firstDropped = dropped.first else { return }
    // In place: the kept figures after the first dropped one move up, each once, by a bitwise
    // swap of the buffer's elements (no copy of a figure's strings and arrays).
    var kept = firstDropped
    figures.withUnsafeMutableBufferPointer { buffer in
      var next = 0
      for index in firstDropped..<buffer.count {
        if next < dropped.count && dropped[next] == index {
          next += 1
          continue
        }
        buffer.swapAt(kept, index)
        buffer[kept].id = FigureID(source: source, number: kept + 1)
        kept += 1
      }
    }
    figures.removeLast(figures.count - kept)
  }
}
