import Foundation

/// A decimal's exponent, length, sign and mantissa, read from its bytes as swift-foundation lays
/// them out (see ``DecimalDigits``), and the questions the engine asks of most numbers answered
/// from them: is it a whole number, which one, is it between two small integers. A Foundation
/// comparison or rounding costs a thousand instructions or more; these cost a few dozen, and
/// answer nil (so the caller asks Foundation) for anything they cannot read exactly.
struct DecimalParts {
  var exponent: Int
  var length: Int
  var isNegative: Bool
  var mantissa: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16)

  init(_ value: Decimal) {
    var copy = value
    (exponent, length, isNegative, mantissa) = withUnsafeBytes(of: &copy) { raw in
      guard raw.count >= 20 else { return (0, 0, true, (0, 0, 0, 0, 0, 0, 0, 0)) }
      let flags = raw[1]
      func word(_ index: Int) -> UInt16 {
        raw.loadUnaligned(fromByteOffset: 4 + 2 * index, as: UInt16.self)
      }
      return (
        Int(Int8(bitPattern: raw[0])), Int(flags >> 4), flags & 0x08 != 0,
        (word(0), word(1), word(2), word(3), word(4), word(5), word(6), word(7))
      )
    }
  }

  /// The mantissa when it fits in 64 bits (four words or fewer).
  var smallMantissa: UInt64? {
    guard length <= 4 else { return nil }
    let high: UInt64 = length > 3 ? UInt64(mantissa.3) << 48 : 0
    let upper: UInt64 = length > 2 ? UInt64(mantissa.2) << 32 : 0
    let lower: UInt64 = length > 1 ? UInt64(mantissa.1) << 16 : 0
    return high | upper | lower | (length > 0 ? UInt64(mantissa.0) : 0)
  }

  /// Powers of ten that fit in 64 bits.
  private static let powers: [UInt64] = (0...19).map { exponent in
    (0..<exponent).reduce(1) { power, _ in power * 10 }
  }

  /// What the parts say of `value`: a whole number and which (nil when it is not one), or
  /// unknown (the outer nil) when they cannot say exactly: NaN, more than 64 bits, an unknown
  /// layout, a magnitude beyond `Int`.
  static func wholeNumber(_ value: Decimal) -> Int?? {
    guard DecimalDigits.layoutIsKnown else { return nil }
    let parts = DecimalParts(value)
    if parts.length == 0 { return parts.isNegative ? nil : .some(0) }  // NaN, or zero
    guard let mantissa = parts.smallMantissa else { return nil }
    var magnitude = mantissa
    if parts.exponent > 0 {
      guard parts.exponent < powers.count else { return nil }
      let (product, overflow) = mantissa.multipliedReportingOverflow(by: powers[parts.exponent])
      guard !overflow else { return nil }
      magnitude = product
    } else if parts.exponent < 0 {
      // Mantissas of up to 64 bits have at most 20 digits: a larger divisor leaves a fraction.
      guard -parts.exponent < powers.count else { return mantissa == 0 ? .some(0) : .some(nil) }
      let divisor = powers[-parts.exponent]
      guard mantissa % divisor == 0 else { return .some(nil) }
      magnitude = mantissa / divisor
    }
    guard magnitude <= UInt64(Int.max) else { return nil }
    return .some(parts.isNegative ? -Int(magnitude) : Int(magnitude))
  }

  /// Whether `value` has no fraction, as `NSDecimalRound` to 0 places would say.
  static func isWholeNumber(_ value: Decimal) -> Bool {
    if DecimalDigits.layoutIsKnown {
      let parts = DecimalParts(value)
      // Zero and any mantissa with a non-negative exponent are whole.
      if parts.length == 0 && !parts.isNegative || parts.length > 0 && parts.exponent >= 0 {
        return true
      }
      if let known = wholeNumber(value) { return known != nil }
    }
    var value = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 0, .plain)
    return rounded == value
  }

  /// Whether `low <= value <= high`, read from the parts when `value` is a whole number they
  /// hold, else compared by Foundation.
  static func isBetween(_ value: Decimal, _ low: Int, _ high: Int) -> Bool {
    if let known = wholeNumber(value), let whole = known { return whole >= low && whole <= high }
    return value >= Decimal(low) && value <= Decimal(high)
  }

  /// `value` × 10^`exponent`, exactly as Foundation multiplies by a power of ten (the mantissa
  /// kept, the exponents added) without its 128-bit multiplication. Zero, NaN and exponents
  /// near the limits are left to Foundation.
  static func scaled(_ value: Decimal, byPowerOfTen exponent: Int) -> Decimal {
    let result = value.exponent + exponent
    guard DecimalDigits.layoutIsKnown, (0...38).contains(exponent), (-100...100).contains(result),
      DecimalParts(value).length > 0
    else {
      return value * Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
    return Decimal(sign: value.sign, exponent: result, significand: value.significand)
  }

  /// `dividend` ÷ `divisor`, byte for byte as Foundation divides. Foundation's division costs
  /// 15,000 to 60,000 instructions; most divisions the engine makes ("1 in 5", "three quarters",
  /// "50 cents") are of whole numbers with a short, exact quotient, which is worked out here in
  /// 64 bits and stored as Foundation stores it (trailing zeros moved into the exponent). Any
  /// other pair (fractions, negatives, endless quotients such as a third) is Foundation's.
  static func quotient(_ dividend: Decimal, _ divisor: Decimal) -> Decimal {
    guard let numerator = wholeNumber(dividend) ?? nil,
      let denominator = wholeNumber(divisor) ?? nil,
      numerator >= 0, denominator > 0,
      let exact = exactQuotient(UInt64(numerator), UInt64(denominator))
    else { return dividend / divisor }
    return exact
  }

  /// `numerator` ÷ `denominator` when it has a finite decimal expansion whose digits fit in 64
  /// bits, else nil.
  private static func exactQuotient(_ numerator: UInt64, _ denominator: UInt64) -> Decimal? {
    var scaled = numerator
    var fractionDigits = 0
    while scaled % denominator != 0 {
      let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      scaled = product
      fractionDigits += 1
    }
    var mantissa = scaled / denominator
    guard mantissa != 0 else { return Decimal() }
    var exponent = -fractionDigits
    while mantissa % 10 == 0 {
      mantissa /= 10
      exponent += 1
    }
    return Decimal(sign: .plus, exponent: exponent, significand: Decimal(mantissa))
  }

  /// Whether `value` equals `integer`.
  static func equals(_ value: Decimal, _ integer: Int) -> Bool {
    if let known = wholeNumber(value) { return known == integer }
    return value == Decimal(integer)
  }
}
