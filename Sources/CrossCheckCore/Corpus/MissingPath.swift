import Foundation

/// Why a path that leads to nothing leads to nothing, told more exactly than "does not exist"
/// where it can be: a file on the way taken for a folder ('a.txt/'), or a name whose bytes are
/// not UTF-8, which reached CrossCheck with U+FFFD in their place (the command line, a folder's
/// listing and a glob all repair them) and so names no file.
enum MissingPath {
  static func error(for path: String) -> SourceLoadError {
    if let file = fileOnTheWay(path) { return .fileAsFolder(path: path, file: file) }
    if let shown = nonUTF8Name(path) { return .nameNotUTF8(path: shown) }
    return .notFound(path: path)
  }

  /// The first part of `path` before a '/' that is there but is not a folder.
  static func fileOnTheWay(_ path: String) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    for count in 1..<max(1, parts.count) {
      let prefix = parts[..<count].joined(separator: "/")
      guard !prefix.isEmpty else { continue }
      var info = stat()
      guard stat(prefix, &info) == 0 else { return nil }
      if info.st_mode & S_IFMT != S_IFDIR { return prefix }
    }
    return nil
  }

  /// `path` with the bytes of its names that are not UTF-8 shown as `\xE9`, when it has a
  /// replacement character that stands for such bytes in a name on disk; nil otherwise.
  static func nonUTF8Name(_ path: String) -> String? {
    guard path.unicodeScalars.contains("\u{FFFD}") else { return nil }
    var raw: [UInt8] = path.hasPrefix("/") ? [UInt8(ascii: "/")] : []
    var replaced = false
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    for (index, part) in parts.enumerated() {
      var name = Array(part.utf8)
      if part.unicodeScalars.contains("\u{FFFD}"),
        let onDisk = entry(in: raw.isEmpty ? Array(".".utf8) : raw, repairedAs: String(part))
      {
        name = onDisk
        replaced = true
      }
      raw += name
      if index < parts.count - 1 { raw.append(UInt8(ascii: "/")) }
    }
    return replaced ? shown(raw) : nil
  }

  /// The bytes of the name in `folder` that is not UTF-8 and reads as `repaired` once its bad
  /// bytes are replaced.
  private static func entry(in folder: [UInt8], repairedAs repaired: String) -> [UInt8]? {
    guard
      let directory = (folder + [0]).withUnsafeBufferPointer({ bytes in
        bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { opendir($0) }
      })
    else { return nil }
    defer { closedir(directory) }
    while let item = readdir(directory) {
      let name = withUnsafeBytes(of: item.pointee.d_name) { bytes in
        Array(bytes.prefix(while: { $0 != 0 }))
      }
      if String(validating: name, as: UTF8.self) == nil,
        String(decoding: name, as: UTF8.self) == repaired
      {
        return name
      }
    }
    return nil
  }

  /// Bytes as text, each byte that is not part of a UTF-8 character written `\xE9`.
  static func shown(_ bytes: [UInt8]) -> String {
    var result = ""
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        result.unicodeScalars.append(Unicode.UTF8.decode(encoded))
        offset += encoded.count
      case .error(let length):
        for byte in bytes[offset..<offset + length] {
          result += "\\x" + String(byte, radix: 16, uppercase: true)
        }
        offset += length
      case .emptyInput:
        return result
      }
    }
  }
}
