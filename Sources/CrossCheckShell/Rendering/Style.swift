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

  public func bold(_ text: String) -> String { wrap(text, Code.bold) }
  public func dim(_ text: String) -> String { wrap(text, Code.dim) }
  public func error(_ text: String) -> String { wrap(text, Code.error) }
  public func warning(_ text: String) -> String { wrap(text, Code.warning) }
  public func accent(_ text: String) -> String { wrap(text, Code.accent) }
  public func highlight(_ text: String) -> String { wrap(text, Code.highlight) }

  /// The escape sequences this style writes (none when it is off): what may reach the terminal
  /// when everything else that is not text is made visible (``TerminalText``).
  public var sequences: Set<String> {
    isEnabled ? Set(Code.allCases.map(\.sequence)) : []
  }

  private enum Code: String, CaseIterable {
    case bold = "1"
    case dim = "2"
    case error = "1;31"
    case warning = "1;33"
    case accent = "36"
    case highlight = "1;4"
    case reset = "0"

    var sequence: String { "\u{1B}[\(rawValue)m" }
  }

  private func wrap(_ text: String, _ code: Code) -> String {
    isEnabled ? code.sequence + text + Code.reset.sequence : text
  }
}
