/// Where the prompt's history is kept when `--history` does not say.
public enum HistoryLocation {
  /// `$XDG_STATE_HOME/crosscheck/history` when XDG_STATE_HOME is set (absolute, as the XDG spec
  /// requires), otherwise `~/.crosscheck_history`; nil when neither can be known.
  public static func resolve(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + (state.hasSuffix("/") ? "" : "/") + "crosscheck/history"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + (home.hasSuffix("/") ? "" : "/") + ".crosscheck_history"
  }
}
