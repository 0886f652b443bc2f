import ArgumentParser
import CrossCheckCore
import Foundation

/// Loading as the analyst does it (`load PATH`): reading, checking, word counts and figures,
/// from files written to a temporary folder. Run under `taskset -c 0` for the one-core rate.
struct LoadBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract:
      "Write MEGABYTES of generated articles as FILES files, load them, and report MB/s.",
    discussion: """
      --one-line joins each file's lines into one (the offset mapping must stay linear); \
      --shared-prefix gives every file name the same 16 first characters (id assignment must \
      stay linear). --dense loads figure-dense news instead of the generated articles: every \
      devset article and Corpus/ article repeated whole, so the costs that come with each \
      figure show. --jsonl also writes every figure as a JSON line (as `figures --format jsonl` \
      does, into a discarded buffer) and reports that rate too. Several sizes show how the time \
      grows: --megabytes 10,20,40.
      """)

  @Option(help: "How much text to load, in MB (10^6 bytes); several sizes separated by commas.")
  var megabytes = "40"

  @Option(help: "How many files to split the text into.")
  var files = 1

  @Flag(help: "Write each file as one line.")
  var oneLine = false

  @Flag(help: "Give every file name the same 16-character prefix.")
  var sharedPrefix = false

  @Flag(help: "Load figure-dense news: the devset's and Corpus/'s articles, repeated.")
  var dense = false

  @Flag(help: "Also write every figure as a JSON line after each load, and time it.")
  var jsonl = false

  @Option(help: "The folder of seed articles.")
  var corpus = "Corpus"

  @Option(help: "The labelled devset, whose articles --dense repeats.")
  var devset = "Tests/Fixtures/devset"

  @Option(help: "How many times to load; the median run is reported.")
  var repetitions = 5

  @Option(
    help: "Write the text into this folder and keep it there (to run the real binary on it).")
  var keepIn: String?

  func run() throws {
    let seeds = try BenchmarkSupport.seeds(corpus)
    let denseArticles = dense ? try denseSeeds(corpus: seeds) : []
    let sizes = megabytes.split(separator: ",").compactMap { Int($0) }
    guard !sizes.isEmpty else { throw ValidationError("--megabytes takes sizes such as 10,20") }
    var previous: (bytes: Int, seconds: Double)?
    for size in sizes {
      let folder =
        keepIn.map { $0 + "/\(size)" }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent(
          "crosscheck-load-bench-\(getpid())-\(size)"
        ).path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { if keepIn == nil { try? FileManager.default.removeItem(atPath: folder) } }
      let articles =
        dense
        ? repeated(denseArticles, totalBytes: size * 1_000_000)
        : CorpusGenerator(seeds: seeds.sources.map(\.text)).articles(totalBytes: size * 1_000_000)
      let bytes = try write(articles, to: folder)
      let clock = ContinuousClock()
      var runs: [(wall: Double, cpu: Double)] = []
      var writeTimes: [Double] = []
      var loaded = 0
      var figures = 0
      var lineBytes = 0
      for _ in 1...max(1, repetitions) {
        var corpus = Corpus()
        var report = LoadReport()
        let cpuBefore = ProcessorTime.seconds()
        let elapsed = clock.measure { report = corpus.load(folder) }
        let cpu = ProcessorTime.seconds() - cpuBefore
        loaded = report.loaded.count
        figures = corpus.sources.reduce(0) { $0 + $1.figures.count }
        runs.append((elapsed.inSeconds, cpu))
        if jsonl {
          let sources = corpus.sources
          writeTimes.append(clock.measure { lineBytes = Self.writeLines(of: sources) }.inSeconds)
        }
      }
      let (median, cpu) = runs.sorted { $0.wall < $1.wall }[runs.count / 2]
      // On several cores the processor time (user + system, all threads) exceeds the wall
      // time; their ratio is how many cores the load kept busy.
      var line = String(
        format:
          "%@ in %d %@%@%@: median %.3f s of %d runs, %.1f MB/s, %d figures; cpu %.3f s = %.2f× wall",
        String(format: "%.1f MB", Double(bytes) / 1e6), loaded, loaded == 1 ? "file" : "files",
        oneLine ? ", one line each" : "",
        sharedPrefix ? ", shared name prefix" : "", median, runs.count,
        Double(bytes) / 1e6 / median, figures, cpu, cpu / median)
      if jsonl {
        let write = BenchmarkSupport.median(writeTimes)
        line += String(
          format: "; JSON lines %.1f MB in %.3f s, load and lines %.1f MB/s",
          Double(lineBytes) / 1e6, write, Double(bytes) / 1e6 / (median + write))
      }
      if let previous {
        // Linear work doubles with the input: the ratio of time to size stays near 1.
        line += String(
          format: "; time per byte %.2f× the previous size's",
          (median / Double(bytes)) / (previous.seconds / Double(previous.bytes)))
      }
      print(line)
      previous = (bytes, median)
    }
  }

  /// Every article of the devset's folders (`*/articles/*.txt`) and of Corpus/, in a fixed order.
  private func denseSeeds(corpus: Corpus) throws -> [String] {
    let manager = FileManager.default
    var texts: [String] = []
    for folder in try manager.contentsOfDirectory(atPath: devset).sorted() {
      let articles = devset + "/" + folder + "/articles"
      guard let names = try? manager.contentsOfDirectory(atPath: articles) else { continue }
      for name in names.sorted() where name.hasSuffix(".txt") {
        texts.append(try String(contentsOfFile: articles + "/" + name, encoding: .utf8))
      }
    }
    guard !texts.isEmpty else { throw ValidationError("no articles in \(devset)/*/articles") }
    return texts + corpus.sources.map(\.text)
  }

  /// The articles again and again, whole and in order, until there are `totalBytes` of them.
  private func repeated(_ articles: [String], totalBytes: Int) -> [String] {
    var result: [String] = []
    var total = 0
    while total < totalBytes {
      let article = articles[result.count % articles.count]
      result.append(article.hasSuffix("\n") ? article : article + "\n")
      total += result[result.count - 1].utf8.count
    }
    return result
  }

  /// Writes every figure of `sources` as JSON Lines, 64 kB at a time into a discarded buffer,
  /// and returns how many bytes that made.
  private static func writeLines(of sources: [Source]) -> Int {
    var block: [UInt8] = []
    block.reserveCapacity(1 << 16 + 4096)
    var total = 0
    for source in sources {
      FigureLines.append(source, to: &block, flushingAt: 1 << 16) { block in
        total += block.count
        block.removeAll(keepingCapacity: true)
      }
    }
    return total + block.count
  }

  /// A word that tells file `index` from the others and is no figure, so that every file count
  /// loads the same figures: "qx" and the index's digits in consonants ("qxb", "qxc", …,
  /// "qxcb"), no number, number word, unit or multiplier ("File 12." was a figure of its own
  /// in every file, a tenth more figures in 7,000 files than in one).
  static func mark(_ index: Int) -> String {
    let letters = Array("bcdfghjklmnpqrstvwxz".utf8)
    var digits: [UInt8] = []
    var rest = index
    repeat {
      digits.append(letters[rest % letters.count])
      rest /= letters.count
    } while rest > 0
    return "qx" + String(decoding: digits.reversed(), as: UTF8.self)
  }

  /// Writes the articles as `files` files and returns how many bytes were written.
  private func write(_ articles: [String], to folder: String) throws -> Int {
    let count = max(1, files)
    // Split by paragraphs, so that there is text for every file even when files outnumber
    // articles.
    let paragraphs = articles.flatMap { $0.split(separator: "\n") }
    var groups = [String](repeating: "", count: count)
    for (index, paragraph) in paragraphs.enumerated() {
      groups[index * count / paragraphs.count] += paragraph + "\n"
    }
    var total = 0
    for (index, group) in groups.enumerated() {
      var text = group
      if oneLine { text = text.replacingOccurrences(of: "\n", with: " ") }
      let name = (sharedPrefix ? "sharedprefixname" : "article") + String(format: "%06d.txt", index)
      // Generated articles repeat paragraphs: a file mark keeps every file's text distinct. On
      // a line of its own, so the first paragraph's line reads as in one file ("9 View
      // gallery" begun by a mark read as a figure).
      text = "File \(Self.mark(index))." + (oneLine ? " " : "\n") + text
      try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
      total += text.utf8.count
    }
    return total
  }
}
