import Foundation

/// Where the labelled devset lives in the project, and how the corpus key names the articles of
/// Corpus/ (by their original file names; Tests/Fixtures/README.md lists the same map).
enum DevsetFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/devset")
  /// The hold-out set (Tests/Fixtures/holdout): labelled like the devset, tuned on since.
  static let holdout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout")
  /// The second hold-out set (Tests/Fixtures/holdout2): written and labelled blind, then tuned on (each set's README says what).
  static let holdout2 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout2")
  /// The third hold-out set (Tests/Fixtures/holdout3): written and labelled blind, then tuned on (each set's README says what).
  static let holdout3 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout3")
  /// The fourth hold-out set (Tests/Fixtures/holdout4): written and labelled blind, then tuned on (each set's README says what).
  static let holdout4 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout4")
  /// The fifth hold-out set (Tests/Fixtures/holdout5): written and labelled blind, then tuned on (each set's README says what).
  static let holdout5 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout5")
  /// The sixth hold-out set (Tests/Fixtures/holdout6): written and labelled blind, then tuned on (each set's README says what).
  static let holdout6 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout6")
  /// The seventh hold-out set (Tests/Fixtures/holdout7): written and labelled blind, then tuned on (each set's README says what).
  static let holdout7 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout7")
  /// The eighth hold-out set (Tests/Fixtures/holdout8): written and labelled blind, then tuned on (each set's README says what).
  static let holdout8 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout8")
  /// The ninth hold-out set (Tests/Fixtures/holdout9): written and labelled blind, then tuned on (each set's README says what).
  static let holdout9 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout9")
  /// The tenth hold-out set (Tests/Fixtures/holdout10): written and labelled blind, then tuned on (each set's README says what).
  static let holdout10 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout10")
  /// The eleventh hold-out set (Tests/Fixtures/holdout11): written and labelled blind by two
  /// writers at once, then tuned on (its README says what).
  static let holdout11 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout11")
  /// The twelfth hold-out set (Tests/Fixtures/holdout12): written and labelled blind by two
  /// writers at once; its figures tuned on once (its README says what).
  static let holdout12 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout12")
  /// The thirteenth hold-out set (Tests/Fixtures/holdout13): written and labelled blind by two
  /// writers at once, with real pages' furniture; its figures tuned on once (its README says
  /// what).
  static let holdout13 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/holdout13")
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

  /// Corpus-key file name → Corpus/ file name.
  static let corpusNames = [
    "000_29e5517a3799fe48.txt": "bl0122.txt", "001_c57c55d72ccf863f.txt": "bl0123.txt",
    "002_3df1f3447dba0eab.txt": "bl1127.txt", "003_47bba9b55aaf0cad.txt": "gra1204.txt",
    "004_18d3427335740aba.txt": "il1203.txt",
  ]

  /// Corpus/ file name → corpus-key file name.
  static let keyNames = Dictionary(uniqueKeysWithValues: corpusNames.map { ($1, $0) })

  /// The texts of news-a's and news-b's articles and of Corpus/'s, for tests that run a part of
  /// the engine over every real article the project has.
  static func articleTexts() throws -> [String] {
    let folders =
      ["news-a", "news-b"].map {
        folder.appendingPathComponent($0).appendingPathComponent("articles")
      } + [corpus]
    var texts: [String] = []
    for folder in folders {
      for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      where file.hasSuffix(".txt") {
        texts.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
      }
    }
    return texts
  }
}
