import Foundation
import Testing

/// psql's pager at the real prompt, in tmux, with a `$PAGER` that marks every line it shows;
/// and `-q` at the prompt.
@Suite("Pager and quiet at the prompt", .timeLimit(.minutes(1)))
struct PagerTests {
  static let pager = "sed s/^/PAGED:/"

  @Test("output longer than the terminal goes through $PAGER; set pager off and always")
  func longOutputIsPaged() throws {
    let session = try TmuxSession.start(pager: Self.pager)
    defer { session.close() }
    try session.waitForPrompt()

    // Longer than the 30 rows: every line comes through the pager, the count last.
    try session.enter("figures bl0122")
    let paged = try session.waitUntil("the figures through the pager and a new prompt") {
      $0.contains(" figures") && $0.isAtEmptyPrompt
    }
    #expect(paged.lines.contains { $0.hasPrefix("PAGED:") && $0.hasSuffix(" figures") }, "\(paged)")

    // Short output is written as it is.
    try run("sources", in: session)
    let short = try session.waitUntil("the sources and a new prompt") {
      $0.contains("WORDS") && $0.isAtEmptyPrompt
    }
    #expect(!short.contains("PAGED:"), "\(short)")

    try run("set pager always", in: session)
    try run("sources", in: session)
    let always = try session.waitUntil("the sources through the pager") {
      $0.contains("WORDS") && $0.isAtEmptyPrompt
    }
    #expect(always.lines.contains { $0.hasPrefix("PAGED:ID ") }, "\(always)")

    try run("set pager off", in: session)
    try run("figures bl0122", in: session)
    let off = try session.waitUntil("the figures without the pager") {
      $0.contains(" figures") && $0.isAtEmptyPrompt
    }
    #expect(!off.contains("PAGED:"), "\(off)")
  }

  /// A pager in a process group of its own is in the background and cannot read the keyboard
  /// (less showed one screen and quit at once): it must run in the terminal's foreground
  /// process group, as psql's does.
  @Test("the pager runs in the terminal's foreground process group, so it can read keys")
  func thePagerCanReadTheKeyboard() throws {
    let pager =
      #"g=$(ps -o pgid= -p $$ | tr -d ' '); t=$(ps -o tpgid= -p $$ | tr -d ' '); "#
      + #"if [ "$g" = "$t" ]; then echo PAGER-FOREGROUND; else echo PAGER-BACKGROUND; fi; "#
      + "cat >/dev/null"
    let session = try TmuxSession.start(pager: pager)
    defer { session.close() }
    try session.waitForPrompt()
    try run("set pager always", in: session)
    try run("sources", in: session)
    let shown = try session.waitUntil("the pager's verdict and a new prompt") {
      $0.contains("PAGER-") && $0.isAtEmptyPrompt
    }
    #expect(shown.contains("PAGER-FOREGROUND"), "\(shown)")
  }

  /// A `$PAGER` of plain `less` (no -R) shows colour codes as text: as git does, the pager gets
  /// `LESS=FRX` when `LESS` is unset.
  @Test("the pager gets LESS=FRX when LESS is unset")
  func thePagerGetsLessOptions() throws {
    let session = try TmuxSession.start(pager: #"echo "PAGER-LESS=[$LESS]"; cat >/dev/null"#)
    defer { session.close() }
    try session.waitForPrompt()
    try run("set pager always", in: session)
    try run("sources", in: session)
    let shown = try session.waitUntil("the pager's LESS and a new prompt") {
      $0.contains("PAGER-LESS=") && $0.isAtEmptyPrompt
    }
    #expect(shown.contains("PAGER-LESS=[FRX]"), "\(shown)")
  }

  @Test("-q at the prompt leaves out the greeting and the loaded lines, not the output")
  func quietPrompt() throws {
    let session = try TmuxSession.start(arguments: ["-q"])
    defer { session.close() }
    let start = try session.waitForPrompt()
    #expect(!start.contains("loaded "), "\(start)")
    #expect(!start.contains("Type 'help'"), "\(start)")
    try session.enter("sources")
    try session.waitUntil("the sources and a new prompt") {
      $0.contains("WORDS") && $0.isAtEmptyPrompt
    }
  }

  /// Clears the screen (Ctrl-L), then types `command` and Enter.
  private func run(_ command: String, in session: TmuxSession) throws {
    try session.send(keys: "C-l")
    try session.waitUntil("a cleared screen") {
      $0.isAtEmptyPrompt && !$0.contains("WORDS") && !$0.contains(" figures")
    }
    try session.enter(command)
  }
}
