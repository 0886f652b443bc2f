import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-request HTTP server on 127.0.0.1 for tests: answers the first GET with `body` (or
/// `status`) and stops. It gives up after `timeout` seconds without a connection, so a test never
/// hangs, and it never reaches beyond the loopback address.
final class LoopbackHTTPServer: @unchecked Sendable {
  // Set once in init, then read only.
  let port: UInt16
  private let socket: Int32
  private let thread: Thread

  init(body: Data, status: Int = 200, timeout: Int32 = 20) throws {
    #if canImport(Glibc)
      let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let listener = Darwin.socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard listener >= 0 else { throw CocoaError(.fileReadUnknown) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    guard bound == 0, named == 0, listen(listener, 1) == 0 else {
      close(listener)
      throw CocoaError(.fileReadUnknown)
    }
    socket = listener
    port = UInt16(bigEndian: address.sin_port)
    thread = Thread {
      defer { close(listener) }
      var waiting = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
      guard poll(&waiting, 1, timeout * 1000) == 1 else { return }
      let connection = accept(listener, nil, nil)
      guard connection >= 0 else { return }
      defer { close(connection) }
      // Read the request head (bounded), then answer and close.
      var request = [UInt8]()
      var buffer = [UInt8](repeating: 0, count: 4096)
      while request.count < 65536, !request.ends(with: Array("\r\n\r\n".utf8)) {
        var readable = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
        guard poll(&readable, 1, timeout * 1000) == 1 else { return }
        let count = read(connection, &buffer, buffer.count)
        if count <= 0 { return }
        request += buffer[0..<count]
      }
      let head =
        "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Not Found")\r\nContent-Type: application/zip\r\n"
        + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
      let response = Array(head.utf8) + Array(body)
      var sent = 0
      while sent < response.count {
        let count = response[sent...].withUnsafeBytes {
          write(connection, $0.baseAddress, $0.count)
        }
        if count <= 0 { return }
        sent += count
      }
    }
    thread.start()
  }

  var url: String { "http://127.0.0.1:\(port)/eurofxref-hist.zip" }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
  }
}
