import Crypto
import Foundation

/// One file read from disk and checked to be usable as a source: UTF-8, not binary, not empty.
/// Its fingerprint is taken apart (``fingerprint()``), on another thread while it is extracted.
struct TextFile: Sendable {
  let path: String
  let canonicalPath: String
  let text: String
  /// Whether the file starts with a UTF-8 byte order mark, which ``text`` leaves out.
  let hasBOM: Bool
  let byteCount: Int

  /// Reads and validates the file at `path`; its canonical path from `folders` where they
  /// hold its folder.
  ///
  /// The bytes are read a block at a time, each block checked (``UTF8Text``) and copied onto
  /// the text, which has room for the whole file from the start: the file is held once, and a
  /// block. (A String made straight from the bytes runs the standard library's check, which
  /// costs more than the copy.) A file that is not plain UTF-8 text, or that grew since it was
  /// opened, is read again and checked the careful way, which says what is wrong with it.
  ///
  /// A file the listing saw as a plain file (`isPlainFile`: regular, not a symbolic link) is
  /// opened without a look at its path first, and without following a link: one swapped in
  /// since (to a device, say) is never opened. A file that then cannot be opened that way, or
  /// is no longer regular, is read again the usual way, which finds what the listing would
  /// find now and says the same.
  ///
  /// A file larger than `maximumBytes` (its size from `fstat`, before a byte is read) is
  /// refused, and so is one with a NUL byte as soon as the block that holds it is read: a
  /// 2 GB file of zeros was read whole, twice, before it was refused.
  static func read(
    path: String, folders: CanonicalFolders = CanonicalFolders(), blockBytes: Int = 1 << 20,
    isPlainFile: Bool = false, maximumBytes: Int = TextFile.maximumBytes
  ) throws(SourceLoadError) -> TextFile {
    if !isPlainFile { try checkIsRegularFile(path) }
    let read: BlockRead
    do {
      read = try FileReader.withRegularFile(path, followsLinks: !isPlainFile) {
        descriptor, size throws(FileReader.Failure) in
        guard size <= maximumBytes else { return .tooLarge(byteCount: size) }
        return try readText(descriptor, size: size, blockBytes: blockBytes)
      }
    } catch .notRegularFile {
      if isPlainFile {
        return try Self.read(
          path: path, folders: folders, blockBytes: blockBytes, maximumBytes: maximumBytes)
      }
      throw .notRegularFile(path: path, kind: "no longer a regular file")
    } catch {
      if isPlainFile {
        return try Self.read(
          path: path, folders: folders, blockBytes: blockBytes, maximumBytes: maximumBytes)
      }
      throw .unreadable(path: path, reason: error.description)
    }
    switch read {
    case .text(let text, let hasBOM, let byteCount):
      return TextFile(
        path: path,
        canonicalPath: folders.canonicalPath(of: path, isKnownNotLink: isPlainFile),
        text: text, hasBOM: hasBOM, byteCount: byteCount)
    case .binary(let byteOffset):
      throw .binary(path: path, byteOffset: byteOffset)
    case .tooLarge(let byteCount):
      throw .tooLarge(path: path, byteCount: byteCount, limit: maximumBytes)
    case .readAgain:
      return try readCarefully(path: path, maximumBytes: maximumBytes)
    }
  }

  /// The largest file CrossCheck loads as a source, 256 MiB: thousands of times a long
  /// article, and small enough that a mistaken path (a disk image, a database dump) is refused
  /// before it is read.
  public static let maximumBytes = 256 << 20

  /// What reading a file a block at a time found.
  enum BlockRead: Equatable {
    case text(String, hasBOM: Bool, byteCount: Int)
    /// A NUL byte at this offset, in blocks that were UTF-8 text until then.
    case binary(byteOffset: Int)
    /// Larger than a source may be, as its size said before it was read.
    case tooLarge(byteCount: Int)
    /// Not plain UTF-8 text, or it grew since it was opened: to be read again the careful way,
    /// which says what is wrong with it.
    case readAgain
  }

  /// The text of the file open at `descriptor`, read `blockBytes` at a time, or nil when it is
  /// not plain UTF-8 text (empty, UTF-16 or UTF-32, a NUL byte, not UTF-8) or it grew past
  /// `size`. A block that does not end the file stops before a code point it cuts, whose bytes
  /// begin the next block.
  static func readText(_ descriptor: Int32, size: Int, blockBytes: Int)
    throws(FileReader.Failure) -> BlockRead
  {
    // At least the bytes that tell a wide encoding (``TextEncodingGuess``) in the first block;
    // for a file smaller than a block, its size and a byte more (which tells it did not grow).
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(
      capacity: max(min(blockBytes, size + 1), 512))
    defer { buffer.deallocate() }
    var text = ""
    var hasBOM = false
    var total = 0
    var carried = 0
    while true {
      let count = try FileReader.read(
        descriptor, into: UnsafeMutableRawBufferPointer(rebasing(buffer[carried...])),
        expectedEnd: size - total)
      total += count
      if total > size { return .readAgain }
      let atEnd = carried + count < buffer.count
      var block = UnsafeBufferPointer(rebasing(buffer[..<(carried + count)]))
      // Where the block starts in the file.
      var blockStart = total - count - carried
      if total == count {
        guard TextEncodingGuess.wideEncoding(of: block) == nil else { return .readAgain }
        hasBOM = block.starts(with: [0xEF, 0xBB, 0xBF])
        // The text leaves the byte order mark out.
        if hasBOM {
          block = UnsafeBufferPointer(rebasing: block[3...])
          blockStart = 3
        }
      }
      // Everything before was UTF-8 without a NUL, so the careful read would say the same:
      // the file is not read on (a large binary file was read whole to say so).
      if let nul = firstNUL(in: block) {
        return .binary(byteOffset: blockStart + nul)
      }
      let end = atEnd ? block.count : block.count - UTF8Text.cutSequenceLength(block)
      guard let part = UTF8Text.string(UnsafeBufferPointer(rebasing: block[..<end])) else {
        return .readAgain
      }
      // A file of one block is that block's text, not a copy of it.
      if atEnd && total == count {
        text = part
        break
      }
      if text.isEmpty { text.reserveCapacity(size) }
      text.append(part)
      if atEnd { break }
      carried = block.count - end
      for offset in 0..<carried { buffer[offset] = block[end + offset] }
    }
    return text.isEmpty ? .readAgain : .text(text, hasBOM: hasBOM, byteCount: total)
  }

  private static func rebasing(_ slice: Slice<UnsafeMutableBufferPointer<UInt8>>)
    -> UnsafeMutableBufferPointer<UInt8>
  {
    UnsafeMutableBufferPointer(rebasing: slice)
  }

  /// Reads a file in blocks, to wherever it ends now, and checks it as it is on disk: for a
  /// file that grew while it was read, or that is not UTF-8.
  private static func readCarefully(path: String, maximumBytes: Int) throws(SourceLoadError)
    -> TextFile
  {
    let bytes: [UInt8]
    do {
      bytes = [UInt8](try FileReader.read(path, maximumBytes: maximumBytes))
    } catch .tooLarge(let byteCount) {
      throw .tooLarge(path: path, byteCount: byteCount, limit: maximumBytes)
    } catch .notRegularFile {
      throw .notRegularFile(path: path, kind: "no longer a regular file")
    } catch {
      throw .unreadable(path: path, reason: error.description)
    }
    let hasBOM = try bytes.withUnsafeBufferPointer { bytes throws(SourceLoadError) in
      try check(bytes, path: path)
    }
    return TextFile(
      path: path, canonicalPath: canonicalize(path),
      text: String(decoding: bytes[(hasBOM ? 3 : 0)...], as: UTF8.self), hasBOM: hasBOM,
      byteCount: bytes.count)
  }

  /// Checks a file's bytes as an article's: not empty, not UTF-16 or UTF-32, no NUL byte, valid
  /// UTF-8 after an optional byte order mark; whether there is that mark.
  static func check(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(SourceLoadError)
    -> Bool
  {
    let hasBOM = try checkBeforeUTF8(bytes, path: path)
    let body = UnsafeBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...])
    // The standard library's validation is the fast path; the parser below only says where a
    // file that fails it goes wrong.
    if String(validating: body, as: UTF8.self) == nil {
      let whole = Array(bytes)
      let body = whole[(hasBOM ? 3 : 0)...]
      let bad = firstInvalidUTF8Offset(in: body) ?? body.startIndex
      let line = body[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw .invalidUTF8(path: path, byteOffset: bad, line: line, byte: whole[bad])
    }
    if body.isEmpty { throw .empty(path: path) }
    return hasBOM
  }

  /// The checks that come before the UTF-8 check, in order: not empty, not UTF-16 or UTF-32,
  /// no NUL byte; whether the bytes start with a byte order mark.
  private static func checkBeforeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, path: String)
    throws(SourceLoadError) -> Bool
  {
    if bytes.isEmpty { throw .empty(path: path) }
    if let encoding = TextEncodingGuess.wideEncoding(of: bytes) {
      throw .wideEncoding(path: path, encoding: encoding)
    }
    if let nul = firstNUL(in: bytes) { throw .binary(path: path, byteOffset: nul) }
    return bytes.starts(with: [0xEF, 0xBB, 0xBF])
  }

  /// Where the first NUL byte is: the C library's search reads many bytes at a time, and
  /// every byte of every file passes through here.
  static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else {
      return nil
    }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  static func firstNUL(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstNUL(in: $0) }
  }

  /// Lower-case hex SHA-256 of the file's bytes, byte order mark included.
  func fingerprint() -> String {
    var hasher = SHA256()
    if hasBOM { hasher.update(data: [0xEF, 0xBB, 0xBF]) }
    var text = text
    text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    return Self.hexadecimal(hasher.finalize())
  }

  /// What stands at `path` is a regular file, or the error that says what it is instead.
  private static func checkIsRegularFile(_ path: String) throws(SourceLoadError) {
    switch FileCheck.check(path) {
    case .regularFile: break
    case .missing: throw MissingPath.error(for: path)
    case .directory: throw .unreadable(path: path, reason: "it is a directory")
    case .notRegular(let kind): throw .notRegularFile(path: path, kind: kind)
    case .symlinkLoop: throw .symlinkLoop(path: path)
    case .danglingLink(let target): throw .danglingLink(path: path, target: target)
    case .inaccessible(let reason): throw .unreadable(path: path, reason: reason)
    }
  }

  /// The byte offset (into the whole collection's indices) of the first byte that does not start
  /// or continue a well-formed UTF-8 sequence, or nil when all of it is valid.
  static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = bytes.startIndex
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        offset += encoded.count
      case .error(let length):
        _ = length
        return offset
      case .emptyInput:
        return nil
      }
    }
  }

  /// Lower-case hex of a digest, two digits a byte.
  /// Written straight into the string's storage: an array of the digits first, and the
  /// digits' own array, were two allocations a file more.
  private static func hexadecimal(_ digest: SHA256.Digest) -> String {
    String(unsafeUninitializedCapacity: SHA256.byteCount * 2) { hex in
      digest.withUnsafeBytes { bytes in
        for (index, byte) in bytes.enumerated() {
          hex[2 * index] = hexDigit(byte >> 4)
          hex[2 * index + 1] = hexDigit(byte & 0x0F)
        }
      }
      return SHA256.byteCount * 2
    }
  }

  /// The lower-case hex digit of a value below 16.
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }

  static func canonicalize(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
