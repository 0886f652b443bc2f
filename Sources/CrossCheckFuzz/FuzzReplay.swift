import Foundation

#if FUZZING
  /// libFuzzer's driver, in the libFuzzer that -sanitize=fuzzer links (its own `main` cannot be
  /// the program's: SwiftPM names an executable's entry point itself).
  @_silgen_name("LLVMFuzzerRunDriver")
  private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  @main
  struct FuzzMain {
    static func main() {
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(runDriver(&argc, &argv, fuzzerTestOneInput))
    }
  }
#else
  /// Without libFuzzer (whose own main runs the fuzzing): runs a target's checks on the files
  /// named, to replay a saved input: `swift run crosscheck-fuzz TARGET FILE...`.
  @main
  struct FuzzReplay {
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        print("usage: crosscheck-fuzz \(names) FILE...")
        exit(2)
      }
      var failed = false
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("cannot read \(path)")
          exit(2)
        }
        let problems = target.violations([UInt8](data))
        print(problems.isEmpty ? "ok \(path)" : "\(path): " + problems.joined(separator: "; "))
        failed = failed || !problems.isEmpty
      }
      exit(failed ? 1 : 0)
    }
  }
#endif
