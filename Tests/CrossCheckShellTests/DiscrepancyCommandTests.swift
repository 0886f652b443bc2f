import CrossCheckCore
import Foundation
import Testing

@testable import CrossCheckShell

/// A shell with the five corpus articles loaded and a fixed clock.
private func corpusShell(width: Int = 100) -> RecordingShell {
  let shell = RecordingShell(width: width)
  shell.run("load \(RecordingShell.corpusPath)")
  shell.shell.now = { discrepancyTestTime }
  shell.clear()
  return shell
}

/// 2025-12-04T09:30:00Z
private let discrepancyTestTime = Date(timeIntervalSince1970: 1_764_840_600)

/// Writes `text` to a fresh temporary file and returns its path; the caller removes it.
private func temporaryFile(named name: String, _ text: String) throws -> String {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("crosscheck-discrepancy-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let file = folder.appendingPathComponent(name)
  try Data(text.utf8).write(to: file)
  return file.path
}

private func removeTemporaryFile(_ path: String) {
  try? FileManager.default.removeItem(
    atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
}

/// The code points of `source` from `start` to `end`, clamped to the text.
private func codePoints(_ text: String, _ start: Int, _ end: Int) -> String {
  let scalars = Array(text.unicodeScalars)
  let lower = max(0, min(start, scalars.count))
  let upper = max(lower, min(end, scalars.count))
  return String(String.UnicodeScalarView(scalars[lower..<upper]))
}

@Suite("Discrepancies: flag, note, verdict, tag, show, unflag")
struct DiscrepancyCommandTests {
  @Test func flagRecordsBothFiguresWithTheirSelectors() throws {
    let shell = corpusShell()
    #expect(shell.run("flag bl0122:9 il1203:11") == .succeeded)
    #expect(shell.errors.isEmpty)
    #expect(shell.status.hasPrefix("flagged D1  no verdict  “$300 billion” vs “€210 billion”"))
    let discrepancy = try #require(shell.shell.analysis.discrepancy(1))
    #expect(discrepancy.label == "D1")
    #expect(discrepancy.created == discrepancyTestTime)
    #expect(discrepancy.title == nil)
    #expect(discrepancy.figures.map(\.figure.description) == ["bl0122:9", "il1203:11"])
    for reference in discrepancy.figures {
      let source = try #require(shell.shell.corpus.source(reference.figure.source))
      let figure = try #require(source.figure(reference.figure))
      #expect(reference.sourceSHA256 == source.sha256)
      #expect(reference.position == TextPositionSelector(start: figure.start, end: figure.end))
      #expect(reference.quote.exact == figure.text)
      #expect(codePoints(source.text, figure.start, figure.end) == reference.quote.exact)
      #expect(reference.quote.prefix == codePoints(source.text, figure.start - 32, figure.start))
      #expect(reference.quote.suffix == codePoints(source.text, figure.end, figure.end + 32))
      #expect(reference.quote.prefix.unicodeScalars.count <= 32)
      #expect(reference.quote.suffix.unicodeScalars.count <= 32)
      #expect(!reference.quote.prefix.isEmpty && !reference.quote.suffix.isEmpty)
    }
    #expect(discrepancy.figures[0].quote.exact == "$300 billion")
    #expect(discrepancy.figures[1].quote.exact == "€210 billion")
  }

  @Test func theQuoteContextIsExactlyThirtyTwoCodePointsInsideAText() throws {
    let shell = corpusShell()
    shell.run("flag il1203:13")
    let reference = try #require(shell.shell.analysis.discrepancy(1)?.figures.first)
    // "€185 billion" sits well inside il1203, so both sides are full.
    #expect(reference.quote.prefix.unicodeScalars.count == 32)
    #expect(reference.quote.suffix.unicodeScalars.count == 32)
  }

  @Test func flagTakesATitleAndIgnoresARepeatedFigure() throws {
    let shell = corpusShell()
    #expect(
      shell.run("flag il1203:11 il1203:13 il1203:11 --title \"Frozen assets in Europe\"")
        == .succeeded)
    let discrepancy = try #require(shell.shell.analysis.discrepancy(1))
    #expect(discrepancy.title == "Frozen assets in Europe")
    #expect(discrepancy.figures.map(\.figure.description) == ["il1203:11", "il1203:13"])
    #expect(shell.status.contains("D1  no verdict  Frozen assets in Europe  il1203:11, il1203:13"))
  }

  @Test func flagRejectsUnknownFiguresAndRecordsNothing() {
    let shell = corpusShell()
    #expect(shell.run("flag bl0122:9 bl0122:999") == .failed)
    #expect(shell.errors.contains("there is no bl0122:999"))
    #expect(shell.shell.analysis.discrepancies.isEmpty)
    #expect(shell.run("flag") == .failed)
  }

  @Test func noteAppendsTimestampedNotes() throws {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("note D1 \"Belgium holds most of Europe's frozen assets\"") == .succeeded)
    #expect(shell.status == "noted on D1 at 2025-12-04T09:30:00Z\n")
    let later = discrepancyTestTime.addingTimeInterval(3_600)
    shell.shell.now = { later }
    #expect(shell.run("note d1 checked with the ministry") == .succeeded)
    let notes = try #require(shell.shell.analysis.discrepancy(1)?.notes)
    #expect(
      notes == [
        Note(time: discrepancyTestTime, text: "Belgium holds most of Europe's frozen assets"),
        Note(time: later, text: "checked with the ministry"),
      ])
  }

  @Test func noteNeedsAnExistingDiscrepancyAndText() {
    let shell = corpusShell()
    #expect(shell.run("note D1 hello") == .failed)
    #expect(shell.errors.contains("there is no D1; none are recorded yet."))
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("note D7 hello") == .failed)
    #expect(shell.errors.contains("there is no D7; recorded: D1."))
    shell.clear()
    #expect(shell.run("note X1 hello") == .failed)
    #expect(shell.errors.contains("'X1' is not a discrepancy id"))
    #expect(shell.run("note D1") == .failed)
  }

  @Test func verdictSetsABuiltInVerdict() throws {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("verdict D1 scope-difference") == .succeeded)
    #expect(shell.status == "D1: scope-difference\n")
    #expect(shell.shell.analysis.discrepancy(1)?.verdict == "scope-difference")
    shell.run("verdict D1 rounding")
    #expect(shell.shell.analysis.discrepancy(1)?.verdict == "rounding")
  }

  @Test func anUnknownVerdictFailsWithASuggestion() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("verdict D1 scope-diference") == .failed)
    #expect(
      shell.errors
        == "error: 'scope-diference' is not a verdict of this session — did you mean 'scope-difference'? Add your own with 'verdicts add scope-diference'.\n"
    )
    #expect(shell.shell.analysis.discrepancy(1)?.verdict == nil)
    // Nothing close: the verdicts that can be typed.
    shell.clear()
    #expect(shell.run("verdict D1 bogus") == .failed)
    #expect(
      shell.errors.hasPrefix(
        "error: 'bogus' is not a verdict of this session; the verdicts are contradiction, "
          + "scope-difference,"), "\(shell.errors)")
    #expect(
      shell.errors.hasSuffix(
        "('verdicts' says what each means). Add your own with 'verdicts add bogus'.\n"))
  }

  /// A `--verdict` filter with a typo matched nothing, and listed or exported an empty report
  /// without a word.
  @Test func aFilterOnAVerdictThatDoesNotExistIsRefused() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.run("verdict D1 rounding")
    for command in ["discrepancies --verdict roundng", "export markdown --verdict roundng"] {
      shell.clear()
      #expect(shell.run(command) == .failed, "\(command)")
      #expect(
        shell.errors
          == "error: 'roundng' is not a verdict of this session — did you mean 'rounding'?\n",
        "\(command)")
      #expect(shell.output.isEmpty, "\(command): \(shell.output)")
    }
    shell.clear()
    #expect(shell.run("discrepancies --verdict bogus") == .failed)
    #expect(shell.errors.hasSuffix("('verdicts' says what each means).\n"), "\(shell.errors)")
    // 'none' lists those without a verdict, as before.
    shell.clear()
    #expect(shell.run("discrepancies --verdict none") == .succeeded)
    #expect(shell.run("discrepancies --verdict rounding") == .succeeded)
    #expect(shell.output.contains("D1"))
  }

  @Test func verdictsAddMakesANewVerdictUsable() throws {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    #expect(shell.run("verdict D1 misquote") == .failed)
    shell.clear()
    #expect(shell.run("verdicts add misquote") == .succeeded)
    #expect(shell.status == "added the verdict 'misquote'\n")
    #expect(shell.shell.analysis.settings.customVerdicts == ["misquote"])
    #expect(shell.run("verdict D1 misquote") == .succeeded)
    #expect(shell.shell.analysis.discrepancy(1)?.verdict == "misquote")
    shell.clear()
    shell.run("verdicts")
    let lines = shell.output.split(separator: "\n").map(String.init)
    #expect(lines.count == Verdict.builtIn.count + 1)
    #expect(
      lines.contains { $0.hasPrefix("  scope-difference") && $0.contains("different places") })
    #expect(lines.last?.hasPrefix("  misquote") == true)
    #expect(lines.last?.hasSuffix("added in this session") == true)
  }

  @Test func verdictsAddRejectsDuplicatesAndBadNames() {
    let shell = corpusShell()
    #expect(shell.run("verdicts add rounding") == .failed)
    #expect(shell.errors.contains("'rounding' is already a verdict"))
    shell.clear()
    #expect(shell.run("verdicts add Mis_Quote") == .failed)
    #expect(shell.errors.contains("cannot be a verdict"))
    #expect(shell.shell.analysis.settings.customVerdicts.isEmpty)
  }

  @Test func tagAddsAndRemovesTags() throws {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("tag D1 a b") == .succeeded)
    #expect(shell.status == "D1 tags: a, b\n")
    #expect(shell.shell.analysis.discrepancy(1)?.tags == ["a", "b"])
    shell.run("tag D1 b c")
    #expect(shell.shell.analysis.discrepancy(1)?.tags == ["a", "b", "c"])
    shell.clear()
    #expect(shell.run("tag D1 a --remove") == .succeeded)
    #expect(shell.status == "D1 tags: b, c\n")
    #expect(shell.shell.analysis.discrepancy(1)?.tags == ["b", "c"])
    shell.clear()
    shell.run("tag D1 b c --remove")
    #expect(shell.status == "D1 tags: none\n")
    #expect(shell.shell.analysis.tags.isEmpty)
  }

  @Test func showPrintsTheRecordWithNotes() {
    let shell = corpusShell(width: 200)
    shell.run("flag bl0122:9 il1203:11 --title \"Frozen assets\"")
    shell.run("verdict D1 scope-difference")
    shell.run("tag D1 assets")
    shell.run("note D1 \"Worldwide vs Europe only\"")
    shell.clear()
    #expect(shell.run("show D1") == .succeeded)
    let lines = shell.output.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(lines.first == "D1  Frozen assets")
    #expect(lines.contains("  verdict  scope-difference"))
    #expect(lines.contains("  tags     assets"))
    #expect(lines.contains("  flagged  2025-12-04T09:30:00Z"))
    #expect(lines.contains { $0.hasPrefix("bl0122:9  Bloomberg News · 2026-01-22") })
    #expect(lines.contains { $0.hasPrefix("il1203:11  Israeli news site (unnamed) · 2025-12-03") })
    #expect(shell.output.contains("[$300 billion]"))
    #expect(shell.output.contains("[€210 billion]"))
    let notes = lines.firstIndex(of: "Notes")
    #expect(notes != nil)
    if let notes {
      #expect(lines[notes + 1] == "  2025-12-04T09:30:00Z")
      #expect(lines[notes + 2] == "    Worldwide vs Europe only")
    }
  }

  @Test func showWithoutAVerdictSaysHowToSetOne() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    shell.run("show D1")
    // Without a title, 'show' and the list both name it by its quotes.
    #expect(shell.output.hasPrefix("D1  “$300 billion” vs “€210 billion”\n"))
    #expect(shell.output.contains("  verdict  none yet (set one with 'verdict D1 VERDICT')"))
    #expect(!shell.output.contains("Notes"))
    shell.clear()
    #expect(shell.run("show D2") == .failed)
    #expect(shell.errors.contains("there is no D2; recorded: D1."))
  }

  @Test func showStillShowsSources() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("show bl0122") == .succeeded)
    #expect(
      shell.output.hasPrefix("Putin starts Moscow talks with US Envoys Witkoff and Kushner\n"))
  }

  @Test func unflagRemovesItAndNumbersAreNotReused() throws {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("unflag D1") == .succeeded)
    #expect(shell.status == "removed D1; 'undo' brings it back\n")
    #expect(shell.shell.analysis.discrepancies.isEmpty)
    shell.clear()
    shell.run("flag il1203:11 il1203:13")
    #expect(shell.status.hasPrefix("flagged D2 "))
    #expect(shell.shell.analysis.discrepancies.map(\.label) == ["D2"])
    #expect(shell.run("unflag D1") == .failed)
  }
}

@Suite("Discrepancies: listing and filtering")
struct DiscrepancyListTests {
  func shellWithThreeDiscrepancies() -> RecordingShell {
    let shell = corpusShell(width: 160)
    shell.run("flag bl0122:9 il1203:11")
    shell.run("flag il1203:11 il1203:13")
    shell.run("flag bl0122:5 bl0123:2")
    shell.run("verdict D1 scope-difference")
    shell.run("verdict D3 counting-difference")
    shell.run("tag D1 assets")
    shell.run("tag D2 assets belgium")
    shell.run("note D3 \"six before, the seventh now\"")
    shell.clear()
    return shell
  }

  /// The first word of each row under the header.
  func listedLabels(_ output: String) -> [String] {
    output.split(separator: "\n").dropFirst().compactMap {
      $0.split(separator: " ").first.map(String.init)
    }
  }

  @Test func listsEveryDiscrepancyOnOneLineUnderAHeaderInAlignedColumns() {
    let shell = shellWithThreeDiscrepancies()
    #expect(shell.run("discrepancies") == .succeeded)
    #expect(listedLabels(shell.output) == ["D1", "D2", "D3"])
    let lines = shell.output.split(separator: "\n").map(String.init)
    #expect(
      lines[0].split(separator: " ") == ["ID", "VERDICT", "TITLE", "FIGURES", "TAGS", "NOTES"])
    #expect(
      lines[1].hasPrefix(
        "D1  scope-difference     “$300 billion” vs “€210 billion”  bl0122:9, il1203:11   #assets"))
    #expect(lines[2].contains("#assets #belgium"))
    #expect(lines[3].hasSuffix(" 1"), "one note")
    // Every column starts where its header does.
    for header in ["VERDICT", "TITLE", "FIGURES"] {
      let column = lines[0].distance(
        from: lines[0].startIndex, to: lines[0].range(of: header)!.lowerBound)
      for row in lines[1...3] {
        #expect(row.prefix(column).hasSuffix("  "), "\(header) column in \(row)")
        #expect(row.dropFirst(column).first != " ", "\(header) column in \(row)")
      }
    }
  }

  @Test func filtersByVerdict() {
    let shell = shellWithThreeDiscrepancies()
    shell.run("discrepancies --verdict scope-difference")
    #expect(listedLabels(shell.output) == ["D1"])
    shell.clear()
    shell.run("discrepancies --verdict none")
    #expect(listedLabels(shell.output) == ["D2"])
    shell.clear()
    shell.run("discrepancies --verdict rounding")
    #expect(shell.output == "No discrepancy matches.\n")
  }

  @Test func filtersByTag() {
    let shell = shellWithThreeDiscrepancies()
    shell.run("discrepancies --tag assets")
    #expect(listedLabels(shell.output) == ["D1", "D2"])
    shell.clear()
    shell.run("discrepancies --tag belgium")
    #expect(listedLabels(shell.output) == ["D2"])
    shell.clear()
    shell.run("discrepancies --tag assets --verdict scope-difference")
    #expect(listedLabels(shell.output) == ["D1"])
  }

  @Test func anEmptyListSaysHowToFlag() {
    let shell = corpusShell()
    shell.run("discrepancies")
    #expect(shell.output == "No discrepancies yet. Record one with 'flag ID ID'.\n")
  }
}

@Suite("Discrepancies: undo and redo")
struct UndoRedoTests {
  @Test func nothingToUndoOrRedoAtFirst() {
    let shell = corpusShell()
    #expect(shell.run("undo") == .failed)
    #expect(shell.errors == "error: there is nothing to undo.\n")
    shell.clear()
    #expect(shell.run("redo") == .failed)
    #expect(shell.errors == "error: there is nothing to redo.\n")
  }

  @Test func undoAndRedoAFlag() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.clear()
    #expect(shell.run("undo") == .succeeded)
    #expect(shell.status == "undid: flag bl0122:9 il1203:11\n")
    #expect(shell.shell.analysis.discrepancies.isEmpty)
    shell.clear()
    #expect(shell.run("redo") == .succeeded)
    #expect(shell.status == "redid: flag bl0122:9 il1203:11\n")
    #expect(shell.shell.analysis.discrepancies.map(\.label) == ["D1"])
    shell.clear()
    #expect(shell.run("redo") == .failed)
    #expect(shell.errors == "error: there is nothing to redo.\n")
  }

  @Test func undoingAFlagGivesBackItsNumber() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.run("undo")
    shell.clear()
    shell.run("flag il1203:11 il1203:13")
    #expect(shell.status.hasPrefix("flagged D1 "))
  }

  @Test func undoWalksBackThroughNoteVerdictAndUnflag() throws {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.run("note D1 first")
    shell.run("verdict D1 scope-difference")
    shell.run("unflag D1")
    #expect(shell.shell.analysis.discrepancies.isEmpty)

    shell.clear()
    shell.run("undo")
    #expect(shell.status == "undid: unflag D1\n")
    let restored = try #require(shell.shell.analysis.discrepancy(1))
    #expect(restored.verdict == "scope-difference")
    #expect(restored.notes.map(\.text) == ["first"])

    shell.clear()
    shell.run("undo")
    #expect(shell.status == "undid: verdict D1 scope-difference\n")
    #expect(shell.shell.analysis.discrepancy(1)?.verdict == nil)

    shell.clear()
    shell.run("undo")
    #expect(shell.status == "undid: note D1 first\n")
    #expect(shell.shell.analysis.discrepancy(1)?.notes.isEmpty == true)

    shell.run("undo")
    #expect(shell.shell.analysis.discrepancies.isEmpty)
    shell.clear()
    #expect(shell.run("undo") == .failed)
    #expect(shell.errors == "error: there is nothing to undo.\n")

    // And forward again, in order.
    shell.clear()
    for expected in [
      "flag bl0122:9 il1203:11", "note D1 first", "verdict D1 scope-difference", "unflag D1",
    ] {
      shell.clear()
      #expect(shell.run("redo") == .succeeded)
      #expect(shell.status == "redid: \(expected)\n")
    }
    #expect(shell.shell.analysis.discrepancies.isEmpty)
  }

  @Test func aNewChangeClearsTheRedoStack() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.run("verdict D1 rounding")
    shell.run("undo")
    shell.run("verdict D1 scope-difference")
    shell.clear()
    #expect(shell.run("redo") == .failed)
    #expect(shell.shell.analysis.discrepancy(1)?.verdict == "scope-difference")
  }

  @Test func commandsThatChangeNothingAreNotUndone() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.run("tag D1 a")
    shell.run("tag D1 a")  // already there
    shell.run("discrepancies")
    shell.run("verdict D1 nonsense")  // fails
    shell.clear()
    shell.run("undo")
    #expect(shell.status == "undid: tag D1 a\n")
    #expect(shell.shell.analysis.discrepancy(1)?.tags.isEmpty == true)
  }

  @Test func undoAndRedoARateAndASetting() {
    let shell = corpusShell()
    shell.run("rate EUR USD 1.1650 --date 2025-12-03")
    shell.run("set tolerance 0.2")
    #expect(shell.shell.analysis.settings.approxTolerance == Decimal(string: "0.2")!)
    shell.clear()
    shell.run("undo")
    #expect(shell.status == "undid: set tolerance 0.2\n")
    #expect(shell.shell.analysis.settings.approxTolerance == Decimal(string: "0.1")!)
    #expect(shell.shell.analysis.rates.rates.count == 1)
    shell.clear()
    shell.run("undo")
    #expect(shell.status == "undid: rate EUR USD 1.1650 --date 2025-12-03\n")
    #expect(shell.shell.analysis.rates.rates.isEmpty)
    shell.run("redo")
    shell.run("redo")
    #expect(shell.shell.analysis.rates.rates.map(\.rate) == [Decimal(string: "1.165")!])
    #expect(shell.shell.analysis.settings.approxTolerance == Decimal(string: "0.2")!)
  }

  @Test func undoDoesNotTouchTheLoadedSources() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.run("undo")
    #expect(shell.shell.corpus.sources.count == 5)
  }
}

@Suite("Exchange rates and settings at the prompt")
struct RateCommandTests {
  @Test func rateRecordsADatedRateWithItsSource() throws {
    let shell = corpusShell()
    #expect(
      shell.run("rate EUR USD 1.1650 --date 2025-12-03 --source \"ECB reference rate\"")
        == .succeeded)
    #expect(shell.status == "rate 1 EUR = 1.165 USD (ECB reference rate, 2025-12-03)\n")
    #expect(
      shell.shell.analysis.rates.rates == [
        ExchangeRate(
          base: "EUR", quote: "USD", rate: Decimal(string: "1.165")!, date: "2025-12-03",
          source: "ECB reference rate")
      ])
  }

  @Test func rateWithoutADateIsAStandingRateOfTheAnalyst() throws {
    let shell = corpusShell()
    shell.run("rate eur usd 1.16")
    let rate = try #require(shell.shell.analysis.rates.rates.first)
    #expect(rate.base == "EUR")
    #expect(rate.quote == "USD")
    #expect(rate.source == "entered by the analyst")
    #expect(rate.date == nil)
    #expect(shell.status.contains("standing rate) — applies on every day"))
  }

  @Test func rateRejectsBadInput() {
    let shell = corpusShell()
    #expect(shell.run("rate EURO USD 1.16") == .failed)
    #expect(shell.errors.contains("'EURO' is not a currency code"))
    shell.clear()
    #expect(shell.run("rate EUR USD -1") == .failed)
    shell.clear()
    #expect(shell.run("rate EUR USD abc") == .failed)
    #expect(shell.errors.contains("'abc' is not a rate"))
    shell.clear()
    #expect(shell.run("rate EUR USD 1.16 --date 03/12/2025") == .failed)
    #expect(shell.errors.contains("'03/12/2025' is not a date"))
    #expect(shell.shell.analysis.rates.rates.isEmpty)
  }

  @Test func rateRejectsANumberWithTrailingJunk() {
    let shell = corpusShell()
    #expect(shell.run("rate EUR USD 1.16x --date 2025-12-03") == .failed)
    #expect(shell.shell.analysis.rates.rates.isEmpty)
  }

  @Test func rateForTheSameDayReplacesTheEarlierOne() {
    let shell = corpusShell()
    shell.run("rate EUR USD 1.16 --date 2025-12-03")
    shell.run("rate EUR USD 1.17 --date 2025-12-03")
    #expect(shell.shell.analysis.rates.rates.map(\.rate) == [Decimal(string: "1.17")!])
  }

  @Test func ratesListsTheTable() {
    let shell = corpusShell()
    shell.run("rates")
    #expect(
      shell.output.hasSuffix(
        "The session has no rates of its own. Add one with 'rate EUR USD 1.16 --date 2025-12-03', or 'rates import FILE'.\n"
      ))
    shell.run("rate EUR USD 1.1650 --date 2025-12-03 --source \"ECB reference rate\"")
    shell.run("rate EUR GBP 0.88 --date 2025-12-02")
    shell.clear()
    #expect(shell.run("rates") == .succeeded)
    let lines = shell.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("Built-in table: ECB reference rates (built in)"))
    #expect(lines[1].hasPrefix("The session's rates"))
    #expect(lines[2].hasPrefix("DATE") && lines[2].contains("SOURCE"))
    #expect(lines[3].hasPrefix("2025-12-02") && lines[3].contains("0.88 GBP"))
    #expect(lines[3].contains("entered by the analyst"))
    #expect(lines[4].hasPrefix("2025-12-03") && lines[4].contains("1 EUR"))
    #expect(lines[4].contains("1.165 USD") && lines[4].contains("ECB reference rate"))
  }

  @Test func ratesImportReadsTheECBFile() throws {
    let csv = """
      Date,USD,JPY,BGN,CYP,GBP,
      2025-12-01,1.1650,180.88,1.9558,N/A,0.87825,
      2025-11-28,1.1600,181.02,1.9558,N/A,,

      """
    let path = try temporaryFile(named: "eurofxref-hist.csv", csv)
    defer { removeTemporaryFile(path) }
    let shell = corpusShell()
    #expect(shell.run("rates import \(path)") == .succeeded)
    #expect(
      shell.status
        == "imported 7 rates for 4 currencies over 2 days (2025-11-28…2025-12-01) from \(path)\n")
    let rates = shell.shell.analysis.rates.rates
    #expect(rates.count == 7)
    #expect(rates.allSatisfy { $0.base == "EUR" && $0.source == "ECB reference rate" })
    #expect(
      rates.first { $0.quote == "USD" && $0.date == "2025-12-01" }?.rate
        == Decimal(string: "1.1650")!)
    shell.clear()
    shell.run("undo")
    #expect(shell.status == "undid: rates import \(path)\n")
    #expect(shell.shell.analysis.rates.rates.isEmpty)
  }

  @Test func ratesImportReportsTheBadLineAndImportsNothing() throws {
    let path = try temporaryFile(
      named: "bad.csv", "Date,USD,\n2025-12-01,1.1650,\n2025-12-32,1.16,\n")
    defer { removeTemporaryFile(path) }
    let shell = corpusShell()
    #expect(shell.run("rates import \(path)") == .failed)
    #expect(
      shell.errors
        == "error: '\(path)' line 3: '2025-12-32' is not a date (YYYY-MM-DD); nothing was imported.\n"
    )
    #expect(shell.shell.analysis.rates.rates.isEmpty)
    shell.clear()
    #expect(shell.run("rates import /no/such/file.csv") == .failed)
    #expect(shell.errors.contains("cannot read '/no/such/file.csv'"))
    shell.clear()
    #expect(shell.run("rates export x.csv") == .failed)
  }

  @Test func setShowsAndChangesTheTolerance() {
    let shell = corpusShell()
    shell.run("set")
    #expect(shell.output.hasPrefix("tolerance    0.1  "))
    shell.clear()
    #expect(shell.run("set tolerance 0.2") == .succeeded)
    #expect(shell.status == "tolerance 0.2\n")
    #expect(shell.shell.analysis.settings.approxTolerance == Decimal(string: "0.2")!)
    shell.clear()
    #expect(shell.run("set tolerance 1.5") == .failed)
    #expect(shell.run("set tolerance lots") == .failed)
    #expect(shell.run("set colour red") == .failed)
    #expect(shell.errors.contains("there is no setting 'colour'"))
    #expect(shell.shell.analysis.settings.approxTolerance == Decimal(string: "0.2")!)
  }
}

@Suite("The compare command")
struct CompareCommandTests {
  @Test func withoutARateCommandItUsesTheECBRateOfTheArticlesDay() {
    let shell = corpusShell(width: 200)
    #expect(shell.run("compare bl0122:9 il1203:11") == .succeeded)
    #expect(
      shell.output.contains("converted at 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"))
    #expect(shell.output.contains("= 245,028,000,000 USD"))
    #expect(!shell.output.contains("no EUR→USD rate"))
  }

  @Test func withoutAnyRateItSaysThereIsNone() {
    let shell = corpusShell(width: 200)
    shell.shell.referenceRates = .none
    #expect(shell.run("compare bl0122:9 il1203:11") == .succeeded)
    #expect(shell.output.contains("Assessment: not comparable as they stand"))
    #expect(shell.output.contains("no EUR→USD rate on or before 2025-12-03"))
    #expect(!shell.output.contains("converted at"))
  }

  @Test func withARateItShowsTheConversionWithItsDateAndSource() {
    let shell = corpusShell(width: 200)
    shell.run("rate EUR USD 1.1650 --date 2025-12-03 --source \"ECB reference rate\"")
    shell.clear()
    #expect(shell.run("compare bl0122:9 il1203:11") == .succeeded)
    #expect(
      shell.output.contains("converted at 1 EUR = 1.165 USD (ECB reference rate, 2025-12-03)"))
    #expect(shell.output.contains("= 244,650,000,000 USD"))
    #expect(shell.output.contains("Assessment: they differ"))
    #expect(shell.output.contains("different scope: worldwide vs"))
    #expect(shell.output.contains("different dates: published 2026-01-22 vs 2025-12-03"))
    #expect(!shell.output.contains("no EUR→USD rate"))
  }

  @Test func aRateDatedAfterTheArticleIsNotUsed() {
    let shell = corpusShell(width: 200)
    shell.run("rate EUR USD 1.1650 --date 2025-12-04")
    shell.clear()
    shell.run("compare bl0122:9 il1203:11")
    #expect(
      shell.output.contains("converted at 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"))
    #expect(
      shell.output.contains(
        "not used: 1 EUR = 1.165 USD (entered by the analyst, 2025-12-04), because it is dated after the article (2025-12-03)"
      ))
  }

  @Test func aTypedFigureCanStandInForAnID() {
    let shell = corpusShell(width: 200)
    #expect(shell.run("compare bl0122:8 \"$4.5 billion\"") == .succeeded)
    #expect(shell.errors.isEmpty)
    #expect(shell.output.contains("typed by the analyst"))
    #expect(shell.output.contains("[$4.5 billion]"))
    #expect(shell.output.contains("Assessment: consistent"))
  }

  @Test func theToleranceSettingChangesTheOutcome() {
    let shell = corpusShell(width: 200)
    shell.run("compare \"about 100 people\" \"115 people\"")
    #expect(shell.output.contains("Assessment: they differ"))
    shell.run("set tolerance 0.2")
    shell.clear()
    shell.run("compare \"about 100 people\" \"115 people\"")
    #expect(shell.output.contains("Assessment: consistent"))
    #expect(shell.output.contains("[80, 120] people"))
  }

  @Test func theToleranceAppliesToCorpusFiguresToo() {
    // "about $4 billion to $5 billion" reaches $5.5 billion at 0.1 and $6 billion at 0.2.
    let shell = corpusShell(width: 200)
    shell.run("compare bl0122:8 \"$5.8 billion\"")
    #expect(shell.output.contains("Assessment: they differ"))
    shell.run("set tolerance 0.2")
    shell.clear()
    shell.run("compare bl0122:8 \"$5.8 billion\"")
    #expect(shell.output.contains("[3,200,000,000, 6,000,000,000] USD"))
    #expect(shell.output.contains("Assessment: consistent"))
    shell.run("undo")
    shell.clear()
    shell.run("compare bl0122:8 \"$5.8 billion\"")
    #expect(shell.output.contains("Assessment: they differ"))
  }

  @Test func aCountAndAnOrdinalAreExplained() {
    let shell = corpusShell(width: 200)
    shell.run("compare bl0122:5 bl0123:2")
    #expect(shell.output.contains("Assessment: consistent"))
    #expect(shell.output.contains("six before, plus this one, make the seventh"))
  }

  @Test func badArgumentsFail() {
    let shell = corpusShell()
    #expect(shell.run("compare bl0122:9") == .failed)
    #expect(shell.errors.contains("at least two figures"))
    shell.clear()
    #expect(shell.run("compare bl0122:9 \"hello there\"") == .failed)
    #expect(shell.errors.contains("'hello there' is neither a figure id nor a figure"))
    shell.clear()
    #expect(shell.run("compare bl0122:9 bl0122:999") == .failed)
  }
}

@Suite("Completing discrepancy ids, verdicts and tags")
struct DiscrepancyCompletionTests {
  func shellWithTwoDiscrepancies() -> RecordingShell {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    shell.run("flag il1203:11 il1203:13")
    shell.run("tag D1 assets")
    return shell
  }

  @Test func completesAUniqueDiscrepancyID() {
    let shell = corpusShell()
    shell.run("flag bl0122:9 il1203:11")
    #expect(shell.shell.complete("verdict D") == Completion(deleteCount: 1, insertion: "D1 "))
    #expect(shell.shell.complete("show D") == Completion(deleteCount: 1, insertion: "D1 "))
    #expect(shell.shell.complete("note ") == Completion(deleteCount: 0, insertion: "D1 "))
  }

  @Test func listsSeveralDiscrepancyIDs() {
    let shell = shellWithTwoDiscrepancies()
    // "D" is common to both, so Tab first inserts it, then lists them.
    #expect(shell.shell.complete("note ") == Completion(deleteCount: 0, insertion: "D"))
    #expect(shell.shell.complete("note D") == Completion(alternatives: ["D1", "D2"]))
    #expect(shell.shell.complete("verdict D") == Completion(alternatives: ["D1", "D2"]))
    #expect(shell.shell.complete("show D") == Completion(alternatives: ["D1", "D2"]))
    #expect(shell.shell.complete("unflag D2") == Completion(deleteCount: 2, insertion: "D2 "))
  }

  @Test func showOffersSourcesAndDiscrepanciesTogether() {
    let shell = shellWithTwoDiscrepancies()
    #expect(shell.shell.complete("show gr") == Completion(deleteCount: 2, insertion: "gra1204 "))
    let all = shell.shell.complete("show ").alternatives
    #expect(all.contains("D1") && all.contains("bl0122"))
  }

  @Test func completesVerdictsIncludingTheSessionsOwn() {
    let shell = shellWithTwoDiscrepancies()
    #expect(
      shell.shell.complete("verdict D1 sc")
        == Completion(deleteCount: 2, insertion: "scope-difference "))
    #expect(
      shell.shell.complete("verdict D1 co")
        == Completion(alternatives: ["consistent", "contradiction", "counting-difference"]))
    shell.run("verdicts add misquote")
    #expect(
      shell.shell.complete("verdict D1 mi") == Completion(deleteCount: 2, insertion: "misquote "))
    #expect(
      shell.shell.complete("discrepancies --verdict ro")
        == Completion(deleteCount: 2, insertion: "rounding "))
  }

  @Test func completesTagsInUse() {
    let shell = shellWithTwoDiscrepancies()
    #expect(shell.shell.complete("tag D2 as") == Completion(deleteCount: 2, insertion: "assets "))
    #expect(
      shell.shell.complete("discrepancies --tag a")
        == Completion(deleteCount: 1, insertion: "assets "))
  }

  @Test func noteTextIsNotCompleted() {
    let shell = shellWithTwoDiscrepancies()
    #expect(shell.shell.complete("note D1 ") == .none)
  }

  @Test func withNoDiscrepanciesThereIsNothingToOffer() {
    let shell = corpusShell()
    #expect(shell.shell.complete("note ") == .none)
    #expect(shell.shell.complete("verdict D") == .none)
  }
}
