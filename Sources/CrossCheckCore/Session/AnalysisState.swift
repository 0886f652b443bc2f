import Foundation

/// Everything the analyst adds to the sources: exchange rates, settings and discrepancies. A
/// value type, so undo is keeping the previous value.
public struct AnalysisState: Codable, Equatable, Sendable {
  public var rates = RateTable()
  public var settings = Settings()
  public private(set) var discrepancies: [Discrepancy] = []
  /// The number the next discrepancy gets (numbers are not reused after `unflag`).
  public private(set) var nextDiscrepancy = 1

  public init() {}

  /// A state as a session file records it.
  public init(
    rates: RateTable, settings: Settings, discrepancies: [Discrepancy], nextDiscrepancy: Int
  ) {
    self.rates = rates
    self.settings = settings
    self.discrepancies = discrepancies
    self.nextDiscrepancy = max(nextDiscrepancy, (discrepancies.map(\.id).max() ?? 0) + 1)
  }

  public func discrepancy(_ number: Int) -> Discrepancy? {
    discrepancies.first { $0.id == number }
  }

  /// Records a new discrepancy and returns it.
  public mutating func flag(_ figures: [FigureReference], title: String?, at time: Date)
    -> Discrepancy
  {
    let discrepancy = Discrepancy(
      id: nextDiscrepancy, title: title, figures: figures, created: time)
    nextDiscrepancy += 1
    discrepancies.append(discrepancy)
    return discrepancy
  }

  /// Changes a discrepancy in place; false when there is none with that number.
  @discardableResult
  public mutating func update(_ number: Int, _ change: (inout Discrepancy) -> Void) -> Bool {
    guard let index = discrepancies.firstIndex(where: { $0.id == number }) else { return false }
    change(&discrepancies[index])
    return true
  }

  @discardableResult
  public mutating func unflag(_ number: Int) -> Discrepancy? {
    guard let index = discrepancies.firstIndex(where: { $0.id == number }) else { return nil }
    return discrepancies.remove(at: index)
  }

  /// The verdicts this session accepts: the built-in ones and the session's own.
  public var verdicts: [String] { Verdict.builtIn + settings.customVerdicts }

  /// All tags in use, sorted.
  public var tags: [String] { Array(Set(discrepancies.flatMap(\.tags))).sorted() }
}

/// Session settings the analyst can see and change.
public struct Settings: Codable, Equatable, Sendable {
  /// How far "about", "around", "some" reach, as a fraction of the value (0.1 is ±10%).
  public var approxTolerance: Decimal = Decimal(string: "0.1")!
  /// Verdicts added to the built-in set.
  public var customVerdicts: [String] = []

  public init() {}
}
