import Foundation

/// A decimal written in plain digits, byte for byte as `Decimal.description` (and so
/// `JSONEncoder`) writes it: every digit of the mantissa, the point where the exponent puts it,
/// trailing zeros kept ("1.50"), zeros added for a positive exponent ("4000"), "0." before a
/// fraction below one. Made from the decimal's own mantissa and exponent, without the
/// divisions of a 128-bit number per digit and the string reversals `description` pays for.
///
/// Foundation keeps the parts internal on Linux, so they are read from the value's bytes, laid
/// out as swift-foundation lays them: the exponent (a signed byte); the length (the high four
/// bits of the next byte) and the sign (the bit below them); two reserved bytes; eight 16-bit
/// mantissa words, least significant first. Should a Foundation ever lay it out otherwise, the
/// check on a few known values fails once and every decimal is written by `description`.
enum DecimalDigits {
  /// Appends the digits of `value`, which is not NaN, to `output`.
  static func append<Output: ByteOutput & ~Copyable>(_ value: Decimal, to output: inout Output) {
    guard layoutIsKnown else {
      for byte in value.description.utf8 { output.append(byte) }
      return
    }
    appendFromParts(value, to: &output)
  }

  /// Whether reading the parts gives `description` for values of every shape.
  static let layoutIsKnown: Bool = {
    let samples = [
      "0", "-1", "12.5", "-0.0625", "4e9", "123456789012345678901234567890.5",
      "-340282366920938463463374607431768211455",
    ]
    return samples.allSatisfy { text in
      guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
        return false
      }
      var output: [UInt8] = []
      appendFromParts(value, to: &output)
      return output.elementsEqual(value.description.utf8)
    }
  }()

  private static func appendFromParts<Output: ByteOutput & ~Copyable>(
    _ value: Decimal, to output: inout Output
  ) {
    let parts = DecimalParts(value)
    let length = parts.length
    guard length > 0 else {
      output.append(UInt8(ascii: "0"))
      return
    }
    // The mantissa's digits, least significant first: 38 at most.
    var digits: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
    let count = withUnsafeMutableBytes(of: &digits) { raw in
      let reversed = raw.bindMemory(to: UInt8.self)
      return mantissaDigits(of: parts.mantissa, length: length, into: reversed)
    }
    if parts.isNegative { output.append(UInt8(ascii: "-")) }
    let exponent = parts.exponent
    withUnsafeBytes(of: &digits) { raw in
      let reversed = raw.bindMemory(to: UInt8.self)
      if exponent >= 0 {
        for index in stride(from: count - 1, through: 0, by: -1) { output.append(reversed[index]) }
        for _ in 0..<exponent { output.append(UInt8(ascii: "0")) }
        return
      }
      let fraction = -exponent
      if count <= fraction {
        output.append(UInt8(ascii: "0"))
        output.append(UInt8(ascii: "."))
        for _ in 0..<(fraction - count) { output.append(UInt8(ascii: "0")) }
        for index in stride(from: count - 1, through: 0, by: -1) { output.append(reversed[index]) }
        return
      }
      for index in stride(from: count - 1, through: fraction, by: -1) {
        output.append(reversed[index])
      }
      output.append(UInt8(ascii: "."))
      for index in stride(from: fraction - 1, through: 0, by: -1) {
        output.append(reversed[index])
      }
    }
  }

  /// Writes the mantissa's decimal digits, least significant first, and returns how many.
  /// A mantissa of up to four 16-bit words (most figures') is divided as one 64-bit integer.
  private static func mantissaDigits(
    of mantissa: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16), length: Int,
    into reversed: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var small: UInt64 = 0
    var count = 0
    if length <= 4 {
      // Words beyond the length are not part of the number.
      let high: UInt64 = length > 3 ? UInt64(mantissa.3) << 48 : 0
      let upper: UInt64 = length > 2 ? UInt64(mantissa.2) << 32 : 0
      let lower: UInt64 = length > 1 ? UInt64(mantissa.1) << 16 : 0
      small = high | upper | lower | UInt64(mantissa.0)
    } else {
      var words = [
        mantissa.0, mantissa.1, mantissa.2, mantissa.3, mantissa.4, mantissa.5, mantissa.6,
        mantissa.7,
      ]
      var used = min(length, words.count)
      // Long division by 10 of a mantissa above 64 bits, until what is left fits in 64.
      while used > 4 {
        var remainder: UInt32 = 0
        for index in stride(from: used - 1, through: 0, by: -1) {
          let dividend = remainder << 16 | UInt32(words[index])
          words[index] = UInt16(dividend / 10)
          remainder = dividend % 10
        }
        reversed[count] = UInt8(ascii: "0") + UInt8(remainder)
        count += 1
        while used > 0 && words[used - 1] == 0 { used -= 1 }
      }
      for index in stride(from: used - 1, through: 0, by: -1) {
        small = small << 16 | UInt64(words[index])
      }
    }
    repeat {
      reversed[count] = UInt8(ascii: "0") + UInt8(small % 10)
      count += 1
      small /= 10
    } while small > 0
    return count
  }
}
