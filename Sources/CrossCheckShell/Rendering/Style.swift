/// Terminal styling that vanishes when colour is off (not a terminal, `NO_COLOR`, `TERM=dumb`).
public struct Style: Sendable {
  public var isEnabled: Bool

  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// Whether colour suits this output: a terminal, and the user has not asked for none.
  public static func colourWanted(isTerminal: Bool, environment: [String: String]) -> Bool {
    guard isTerminal else { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func error(_ text: String) -> String { wrap(text, "1;31") }
  public func warning(_ text: String) -> String { wrap(text, "1;33") }
  public func accent(_ text: String) -> String { wrap(text, "36") }
  public func highlight(_ text: String) -> String { wrap(text, "1;4") }

  private func wrap(_ text: String, _ code: String) -> String {
    isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
