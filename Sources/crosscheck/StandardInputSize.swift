import Foundation

/// How much a file redirected to standard input (`crosscheck < FILE`) holds from where it is
/// read; nil for a pipe or a terminal, whose size is not known ahead.
enum StandardInputSize {
  static func remaining() -> Int? {
    var status = stat()
    guard fstat(STDIN_FILENO, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    let offset = lseek(STDIN_FILENO, 0, SEEK_CUR)
    return Int(status.st_size) - Int(max(offset, 0))
  }
}
