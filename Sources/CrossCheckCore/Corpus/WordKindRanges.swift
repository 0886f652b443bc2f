/// Where the word count's kinds of code point change, below U+0800 and in General Punctuation
/// (U+2000–U+206F), as Unicode's properties say (``Source``'s `wordKind`): the code points that
/// are spaces (2) or letters and digits (1); every other one is 0. Written out as data, so a start
/// does not ask the properties of 2,160 code points (about 1.7 million instructions); a test
/// checks the ranges against the properties for every code point they cover.
enum WordKindRanges {
  /// The ranges below U+0800 that are not 0, in order.
  static let low: [(range: Range<UInt32>, kind: UInt8)] = [
    (0x0009..<0x000E, 2), (0x0020..<0x0021, 2), (0x0030..<0x003A, 1), (0x0041..<0x005B, 1),
    (0x0061..<0x007B, 1), (0x0085..<0x0086, 2), (0x00A0..<0x00A1, 2), (0x00AA..<0x00AB, 1),
    (0x00B2..<0x00B4, 1), (0x00B5..<0x00B6, 1), (0x00B9..<0x00BB, 1), (0x00BC..<0x00BF, 1),
    (0x00C0..<0x00D7, 1), (0x00D8..<0x00F7, 1), (0x00F8..<0x02C2, 1), (0x02C6..<0x02D2, 1),
    (0x02E0..<0x02E5, 1), (0x02EC..<0x02ED, 1), (0x02EE..<0x02EF, 1), (0x0345..<0x0346, 1),
    (0x0363..<0x0375, 1), (0x0376..<0x0378, 1), (0x037A..<0x037E, 1), (0x037F..<0x0380, 1),
    (0x0386..<0x0387, 1), (0x0388..<0x038B, 1), (0x038C..<0x038D, 1), (0x038E..<0x03A2, 1),
    (0x03A3..<0x03F6, 1), (0x03F7..<0x0482, 1), (0x048A..<0x0530, 1), (0x0531..<0x0557, 1),
    (0x0559..<0x055A, 1), (0x0560..<0x0589, 1), (0x05B0..<0x05BE, 1), (0x05BF..<0x05C0, 1),
    (0x05C1..<0x05C3, 1), (0x05C4..<0x05C6, 1), (0x05C7..<0x05C8, 1), (0x05D0..<0x05EB, 1),
    (0x05EF..<0x05F3, 1), (0x0610..<0x061B, 1), (0x0620..<0x0658, 1), (0x0659..<0x066A, 1),
    (0x066E..<0x06D4, 1), (0x06D5..<0x06DD, 1), (0x06E1..<0x06E9, 1), (0x06ED..<0x06FD, 1),
    (0x06FF..<0x0700, 1), (0x0710..<0x0740, 1), (0x074D..<0x07B2, 1), (0x07C0..<0x07EB, 1),
    (0x07F4..<0x07F6, 1), (0x07FA..<0x07FB, 1),
  ]

  /// The ranges of General Punctuation that are not 0, in order.
  static let punctuation: [(range: Range<UInt32>, kind: UInt8)] = [
    (0x2000..<0x200B, 2), (0x2028..<0x202A, 2), (0x202F..<0x2030, 2), (0x205F..<0x2060, 2),
  ]

  /// The kind of every code point of `span`, from `ranges` (which lie inside it).
  static func kinds(of span: Range<UInt32>, from ranges: [(range: Range<UInt32>, kind: UInt8)])
    -> [UInt8]
  {
    var kinds = [UInt8](repeating: 0, count: span.count)
    for (range, kind) in ranges {
      for value in range { kinds[Int(value - span.lowerBound)] = kind }
    }
    return kinds
  }
}
