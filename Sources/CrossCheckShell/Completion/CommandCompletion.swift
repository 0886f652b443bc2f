/// How a command's arguments complete: one kind per positional argument, and one per option.
public struct CommandCompletion: Sendable {
  /// The kinds of the positional arguments in order; the last one repeats for variadic commands.
  public var positionals: [ArgumentKind]
  /// The command's options, with the kind of value each takes (nil for a flag without a value).
  public var options: [String: ArgumentKind?]

  public init(_ positionals: [ArgumentKind] = [], options: [String: ArgumentKind?] = [:]) {
    self.positionals = positionals
    self.options = options
  }

  func kind(ofPositional index: Int) -> ArgumentKind {
    guard !positionals.isEmpty else { return .none }
    return positionals[min(index, positionals.count - 1)]
  }
}
