@testable import CrossCheckCore

/// Walks `text` line by line as the extractor does: for each line (its line feed left out) the
/// tokenizer runs on the line's UTF-8 bytes and `body` gets the bytes, the line's range and the
/// tokenizer holding the line's tokens.
func forEachTokenizedLine(
  of text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Tokenizer) -> Void
) {
  var text = text
  text.makeContiguousUTF8()
  _ = text.utf8.withContiguousStorageIfAvailable { bytes in
    var tokenizer = Tokenizer()
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      tokenizer.tokenize(bytes, start..<end, lexicon: .shared)
      body(bytes, start..<end, tokenizer)
      start = end + 1
    }
  }
}
