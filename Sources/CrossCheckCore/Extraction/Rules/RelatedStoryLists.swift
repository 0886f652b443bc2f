/// "Related stories", "More on this story", "You may also like", "Most read": a heading alone on
/// its line over links to other articles. The short lines right under it, up to a blank line,
/// are those articles' headlines ("Little blue penguin numbers fall 20% in a decade"), not this
/// story's figures. A line that reads as prose (long, or closed by a full stop) ends the list
/// and keeps its figures: a heading is never taken to own the paragraph after it.
enum RelatedStoryLists {
  /// Whether the line is such a heading (with or without a colon).
  static func isHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    let text = trimmed(bytes, line)
    // The longest heading is "you may be interested in"; most lines are passed over here.
    guard !text.isEmpty, text.count <= 32 else { return false }
    // A line opening with an ASCII byte that no heading opens with (in either case) is none:
    // told from its first byte, before a String is made and lower-cased for every short line.
    let first = bytes[text.lowerBound]
    if first < 0x80 {
      let letter = (first | 0x20) &- 0x61
      guard letter < 26, headingInitials & 1 << letter != 0 else { return false }
    }
    var heading = String(decoding: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self)
      .lowercased()
    if heading.hasSuffix(":") { heading.removeLast() }
    return Vocabulary.relatedStoryHeadings.contains(heading)
  }

  /// The first letters of ``Vocabulary/relatedStoryHeadings`` (lower-case ASCII), a bit each
  /// from "a".
  static let headingInitials: UInt32 = Vocabulary.relatedStoryHeadings.reduce(0) { bits, heading in
    guard let first = heading.utf8.first, first &- 0x61 < 26 else { return bits }
    return bits | 1 << (first &- 0x61)
  }

  /// Whether the line reads as a linked headline: at most ``longestHeadline`` bytes and
  /// ``mostHeadlineWords`` words, not closed by a full stop.
  static func isHeadline(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    let text = trimmed(bytes, line)
    guard !text.isEmpty, text.count <= longestHeadline else { return false }
    var last = text.upperBound - 1
    // A closing quotation mark after the stop: '… said."', '… said.”' (E2 80 9D).
    if bytes[last] == 0x22 {
      last -= 1
    } else if last - 2 > text.lowerBound, bytes[last] == 0x9D, bytes[last - 1] == 0x80,
      bytes[last - 2] == 0xE2
    {
      last -= 3
    }
    if last >= text.lowerBound, bytes[last] == 0x2E { return false }
    var words = 1
    for index in text where bytes[index] == 0x20 { words += 1 }
    return words <= mostHeadlineWords
  }

  /// Whether the line holds nothing but spaces and tabs.
  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    trimmed(bytes, line).isEmpty
  }

  /// A headline is a line of a few words: "Port Taranaki posts record 2026 profit".
  private static let longestHeadline = 120
  private static let mostHeadlineWords = 18

  /// The line without the spaces, tabs and carriage return around it.
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
    -> Range<Int>
  {
    var lower = line.lowerBound
    var upper = line.upperBound
    while lower < upper, [0x20, 0x09, 0x0D].contains(bytes[lower]) { lower += 1 }
    while upper > lower, [0x20, 0x09, 0x0D].contains(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }
}
