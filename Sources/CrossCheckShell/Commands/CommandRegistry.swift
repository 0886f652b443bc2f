/// The list of commands. A new command is a new `ShellCommand` type added here.
enum CommandRegistry {
  static let all: [any ShellCommand.Type] = [
    HelpCommand.self,
    SourcesCommand.self,
    ShowCommand.self,
    LoadCommand.self,
    UnloadCommand.self,
    FiguresCommand.self,
    FigureCommand.self,
    NamesCommand.self,
    QuotesCommand.self,
    QuitCommand.self,
  ]
}
