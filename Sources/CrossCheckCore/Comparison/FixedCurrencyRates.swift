import Foundation

/// Currencies whose value is fixed by definition to another: a sub-unit to its main unit (100
/// pence to the pound) and the euro's predecessors at their irrevocable 1999–2002 conversion
/// rates. No market rate is needed for these, and none is invented: the rate is the law's.
public enum FixedCurrencyRates {
  public static let sourceName = "fixed"

  /// 1 `main` = `count` of the currency keyed.
  static let definitions: [String: (main: String, count: Decimal)] = [
    // Sub-units (the codes the extractor gives "pence" and "cents").
    "GBX": ("GBP", 100), "USX": ("USD", 100),
    // Council Regulation (EC) No 2866/98 and its amendments: units per euro.
    "DEM": ("EUR", Decimal(string: "1.95583")!), "FRF": ("EUR", Decimal(string: "6.55957")!),
    "ITL": ("EUR", Decimal(string: "1936.27")!), "ESP": ("EUR", Decimal(string: "166.386")!),
    "NLG": ("EUR", Decimal(string: "2.20371")!), "BEF": ("EUR", Decimal(string: "40.3399")!),
    "ATS": ("EUR", Decimal(string: "13.7603")!), "PTE": ("EUR", Decimal(string: "200.482")!),
    "FIM": ("EUR", Decimal(string: "5.94573")!), "IEP": ("EUR", Decimal(string: "0.787564")!),
    "GRD": ("EUR", Decimal(string: "340.750")!),
  ]

  /// The fixed rate that turns `currency` into its main currency ("1 GBP = 100 GBX (fixed)"),
  /// or nil for a currency that floats.
  static func rate(of currency: String) -> ExchangeRate? {
    definitions[currency].map {
      ExchangeRate(base: $0.main, quote: currency, rate: $0.count, date: nil, source: sourceName)
    }
  }
}
