/// String checks the context rules make on nearly every word near a figure, at byte speed for
/// ASCII words (where bytes and characters agree) and the standard library's way for others.
extension String {
  /// ``hasSuffix(_:)``.
  func endsWith(_ suffix: String) -> Bool {
    var word = self
    let ascii: Bool? = word.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var tail = suffix
      return tail.withUTF8 { tail in
        bytes.count >= tail.count
          && UnsafeBufferPointer(rebasing: bytes[(bytes.count - tail.count)...]).elementsEqual(tail)
      }
    }
    return ascii ?? hasSuffix(suffix)
  }

  /// ``count``: the number of characters.
  var characterCount: Int {
    var word = self
    return word.withUTF8 { $0.allSatisfy { $0 < 0x80 } ? $0.count : nil } ?? count
  }
}
