/// An edit that Tab applies at the cursor: delete the partial word, insert its completion, or list
/// the alternatives below the line. Whoever computes it need not know about libedit.
public struct EditorCompletion: Sendable {
  public var deleteCount: Int
  public var insertion: String
  public var alternatives: [String]

  public init(deleteCount: Int, insertion: String, alternatives: [String]) {
    self.deleteCount = deleteCount
    self.insertion = insertion
    self.alternatives = alternatives
  }
}
