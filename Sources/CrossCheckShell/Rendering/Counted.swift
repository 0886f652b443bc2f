/// A count with its noun in the right number: "1 discrepancy", "0 discrepancies", "5 sources".
enum Counted {
  static func text(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) " + (count == 1 ? singular : plural)
  }
}
