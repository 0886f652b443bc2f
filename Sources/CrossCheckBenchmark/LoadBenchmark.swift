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
      stay linear). Several sizes show how the time grows: --megabytes 10,20,40.
      """)

  @Option(help: "How much text to load, in MB (10^6 bytes); several sizes separated by commas.")
  var megabytes = "40"

  @Option(help: "How many files to split the text into.")
  var files = 1

  @Flag(help: "Write each file as one line.")
  var oneLine = false

  @Flag(help: "Give every file name the same 16-character prefix.")
  var sharedPrefix = false

  @Option(help: "The folder of seed articles.")
  var corpus = "Corpus"

  @Option(help: "How many times to load; the median run is reported.")
  var repetitions = 5

  func run() throws {
    let seeds = try BenchmarkSupport.seeds(corpus)
    let sizes = megabytes.split(separator: ",").compactMap { Int($0) }
    guard !sizes.isEmpty else { throw ValidationError("--megabytes takes sizes such as 10,20") }
    var previous: (bytes: Int, seconds: Double)?
    for size in sizes {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "crosscheck-load-bench-\(getpid())-\(size)"
      ).path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let bytes = try write(
        CorpusGenerator(seeds: seeds.sources.map(\.text)).articles(totalBytes: size * 1_000_000),
        to: folder)
      let clock = ContinuousClock()
      var runs: [(wall: Double, cpu: Double)] = []
      var loaded = 0
      var figures = 0
      for _ in 1...max(1, repetitions) {
        var corpus = Corpus()
        var report = LoadReport()
        let cpuBefore = ProcessorTime.seconds()
        let elapsed = clock.measure { report = corpus.load(folder) }
        let cpu = ProcessorTime.seconds() - cpuBefore
        loaded = report.loaded.count
        figures = corpus.sources.reduce(0) { $0 + $1.figures.count }
        runs.append(
          (
            elapsed.inSeconds,
            cpu
          ))
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
      // Generated articles repeat paragraphs: a file number keeps every file's text distinct.
      text = "File \(index). " + text
      try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
      total += text.utf8.count
    }
    return total
  }
}
