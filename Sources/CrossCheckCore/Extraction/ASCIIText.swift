/// String checks the context rules make on nearly every word near a figure, at byte speed for
/// ASCII words (where bytes and characters agree) and the standard library's way for others.
extension String {
  /// ``hasSuffix(_:)``.
  func endsWith(_ suffix: String) -> Bool {
    let bytes = utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return hasSuffix(suffix) }
    let tail = suffix.utf8
    return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
  }

  /// ``count``: the number of characters.
  var characterCount: Int {
    let bytes = utf8
    return bytes.allSatisfy({ $0 < 0x80 }) ? bytes.count : count
  }
}
