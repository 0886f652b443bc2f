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

  /// One pass over the text.
  init(_ scalars: [Unicode.Scalar]) {
    var start = 0
    var last: Unicode.Scalar?
    var ends = 0
    var lines = 0
    func close() {
      starts.append(start)
      let isTitle = last.map { !TitleLines.sentenceEnds.contains($0) } ?? false
      titles.append(isTitle)
      if last != nil {
        lines += 1
        if !isTitle { ends += 1 }
      }
    }
    for index in scalars.indices {
      let scalar = scalars[index]
      let value = scalar.value
      if value == 0x0A {
        close()
        start = index + 1
        last = nil
      } else if value < 0x80 {
        // ASCII without set lookups: all but blanks and closing quotes and brackets count.
        switch value {
        case 0x20, 0x09, 0x0D, 0x22, 0x27, 0x29, 0x5D: break
        default: last = scalar
        }
      } else if value >= 0x80 && !scalar.properties.isWhitespace
        && !TitleLines.closers.contains(scalar)
      {
        last = scalar
      }
    }
    close()
    isParagraphed = lines > 0 && ends * 2 >= lines
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
