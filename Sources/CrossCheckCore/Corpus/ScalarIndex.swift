import Synchronization

/// Where every 1,024th code point of a text starts in its UTF-8 bytes, so that the text between
/// two code point offsets is found by one short walk instead of one from the text's start.
/// Built the first time a source is asked (flagging, reports), once, and shared by its copies.
final class ScalarIndex: Sendable {
  /// Code points between two checkpoints.
  static let stride = 1024

  private struct Table {
    /// The UTF-8 offset of code point `k * stride`.
    var checkpoints: [Int]
    var scalarCount: Int
  }

  private let table = Mutex<Table?>(nil)

  /// The UTF-8 offsets of the code points `start` and `end` of `text` (the text this index was
  /// made for), each clamped to the text as `String.index(_:offsetBy:limitedBy:)` would.
  func byteOffsets(from start: Int, to end: Int, in text: String) -> (lower: Int, upper: Int) {
    let table = self.table.withLock { table in
      if let table { return table }
      let built = ScalarIndex.table(of: text)
      table = built
      return built
    }
    let lowerScalar = min(max(0, start), table.scalarCount)
    let upperScalar = min(lowerScalar + max(0, end - start), table.scalarCount)
    var text = text
    return text.withUTF8 { bytes in
      (
        ScalarIndex.offset(of: lowerScalar, bytes, table.checkpoints),
        ScalarIndex.offset(of: upperScalar, bytes, table.checkpoints)
      )
    }
  }

  private static func offset(
    of scalar: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ checkpoints: [Int]
  ) -> Int {
    var byte = checkpoints[scalar / stride]
    var remaining = scalar % stride
    while remaining > 0 && byte < bytes.count {
      byte += 1
      while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
      remaining -= 1
    }
    return byte
  }

  private static func table(of text: String) -> Table {
    var text = text
    return text.withUTF8 { bytes in
      var checkpoints = [0]
      var scalars = 0
      for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
        if scalars > 0 && scalars % stride == 0 { checkpoints.append(index) }
        scalars += 1
      }
      // The end of the text, for an offset that is a whole number of strides.
      if scalars > 0 && scalars % stride == 0 { checkpoints.append(bytes.count) }
      return Table(checkpoints: checkpoints, scalarCount: scalars)
    }
  }
}
