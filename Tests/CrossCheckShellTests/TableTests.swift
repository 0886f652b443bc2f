import Testing

@testable import CrossCheckShell

/// Tables line their columns up by the characters shown, whatever the cells hold, and cost a
/// row the same however many rows there are.
@Suite("Text tables: aligned columns, cells measured once")
struct TableTests {
  /// Where each column starts, in characters, on each line.
  private func starts(of line: String, cells: [String]) -> [Int] {
    var result: [Int] = []
    var rest = Substring(line)
    var offset = 0
    for cell in cells {
      guard let range = rest.range(of: cell) else { return result }
      offset += rest.distance(from: rest.startIndex, to: range.lowerBound)
      result.append(offset)
      offset += cell.count
      rest = rest[range.upperBound...]
    }
    return result
  }

  @Test("columns line up by characters: accents, emoji, controls shown as pictures, CR LF")
  func alignsByCharacters() {
    let table = Table(
      headers: ["ID", "NAME", "N"],
      rows: [
        ["a", "café", "1"], ["bb", "👍🏽 ok", "22"], ["c", "x\u{1B}y", "3"], ["d", "p\r\nq", "4"],
      ])
    let lines = table.render(width: 80, style: Style(isEnabled: false))
    #expect(lines.count == 5)
    #expect(lines[0] == "ID  NAME  N")
    #expect(lines[1] == "a   café  1")
    #expect(lines[2] == "bb  👍🏽 ok  22")
    // ESC is shown as one picture, ␛; a CR before a LF stays, and the two are one character.
    #expect(lines[3] == "c   x␛y   3")
    #expect(lines[4] == "d   p\r\nq   4")
    #expect(starts(of: lines[2], cells: ["bb", "👍🏽 ok", "22"]) == [0, 4, 10])
  }

  @Test("the widest flexible column gives way, cut with an ellipsis, to fit the width")
  func shortensTheFlexibleColumn() {
    let table = Table(
      headers: ["ID", "TITLE", "WORDS"],
      rows: [["x1", String(repeating: "é", count: 40), "12"], ["x2", "short", "3"]],
      flexibleColumns: [1])
    let lines = table.render(width: 30, style: Style(isEnabled: false))
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines[1] == "x1  " + String(repeating: "é", count: 18) + "…  12")
    #expect(lines[2] == "x2  short" + String(repeating: " ", count: 16) + "3")
  }

  @Test("the lines handed over one at a time are the lines returned")
  func handsOverTheSameLines() {
    let rows = (0..<50).map { ["id\($0)", String(repeating: "w", count: $0 % 7), "\($0 * 13)"] }
    let table = Table(headers: ["ID", "TEXT", "N"], rows: rows, flexibleColumns: [1])
    var handed: [String] = []
    table.render(width: 20, style: Style(isEnabled: true)) { handed.append($0) }
    #expect(handed == table.render(width: 20, style: Style(isEnabled: true)))
    #expect(handed.count == 51)
  }
}
