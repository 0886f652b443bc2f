/// Disjoint sets over `0..<count`, for grouping pairwise matches.
struct UnionFind {
  private var parent: [Int]

  init(count: Int) {
    parent = Array(0..<count)
  }

  mutating func find(_ element: Int) -> Int {
    var root = element
    while parent[root] != root { root = parent[root] }
    var node = element
    while parent[node] != root {
      let next = parent[node]
      parent[node] = root
      node = next
    }
    return root
  }

  mutating func union(_ a: Int, _ b: Int) {
    let rootA = find(a)
    let rootB = find(b)
    if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
  }
}
