/// A verdict name the session does not know, in words: the closest one, or the list.
enum VerdictMessage {
  /// "'X' is not a verdict of this session — did you mean 'Y'?", or, with nothing close, the
  /// verdicts that can be typed. Without a final full stop: callers go on.
  static func unknown(_ verdict: String, known: [String]) -> String {
    var message = "'\(verdict)' is not a verdict of this session"
    if let guess = EditDistance.suggestion(for: verdict, among: known) {
      message += " — did you mean '\(guess)'?"
    } else {
      message +=
        "; the verdicts are \(known.joined(separator: ", ")) ('verdicts' says what each means)"
    }
    return message
  }

  /// The error for a `--verdict` filter that names no verdict: a typo would otherwise match
  /// nothing and list (or export) nothing without a word.
  static func unknownFilter(_ verdict: String, known: [String]) -> ShellError {
    let message = unknown(verdict, known: known)
    return ShellError(message + (message.hasSuffix("?") ? "" : "."))
  }
}
