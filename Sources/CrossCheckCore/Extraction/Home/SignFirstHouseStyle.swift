/// "$US13.4 billion" beside "$5.2 billion": writing the US dollar's letters after its sign is
/// the house style of Australian papers, whose bare "$" is the Australian dollar. It is the
/// weakest evidence of a home, taken only when the dateline, the outlet's address and the
/// places named all say nothing.
enum SignFirstHouseStyle {
  /// The country whose papers write "$US".
  static let country = "AU"

  /// Whether a US-dollar amount's text writes the letters after the sign.
  static func writesSignFirst(_ text: String) -> Bool {
    text.utf8.starts(with: "$US".utf8)
  }

  /// The home the house style says, if the article writes it.
  static func home(writesSignFirst: Bool) -> String? {
    writesSignFirst ? country : nil
  }
}
