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

    /// The stem alone: a stem noted for two kinds only shares a bucket (keys still compare
    /// both), and a kind is hashed by its raw String, which cost as much as the stem.
    func hash(into hasher: inout Hasher) {
      hasher.combine(stem)
    }
  }

  private struct Topic {
    var count: Int
    var word: String
    var stem: String
    var order: Int
  }

  private var topics: [Key: Topic] = [:]
  /// Each kind's leading topic; a handful of kinds, so a list.
  private var leaders: [(kind: FigureKind, topic: Topic)] = []
  private var order = 0

  /// Makes room for `count` more heads at once: a table grown one head at a time would hash
  /// its heads again at every doubling.
  mutating func reserveCapacity(forMore count: Int) {
    topics.reserveCapacity(topics.count + count)
  }

  mutating func note(_ stem: String, word: String, kind: FigureKind) {
    order += 1
    // In place, with one hash whether or not the head was noted before.
    let noted = Self.count(
      &topics[
        Key(kind: kind, stem: stem), default: Topic(count: 0, word: word, stem: stem, order: 0)],
      word: word, order: order)
    guard let place = leaders.firstIndex(where: { $0.kind == kind }) else {
      leaders.append((kind, noted))
      return
    }
    if leaders[place].topic.count <= noted.count { leaders[place].topic = noted }
  }

  /// Counts one more noting of `topic`, as `word` (the latest spelling), at `order`.
  private static func count(_ topic: inout Topic, word: String, order: Int) -> Topic {
    topic.count += 1
    topic.word = word
    topic.order = order
    return topic
  }

  /// The topic of `kind`: its word and the word's stem.
  func topic(for kind: FigureKind) -> (word: String, stem: String)? {
    guard let leader = leaders.first(where: { $0.kind == kind }) else { return nil }
    return (leader.topic.word, leader.topic.stem)
  }
}
