import ArgumentParser
import CrossCheckCore

/// `names [SOURCE...] [--min-sources N]`: names spelled more than one way across the sources.
struct NamesCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "List person and place names spelled differently across the sources.",
    discussion: """
      Groups capitalized names whose spellings are transliteration variants (Zelenskyy, \
      Zelenskiy, Zelensky: y/iy/ii endings, kh/h, ck/k, ou/u, accents), close spellings (one \
      edit apart from six letters, two from ten) or the same letters spaced or hyphenated \
      differently (Abu Dhabi, Abu-Dhabi). A name with a derived ending (Russia, Russian; \
      Ukraine, Ukrainian) is another word, and capitalized words the sources also use in lower \
      case are common words, not names. Each spelling is listed per source with its count, the \
      offset of its first use (in code points) and the text around it.
      """)
  static let example = "names --min-sources 2"
  static let completion = CommandCompletion(
    [.sourceID], options: ["--min-sources": ArgumentKind.none, "--format": OutputFormat.choices])

  @Argument(help: "Only names that one of these sources spells (default: all names).")
  var sources: [String] = []

  @Option(help: "Only names used in at least this many sources.")
  var minSources: Int = 1

  @Option(
    help:
      "\(OutputFormat.names) (default: table, or 'set format'); the others have a row per spelling and source."
  )
  var format: OutputFormat?

  func validate() throws {
    guard minSources >= 1 else { throw ValidationError("--min-sources must be at least 1") }
  }

  func execute(in shell: Shell) throws {
    for id in sources where shell.corpus.source(SourceID(id)) == nil {
      throw ShellError(SourceLoadError.notLoaded(id: id).description)
    }
    guard !shell.corpus.sources.isEmpty else {
      throw ShellError("no sources are loaded; use 'load PATH' first.")
    }
    let wanted = Set(sources.map(SourceID.init))
    let groups = NameVariants.find(in: shell.corpus.sources).filter { group in
      group.sources.count >= minSources
        && (wanted.isEmpty || !wanted.isDisjoint(with: group.sources))
    }
    let format = format ?? shell.outputFormat
    guard format == .table else {
      shell.show(NameVariantView.records(groups), as: format)
      return
    }
    for (index, group) in groups.enumerated() {
      if index > 0 { shell.print() }
      shell.print(lines: NameVariantView.lines(group, style: shell.style, width: shell.width()))
    }
    if !groups.isEmpty { shell.print() }
    let footer =
      groups.count == 1
      ? "1 name spelled more than one way" : "\(groups.count) names spelled more than one way"
    shell.print(lines: TextWrapper.wrap(footer, width: shell.width()).map { shell.style.dim($0) })
  }
}
