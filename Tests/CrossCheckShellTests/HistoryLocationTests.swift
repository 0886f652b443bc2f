import Testing

@testable import CrossCheckShell

@Suite("History file location")
struct HistoryLocationTests {
  @Test func prefersXDGStateHome() {
    #expect(
      HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/crosscheck/history")
  }

  @Test func fallsBackToTheHomeDirectory() {
    #expect(HistoryLocation.resolve(environment: ["HOME": "/h/"]) == "/h/.crosscheck_history")
    #expect(
      HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.crosscheck_history")
    #expect(HistoryLocation.resolve(environment: [:]) == nil)
  }
}

@Suite("Colour")
struct StyleTests {
  @Test func colourOnlyOnATerminalWithoutNoColor() {
    #expect(Style.colourWanted(isTerminal: true, environment: ["TERM": "xterm"]))
    #expect(!Style.colourWanted(isTerminal: false, environment: [:]))
    #expect(!Style.colourWanted(isTerminal: true, environment: ["NO_COLOR": "1"]))
    #expect(!Style.colourWanted(isTerminal: true, environment: ["TERM": "dumb"]))
    #expect(Style(isEnabled: false).bold("x") == "x")
    #expect(Style(isEnabled: true).bold("x") == "\u{1B}[1mx\u{1B}[0m")
  }
}
