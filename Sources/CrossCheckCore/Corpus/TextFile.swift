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

  /// Reads and validates the file at `path`.
  static func read(path: String) throws(SourceLoadError) -> TextFile {
    let bytes = try readBytes(path: path)
    if bytes.isEmpty { throw .empty(path: path) }
    if let encoding = TextEncodingGuess.wideEncoding(of: bytes) {
      throw .wideEncoding(path: path, encoding: encoding)
    }
    if let nul = firstNUL(in: bytes) { throw .binary(path: path, byteOffset: nul) }
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let body = bytes[(hasBOM ? 3 : 0)...]
    // The standard library's validation is the fast path; the parser below only says where a
    // file that fails it goes wrong.
    guard let text = String(validating: body, as: UTF8.self) else {
      let bad = firstInvalidUTF8Offset(in: body) ?? body.startIndex
      let line = body[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw .invalidUTF8(path: path, byteOffset: bad, line: line, byte: bytes[bad])
    }
    if body.isEmpty { throw .empty(path: path) }
    return TextFile(
      path: path, canonicalPath: canonicalize(path), text: text, hasBOM: hasBOM,
      byteCount: bytes.count)
  }

  /// Where the first NUL byte is: the C library's search reads many bytes at a time, and
  /// every byte of every file passes through here.
  static func firstNUL(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else {
        return nil
      }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
  }

  /// Lower-case hex SHA-256 of the file's bytes, byte order mark included.
  func fingerprint() -> String {
    var hasher = SHA256()
    if hasBOM { hasher.update(data: [0xEF, 0xBB, 0xBF]) }
    var text = text
    text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    return Self.hexadecimal(hasher.finalize())
  }

  private static func readBytes(path: String) throws(SourceLoadError) -> [UInt8] {
    switch FileCheck.check(path) {
    case .regularFile: break
    case .missing: throw .notFound(path: path)
    case .directory: throw .unreadable(path: path, reason: "it is a directory")
    case .notRegular(let kind): throw .notRegularFile(path: path, kind: kind)
    case .symlinkLoop: throw .symlinkLoop(path: path)
    case .danglingLink(let target): throw .danglingLink(path: path, target: target)
    case .inaccessible(let reason): throw .unreadable(path: path, reason: reason)
    }
    do {
      return [UInt8](try FileReader.read(path))
    } catch .notRegularFile {
      throw .notRegularFile(path: path, kind: "no longer a regular file")
    } catch {
      throw .unreadable(path: path, reason: error.description)
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
  private static func hexadecimal(_ digest: SHA256.Digest) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(SHA256.byteCount * 2)
    for byte in digest {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }

  static func canonicalize(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
