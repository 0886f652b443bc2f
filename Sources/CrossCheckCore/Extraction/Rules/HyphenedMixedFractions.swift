import Foundation

/// "3-1/2 years", "2-3/4 inches": a whole number joined by a hyphen to a proper fraction is one
/// mixed number (3.5), as wire services write it, not a range from 3 to a half.
extension NumberParser {
  /// The fraction and its last token when a glued hyphen and a glued "1/2" follow the whole
  /// number at `index`.
  func hyphenedFraction(after index: Int) -> (Decimal, Int)? {
    let hyphen = index + 1
    guard hyphen + 1 < tokens.count, tokens[hyphen].kind == .dash, tokens[hyphen].head == 0x2D,
      !tokens[hyphen].spaceBefore, !tokens[hyphen + 1].spaceBefore,
      tokens[hyphen + 1].kind == .number
    else { return nil }
    return slashFraction(at: hyphen + 1)
  }
}
