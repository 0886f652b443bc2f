import Foundation

/// Reading and tidying decimals typed by people or found in files.
public enum DecimalText {
  /// The decimal `text` spells out in full ("1.1650", "-2", ".5"), or nil when anything else is
  /// in it: Foundation's parser would read "1.16x" as 1.16 and "1.1.6" as 1.1.
  public static func parse(_ text: String) -> Decimal? {
    var body = Substring(text)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard !body.isEmpty, parts.count <= 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      parts.contains(where: { !$0.isEmpty })
    else { return nil }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }

  /// `value` rounded to `places` decimal places: conversions that divide (hours into years, an
  /// inverse exchange rate) leave 38-digit tails such as 1.9999…968 that would make equal
  /// amounts look different.
  public static func rounded(_ value: Decimal, places: Int = 12) -> Decimal {
    var input = value
    var output = Decimal()
    NSDecimalRound(&output, &input, places, .plain)
    return output
  }

  /// A plain decimal ("-1234567.5") with its thousands grouped ("-1,234,567.5"). The fraction,
  /// if any, is kept as given: callers round or cut it first.
  public static func grouped(_ text: String) -> String {
    var body = Substring(text)
    let sign = body.hasPrefix("-") ? "-" : ""
    if !sign.isEmpty { body = body.dropFirst() }
    let integer = body.prefix { $0 != "." }
    let rest = body.dropFirst(integer.count)
    var grouped = ""
    for (offset, digit) in integer.enumerated() {
      if offset > 0 && (integer.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return sign + grouped + rest
  }
}
