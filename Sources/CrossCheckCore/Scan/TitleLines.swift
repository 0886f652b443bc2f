/// Which lines of an article are titles rather than body: a headline, a standfirst, a live
/// blog entry's heading. Titles carry no closing full stop, and they repeat a figure the body
/// then gives with its context ("Death toll now 58" over "raised the confirmed death toll to
/// 58, up from 41"). Read only in texts written one paragraph a line: in a hard-wrapped text
/// most lines end without a full stop and say nothing about titles.
struct TitleLines {
  /// Where each line starts, in scalars, and whether it reads as a title.
  private var starts: [Int] = []
  private var titles: [Bool] = []
  /// Whether the text keeps a paragraph a line (at least half its lines end a sentence).
  private(set) var isParagraphed = false

  /// Marks that close a sentence, and those that may follow them ("…said.”", "(…).").
  static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…"]
  static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]"]

  /// One pass over the text to find the lines, and for each line a walk back from its end
  /// over blanks and closers to its last mark: only line ends are examined, not every scalar.
  init(_ scalars: [Unicode.Scalar]) {
    var ends = 0
    var lines = 0
    scalars.withUnsafeBufferPointer { text in
      var start = 0
      while true {
        var end = start
        while end < text.count && text[end].value != 0x0A { end += 1 }
        var last: Unicode.Scalar?
        var back = end
        while back > start {
          back -= 1
          if TitleLines.isMark(text[back]) {
            last = text[back]
            break
          }
        }
        starts.append(start)
        let isTitle = last.map { !TitleLines.sentenceEnds.contains($0) } ?? false
        titles.append(isTitle)
        if last != nil {
          lines += 1
          if !isTitle { ends += 1 }
        }
        guard end < text.count else { break }
        start = end + 1
      }
    }
    isParagraphed = lines > 0 && ends * 2 >= lines
  }

  /// Whether a scalar can end a line's text: all but blanks and closing quotes and brackets.
  @inline(__always)
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      // ASCII without set lookups.
      switch value {
      case 0x20, 0x09, 0x0D, 0x22, 0x27, 0x29, 0x5D: return false
      default: return true
      }
    }
    return !scalar.properties.isWhitespace && !TitleLines.closers.contains(scalar)
  }

  /// Whether the scalar at `offset` lies on a title line of a paragraphed text.
  func isTitle(at offset: Int) -> Bool {
    guard isParagraphed else { return false }
    // The last line starting at or before the offset.
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle] <= offset { low = middle } else { high = middle }
    }
    return titles[low]
  }
}
