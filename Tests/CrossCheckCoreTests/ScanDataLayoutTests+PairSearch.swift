import Testing

@testable import CrossCheckCore

/// The pair search's shortcuts answer as the plain score does: the table's scores, made from
/// flat contexts, cached story similarities and index keys worked out on several cores, are
/// the plain scores, and a test of units written without a set answers as the set did.
extension ScanDataLayoutTests {
  /// The profiles of every real article the project has (news-a, news-b, Corpus/), as the
  /// scan makes them, with dates spread over a few days and outlets over a few names.
  static func devsetProfiles() throws -> (profiles: [FigureProfile], topics: [WeightedTerms]) {
    let sources = try DevsetFixtures.articleTexts().enumerated().map { index, text in
      Source(
        id: SourceID("d\(index)"), path: "d\(index).txt", canonicalPath: "/d\(index).txt",
        metadata: SourceMetadata(outlet: "Outlet \(index % 7)", date: "2025-11-1\(index % 9)"),
        text: text, sha256: "d\(index)", byteCount: text.utf8.count)
    }
    var profiler = FigureProfiler()
    return profiler.profiles(
      of: sources, kind: nil, rates: RateSources(session: RateTable(), reference: .builtIn))
  }

  @Test func theTablesScoresAreThePlainScores() throws {
    let (profiles, topics) = try Self.devsetProfiles()
    let table = DiscrepancyScanner(comparator: Comparator()).candidatePairs(
      profiles, topics: topics)
    #expect(table.count > 1000)
    var compared = 0
    for a in profiles.indices {
      for b in (a + 1)..<profiles.count {
        guard let fast = table.score(a, b) else { continue }
        let plain = try #require(PairScore.score(profiles[a], profiles[b], topics: topics))
        #expect(fast.sameness.bitPattern == plain.sameness.bitPattern)
        #expect(fast.relation == plain.relation && fast.conflict == plain.conflict)
        #expect(fast.unitsDiffer == plain.unitsDiffer)
        compared += 1
      }
    }
    #expect(compared == table.count)
  }

  @Test func percentAgainstPointsAsTheSetOfBothUnitsSays() {
    let units: [String?] = [nil, "percent", "percentage_point", "basis_point", "EUR"]
    for dimensionA in [MeasureDimension.share, .count] {
      for dimensionB in [MeasureDimension.share, .money] {
        for unitA in units {
          for unitB in units {
            let a = Measure(dimension: dimensionA, unitFamily: unitA, significantDigits: 1)
            let b = Measure(dimension: dimensionB, unitFamily: unitB, significantDigits: 1)
            let plain =
              a.dimension == .share && b.dimension == .share
              && Set([a.unitFamily, b.unitFamily]) == ["percent", "percentage_point"]
            #expect(PairScore.isPercentAgainstPoints(a, b) == plain)
          }
        }
      }
    }
  }

  /// The index as one core built it before its keys were worked out on several, line for line.
  static func plainPostings(_ profiles: [FigureProfile]) -> DiscrepancyScanner.Postings {
    var ids = KeyNumbering()
    var keyLists: [Int32] = []
    var keyStart = [0]
    var counts: [Int32] = []
    var limits: [Int] = []
    var heaviest: [(term: Int, weight: Double)] = []
    var own: [Int] = []
    for index in profiles.indices {
      let profile = profiles[index]
      let measure = profile.measure
      let dimension = MeasureDimension.allCases.firstIndex(of: measure.dimension) ?? 0
      heaviest.removeAll(keepingCapacity: true)
      heaviest.append(contentsOf: profile.context.entries)
      heaviest.sort { ($0.weight, $1.term) > ($1.weight, $0.term) }
      own.removeAll(keepingCapacity: true)
      for entry in heaviest.prefix(DiscrepancyScanner.indexTerms) {
        own.append(entry.term &* 16 &+ dimension)
      }
      if let noun = profile.countedNoun,
        !heaviest.prefix(DiscrepancyScanner.indexTerms).contains(where: { $0.term == noun })
      {
        own.append(noun &* 16 &+ dimension)
      }
      if let value = DiscrepancyScanner.valueKey(measure) {
        own.append(value &* 16 &+ dimension)
      }
      let exactKeys = own.count
      for near in DiscrepancyScanner.nearValueKeys(measure) {
        own.append(near &* 16 &+ dimension)
      }
      for (position, key) in own.enumerated() {
        let list = ids.number(of: key, next: Int32(counts.count))
        if Int(list) == counts.count {
          counts.append(0)
          limits.append(
            position < exactKeys
              ? DiscrepancyScanner.maximumPosting : DiscrepancyScanner.maximumNearPosting)
        }
        counts[Int(list)] += 1
        keyLists.append(list)
      }
      keyStart.append(keyLists.count)
    }
    var listStart = [Int](repeating: 0, count: counts.count + 1)
    for list in counts.indices { listStart[list + 1] = listStart[list] + Int(counts[list]) }
    var fill = listStart
    var members = [Int32](repeating: 0, count: keyLists.count)
    for index in profiles.indices {
      for entry in keyStart[index]..<keyStart[index + 1] {
        let list = Int(keyLists[entry])
        members[fill[list]] = Int32(index)
        fill[list] += 1
      }
    }
    return DiscrepancyScanner.Postings(
      keyLists: keyLists.map { Int($0) }, keyStart: keyStart, members: members,
      listStart: listStart, limits: limits)
  }

  @Test func theIndexBuiltOnSeveralCoresIsTheOneCoresIndex() throws {
    let (profiles, _) = try Self.devsetProfiles()
    // Six copies, so that the figures span several runs of keys.
    let copies = Array(repeating: profiles, count: 6).flatMap { $0 }
    for figures in [[], Array(profiles.prefix(5)), copies] {
      let fast = try #require(DiscrepancyScanner.postings(figures))
      let plain = Self.plainPostings(figures)
      #expect(fast.keyLists == plain.keyLists && fast.keyStart == plain.keyStart)
      #expect(fast.members == plain.members && fast.listStart == plain.listStart)
      #expect(fast.limits == plain.limits)
    }
    #expect(copies.count > 2 * 2048)
  }
}

extension ScanDataLayoutTests {
  /// What a profile shows, to tell whether freeing other profiles touched it.
  static func fingerprint(_ profile: FigureProfile) -> String {
    "\(profile.figure.id) \(profile.source) \(profile.measure.magnitude ?? -1) "
      + "\(profile.context.entries.map(\.term)) \(Array(profile.names)) \(profile.subjects)"
  }

  @Test func profilesFreedOnSeveralCoresAreFreedAsByTheArrayAndLeaveCopiesWhole() throws {
    let (profiles, _) = try Self.devsetProfiles()
    let before = profiles.map(Self.fingerprint)
    #expect(profiles.count > 100)
    // Runs of one profile, of a few, longer than the array, and the scan's own.
    for run in [1, 7, 64, profiles.count + 1, ProfileRelease.run] {
      // A copy of the profiles in an array of its own: the boxes are shared with `profiles`.
      var freed = profiles.map { $0 }
      ProfileRelease.release(&freed, run: run)
      #expect(freed.isEmpty)
      #expect(profiles.map(Self.fingerprint) == before)
    }
    // Profiles held by nothing else are freed whole (a double free would crash here).
    var (owned, _) = try Self.devsetProfiles()
    ProfileRelease.release(&owned, run: 5)
    #expect(owned.isEmpty)
  }
}
