import ArgumentParser
import CrossCheckCore

/// `tag D1 WORD...`: adds tags to a discrepancy (`--remove` takes them off).
struct TagCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Tag a discrepancy with words (or take tags off with --remove).")
  static let example = "tag D1 assets sanctions"
  static let changesState = true
  static let completion = CommandCompletion([.discrepancyID, .tag], options: ["--remove": nil])

  @Argument(help: "The discrepancy (D1).")
  var discrepancy: String
  @Argument(help: "One or more tags.")
  var tags: [String]
  @Flag(help: "Remove these tags instead of adding them.")
  var remove = false

  func validate() throws {
    if tags.isEmpty { throw ValidationError("Give at least one tag") }
  }

  func execute(in shell: Shell) throws {
    let target = try shell.discrepancy(discrepancy)
    for tag in tags where tag.contains(where: \.isWhitespace) || tag.isEmpty {
      throw ShellError("'\(tag)' cannot be a tag; tags are single words.")
    }
    shell.change {
      $0.update(target.id) { discrepancy in
        if remove {
          discrepancy.tags.removeAll { tags.contains($0) }
        } else {
          for tag in tags where !discrepancy.tags.contains(tag) { discrepancy.tags.append(tag) }
        }
      }
    }
    let updated = try shell.discrepancy(discrepancy)
    shell.status(
      "\(updated.label) tags: "
        + (updated.tags.isEmpty ? "none" : updated.tags.joined(separator: ", ")))
  }
}

extension TagCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments, flags: ["--remove"]), plain.positionals.count >= 2
    else { return nil }
    var command = Self()
    command.discrepancy = plain.positionals[0]
    command.tags = Array(plain.positionals.dropFirst())
    command.remove = plain.has("--remove")
    return command
  }
}
