import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

/// Text from files reaches the terminal with its control characters made visible.
@Suite("Terminal text: control characters made visible")
struct TerminalTextTests {
  @Test("C0 controls become control pictures, C1 controls \\u{..}, tab and line feed stay")
  func makesControlsVisible() {
    #expect(TerminalText.visible("a\u{1B}[2Jb") == "a␛[2Jb")
    #expect(TerminalText.visible("\u{1B}]0;title\u{07}") == "␛]0;title␇")
    #expect(TerminalText.visible("x\u{9B}31m") == "x\\u{9B}31m")
    #expect(TerminalText.visible("del\u{7F}") == "del␡")
    #expect(TerminalText.visible("tab\there\nnext") == "tab\there\nnext")
    #expect(TerminalText.visible("crlf\r\nlone\rcr\0") == "crlf\r\nlone␍cr␀")
    #expect(TerminalText.visible("plain “text” €") == "plain “text” €")
  }

  @Test("printable ASCII, tabs and line feeds come back as they are, styling kept or not")
  func leavesPlainTextAsItIs() {
    let plain = "ID  TITLE\tWORDS\nbl0122  Talks in Moscow  675\n"
    #expect(TerminalText.visible(plain) == plain)
    #expect(TerminalText.visible(plain, keeping: ["\u{1B}[1m"]) == plain)
    #expect(TerminalText.visible("") == "")
    // One control among plain bytes is still shown, at either end.
    #expect(TerminalText.visible(plain + "\u{7F}") == plain + "␡")
    #expect(TerminalText.visible("\u{1B}" + plain) == "␛" + plain)
  }

  @Test("direction marks, embeddings, overrides and isolates are shown as \\u{..}")
  func makesDirectionControlsVisible() {
    #expect(TerminalText.visible("abc\u{202E}def") == "abc\\u{202E}def")
    #expect(
      TerminalText.visible("\u{200E}\u{200F}\u{061C}\u{202A}\u{202C}\u{2066}\u{2069}")
        == "\\u{200E}\\u{200F}\\u{61C}\\u{202A}\\u{202C}\\u{2066}\\u{2069}")
    // Right-to-left letters themselves are text, not controls.
    #expect(TerminalText.visible("שלום مرحبا") == "שלום مرحبا")
  }

  /// A right-to-left override in a sidecar's title would reverse the rest of the status line
  /// and of the listing's row; in JSON it is a `\u202e` escape, so the terminal filter, which
  /// all output passes, finds nothing to change and the JSON stays valid.
  @Test("a direction control from a sidecar is escaped in status lines, listings and JSON")
  func directionControlsFromASidecarAreEscaped() throws {
    let folder = try TemporaryDirectory()
    try folder.write("rlo.txt", "The ministry said 40 people \u{202E}died\u{202C}.\n")
    try folder.write("rlo.meta.json", #"{"title": "abc\u202edef\u2067x"}"#)
    let shell = RecordingShell()
    #expect(shell.run("load \(folder.path)/rlo.txt") == .succeeded)
    #expect(shell.status.contains("abc\\u{202E}def\\u{2067}x"), "\(shell.status)")
    for command in ["sources", "figures", "show rlo"] {
      shell.clear()
      #expect(shell.run(command) == .succeeded)
      #expect(!shell.output.contains("\u{202E}"), "\(command): \(shell.output)")
    }
    for command in ["sources --format json", "figures --format json", "scan --format json"] {
      shell.clear()
      #expect(shell.run(command) == .succeeded)
      #expect(TerminalText.visible(shell.output) == shell.output, "\(command)")
    }
    shell.clear()
    shell.run("sources --format json")
    #expect(shell.output.contains(#""abc\u202edef\u2067x""#), "\(shell.output)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(shell.output.utf8)) as? [[String: Any]])
    #expect(rows.first?["title"] as? String == "abc\u{202E}def\u{2067}x")
    shell.clear()
    shell.run("figures --format json")
    #expect(shell.output.contains(#"\u202edied\u202c"#), "\(shell.output)")
  }

  @Test("only the given styling sequences pass")
  func keepsOnlyTheShellsStyling() {
    let style = Style(isEnabled: true)
    let styled = style.bold("x") + "\u{1B}[2J" + style.error("y") + "\u{1B}[31m"
    let shown = TerminalText.visible(styled, keeping: style.sequences)
    #expect(shown == style.bold("x") + "␛[2J" + style.error("y") + "␛[31m")
    #expect(Style(isEnabled: false).sequences.isEmpty)
    #expect(TerminalText.visible(style.bold("x"), keeping: []) == "␛[1mx␛[0m")
  }

  /// An article whose text and sidecar carry escape sequences: clear screen, a window title
  /// (OSC 0), a clipboard write (OSC 52), a C1 CSI and colour codes.
  static func hostileFolder() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    try folder.write(
      "evil.txt",
      "Hostile\u{1B}[2J headline\n\nThe ministry said \u{1B}]0;pwned\u{07} that 5,000 people "
        + "\u{1B}]52;c;ZXZpbA==\u{07}were moved and \u{9B}31m $3 billion \u{1B}[31mwas spent.\n\n"
        + "Another report said 6,000 people were moved and $4 billion was spent.\n")
    try folder.write(
      "evil.meta.json",
      #"{"title": "Title\u001b[2J\u009b1m", "outlet": "Out\u001b]0;x\u0007let", "#
        + #""date": "2025-01-01\u001b[31m", "url": "javascript:alert(1)"}"#)
    return folder
  }

  @Test(
    "show, figures, figure, sources, scan, compare and discrepancies show no escape from a file",
    arguments: [false, true])
  func hostileArticleShowsNoEscapes(styled: Bool) throws {
    let folder = try Self.hostileFolder()
    let shell = RecordingShell(width: 100)
    shell.shell.style = Style(isEnabled: styled)
    #expect(shell.run("load \(folder.path)/evil.txt") == .succeeded)
    let figure = try #require(
      shell.shell.corpus.sources[0].figures.first { $0.text == "$3 billion" })
    let other = try #require(
      shell.shell.corpus.sources[0].figures.first { $0.text == "$4 billion" })
    for command in [
      "sources", "show evil", "figures", "figure \(figure.id)", "scan",
      "compare \(figure.id) \(other.id)", "flag \(figure.id) \(other.id)", "discrepancies",
      "show D1",
    ] {
      shell.clear()
      #expect(shell.run(command) == .succeeded, "\(command): \(shell.errors)")
      // With styling on, the shell's own sequences are the only ones.
      let rest = TerminalText.visible(shell.output, keeping: shell.shell.style.sequences)
      #expect(rest == shell.output, "\(command) let a control character through")
      #expect(!shell.output.contains("\u{1B}[2J"), "\(command)")
      #expect(!shell.output.contains("\u{1B}[31m"), "\(command)")
      #expect(!shell.output.contains("\u{9B}"), "\(command)")
      #expect(!shell.output.contains("\u{07}"), "\(command)")
    }
    shell.clear()
    shell.run("show evil")
    #expect(shell.output.contains("Title␛[2J\\u{9B}1m"))
    #expect(shell.output.contains("␛]52;c;ZXZpbA==␇"))
  }
}
