/// The dateline that opens a news story: the city in capitals, perhaps its region or country,
/// perhaps the date or agency in brackets, then a dash or a colon ("PENTICTON, B.C. —",
/// "BRISBANE (Reuters) -", "MUMBAI, India (Dec. 4) —", "WELLINGTON: "). Its place says where the
/// story was filed.
enum Datelines {
  /// The country (ISO 3166) of the dateline that opens `line`, when the gazetteer knows its
  /// region or its city; nil for a line that opens with no dateline.
  static func country(of line: Substring) -> String? {
    let head = line.prefix(100)
    guard
      let dash = Vocabulary.datelineDashes.compactMap({ head.range(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return nil }
    var place = head[..<dash.lowerBound]
    // "(Reuters)", "(Aug. 14)": the agency or date, not the place.
    if let bracket = place.firstIndex(of: "(") { place = place[..<bracket] }
    let parts = place.split(separator: ",", maxSplits: 1)
    guard let city = parts.first.map(trimmed), isCityName(city) else { return nil }
    // A region written after the city says which place of that name it is ("LONDON, Ont.",
    // "SYDNEY, N.S.", "VANCOUVER, Wash."); a city alone is the gazetteer's.
    if parts.count > 1 {
      let region = key(trimmed(parts[1]))
      if let country = Vocabulary.placeCountries[region] ?? Vocabulary.datelineRegions[region] {
        return country
      }
    }
    return Vocabulary.placeCountries[key(city)]
  }

  /// A dateline's city: one to three words of letters, all in capitals ("NEW DELHI", "ST.
  /// JOHN'S").
  private static func isCityName(_ city: Substring) -> Bool {
    let words = city.split(separator: " ")
    guard (1...3).contains(words.count), city.count >= 3 else { return false }
    return city.unicodeScalars.allSatisfy { scalar in
      (0x41...0x5A).contains(scalar.value) || " .'-".unicodeScalars.contains(scalar)
    }
  }

  private static func trimmed(_ text: Substring) -> Substring {
    var text = text
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return text
  }

  /// The gazetteer's form of a name: lower-cased, with no final dot ("B.C." is "b.c").
  static func key(_ name: Substring) -> String {
    var name = name.lowercased()
    while name.hasSuffix(".") { name.removeLast() }
    return name
  }
}
