import Foundation

/// Everything the analyst adds to the sources: exchange rates, settings and discrepancies.
///
/// Changes are cheap at any size: discrepancies are kept in id order and changed in place, and
/// the state keeps the before-value of what a change touched (``touched``), so undo stores a
/// small ``StateRevert`` instead of a copy of everything.
public struct AnalysisState: Codable, Equatable, Sendable {
  public var rates = RateTable() {
    didSet { ratesRevision += 1 }
  }
  public var settings = Settings() {
    didSet { settingsRevision += 1 }
  }
  /// In id order (D1, D2, …).
  public private(set) var discrepancies: [Discrepancy] = []
  /// The number the next discrepancy gets (numbers are not reused after `unflag`).
  public private(set) var nextDiscrepancy = 1
  /// Sources unloaded while discrepancies cited them (`unload --force`): kept so reports still
  /// list them. Not part of undo (unloading is not undone).
  public private(set) var unloadedSources: [SessionSource] = []

  /// Counters that grow with every change, so a change is noticed without comparing states.
  public private(set) var discrepancyRevision = 0
  public private(set) var ratesRevision = 0
  public private(set) var settingsRevision = 0
  public var revision: Int { discrepancyRevision + ratesRevision + settingsRevision }
  /// The discrepancies changed since ``beginChange()``, with their values before (nil: new).
  public private(set) var touched: [Int: Discrepancy?] = [:]

  public init() {}

  /// A state as a session file records it.
  public init(
    rates: RateTable, settings: Settings, discrepancies: [Discrepancy], nextDiscrepancy: Int
  ) {
    self.rates = rates
    self.settings = settings
    self.discrepancies = discrepancies.sorted { $0.id < $1.id }
    self.nextDiscrepancy = max(nextDiscrepancy, (discrepancies.map(\.id).max() ?? 0) + 1)
  }

  private func index(of number: Int) -> Int? {
    var low = 0
    var high = discrepancies.count
    while low < high {
      let middle = (low + high) / 2
      if discrepancies[middle].id < number { low = middle + 1 } else { high = middle }
    }
    return low < discrepancies.count && discrepancies[low].id == number ? low : nil
  }

  private func insertionIndex(of number: Int) -> Int {
    discrepancies.firstIndex { $0.id > number } ?? discrepancies.endIndex
  }

  /// Remembers a source unloaded while cited (replacing one with the same id).
  public mutating func rememberUnloaded(_ source: SessionSource) {
    unloadedSources.removeAll { $0.id == source.id }
    unloadedSources.append(source)
    unloadedSources.sort { $0.id < $1.id }
  }

  /// Forgets an unloaded source (it was loaded again).
  public mutating func forgetUnloaded(_ id: SourceID) {
    unloadedSources.removeAll { $0.id == id }
  }

  /// The numbers of the discrepancies that cite a figure of `source`.
  public func citing(_ source: SourceID) -> [Int] {
    discrepancies.filter { $0.figures.contains { $0.figure.source == source } }.map(\.id)
  }

  public func discrepancy(_ number: Int) -> Discrepancy? {
    index(of: number).map { discrepancies[$0] }
  }

  private mutating func touch(_ number: Int) {
    if touched[number] == nil { touched[number] = .some(discrepancy(number)) }
    discrepancyRevision += 1
  }

  /// Records a new discrepancy and returns it.
  public mutating func flag(_ figures: [FigureReference], title: String?, at time: Date)
    -> Discrepancy
  {
    let discrepancy = Discrepancy(
      id: nextDiscrepancy, title: title, figures: figures, created: time)
    touch(discrepancy.id)
    nextDiscrepancy += 1
    discrepancies.append(discrepancy)
    return discrepancy
  }

  /// Changes a discrepancy in place; false when there is none with that number.
  @discardableResult
  public mutating func update(_ number: Int, _ change: (inout Discrepancy) -> Void) -> Bool {
    guard let index = index(of: number) else { return false }
    let before = discrepancies[index]
    change(&discrepancies[index])
    // A change that changes nothing (a tag already there) is not a change to undo.
    if discrepancies[index] != before {
      if touched[number] == nil { touched[number] = .some(before) }
      discrepancyRevision += 1
    }
    return true
  }

  @discardableResult
  public mutating func unflag(_ number: Int) -> Discrepancy? {
    guard let index = index(of: number) else { return nil }
    touch(number)
    return discrepancies.remove(at: index)
  }

  // MARK: - Undo

  /// Starts recording what a change touches.
  public mutating func beginChange() {
    touched = [:]
  }

  /// What it takes to undo the change since ``beginChange()``, given the rates, settings and
  /// next number from before it; nil when nothing changed.
  public mutating func endChange(
    ratesBefore: (RateTable, Int), settingsBefore: (Settings, Int), nextBefore: Int
  ) -> StateRevert? {
    defer { touched = [:] }
    let ratesChanged = ratesRevision != ratesBefore.1
    let settingsChanged = settingsRevision != settingsBefore.1
    guard !touched.isEmpty || ratesChanged || settingsChanged else { return nil }
    return StateRevert(
      discrepancies: touched, rates: ratesChanged ? ratesBefore.0 : nil,
      settings: settingsChanged ? settingsBefore.0 : nil, nextDiscrepancy: nextBefore)
  }

  /// Puts back what `revert` recorded, and returns the revert that would redo it.
  public mutating func apply(_ revert: StateRevert) -> StateRevert {
    var inverse = StateRevert(nextDiscrepancy: nextDiscrepancy)
    for (number, before) in revert.discrepancies {
      inverse.discrepancies[number] = .some(discrepancy(number))
      if let index = index(of: number) {
        if let before { discrepancies[index] = before } else { discrepancies.remove(at: index) }
      } else if let before {
        discrepancies.insert(before, at: insertionIndex(of: number))
      }
      discrepancyRevision += 1
    }
    if let rates = revert.rates {
      inverse.rates = self.rates
      self.rates = rates
    }
    if let settings = revert.settings {
      inverse.settings = self.settings
      self.settings = settings
    }
    nextDiscrepancy = revert.nextDiscrepancy
    touched = [:]
    return inverse
  }

  /// The verdicts this session accepts: the built-in ones and the session's own.
  public var verdicts: [String] { Verdict.builtIn + settings.customVerdicts }

  /// What `verdict` means: a built-in verdict's documented meaning, or the one the session
  /// gave its own verdict; nil when it has none.
  public func meaning(ofVerdict verdict: String) -> String? {
    Verdict.meanings[verdict] ?? settings.customVerdictMeanings?[verdict]
  }

  /// All tags in use, sorted.
  public var tags: [String] { Array(Set(discrepancies.flatMap(\.tags))).sorted() }

  // The state is its rates, settings and discrepancies; counters and change records are not.
  enum CodingKeys: String, CodingKey {
    case rates, settings, discrepancies, nextDiscrepancy
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rates: try container.decode(RateTable.self, forKey: .rates),
      settings: try container.decode(Settings.self, forKey: .settings),
      discrepancies: try container.decode([Discrepancy].self, forKey: .discrepancies),
      nextDiscrepancy: try container.decode(Int.self, forKey: .nextDiscrepancy))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rates, forKey: .rates)
    try container.encode(settings, forKey: .settings)
    try container.encode(discrepancies, forKey: .discrepancies)
    try container.encode(nextDiscrepancy, forKey: .nextDiscrepancy)
  }

  public static func == (lhs: AnalysisState, rhs: AnalysisState) -> Bool {
    lhs.rates == rhs.rates && lhs.settings == rhs.settings
      && lhs.discrepancies == rhs.discrepancies && lhs.nextDiscrepancy == rhs.nextDiscrepancy
      && lhs.unloadedSources == rhs.unloadedSources
  }
}

/// What undoes (or redoes) one change: the before-values of what it touched.
public struct StateRevert: Sendable {
  /// Discrepancies by number, with their values before (nil: they did not exist).
  public var discrepancies: [Int: Discrepancy?] = [:]
  public var rates: RateTable?
  public var settings: Settings?
  public var nextDiscrepancy: Int
}

/// Session settings the analyst can see and change.
public struct Settings: Codable, Equatable, Sendable {
  /// How far "about", "around", "some" reach, as a fraction of the value (0.1 is ±10%).
  public var approxTolerance: Decimal = Decimal(string: "0.1")!
  /// Verdicts added to the built-in set.
  public var customVerdicts: [String] = []
  /// What the session's own verdicts mean, for those added with one (`verdicts add NAME
  /// "MEANING"`); nil when none has one, so older sessions keep their bytes.
  public var customVerdictMeanings: [String: String]?
  /// Who signs the reports (ClaimReview `author`).
  public var reportAuthor: String?
  /// The reports' date, YYYY-MM-DD (default: the day the session last changed), so the same
  /// session gives the same report bytes.
  public var reportDate: String?
  /// The reports' title (default: the first discrepancy's title or subject).
  public var reportTitle: String?
  /// Where the reports are published: an http or https address, the ClaimReview `url`.
  public var reportURL: String?

  public init() {}
}
