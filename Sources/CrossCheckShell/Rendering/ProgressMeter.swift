import CrossCheckCore
import Foundation

/// The progress line of a long load (files and megabytes done, the rate and the time left) or
/// scan (its stage and how far into it).
/// Nothing is shown for work that ends within ``delay`` (most loads), and the line is redrawn at
/// most every ``interval`` so that drawing it costs nothing next to the work.
struct ProgressMeter {
  static let delay = Duration.seconds(1)
  static let interval = Duration.milliseconds(100)

  let verb: String
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private var lastShown: ContinuousClock.Instant?

  init(verb: String) {
    self.verb = verb
    start = clock.now
  }

  /// Whether a line has been shown (and must be cleared at the end).
  var isShowing: Bool { lastShown != nil }

  /// The line to show for `progress` now, or nil when it is too early or too soon again.
  mutating func line(for progress: LoadProgress) -> String? {
    guard let elapsed = due() else { return nil }
    return Self.text(verb: verb, progress, seconds: elapsed)
  }

  /// The line to show for a scan's `progress` now, or nil when it is too early or too soon.
  mutating func line(for progress: ScanProgress) -> String? {
    guard due() != nil else { return nil }
    return Self.text(verb: verb, progress)
  }

  /// The line for `done` of `total` things (`what`: "preparing discrepancies") now, or nil.
  mutating func line(_ what: String, done: Int, total: Int) -> String? {
    guard due() != nil else { return nil }
    return Self.text(verb: verb, what, done: done, total: total)
  }

  /// The seconds since the start when a line is due now (and marks it shown), else nil.
  private mutating func due() -> Double? {
    let now = clock.now
    let elapsed = now - start
    guard elapsed >= Self.delay else { return nil }
    if let lastShown, now - lastShown < Self.interval { return nil }
    lastShown = now
    return Self.seconds(elapsed)
  }

  /// "scanning: reading sources, 1200 of 7000 (17%)", "scanning: comparing figures, …".
  static func text(verb: String, _ progress: ScanProgress) -> String {
    let what =
      switch progress.stage {
      case .reading: "reading sources"
      case .comparing: "comparing figures"
      }
    return text(verb: verb, what, done: progress.done, total: progress.total)
  }

  /// "exporting: preparing discrepancies, 40 of 400 (10%)".
  static func text(verb: String, _ what: String, done: Int, total: Int) -> String {
    let percent = total > 0 ? 100 * done / total : 100
    return "\(verb): \(what), \(done) of \(total) (\(percent)%)"
  }

  /// "loading 1200 of 7000 files, 6.1 of 40.0 MB, 24.3 MB/s, about 2 s left".
  static func text(verb: String, _ progress: LoadProgress, seconds: Double) -> String {
    let megabytes = Double(progress.bytes) / 1e6
    let total = Double(max(progress.totalBytes, progress.bytes)) / 1e6
    var text =
      "\(verb) \(progress.files) of \(Counted.text(progress.totalFiles, "file", "files")), "
      + String(format: "%.1f of %.1f MB", megabytes, total)
    guard seconds > 0, megabytes > 0 else { return text }
    let rate = megabytes / seconds
    text += String(format: ", %.1f MB/s", rate)
    let left = (total - megabytes) / rate
    text += ", about \(Int(left.rounded(.up))) s left"
    return text
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }
}
