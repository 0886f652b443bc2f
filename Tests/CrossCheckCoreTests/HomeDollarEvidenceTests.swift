import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// Where an article's home dollar comes from, strongest first: a currency written with the
/// amount, the dateline, the country of the outlet's web address, then the places the opening
/// and the outlet's name name. Decided once per source, from its opening and its metadata, the
/// same however the text is cut into pieces for extraction.
@Suite("The evidence for the home dollar")
struct HomeDollarEvidenceTests {
  /// A story with no place in it: only its metadata can say where it is from.
  private static let placeless = "The council approved $45 million for the new bridge on Monday."

  /// The figure `amount` of `text` loaded from a file with the sidecar `sidecar` (if any),
  /// extracted in pieces of about `pieceBytes`.
  private func loaded(
    _ text: String, sidecar: String? = nil, pieceBytes: Int = Corpus.pieceBytes,
    amount: String
  ) throws -> Figure {
    let folder = try TemporaryDirectory()
    let path = try folder.write("story.txt", text)
    if let sidecar { try folder.write("story.meta.json", sidecar) }
    var corpus = Corpus()
    let report = corpus.load(
      path, progress: { _ in }, isCancelled: { false }, pieceBytes: pieceBytes,
      groupBytes: pieceBytes * 2)
    #expect(report.problems.isEmpty)
    #expect(report.warnings.isEmpty)
    let source = try #require(report.loaded.first)
    return try #require(
      source.figures.first { $0.text == amount }, "\(source.figures.map(\.text))")
  }

  /// The figure `amount` of `text` streamed (as `crosscheck figures` does for large files).
  private func streamed(_ text: String, sidecar: String? = nil, amount: String) throws -> Figure {
    let folder = try TemporaryDirectory()
    let path = try folder.write("story.txt", text)
    if let sidecar { try folder.write("story.meta.json", sidecar) }
    var corpus = Corpus()
    var figures: [Figure] = []
    _ = corpus.stream(path) { _, streamed in streamed.forEachFigure { figures.append($0) } }
    return try #require(figures.first { $0.text == amount }, "\(figures.map(\.text))")
  }

  // MARK: - One decision per source, however the text is cut

  @Test(arguments: [64, 200, Corpus.pieceBytes])
  func aDatelineGivesTheHomeToADollarInALaterPiece(pieceBytes: Int) throws {
    let filler = String(
      repeating: "Ministers met again on Monday and heard from ferry workers.\n", count: 12)
    let text =
      "HALIFAX, N.S. — The province has a plan for its ferries.\n\n" + filler
      + "The new ferries will cost $310 million.\n"
    let found = try loaded(text, pieceBytes: pieceBytes, amount: "$310 million")
    #expect(found.unit == "CAD")
    #expect(found.unitIsAmbiguous)
  }

  @Test(arguments: [64, 200, Corpus.pieceBytes])
  func placesInEarlierPiecesCountForADollarInALaterOne(pieceBytes: Int) throws {
    let filler = String(
      repeating: "Councillors met again on Monday and heard from residents.\n", count: 6)
    let text =
      "Toronto asks Ontario for transit money\n\n" + filler
      + "The agency wants $45 million more.\n"
    #expect(try loaded(text, pieceBytes: pieceBytes, amount: "$45 million").unit == "CAD")
  }

  // MARK: - The outlet's web address

  @Test(arguments: [
    ("https://www.example.ca/news/local/story-1", "CAD"),
    ("https://news.example.com.au/a?ref=home", "AUD"),
    ("http://example.co.nz/x", "NZD"),
    ("https://www.example.com.sg/", "SGD"),
    ("https://example.com.hk/a", "HKD"),
    ("https://EXAMPLE.CA./news", "CAD"),
  ])
  func aWebAddressInADollarCountryMakesItsDollar(_ url: String, _ currency: String) throws {
    let sidecar = #"{"outlet": "The Ledger", "url": "\#(url)"}"#
    let found = try loaded(Self.placeless, sidecar: sidecar, amount: "$45 million")
    #expect(found.unit == currency)
    #expect(found.unitIsAmbiguous)
    #expect(try streamed(Self.placeless, sidecar: sidecar, amount: "$45 million").unit == currency)
  }

  @Test(arguments: [
    // Another country's, or a generic domain's: the US dollar.
    "https://www.example.co.uk/news", "https://example.com/a", "https://example.org/ca",
    // Not a web address with a host: ignored, not an error.
    "not a url", "www.example.ca/news", "https://", "", "https://%%%.ca/",
    // The host is what comes after the user part; an address is no country.
    "https://example.ca@example.com/", "http://192.168.0.1/a", "https://localhost/ca",
  ])
  func aWebAddressOfNoDollarCountryOrNoneKeepsUSDollars(_ url: String) throws {
    let sidecar = #"{"url": "\#(url)"}"#
    #expect(try loaded(Self.placeless, sidecar: sidecar, amount: "$45 million").unit == "USD")
    // The same sidecar with a Canadian address: the address is read, when it can be.
    let canadian = #"{"url": "https://www.example.ca/"}"#
    #expect(try loaded(Self.placeless, sidecar: canadian, amount: "$45 million").unit == "CAD")
  }

  @Test func aDatelineOutranksTheWebAddress() throws {
    let text = "SEATTLE — The port approved $45 million for a new terminal."
    let sidecar = #"{"url": "https://www.example.ca/story"}"#
    #expect(try loaded(text, sidecar: sidecar, amount: "$45 million").unit == "USD")
    let undated = "The port approved $45 million for a new terminal."
    #expect(try loaded(undated, sidecar: sidecar, amount: "$45 million").unit == "CAD")
  }

  @Test func theWebAddressOutranksThePlacesTheStoryNames() throws {
    // A Canadian outlet writes "US$" for the US dollar: its bare "$" is its own, whatever the
    // story is about.
    let text =
      "A Chicago company and a Texas utility agreed a $45 million deal, Texas officials said."
    let sidecar = #"{"url": "https://www.example.ca/business/deal"}"#
    #expect(try loaded(text, sidecar: sidecar, amount: "$45 million").unit == "CAD")
    #expect(try loaded(text, amount: "$45 million").unit == "USD")
  }

  @Test func anArticleThatConvertsTheWebAddressDollarIsAForeignOutlets() throws {
    let text = "The mine will cost 3.1 billion Australian dollars ($2 billion)."
    let sidecar = #"{"url": "https://www.example.com.au/mine"}"#
    #expect(try loaded(text, sidecar: sidecar, amount: "$2 billion").unit == "USD")
    let unconverted = "The mine will cost $3.1 billion."
    #expect(try loaded(unconverted, sidecar: sidecar, amount: "$3.1 billion").unit == "AUD")
  }

  // MARK: - The outlet's name: weak evidence

  @Test func aPlaceInTheOutletsNameCountsOnceWithThePlacesOfTheText() throws {
    let text = "Manitoba will spend $45 million on the new bridge."
    let sidecar = #"{"outlet": "The Winnipeg Ledger"}"#
    #expect(try loaded(text, sidecar: sidecar, amount: "$45 million").unit == "CAD")
    // Named once in the text and not in the outlet: no home.
    #expect(try loaded(text, amount: "$45 million").unit == "USD")
    // The outlet's name alone, however many places it names, is no home.
    for outlet in ["The Winnipeg Ledger", "Winnipeg Manitoba Canada Daily"] {
      let alone = #"{"outlet": "\#(outlet)"}"#
      #expect(try loaded(Self.placeless, sidecar: alone, amount: "$45 million").unit == "USD")
    }
  }

  // MARK: - Which capitals start a place's name

  /// The story's places are found wherever in a line they fall (the tally reads a line eight
  /// bytes at a time), but only as words of their own: a capital glued to letters before it
  /// starts no name; one after a dash or any other non-letter does.
  @Test(arguments: 0..<9)
  func placesCountAsWordsOfTheirOwnAnywhereInALine(padding: Int) throws {
    let lead = String(repeating: "x", count: padding)
    let amount = " approved $45 million for the bridge."
    let apart = lead + " Brisbane and Brisbane" + amount
    #expect(try loaded(apart, amount: "$45 million").unit == "AUD")
    let afterDashes = lead + " —Brisbane and —Brisbane" + amount
    #expect(try loaded(afterDashes, amount: "$45 million").unit == "AUD")
    let glued = lead + " xBrisbane and xBrisbane" + amount
    #expect(try loaded(glued, amount: "$45 million").unit == "USD")
  }

  // MARK: - Names several countries share

  @Test(arguments: [
    "Perth's council approved $45 million for the Perth bypass on Monday.",
    "Victoria's council approved $45 million for the Victoria bypass on Monday.",
  ])
  func aSharedPlaceNameNeverDecidesAlone(_ text: String) throws {
    #expect(try loaded(text, amount: "$45 million").unit == "USD")
  }

  @Test(arguments: [
    ("PERTH, Australia — The state approved $45 million for a bypass.", "AUD"),
    ("LONDON, Ont. — The city approved $45 million for a bypass.", "CAD"),
    ("SYDNEY, N.S. — The town approved $45 million for a bypass.", "CAD"),
    ("VANCOUVER, Wash. — The city approved $45 million for a bypass.", "USD"),
  ])
  func aDatelinesRegionTellsWhichPlaceOfTheNameItIs(_ text: String, _ currency: String) throws {
    #expect(try loaded(text, amount: "$45 million").unit == currency)
  }
}

/// The dollar's own words without a country ("10 cents", "20 dollars") mean the home dollar as a
/// bare "$" does; with one ("65.8 US cents") they say which.
@Suite("Dollar words follow the home dollar")
struct DollarWordsTests {
  private func figure(_ text: String, _ amount: String) throws -> Figure {
    let figures = FigureExtractor.extract(from: text, source: SourceID("story"))
    return try #require(figures.first { $0.text == amount }, "\(figures.map(\.text))")
  }

  @Test func centsInACanadianStoryAreCanadian() throws {
    let text =
      "TORONTO — The transit agency will raise fares by 15 cents to $3.45 in January, and its"
      + " budget grows by $61-million, the city said.\n"
    let cents = try figure(text, "15 cents")
    #expect(cents.unit == "CAD")
    #expect(cents.value == Decimal(string: "0.15"))
    #expect(try figure(text, "$3.45").unit == "CAD")
  }

  @Test func dollarsWrittenOutInAnAustralianStoryAreAustralian() throws {
    let text =
      "BRISBANE — Each household will get 250 dollars back on its power bill, the premier said.\n"
    #expect(try figure(text, "250 dollars").unit == "AUD")
  }

  @Test func centsNamedByTheirCountryKeepIt() throws {
    let text = "TORONTO — The loonie closed at 72.4 US cents on Friday, the bank said.\n"
    let cents = try figure(text, "72.4 US cents")
    #expect(cents.unit == "USD")
    #expect(!cents.unitIsAmbiguous)
  }

  @Test func centsInAnAmericanStoryStayUSDollars() throws {
    let text = "CHICAGO — Fares will rise by 25 cents next month, the transit authority said.\n"
    #expect(try figure(text, "25 cents").unit == "USD")
  }
}
