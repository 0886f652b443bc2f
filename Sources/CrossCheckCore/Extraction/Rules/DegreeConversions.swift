import Foundation

/// "81 degrees (27 Celsius)", "30 degrees (86F)": bare degrees converted in brackets right
/// after them into one scale are in the other scale (the wire style of a US outlet writing
/// Fahrenheit with its Celsius conversion, or the reverse), when the numbers agree.
extension FigureRecognizer {
  /// How far apart a conversion and the converted temperature may be, in degrees Celsius: a
  /// conversion is rounded to a whole degree.
  private static let conversionSlack: Decimal = 1

  /// Gives bare degrees the scale their bracketed conversion is not in.
  func markDegreeConversions(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices.dropLast() {
      let bracket = drafts[index].lastToken + 1
      guard drafts[index].kind == .quantity, drafts[index].unit == "degree",
        drafts[index + 1].kind == .quantity, drafts[index + 1].firstToken == bracket + 1,
        isSymbol(bracket, 0x28), let value = drafts[index].value,
        let converted = drafts[index + 1].value
      else { continue }
      let scale: String
      switch drafts[index + 1].unit {
      case "degC"?:
        guard agree(celsius: (value - 32) * 5 / 9, converted) else { continue }
        scale = "degF"
      case "degF"?:
        guard agree(celsius: value, (converted - 32) * 5 / 9) else { continue }
        scale = "degC"
      default: continue
      }
      drafts[index].unit = scale
      drafts[index].unitIsAmbiguous = false
    }
  }

  private func agree(celsius first: Decimal, _ second: Decimal) -> Bool {
    let difference = first - second
    return difference <= Self.conversionSlack && -difference <= Self.conversionSlack
  }
}
