import ArgumentParser
import CrossCheckCore
import Foundation

/// `set [NAME VALUE]`: shows or changes a session setting.
struct SetCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Show the session settings, or change one: set tolerance 0.1.",
    discussion: """
      tolerance: how far "about", "around", "some" reach when figures are compared as \
      intervals, as a fraction of the value (0.1 is ±10%; "almost" and "nearly" reach only \
      downwards).
      """)
  static let example = "set tolerance 0.15"
  static let changesState = true
  static let completion = CommandCompletion([.choices(["tolerance"]), .none])

  @Argument(help: "The setting's name.")
  var name: String?
  @Argument(help: "Its new value.")
  var value: String?

  func execute(in shell: Shell) throws {
    guard let name else {
      shell.print(
        "tolerance  \(shell.analysis.settings.approxTolerance)  (how far 'about' reaches, as a fraction)"
      )
      return
    }
    guard name == "tolerance" else {
      throw ShellError("there is no setting '\(name)'; the settings are: tolerance.")
    }
    guard let value, let number = DecimalText.parse(value),
      number >= 0, number < 1
    else {
      throw ShellError("tolerance takes a fraction from 0 to 1, e.g. set tolerance 0.1")
    }
    shell.change { $0.settings.approxTolerance = number }
    shell.print("tolerance \(number)")
  }
}
