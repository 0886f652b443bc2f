import Testing

@testable import CrossCheckShell

@Suite("Wrapping text")
struct TextWrapperTests {
  @Test func wrapsAtWordBoundaries() {
    let lines = TextWrapper.wrap("one two three four five six seven", width: 13)
    #expect(lines == ["one two three", "four five six", "seven"])
    #expect(lines.allSatisfy { $0.count <= 13 })
  }

  @Test func keepsParagraphBreaksAndDropsCarriageReturns() {
    #expect(TextWrapper.wrap("a b\r\n\r\nc\r\n", width: 20) == ["a b", "", "c"])
  }

  @Test func breaksWordsLongerThanTheWidth() {
    #expect(
      TextWrapper.wrap("abcdefghijklmnopqrstuvwxyz", width: 10) == [
        "abcdefghij", "klmnopqrst", "uvwxyz",
      ])
  }

  @Test func countsCharactersNotBytes() {
    #expect(TextWrapper.wrap("€€€€€ €€€€€", width: 11) == ["€€€€€ €€€€€"])
  }
}
