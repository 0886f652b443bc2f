/// Unicode's explicit direction controls, kept to the text they come in.
///
/// An embedding or override (U+202A–U+202E) or an isolate (U+2066–U+2068) left open in an
/// article's sentence, a title or a note runs on to the end of its paragraph: in a report it
/// would reverse the verdict badge, the figure or the caption printed after the field. Each
/// field is closed where it ends, with a PDF for each embedding and a PDI for each isolate still
/// open; the text itself is not changed, so it shows inside its field as its author wrote it.
public enum BidiControls {
  /// Whether `scalar` is one of the invisible characters that steer the direction of the text
  /// around it: the marks U+200E, U+200F and U+061C, the embeddings and overrides
  /// U+202A–U+202E, and the isolates U+2066–U+2069. The terminal and JSON output show them
  /// escaped (`\u{202E}`, `\u202e`), as they cannot be seen and can reorder what follows.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `text` followed by the controls that close what it leaves open (usually nothing).
  public static func closed(_ text: String) -> String {
    var embeddings = 0
    var isolates = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x202A, 0x202B, 0x202D, 0x202E: embeddings += 1
      case 0x202C: embeddings = max(0, embeddings - 1)
      case 0x2066, 0x2067, 0x2068:
        isolates += 1
      case 0x2069:
        // A PDI closes its isolate and every embedding opened inside it; counted loosely, an
        // extra PDF or PDI at the end is ignored by the bidi algorithm.
        isolates = max(0, isolates - 1)
      default: continue
      }
    }
    guard embeddings + isolates > 0 else { return text }
    return text + String(repeating: "\u{202C}", count: embeddings)
      + String(repeating: "\u{2069}", count: isolates)
  }
}
