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
    CompareCommand.self,
    ScanCommand.self,
    RateCommand.self,
    RatesCommand.self,
    FlagCommand.self,
    NoteCommand.self,
    VerdictCommand.self,
    VerdictsCommand.self,
    TagCommand.self,
    DiscrepanciesCommand.self,
    UnflagCommand.self,
    UndoCommand.self,
    RedoCommand.self,
    SetCommand.self,
    NamesCommand.self,
    QuotesCommand.self,
    QuitCommand.self,
  ]
}
