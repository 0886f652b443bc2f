import Foundation

/// ArgumentParser's error messages as the one line an error is at the prompt: its list of the
/// values an option takes ("Please provide one of the following:", then a line per value) ran
/// over a dozen lines, with the usage glued to the last value. The final full stop goes too,
/// as the usage follows after a semicolon.
enum ArgumentMessage {
  static func oneLine(_ message: String) -> String {
    var line = joined(message)
    if line.hasSuffix(".") { line.removeLast() }
    return line
  }

  private static func joined(_ message: String) -> String {
    let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    guard var head = lines.first, lines.count > 1 else { return message }
    let rest = lines.dropFirst()
    guard rest.allSatisfy({ $0.hasPrefix("- ") }) else { return lines.joined(separator: " ") }
    head = head.replacingOccurrences(of: " Please provide one of the following:", with: "")
    if head.hasSuffix(".") { head.removeLast() }
    return head + "; use one of " + rest.map { String($0.dropFirst(2)) }.joined(separator: ", ")
  }
}
