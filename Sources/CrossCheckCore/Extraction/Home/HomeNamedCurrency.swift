/// Which currency an article means by a name several countries share, written bare
/// ("6,000 shillings", "rupees", "pesos"; see ``Vocabulary/homeNamedCurrencies``): its home
/// country's when that has a currency of the name (a Nairobi wire's shillings are Kenyan, a
/// Manila wire's pesos Philippine); else the one such currency it names by country elsewhere
/// ("165,000 Ugandan shillings"); else the one country of such a currency its opening names
/// (a single "Shoppers in Dar es Salaam" is too little to make a "$" local, but among the
/// countries that say "shillings" it is the only one named); else the one English-language news
/// writes most, still flagged ambiguous.
enum HomeNamedCurrency {
  /// The currency to read each bare shared name as, by the code it was read as first: only
  /// those that change. `named` holds the currencies of shared names the article writes with
  /// their country ("Ugandan shillings"); `places` how often its opening names each country.
  static func currencies(home: String?, named: Set<String>, places: [String: Int] = [:])
    -> [String: String]
  {
    var result: [String: String] = [:]
    for (bare, homes) in Vocabulary.homeNamedCurrencies {
      if let home, let code = homes[home] {
        if code != bare { result[bare] = code }
        continue
      }
      let family = named.filter { Vocabulary.sharedNameFamilies[$0] == bare }
      if family.count == 1, let code = family.first {
        if code != bare { result[bare] = code }
        continue
      }
      let mentioned = homes.filter { places[$0.key, default: 0] > 0 }
      if mentioned.count == 1, let code = mentioned.first?.value, code != bare {
        result[bare] = code
      }
    }
    return result
  }
}
