/// CrossCheck's version, shown by `--version` and recorded in saved sessions.
public enum CrossCheckVersion {
  public static let current = "0.1.0"
}
