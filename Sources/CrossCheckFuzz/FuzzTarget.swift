import CrossCheckCore
import CrossCheckShell
import Foundation

/// The parts of CrossCheck that read hostile bytes, each with the properties every input must
/// keep. The fuzzer stops at an input that breaks one (or traps); the regression tests run the
/// saved inputs through the same checks.
enum FuzzTarget: String, CaseIterable, Sendable {
  /// The figure extractor on arbitrary text.
  case extractor
  /// The command-line tokenizer, its quoting, and every command's argument parser.
  case commands
  /// The session file decoder.
  case session
  /// The ECB reference-rate CSV reader.
  case ecb

  /// What is wrong with how CrossCheck read `bytes`; empty when nothing is.
  func violations(_ bytes: [UInt8]) -> [String] {
    switch self {
    case .extractor: Self.extract(String(decoding: bytes, as: UTF8.self))
    case .commands: Self.parseCommand(String(decoding: bytes, as: UTF8.self))
    case .session: Self.decodeSession(Data(bytes))
    case .ecb: Self.readRates(String(decoding: bytes, as: UTF8.self))
    }
  }

  /// Every figure's text is the source at its code-point span, its numbers are finite and its
  /// range runs upwards.
  static func extract(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var problems: [String] = []
    for figure in FigureExtractor.extract(from: text, source: SourceID("fuzz")) {
      guard 0 <= figure.start, figure.start <= figure.end, figure.end <= scalars.count else {
        problems.append("span \(figure.start)..<\(figure.end) outside \(scalars.count) code points")
        continue
      }
      let quoted = String(String.UnicodeScalarView(scalars[figure.start..<figure.end]))
      if quoted != figure.text {
        problems.append(
          "figure text \(figure.text.debugDescription) ≠ source \(quoted.debugDescription)")
      }
      if [figure.value, figure.low, figure.high].contains(where: { $0?.isNaN == true }) {
        problems.append("\(figure.text.debugDescription) has a value that is not a number")
      }
      if let low = figure.low, let high = figure.high, low > high {
        problems.append("\(figure.text.debugDescription): low \(low) > high \(high)")
      }
    }
    return problems
  }

  /// Tokenizing never traps, every word survives quoting, and each command's parser answers.
  static func parseCommand(_ text: String) -> [String] {
    let tokens = CommandTokenizer.tokenize(text)
    var problems: [String] = []
    for word in tokens.words {
      let again = CommandTokenizer.tokenize(CommandTokenizer.quote(word.text))
      if again.ending != .complete || again.words.map(\.text) != [word.text] {
        problems.append("quoting \(word.text.debugDescription) does not give it back")
      }
    }
    if let name = tokens.words.first?.text,
      let command = Shell.commands.first(where: { $0.configuration.commandName == name })
    {
      _ = try? command.parse(tokens.words.dropFirst().map(\.text))
    }
    return problems
  }

  /// Decoding a session never traps; what decodes encodes again.
  static func decodeSession(_ data: Data) -> [String] {
    guard let session = try? SessionFile.decode(data, path: "fuzz.json") else { return [] }
    do {
      _ = try session.encoded()
      return []
    } catch {
      return ["a decoded session does not encode: \(error)"]
    }
  }

  /// Reading rates never traps, and every rate read is a positive number.
  static func readRates(_ text: String) -> [String] {
    guard let rates = try? ECBReferenceRates.parse(text) else { return [] }
    return rates.filter { $0.rate.isNaN || $0.rate <= 0 }.map {
      "rate \($0.rate) for \($0.quote) on \($0.date ?? "every day")"
    }
  }
}
