/// A negative number after an option that takes a value ("scan --limit -3") is that option's
/// value, as `--limit=-3` is. ArgumentParser takes a word starting with '-' for an option, and
/// said "missing value" instead of the option's own rule ("a whole number from 1 to 100000").
/// So is any other word starting with one '-' that is none of the command's options
/// ("--min-diff -inf", "--limit -3x"): the option's rule says what is wrong with it, where
/// "missing value" would send the user looking for a value they gave.
enum NegativeOptionValue {
  /// `arguments` with each such pair joined as `--option=-3`; `options` are the command's
  /// options, with nil for a flag that takes no value.
  static func joined(_ arguments: [String], options: [String: ArgumentKind?]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(arguments.count)
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let word = arguments[index]
      let next = index + 1
      if next < arguments.endIndex, let kind = options[word], kind != nil,
        isValue(arguments[next], options: options)
      {
        result.append(word + "=" + arguments[next])
        index += 2
      } else {
        result.append(word)
        index += 1
      }
    }
    return result
  }

  /// A word after an option that takes a value is that value when it is a negative number or a
  /// single-dash word that is none of the command's options ("-inf", "-3x"); a "--" word stays
  /// an option, so a mistyped one ("--grep --knd") is named as unknown, and "-h" keeps its meaning.
  static func isValue(_ word: String, options: [String: ArgumentKind?]) -> Bool {
    if isNegativeNumber(word) { return true }
    guard word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 1 else { return false }
    return options[word] == nil && word != "-h"
  }

  /// "-3", "-0.5", "-.5": a minus and digits, with one decimal point at most.
  static func isNegativeNumber(_ word: String) -> Bool {
    let digits = word.utf8.dropFirst()
    guard word.utf8.first == UInt8(ascii: "-"), digits.contains(where: isDigit) else {
      return false
    }
    return digits.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") }
      && digits.filter { $0 == UInt8(ascii: ".") }.count <= 1
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
