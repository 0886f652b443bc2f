import CrossCheckCore

/// What opening a session found or why it failed, in words.
enum SessionMessage {
  static func sentence(_ error: Session.OpenError) -> String {
    switch error {
    case .missingSources(let path, let sources):
      return sentence(SessionError.missingSources(path: path, sources: sources))
    case .unreadableSource(let id, let problem):
      return "cannot re-read \(id): \(problem.description)"
    case .interrupted:
      return "interrupted; nothing was opened, and the session is as it was."
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

  /// A session file error as a sentence, with what to do about it.
  static func sentence(_ error: SessionError) -> String {
    switch error {
    case .unreadable(let path, let reason):
      return "cannot read the session '\(path)': \(reason)."
    case .tooLarge(let path, let byteCount, let limit):
      let sizes = ByteCountText.texts(byteCount, limit: limit)
      return
        "'\(path)' is \(sizes.size), larger than the \(sizes.limit) a session file may be; it was not read. Check the path: a session is the JSON file 'save' writes."
    case .malformed(let path, let reason):
      return "'\(path)' is not a valid session file: \(reason). Nothing was changed."
    case .newerSchema(let path, let version, let supported):
      return
        "'\(path)' was written by a newer CrossCheck (session schema \(version); this version reads up to \(supported)). Upgrade CrossCheck to open it; nothing was changed."
    case .missingSources(let path, let sources):
      return
        "the session '\(path)' needs sources that are missing: \(sources.joined(separator: ", ")). Put them back (paths are relative to the session file) and open it again."
    case .exists(let path):
      return "'\(path)' already exists; add --force to overwrite it, or choose another name."
    case .unwritable(let path, let problem):
      return
        "cannot write '\(path)': \(FileWriteMessage.reason(problem, typed: path)). The session is unchanged in memory; try another path."
    case .invalidValue(let path, let field, let problem):
      return
        "'\(path)' is not a valid session file: \(field) \(clause(problem)). Nothing was changed."
    }
  }

  /// What is wrong with a value, as the end of a sentence that starts with its JSON path.
  static func clause(_ problem: SessionValueProblem) -> String {
    let maximum = SessionError.maximumDiscrepancyNumber
    switch problem {
    case .rateNotPositive: return "must be greater than 0"
    case .currencyCode: return "must be a three-letter currency code"
    case .day: return "must be a day written YYYY-MM-DD"
    case .tolerance: return "must be at least 0 and less than 1"
    case .numberOutOfRange: return "must be from 1 to \(maximum)"
    case .duplicateNumber(let number):
      return "is D\(number), which another discrepancy already has"
    case .nextNumber: return "must be from 1 to \(maximum + 1)"
    case .unknownVerdict(let verdict):
      return
        "is '\(verdict)', which is neither a built-in verdict nor in settings.customVerdicts"
    case .position: return "must have 0 ≤ start ≤ end"
    case .webAddress: return "must be an http or https address"
    }
  }
}
