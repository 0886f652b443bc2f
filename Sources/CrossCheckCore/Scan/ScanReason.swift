/// Why figures that measure the same thing may differ: the reasons the scan and `compare` name,
/// most likely first. The raw values are a contract (`scan --format json`).
public enum ScanReason: String, Sendable, CaseIterable, Codable {
  case rounding
  case timeDifference = "time_difference"
  case scopeDifference = "scope_difference"
  case countingDifference = "counting_difference"
  case unitDifference = "unit_difference"
  case currencyDifference = "currency_difference"
  case hedgeDifference = "hedge_difference"
  case percentVsPoints = "percent_vs_points"
  /// None of the others explains the difference.
  case contradiction

  /// The reason in words, for the prompt.
  public var words: String {
    switch self {
    case .rounding: "one figure may round the other"
    case .timeDifference:
      "said of different times (publication dates, periods or moments of the day): the number may have changed"
    case .scopeDifference: "different places, periods or parts of the whole"
    case .countingDifference: "counted differently (a count against an ordinal, or inclusive years)"
    case .unitDifference: "written in different units: a conversion may explain the difference"
    case .currencyDifference:
      "written in different currencies: a conversion, or its rate, may explain the difference"
    case .hedgeDifference: "hedged differently (about, more than, up to…)"
    case .percentVsPoints: "a change in percent against one in percentage points"
    case .contradiction: "nothing else explains the difference: one may be wrong"
    }
  }
}
