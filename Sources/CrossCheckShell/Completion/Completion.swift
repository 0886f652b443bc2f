/// What pressing Tab does to the line: replace the partial word before the cursor, and show
/// alternatives when there is more than one way to go on.
public struct Completion: Equatable, Sendable {
  /// How many Unicode scalars before the cursor to delete (the partial word as typed).
  public var deleteCount: Int
  /// What to insert in their place (empty when there is nothing to add).
  public var insertion: String
  /// The candidates to list when the completion is ambiguous; empty otherwise.
  public var alternatives: [String]

  public init(deleteCount: Int = 0, insertion: String = "", alternatives: [String] = []) {
    self.deleteCount = deleteCount
    self.insertion = insertion
    self.alternatives = alternatives
  }

  /// Nothing to complete.
  public static let none = Completion()
}
