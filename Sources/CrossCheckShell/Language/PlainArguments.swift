/// A command's argument words in their plainest form, split into positional words, options
/// given as `--name value` and flags given as `--name`: the form every journal entry is written
/// in. Reading it takes one pass over the words, where ArgumentParser rebuilds the command's
/// whole definition for every line (most of a long replay's time, and of starting up).
///
/// Anything less plain is refused (nil), so that ArgumentParser reads it and gives its own
/// errors: a word starting with `-` that is not one of the given names (`--help`, `-h`, `--`,
/// `--title=x`, `-qc`, `-5`), a name given twice (unless it is `repeatable`), an option without
/// a value or with a value starting with `-`, and an empty word.
public struct PlainArguments: Equatable, Sendable {
  public private(set) var positionals: [String] = []
  /// Each option's values, in order (one, unless it is repeatable).
  private var options: [String: [String]] = [:]
  private var flags: Set<String> = []

  public init?(
    _ words: some Sequence<String>, options optionNames: Set<String> = [],
    repeatable: Set<String> = [], flags flagNames: Set<String> = []
  ) {
    var iterator = words.makeIterator()
    while let word = iterator.next() {
      guard let first = word.utf8.first else { return nil }
      guard first == UInt8(ascii: "-") else {
        positionals.append(word)
        continue
      }
      if optionNames.contains(word) || repeatable.contains(word) {
        guard options[word] == nil || repeatable.contains(word), let value = iterator.next(),
          let start = value.utf8.first, start != UInt8(ascii: "-")
        else { return nil }
        options[word, default: []].append(value)
      } else if flagNames.contains(word) {
        guard flags.insert(word).inserted else { return nil }
      } else {
        return nil
      }
    }
  }

  /// The value of an option given once; nil when it was not given.
  public func value(_ option: String) -> String? { options[option]?.first }

  /// Every value of a repeatable option, in order.
  public func values(_ option: String) -> [String] { options[option] ?? [] }

  /// Whether a flag was given.
  public func has(_ flag: String) -> Bool { flags.contains(flag) }
}
