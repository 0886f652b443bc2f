import CrossCheckCore
import CrossCheckShell
import Testing

@Suite("Autosave messages")
struct AutosaveMessageTests {
  /// A journal too large to read says what the user can do about it, naming the file, and its
  /// size in bytes when it rounds as the limit does.
  @Test func aJournalTooLargeSaysWhatToDoWithIt() {
    let path = "/state/crosscheck/untitled-1.autosave.jsonl"
    let sentence = AutosaveMessage.sentence(
      .tooLarge(path: path, byteCount: (64 << 20) + 1, limit: 64 << 20))
    #expect(sentence.contains("'\(path)' is 67,108,865 bytes, larger than the 64 MiB"))
    #expect(sentence.contains("move it elsewhere or delete it"), "\(sentence)")
    #expect(sentence.contains("this warning stops"), "\(sentence)")
  }

  @Test func aJournalSetAsideIsNamedWithWhereItWent() {
    let sentence = AutosaveMessage.setAside(
      "/s/.a.autosave.jsonl", to: "/s/.a.autosave.jsonl.too-large")
    #expect(
      sentence
        == "the autosave journal '/s/.a.autosave.jsonl', too large to read, was moved to "
        + "'/s/.a.autosave.jsonl.too-large' (not read, not deleted); autosave starts a new journal."
    )
  }
}
