/// Where the rc file, run before the prompt, is found.
public enum RCLocation {
  /// The places looked at, in order: `$XDG_CONFIG_HOME/crosscheck/rc` when XDG_CONFIG_HOME is
  /// set (absolute, as the XDG spec requires), then `~/.crosscheckrc`.
  public static func candidates(environment: [String: String]) -> [String] {
    var paths: [String] = []
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      paths.append(config + (config.hasSuffix("/") ? "" : "/") + "crosscheck/rc")
    }
    if let home = environment["HOME"], !home.isEmpty {
      paths.append(home + (home.hasSuffix("/") ? "" : "/") + ".crosscheckrc")
    }
    return paths
  }

  /// The first of ``candidates(environment:)`` that exists, or nil when there is none.
  public static func resolve(
    environment: [String: String], fileExists: (String) -> Bool
  ) -> String? {
    candidates(environment: environment).first(where: fileExists)
  }
}

/// Runs the rc file before the prompt: its errors are reported with its path and line, and
/// neither they nor a file that cannot be read stop the session.
public enum RCFile {
  /// Runs the script at `path` in `shell`; returns what it did, or nil when it could not be
  /// read (a warning then says why).
  @discardableResult
  public static func run(_ path: String, in shell: Shell) -> ScriptRunner.Result? {
    do throws(ScriptFileError) {
      return try shell.run(try ScriptFile.read(path))
    } catch {
      shell.warn(error.message + " The rc file was skipped.")
      return nil
    }
  }
}
