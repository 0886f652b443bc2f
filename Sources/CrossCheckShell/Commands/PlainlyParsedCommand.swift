import ArgumentParser

/// A command that reads its plainest command lines itself (``PlainArguments``), and leaves
/// every other line to ArgumentParser. The state-changing commands are such commands, so that a
/// replay of thousands of journal entries does not rebuild ArgumentParser's definitions for each.
///
/// A command line read either way must give the same command: `PlainArgumentsEquivalenceTests`
/// checks this for every such command.
protocol PlainlyParsedCommand: ShellCommand {
  /// The command for `arguments`, or nil when they are not plain (ArgumentParser reads them).
  static func parsePlain(_ arguments: [String]) -> Self?
}

extension PlainlyParsedCommand {
  /// The command read from plain arguments and validated as ArgumentParser would; nil when
  /// they are not plain or not valid, so that ArgumentParser reads them and gives its error.
  static func parsedPlainly(_ arguments: [String]) -> Self? {
    guard var command = parsePlain(arguments), (try? command.validate()) != nil else {
      return nil
    }
    return command
  }
}

extension ShellCommand {
  /// The command for `arguments`: read plainly when the command can and the line is plain,
  /// otherwise by ArgumentParser (which throws its usage errors and help requests).
  static func parseArguments(_ arguments: [String]) throws -> any ShellCommand {
    if let plain = self as? any PlainlyParsedCommand.Type,
      let command = plain.parsedPlainly(arguments)
    {
      return command
    }
    return try parse(arguments)
  }
}
