/// What a source has been talking about: the heads of recent subjects, so that "those €200
/// billion" or "Most — €185 billion —" can borrow the topic of the figures before them.
///
/// The topic of a kind is its most noted head, the latest noted among equals. It is kept up to
/// date as heads are noted (a head's count only grows, and the head just noted is the latest),
/// so asking costs the same on the thousandth figure of a large file as on the first.
struct TopicTracker {
  private struct Key: Hashable {
    var kind: FigureKind
    var stem: String
  }

  private struct Topic {
    var count: Int
    var word: String
    var order: Int
  }

  private var topics: [Key: Topic] = [:]
  private var leaders: [FigureKind: Topic] = [:]
  private var order = 0

  mutating func note(_ stem: String, word: String, kind: FigureKind) {
    order += 1
    let key = Key(kind: kind, stem: stem)
    let noted = Topic(count: (topics[key]?.count ?? 0) + 1, word: word, order: order)
    topics[key] = noted
    if let leader = leaders[kind], leader.count > noted.count { return }
    leaders[kind] = noted
  }

  func topic(for kind: FigureKind) -> String? {
    leaders[kind]?.word
  }
}
