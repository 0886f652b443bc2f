import Foundation

/// A key of a JSON object as its bytes in the file, matched against the schema's keys in a
/// `switch` without making a string of it: a large session has hundreds of thousands of keys,
/// and a string for each was a tenth of opening one.
struct JSONKey {
  let bytes: UnsafeBufferPointer<UInt8>

  static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
    guard pattern.utf8CodeUnitCount == key.bytes.count else { return false }
    guard let base = key.bytes.baseAddress, key.bytes.count > 0 else { return true }
    return memcmp(pattern.utf8Start, base, key.bytes.count) == 0
  }
}
