import ArgumentParser
import CrossCheckCore
import CrossCheckShell
import CrossCheckTestSupport
import Foundation

/// Release-build benchmarks of the engine on generated corpora:
/// `swift run -c release crosscheck-benchmark extraction --megabytes 300`.
@main
struct CrossCheckBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crosscheck-benchmark",
    abstract: "Measure CrossCheck's engine on large generated corpora (build with -c release).",
    subcommands: [
      ExtractionBenchmark.self, LoadBenchmark.self, PairFeaturesCommand.self, ScanBenchmark.self,
      SessionBenchmark.self,
    ])
}

/// Extraction throughput and peak memory on news-like text made by varying Corpus/.
struct ExtractionBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extraction",
    abstract:
      "Extract figures from MEGABYTES of generated articles on one core; report MB/s and peak memory."
  )

  @Option(help: "How much text to generate, in MB (10^6 bytes).")
  var megabytes = 300

  @Option(help: "The folder of seed articles.")
  var corpus = "Corpus"

  @Option(help: "How many times to extract everything; the median run is reported.")
  var repetitions = 3

  func run() throws {
    let seeds = try BenchmarkSupport.seeds(corpus)
    let articles = CorpusGenerator(seeds: seeds.sources.map(\.text)).articles(
      totalBytes: megabytes * 1_000_000)
    let bytes = articles.reduce(0) { $0 + $1.utf8.count }
    let baseline = PeakMemory.residentBytes()
    print(
      "generated \(articles.count) articles, \(format(bytes)) of text; resident before extraction \(format(baseline))"
    )

    let clock = ContinuousClock()
    var runs: [Double] = []
    var count = 0
    for run in 1...max(1, repetitions) {
      // Each run keeps all its figures, as a session does, so peak memory is realistic.
      var figures: [[Figure]] = []
      figures.reserveCapacity(articles.count)
      let elapsed = clock.measure {
        for (index, article) in articles.enumerated() {
          figures.append(FigureExtractor.extract(from: article, source: SourceID("a\(index)")))
        }
      }
      let seconds = elapsed.inSeconds
      count = figures.reduce(0) { $0 + $1.count }
      runs.append(seconds)
      print(
        String(
          format: "run %d: %d figures in %.2f s, %.1f MB/s", run, count, seconds,
          Double(bytes) / 1e6 / seconds))
    }
    let median = BenchmarkSupport.median(runs)
    let peak = PeakMemory.peakBytes()
    print(
      String(
        format: "median: %.1f MB/s on one core, %d figures from %@ of text",
        Double(bytes) / 1e6 / median,
        count, format(bytes)))
    print(
      String(
        format: "peak resident memory %@ = %.2f × the text size (%@ before extraction)",
        format(peak), Double(peak) / Double(bytes), format(baseline)))
  }

  private func format(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}

/// `scan` over many generated articles: time and memory.
struct ScanBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract:
      "Scan ARTICLES generated articles for candidate discrepancies; report time and memory.")

  @Option(help: "How many articles to generate.")
  var articles = 10_000

  @Option(help: "The folder of seed articles.")
  var corpus = "Corpus"

  @Option(help: "How many times to scan; the median run is reported.")
  var repetitions = 3

  func run() throws {
    let seeds = try BenchmarkSupport.seeds(corpus)
    let generator = CorpusGenerator(seeds: seeds.sources.map(\.text))
    let texts = generator.articles(count: articles)
    let dates = seeds.sources.map { $0.metadata.date ?? "2025-12-01" }
    let sources = texts.enumerated().map { index, text in
      Source(
        id: SourceID("g\(index)"), path: "generated/\(index).txt",
        canonicalPath: "/generated/\(index).txt",
        metadata: SourceMetadata(outlet: "Generated", date: dates[index % dates.count]), text: text,
        sha256: "generated", byteCount: text.utf8.count)
    }
    let figureCount = sources.reduce(0) { $0 + $1.figures.count }
    let before = PeakMemory.residentBytes()
    print(
      "\(sources.count) articles, \(figureCount) figures; resident \(format(before)) before scanning"
    )
    let rates = RateTable(rates: [
      ExchangeRate(
        base: "EUR", quote: "USD", rate: Decimal(string: "1.16")!, date: "2025-01-01",
        source: "benchmark")
    ])
    let scanner = DiscrepancyScanner(comparator: Comparator(rates: rates))
    let clock = ContinuousClock()
    var runs: [Double] = []
    var found = 0
    for run in 1...max(1, repetitions) {
      var suggestions: [Suggestion] = []
      let elapsed = clock.measure { suggestions = scanner.scan(sources) }
      // The scan frees its work on another thread once it returns: not while the next runs.
      DiscrepancyScanner.waitForFreedMemory()
      let seconds = elapsed.inSeconds
      found = suggestions.count
      runs.append(seconds)
      print(
        String(
          format: "run %d: %d suggestions in %.3f s, digest %016llx", run, found, seconds,
          ScanBenchmark.digest(suggestions)))
    }
    let peak = PeakMemory.peakBytes()
    print(
      String(
        format: "median: %.3f s for %d articles (%d figures)", BenchmarkSupport.median(runs),
        sources.count, figureCount))
    print("peak resident memory \(format(peak)); \(format(before)) before scanning")
  }

  /// A fingerprint of everything a scan returns (figures, exact scores, reasons, evidence), so
  /// that a faster scan can be checked to give the same answer on a large corpus.
  static func digest(_ suggestions: [Suggestion]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ text: String) {
      for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      hash ^= 0xff
      hash = hash &* 0x100_0000_01b3
    }
    for suggestion in suggestions {
      mix("\(suggestion.rank) \(suggestion.subject) \(suggestion.score.bitPattern)")
      for (figure, _) in suggestion.figures { mix(figure.id.description) }
      for reason in suggestion.reasons { mix(reason.rawValue) }
      for term in suggestion.evidence { mix(term) }
      mix("\(suggestion.comparison.assessment)")
    }
    return hash
  }

  private func format(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}

/// Replaying a long journal, and opening a session with many discrepancies.
struct SessionBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "session",
    abstract:
      "Replay a COMMANDS-command journal over Corpus/, and open a session with DISCREPANCIES discrepancies."
  )

  @Option(help: "How many commands the replayed journal has.")
  var commands = 10_000

  @Option(help: "How many discrepancies the opened session has.")
  var discrepancies = 10_000

  @Option(help: "The folder of seed articles.")
  var corpus = "Corpus"

  @Option(help: "How many times to replay and to open; the median run is reported.")
  var repetitions = 5

  func run() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "crosscheck-bench-\(getpid())"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let corpusPath = URL(fileURLWithPath: corpus).standardizedFileURL.path

    // A journal: load, then flags, notes, verdicts and tags in turn.
    let writer = Shell(output: { _ in }, errorOutput: { _ in })
    writer.execute("load " + CommandTokenizer.quote(corpusPath))
    let figureIDs = writer.corpus.sources.flatMap {
      $0.figures.filter(\.isComparable).map(\.id.description)
    }
    var script: [String] = []
    var flagged = 0
    while script.count < commands - 1 {
      let first = figureIDs[flagged % figureIDs.count]
      let second = figureIDs[(flagged * 7 + 3) % figureIDs.count]
      flagged += 1
      script.append("flag \(first) \(second) --title 'group \(flagged)'")
      script.append("note D\(flagged) 'checked against the other source'")
      script.append("verdict D\(flagged) unresolved")
      script.append("tag D\(flagged) batch\(flagged % 10)")
    }
    for command in script.prefix(commands - 1) { writer.execute(command) }
    let journalPath = folder + "/journal.json"
    try SaveCommandBridge.save(writer, to: journalPath)
    print(
      "journal: \(writer.journal.count) commands, \(writer.analysis.discrepancies.count) discrepancies"
    )

    let clock = ContinuousClock()
    var replayTimes: [Duration] = []
    var rebuilt = 0
    for _ in 0..<max(1, repetitions) {
      let replayer = Shell(output: { _ in }, errorOutput: { _ in })
      replayTimes.append(
        clock.measure { replayer.execute("replay " + CommandTokenizer.quote(journalPath)) })
      rebuilt = replayer.analysis.discrepancies.count
    }
    print(
      "replay of \(writer.journal.count) journal entries: median \(seconds(BenchmarkSupport.median(replayTimes))) s of \(replayTimes.count) runs (\(rebuilt) discrepancies rebuilt)"
    )

    // A session with many discrepancies, to open: one flag and one note each.
    let builder = Shell(output: { _ in }, errorOutput: { _ in })
    builder.execute("load " + CommandTokenizer.quote(corpusPath))
    for number in 1...discrepancies {
      builder.execute(
        "flag \(figureIDs[number % figureIDs.count]) \(figureIDs[(number * 7 + 3) % figureIDs.count])"
      )
      builder.execute("note D\(number) 'seen'")
    }
    let openPath = folder + "/many.json"
    try SaveCommandBridge.save(builder, to: openPath)
    var openTimes: [Duration] = []
    var opened = 0
    for _ in 0..<max(1, repetitions) {
      let opener = Shell(output: { _ in }, errorOutput: { _ in })
      openTimes.append(
        clock.measure { opener.execute("open " + CommandTokenizer.quote(openPath)) })
      opened = opener.analysis.discrepancies.count
    }
    print(
      "open of a session with \(opened) discrepancies: median \(seconds(BenchmarkSupport.median(openTimes))) s of \(openTimes.count) runs"
    )
    print("peak resident memory \(String(format: "%.1f MB", Double(PeakMemory.peakBytes()) / 1e6))")
  }

  private func seconds(_ duration: Duration) -> String {
    String(format: "%.3f", duration.inSeconds)
  }
}

/// Saves a shell's session through the `save` command, as an analyst would.
enum SaveCommandBridge {
  static func save(_ shell: Shell, to path: String) throws {
    guard shell.execute("save " + CommandTokenizer.quote(path) + " --force") == .succeeded else {
      throw ValidationError("could not save \(path)")
    }
  }
}

/// Makes many distinct articles from a few: paragraphs reordered, digits changed, so the
/// engine cannot benefit from repetition, while the text stays news-like.
struct CorpusGenerator {
  let seeds: [String]

  /// `count` articles.
  func articles(count: Int) -> [String] {
    var result: [String] = []
    var total = 0
    while result.count < count {
      let batch = articles(totalBytes: 1_000_000, seed: UInt64(result.count) + 7)
      result += batch.prefix(count - result.count)
      total += 1
    }
    return result
  }

  func articles(totalBytes: Int, seed: UInt64 = 42) -> [String] {
    var generator = SplitMix64(seed: seed)
    var result: [String] = []
    var total = 0
    let paragraphs = seeds.map {
      $0.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
    while total < totalBytes {
      let seed = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
      var article = ""
      for _ in 0..<seed.count {
        let paragraph = seed[Int(generator.next() % UInt64(seed.count))]
        article += vary(paragraph, &generator) + "\n"
      }
      total += article.utf8.count
      result.append(article)
    }
    return result
  }

  /// Replaces each digit with another, keeping the shape of numbers ("1,900" → "7,342").
  private func vary(_ paragraph: String, _ generator: inout SplitMix64) -> String {
    var bytes = Array(paragraph.utf8)
    for index in bytes.indices where bytes[index] >= 0x30 && bytes[index] <= 0x39 {
      let leading = index == 0 || !(bytes[index - 1] >= 0x30 && bytes[index - 1] <= 0x39)
      bytes[index] = UInt8(0x30 + (leading ? 1 + generator.next() % 9 : generator.next() % 10))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The process's memory, from /proc/self/status (Linux).
enum PeakMemory {
  /// VmHWM: the peak resident set size.
  static func peakBytes() -> Int { field("VmHWM:") }
  /// VmRSS: the current resident set size.
  static func residentBytes() -> Int { field("VmRSS:") }

  private static func field(_ name: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix(name) {
      let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
      return kilobytes * 1024
    }
    return 0
  }
}
