/// What the analyst concluded about a discrepancy. The built-in verdicts are documented; a session
/// can add its own.
public enum Verdict {
  public static let builtIn = [
    "contradiction", "scope-difference", "counting-difference", "rounding", "time-difference",
    "consistent", "unresolved",
  ]

  /// One line on what each built-in verdict means, for `help verdict` and reports.
  public static let meanings: [String: String] = [
    "contradiction": "the sources make claims that cannot both be true",
    "scope-difference": "the figures measure different places, groups or totals",
    "counting-difference": "the figures count differently (e.g. six before vs the seventh)",
    "rounding": "one figure rounds the other",
    "time-difference": "the figures describe different dates or periods",
    "consistent": "the figures agree once normalized",
    "unresolved": "not settled yet",
  ]

  /// A verdict as readers see it: "scope-difference" is "Scope difference" (a session's own
  /// verdicts too: "misdated" is "Misdated").
  public static func text(_ name: String) -> String {
    let words = name.replacingOccurrences(of: "-", with: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// Whether `word` is usable as a verdict name: lower-case letters, digits and dashes.
  public static func isValidName(_ word: String) -> Bool {
    !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
  }
}
