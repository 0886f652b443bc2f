import CrossCheckCore

/// Tab completion that knows the command language: command names first, then each command's
/// arguments by their declared kind (source ids, command names, paths, fixed choices) and its
/// option names. A pure function of the text before the cursor; the line editor only applies it.
public enum Completer {
  public static func complete(
    _ lineBeforeCursor: String, commands: [any ShellCommand.Type], context: CompletionContext
  ) -> Completion {
    let tokens = CommandTokenizer.tokenize(lineBeforeCursor)
    guard tokens.ending != .continuation else { return .none }
    var words = tokens.words
    let partial: Word
    if tokens.endsInsideWord, let last = words.popLast() {
      partial = last
    } else {
      let end = lineBeforeCursor.unicodeScalars.count
      partial = Word("", start: end, end: end)
    }
    let deleteCount = lineBeforeCursor.unicodeScalars.count - partial.start

    guard let first = words.first else {
      let names = commands.map { $0.name }
      return finish(
        candidates(names, prefix: partial.text), typed: partial.text, deleteCount: deleteCount)
    }
    guard let command = commands.first(where: { $0.matches(first.text) }) else { return .none }
    let spec = command.completion

    if partial.text.hasPrefix("-") && !partial.isQuoted {
      let names = spec.options.keys.sorted() + ["--help"]
      return finish(
        candidates(names, prefix: partial.text), typed: partial.text, deleteCount: deleteCount)
    }
    let kind = argumentKind(after: words.dropFirst(), in: spec)
    return complete(partial.text, as: kind, deleteCount: deleteCount, context: context, commands)
  }

  /// The kind of the argument being typed, found by walking the words before it.
  private static func argumentKind(after words: ArraySlice<Word>, in spec: CommandCompletion)
    -> ArgumentKind
  {
    var positional = 0
    var expectsValueOf: ArgumentKind? = nil
    for word in words {
      if expectsValueOf != nil {
        expectsValueOf = nil
        continue
      }
      if !word.isQuoted, word.text.hasPrefix("-"), let value = spec.options[word.text] {
        expectsValueOf = value
        continue
      }
      positional += 1
    }
    return expectsValueOf ?? spec.kind(ofPositional: positional)
  }

  private static func complete(
    _ prefix: String, as kind: ArgumentKind, deleteCount: Int, context: CompletionContext,
    _ commands: [any ShellCommand.Type]
  ) -> Completion {
    switch kind {
    case .none:
      return .none
    case .figureID:
      // Offer source ids with their colon first, then the figures of the source typed.
      guard prefix.contains(":") else {
        let sources = context.sourceIDs.map { $0 + ":" }.filter { $0.hasPrefix(prefix) }
        if sources.count == 1 {
          return Completion(deleteCount: deleteCount, insertion: escape(sources[0]))
        }
        return finish(candidates(sources, prefix: prefix), typed: prefix, deleteCount: deleteCount)
      }
      // In the figures' order (bl0122:2 before bl0122:10), each listed with its text.
      let ids = candidates(context.figureIDs, prefix: prefix).sorted { first, second in
        guard let one = FigureID(first), let other = FigureID(second) else { return first < second }
        return one < other
      }
      var completion = finish(ids, typed: prefix, deleteCount: deleteCount)
      completion.alternatives = completion.alternatives.map { id in
        context.figureTexts[id].map { id + "  " + $0 } ?? id
      }
      return completion
    case .discrepancyID:
      return finish(
        candidates(context.discrepancyIDs, prefix: prefix), typed: prefix, deleteCount: deleteCount)
    case .sourceOrDiscrepancyID:
      return finish(
        candidates(context.sourceIDs + context.discrepancyIDs, prefix: prefix), typed: prefix,
        deleteCount: deleteCount)
    case .verdict:
      return finish(
        candidates(context.verdicts, prefix: prefix), typed: prefix, deleteCount: deleteCount)
    case .tag:
      return finish(
        candidates(context.tags, prefix: prefix), typed: prefix, deleteCount: deleteCount)
    case .figureOrSuggestion:
      return complete(prefix, as: .figureID, deleteCount: deleteCount, context: context, commands)
    case .sourceID:
      return finish(
        candidates(context.sourceIDs, prefix: prefix), typed: prefix, deleteCount: deleteCount)
    case .commandName:
      return finish(
        candidates(commands.map { $0.name }, prefix: prefix), typed: prefix,
        deleteCount: deleteCount)
    case .choices(let choices):
      return finish(candidates(choices, prefix: prefix), typed: prefix, deleteCount: deleteCount)
    case .path:
      return completePath(prefix, deleteCount: deleteCount, context: context)
    }
  }

  private static func completePath(_ prefix: String, deleteCount: Int, context: CompletionContext)
    -> Completion
  {
    let directory: String
    let namePrefix: Substring
    if let slash = prefix.lastIndex(of: "/") {
      directory = String(prefix[...slash])
      namePrefix = prefix[prefix.index(after: slash)...]
    } else {
      directory = ""
      namePrefix = Substring(prefix)
    }
    guard let entries = context.listDirectory(directory) else { return .none }
    let matches =
      entries
      .filter { entry in
        entry.name.hasPrefix(namePrefix)
          && (namePrefix.hasPrefix(".") || !entry.name.hasPrefix("."))
      }
      .sorted { $0.name < $1.name }
    guard !matches.isEmpty else { return .none }
    if matches.count == 1 {
      let entry = matches[0]
      let full = directory + entry.name + (entry.isDirectory ? "/" : "")
      return Completion(
        deleteCount: deleteCount,
        insertion: escape(full) + (entry.isDirectory ? "" : " "))
    }
    let common = commonPrefix(matches.map(\.name))
    if common.count > namePrefix.count {
      return Completion(deleteCount: deleteCount, insertion: escape(directory + common))
    }
    return Completion(alternatives: matches.map { $0.name + ($0.isDirectory ? "/" : "") })
  }

  private static func candidates(_ all: [String], prefix: String) -> [String] {
    Array(Set(all.filter { $0.hasPrefix(prefix) })).sorted()
  }

  /// One candidate completes the word and adds a space; several complete their common prefix,
  /// or, when that adds nothing, are listed.
  private static func finish(_ candidates: [String], typed: String, deleteCount: Int)
    -> Completion
  {
    switch candidates.count {
    case 0:
      return .none
    case 1:
      return Completion(deleteCount: deleteCount, insertion: escape(candidates[0]) + " ")
    default:
      let common = commonPrefix(candidates)
      if common.count > typed.count {
        return Completion(deleteCount: deleteCount, insertion: escape(common))
      }
      return Completion(alternatives: candidates)
    }
  }

  /// Backslash-escapes what the tokenizer would otherwise split or interpret.
  static func escape(_ word: String) -> String {
    var escaped = ""
    for character in word {
      if " \t\"'\\#".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map({ Array($0) }) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var length = 0
      while length < min(prefix.count, characters.count) && prefix[length] == characters[length] {
        length += 1
      }
      prefix = Array(prefix[..<length])
    }
    return String(prefix)
  }
}
