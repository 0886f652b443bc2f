import Testing

@testable import CrossCheckShell

@Suite("Did-you-mean suggestions")
struct EditDistanceTests {
  let names = ["help", "sources", "show", "load", "unload", "quit", "compare"]

  @Test(arguments: [
    ("compre", "compare"), ("sorces", "sources"), ("shwo", "show"), ("laod", "load"),
    ("Sources", "sources"), ("unlod", "unload"),
  ])
  func suggestsTheIntendedName(_ typo: String, _ intended: String) {
    #expect(EditDistance.suggestion(for: typo, among: names) == intended)
  }

  @Test(arguments: ["xyzzy", "figure-it-out", "q"])
  func staysQuietWhenNothingIsClose(_ word: String) {
    #expect(EditDistance.suggestion(for: word, among: names) == nil)
  }

  @Test func countsTranspositionsAsOneEdit() {
    #expect(EditDistance.distance("shwo", "show") == 1)
    #expect(EditDistance.distance("abc", "abc") == 0)
    #expect(EditDistance.distance("", "abc") == 3)
  }
}
