import Foundation

/// Reads lines from a stream (standard input) as they arrive, bounded as a script file is:
/// a line longer than ``ScriptInputLine/maximumLineBytes`` is read past without being kept,
/// and the input ends with ``ScriptInputLine/inputTooLarge(limit:)`` once it goes past
/// `maximumBytes`. The lines before that point are all given.
public struct BoundedLineReader: Sequence, IteratorProtocol {
  /// Fills the buffer with the next bytes; how many (0 at the end, negative on an error).
  private let read: (UnsafeMutableRawBufferPointer) -> Int
  private let maximumLineBytes: Int
  private let maximumBytes: Int
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  private var position = 0
  private var end = 0
  /// The start of a line not yet ended.
  private var pending: [UInt8] = []
  /// The bytes of a line found too long so far, while the rest of it is read past.
  private var skipped: Int?
  /// The last byte of the line read so far, to leave a CRLF's `\r` out of its length.
  private var lastByte: UInt8?
  private var total = 0
  private var atEnd = false
  private var overflowed = false
  private var isFirstLine = true

  public init(
    maximumLineBytes: Int = ScriptInputLine.maximumLineBytes,
    maximumBytes: Int = ScriptFile.maximumBytes,
    read: @escaping (UnsafeMutableRawBufferPointer) -> Int
  ) {
    self.maximumLineBytes = maximumLineBytes
    self.maximumBytes = maximumBytes
    self.read = read
  }

  /// The lines of the file descriptor `descriptor` (standard input by default).
  public init(descriptor: Int32 = STDIN_FILENO) {
    self.init { buffer in
      while true {
        let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
        if count < 0 && errno == EINTR { continue }
        return count
      }
    }
  }

  public mutating func next() -> ScriptInputLine? {
    while true {
      if position < end {
        let newline = chunk[position..<end].firstIndex(of: UInt8(ascii: "\n"))
        let stop = newline ?? end
        let length = stop - position
        if length > 0 { lastByte = chunk[stop - 1] }
        if let count = skipped {
          skipped = count + length
        } else if pending.count + length > maximumLineBytes + 1 {
          // One byte over is kept until the line ends: it may be the `\r` of a CRLF.
          skipped = pending.count + length
          pending = []
        } else {
          pending += chunk[position..<stop]
        }
        position = newline.map { $0 + 1 } ?? end
        if newline != nil { return finishLine() }
        continue
      }
      if atEnd {
        if overflowed {
          overflowed = false
          return .inputTooLarge(limit: maximumBytes)
        }
        // A last line without a line break.
        return skipped != nil || !pending.isEmpty ? finishLine() : nil
      }
      fill()
    }
  }

  /// Reads the next chunk; past `maximumBytes` only the bytes within it are kept, and the input
  /// ends there.
  private mutating func fill() {
    let count = chunk.withUnsafeMutableBytes { read($0) }
    position = 0
    end = Swift.max(count, 0)
    guard count > 0 else {
      atEnd = true
      return
    }
    total += count
    if total > maximumBytes {
      end -= total - maximumBytes
      atEnd = true
      overflowed = true
      // The line the limit cuts is not run: the chunk ends at the last line break before it.
      if let last = chunk[0..<end].lastIndex(of: UInt8(ascii: "\n")) {
        end = last + 1
      } else {
        end = 0
        pending = []
        skipped = nil
      }
    }
  }

  private mutating func finishLine() -> ScriptInputLine {
    defer {
      pending = []
      skipped = nil
      lastByte = nil
      isFirstLine = false
    }
    // A CRLF's `\r` is not counted: a line is refused alike with CRLF or LF.
    let carriageReturn = lastByte == UInt8(ascii: "\r") ? 1 : 0
    if let count = skipped ?? (pending.count > maximumLineBytes ? pending.count : nil),
      count - carriageReturn > maximumLineBytes
    {
      return .tooLong(byteCount: count - carriageReturn, limit: maximumLineBytes)
    }
    var bytes = pending[...]
    // A byte order mark before the first line, as a script file may have.
    if isFirstLine && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    return .text(String(decoding: bytes, as: UTF8.self))
  }
}
