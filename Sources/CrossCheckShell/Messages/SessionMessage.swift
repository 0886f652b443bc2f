import CrossCheckCore

/// What opening a session found or why it failed, in words.
enum SessionMessage {
  static func sentence(_ error: Session.OpenError) -> String {
    switch error {
    case .missingSources(let path, let sources):
      return SessionError.missingSources(path: path, sources: sources).description
    case .unreadableSource(let id, let problem):
      return "cannot re-read \(id): \(problem.description)"
    }
  }

  static func note(_ note: Session.OpenNote) -> String {
    switch note {
    case .renamed(let path, let was, let now):
      return "\(path) now has the id \(now), not \(was)"
    case .sourceChanged(let id):
      return
        "\(id) changed since the session was saved (its SHA-256 differs); its figures are re-anchored by their quotes"
    case .figure(let discrepancy, let reference, let outcome):
      return "\(discrepancy): " + (AnchorMessage.line(reference, outcome) ?? "\(reference.figure)")
    }
  }
}
