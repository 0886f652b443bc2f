import Foundation

/// One state-changing command of a session, as run.
public struct JournalEntry: Codable, Equatable, Sendable {
  /// 1-based position in the journal.
  public var sequence: Int
  public var time: Date
  /// The command as it can be run again (`flag S3` is recorded with the figure ids it meant).
  public var command: String
  /// `ok`, or `failed: MESSAGE` for a command that changed state and reported an error (a
  /// `load` of which one file was missing).
  public var outcome: String
  /// For `flag`: the figures as they were found, so a replay against a changed source finds
  /// them again by their quote instead of trusting ids.
  public var anchors: [FigureReference]?

  public init(
    sequence: Int, time: Date, command: String, outcome: String, anchors: [FigureReference]? = nil
  ) {
    self.sequence = sequence
    self.time = time
    self.command = command
    self.outcome = outcome
    self.anchors = anchors
  }
}
