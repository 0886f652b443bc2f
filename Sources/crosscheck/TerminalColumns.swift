/// The width `COLUMNS` asks for, when it is a sensible one: the variable comes from anywhere,
/// and widths such as -9223372036854775808 or 10¹⁸ would overflow the renderers' arithmetic.
enum TerminalColumns {
  static let plausible = 10...10_000

  static func width(in environment: [String: String]) -> Int? {
    guard let text = environment["COLUMNS"], let width = Int(text), plausible.contains(width)
    else { return nil }
    return width
  }
}
