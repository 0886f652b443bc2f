import Foundation

// libFuzzer's entry points. They are compiled in every build (so a normal build, and CI,
// compile-checks them); only a build with -sanitize=fuzzer links libFuzzer, whose main calls
// them (scripts/fuzz).

/// The target libFuzzer drives, from CROSSCHECK_FUZZ_TARGET (scripts/fuzz sets it).
nonisolated(unsafe) private var fuzzedTarget = FuzzTarget.extractor

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  let name = ProcessInfo.processInfo.environment["CROSSCHECK_FUZZ_TARGET"] ?? ""
  guard let chosen = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("set CROSSCHECK_FUZZ_TARGET to one of \(names)\n".utf8))
    exit(2)
  }
  fuzzedTarget = chosen
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let problem = fuzzedTarget.violations(bytes).first { fatalError(problem) }
  return 0
}
