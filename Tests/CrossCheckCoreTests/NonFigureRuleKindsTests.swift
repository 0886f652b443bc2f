import Foundation
import Testing

@testable import CrossCheckCore

/// ``FigureRecognizer/isNonFigure(_:mention:)`` asks most of its rules only of the kind of number
/// each reads (in words or in digits, an ordinal, a year's four digits). That is sound while each
/// of those rules answers no for any other kind: checked here on every number of the devset and
/// of lines written to tempt each rule with the other kind ("1 of them", "Local thirty-two").
@Suite("Non-figure rule kinds")
struct NonFigureRuleKindsTests {
  private typealias Rule = (FigureRecognizer, FigureDraft, NumberMention) -> Bool

  /// The rules asked only of a number in words.
  private let spelledOutRules: [(String, Rule)] = [
    ("isDiscourseCount", { $0.isDiscourseCount($1, mention: $2) }),
    ("isDescriptiveCompound", { $0.isDescriptiveCompound($2) }),
    ("isDiscourseOne", { $0.isDiscourseOne($2) }), ("isGenericOne", { $0.isGenericOne($2) }),
    ("isNamingOne", { $0.isNamingOne($2) }), ("isComparedOne", { $0.isComparedOne($2) }),
    ("isNamedGroupNumber", { $0.isNamedGroupNumber($2) }),
    ("isSpokenClockHour", { $0.isSpokenClockHour($2) }),
    ("isSpokenDigits", { $0.isSpokenDigits($2) }),
    ("isCategoryCompound", { $0.isCategoryCompound($2) }),
    ("isBigNumberGroup", { $0.isBigNumberGroup($2) }), ("isStandInOne", { $0.isStandInOne($2) }),
  ]

  /// The rules asked only of a number in digits.
  private let digitRules: [(String, Rule)] = [
    ("isPhoneNumber", { $0.isPhoneNumber($2) }), ("isStreetAddress", { $0.isStreetAddress($2) }),
    ("isModelName", { $0.isModelName($1, mention: $2) }),
    ("isNumberedListName", { $0.isNumberedListName($2) }),
    ("isCalledNumber", { $0.isCalledNumber($2) }), ("isUnionLocal", { $0.isUnionLocal($2) }),
    ("isPostcode", { $0.isPostcode($2) }),
    ("isRegistrationNumber", { $0.isRegistrationNumber($2) }),
    ("isPostalDistrict", { $0.isPostalDistrict($2) }),
    ("isPremisesNumber", { $0.isPremisesNumber($2) }),
    ("isPhoneAreaCode", { $0.isPhoneAreaCode($2) }),
    ("isDesignatedListItem", { $0.isDesignatedListItem($2) }),
    ("isCaseNumber", { $0.isCaseNumber($2) }),
    ("isCatalogueDesignation", { $0.isCatalogueDesignation($2) }),
    ("isPhoneDigitGroup", { $0.isPhoneDigitGroup($2) }),
    ("isServiceNumber", { $0.isServiceNumber($2) }), ("isTrainNumber", { $0.isTrainNumber($2) }),
    ("isModelSeriesMember", { $0.isModelSeriesMember($2) }),
    ("isStockCode", { $0.isStockCode($2) }),
    ("isRecallCampaignCode", { $0.isRecallCampaignCode($2) }),
    ("isFlightNumber", { $0.isFlightNumber($2) }), ("isTrunkPrefix", { $0.isTrunkPrefix($2) }),
  ]

  /// The rules asked only of an ordinal.
  private let ordinalRules: [(String, Rule)] = [
    ("isDiscourseOrdinal", { $0.isDiscourseOrdinal($1, mention: $2) }),
    ("isStreetOrdinal", { $0.isStreetOrdinal($2) }), ("isUnitOrdinal", { $0.isUnitOrdinal($2) }),
    ("isEverySecond", { $0.isEverySecond($2) }), ("isNamedOrdinal", { $0.isNamedOrdinal($2) }),
    ("isListingOrdinal", { $0.isListingOrdinal($2) }),
  ]

  /// The rules asked only of a year's four digits.
  private let yearRules: [(String, Rule)] = [
    ("isDocumentYear", { $0.isDocumentYear($2) }), ("isLawTitleYear", { $0.isLawTitleYear($2) }),
    ("isModelYear", { $0.isModelYear($2) }),
  ]

  /// Each rule's cue, with a number of the kind it reads and of another kind.
  private let temptations = """
    One of them said it. 1 of them said it. The big three met. The big 3 met.
    A two-storey house and a 2-storey house. It was oh-seven, or 0-7. At five o'clock, at 5.
    It is what one calls a deal, what 1 calls a deal. More than one who came, than 1 who came.
    She lives at 12 Baker Street, at twelve Baker Street. Call 0800 123 456 or zero eight.
    Members of Local 32 and of Local thirty-two. Flight BA 117 and flight BA one hundred.
    The first time, the 1st time. Fifth Avenue and 5th Avenue. Every second counts, every 2nd.
    The 4th Infantry Division and the Fourth Infantry Division. First, Second, Third, done.
    The 2019 Act and the two thousand nineteen Act. A 2015 Ford and a 1999 Chevrolet.
    The Criminal Code 1985 and the Code nineteen eighty-five. Case No. 12 and case number three.

    """

  @Test func eachKindsRulesAnswerNoForOtherKinds() throws {
    var text = temptations
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/devset/news-a/articles")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where name.hasSuffix(".txt") {
      text += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    var kinds = (spelledOut: 0, digits: 0, ordinal: 0, year: 0)
    forEachTokenizedLine(of: text) { bytes, _, tokenizer in
      let recognizer = FigureRecognizer(
        bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared, shapes: tokenizer.shapes)
      for mention in recognizer.findMentions() {
        var draft = FigureDraft(
          start: mention.start, end: mention.end, firstToken: mention.firstToken,
          lastToken: mention.lastToken)
        draft.value = mention.value
        func expectNo(_ rules: [(String, Rule)]) {
          for (name, rule) in rules {
            #expect(
              !rule(recognizer, draft, mention),
              "\(name): \(recognizer.text(mention.start, mention.end))")
          }
        }
        if mention.isSpelledOut {
          kinds.spelledOut += 1
          expectNo(digitRules)
        } else {
          kinds.digits += 1
          expectNo(spelledOutRules)
        }
        if mention.isOrdinal { kinds.ordinal += 1 } else { expectNo(ordinalRules) }
        if mention.isYearLike { kinds.year += 1 } else { expectNo(yearRules) }
      }
    }
    // Every kind was met, many times.
    #expect(kinds.spelledOut > 20 && kinds.digits > 100 && kinds.ordinal > 10 && kinds.year > 10)
  }
}
