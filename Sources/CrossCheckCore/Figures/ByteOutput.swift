/// Somewhere bytes are appended one at a time: a byte array, or ``JSONLineWriter``'s buffer.
protocol ByteOutput: ~Copyable {
  mutating func append(_ byte: UInt8)
}

extension Array: ByteOutput where Element == UInt8 {}
