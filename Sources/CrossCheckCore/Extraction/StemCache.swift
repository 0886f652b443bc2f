import Synchronization

/// Stems already computed: subject words repeat from figure to figure and from article to
/// article, so one table serves every extraction of the process (loads extract on several cores
/// at once, hence the lock). It is emptied when it grows past ``capacity`` words, so a stream of
/// new words cannot grow it without end.
struct StemCache {
  static let capacity = 50_000
  private static let shared = Mutex<[String: String]>([:])

  func stem(_ word: String) -> String {
    if let known = Self.shared.withLock({ $0[word] }) { return known }
    let stem = Stemmer.stem(word)
    Self.shared.withLock { stems in
      if stems.count >= Self.capacity { stems.removeAll(keepingCapacity: true) }
      stems[word] = stem
    }
    return stem
  }
}
