import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Interactive line editing over the system's libedit: emacs keys, history (persisted to a file),
/// Ctrl-R reverse search, Tab completion through a Swift callback, and `~/.editrc` honoured under
/// the program name. Ctrl-C clears the line being typed instead of ending the program.
///
/// This is the only code that talks to libedit; everything it needs from the rest of CrossCheck
/// comes in as plain Swift values and closures.
public final class LineEditor {
  /// What reading a line gave.
  public enum Input: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the half-typed line was dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the input closed.
    case endOfInput
  }

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyFile: String?
  private let complete: (String) -> EditorCompletion
  private var promptBuffer: [CChar] = [0]
  private var interrupted = false

  /// - Parameters:
  ///   - programName: the name `~/.editrc` lines are prefixed with (`crosscheck:bind ...`).
  ///   - historyFile: where history is loaded from and saved to; nil keeps it in memory.
  ///   - complete: given the text before the cursor, what Tab should do.
  public init(
    programName: String, historyFile: String?,
    complete: @escaping (String) -> EditorCompletion
  ) {
    LineEditor.useCharacterLocale()
    self.historyFile = historyFile
    self.complete = complete
    editLine = el_init(programName, cc_stdin(), cc_stdout(), cc_stderr())
    history = history_init()
    cc_history_set_size(history, 1000)
    cc_history_set_unique(history, 1)
    if let historyFile { cc_history_load(history, historyFile) }

    cc_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
    cc_el_set_editor(editLine, "emacs")
    cc_el_set_signal(editLine, 0)
    cc_el_set_history(editLine, history)
    cc_el_set_prompt(editLine, LineEditor.promptCallback, 1)
    cc_el_set_read_function(editLine, LineEditor.readCallback)
    cc_el_add_function(
      editLine, "crosscheck-complete", "Complete the word at the cursor",
      LineEditor.completeCallback)
    cc_el_add_function(
      editLine, "crosscheck-interrupt", "Drop the line being typed", LineEditor.interruptCallback)
    cc_el_bind(editLine, "^I", "crosscheck-complete")
    cc_el_bind(editLine, "^C", "crosscheck-interrupt")
    cc_el_bind(editLine, "^R", "em-inc-search-prev")
    // The user's ~/.editrc comes last, so its bindings win over the defaults above.
    el_source(editLine, nil)
  }

  deinit {
    el_end(editLine)
    history_end(history)
  }

  /// Shows `prompt` and reads one line with editing. The line comes back without its line break.
  /// `prompt` may hold ANSI colour codes: wrap each in `\u{1}` so they are not counted as width.
  public func readLine(prompt: String) -> Input {
    promptBuffer = Array(prompt.utf8CString)
    interrupted = false
    fflush(cc_stdout())
    var count: Int32 = 0
    guard let raw = el_gets(editLine, &count), count > 0 else {
      if interrupted { return .interrupted }
      return .endOfInput
    }
    if interrupted { return .interrupted }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to history (consecutive duplicates are kept once) and saves the history file, so
  /// that a killed process loses nothing already entered.
  public func addToHistory(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    cc_history_enter(history, line)
    if let historyFile { cc_history_save(history, historyFile) }
  }

  /// The terminal's width in columns, or nil when output is not a terminal.
  public static func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  // MARK: - libedit callbacks

  private static func from(_ editLine: OpaquePointer?) -> LineEditor? {
    guard let editLine, let data = cc_el_get_client_data(editLine) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  private static let promptCallback:
    @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = {
      editLine in
      guard let editor = LineEditor.from(editLine) else { return nil }
      return editor.promptBuffer.withUnsafeMutableBufferPointer { $0.baseAddress }
    }

  /// Reads one character (UTF-8 decoded) from standard input. Reading is ours rather than
  /// libedit's so that Ctrl-C, which interrupts read() with EINTR, becomes the ^C key (bound to
  /// crosscheck-interrupt) instead of being lost, and so that a resize is noticed at once.
  private static let readCallback:
    @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = {
      editLine, character in
      guard let character else { return -1 }
      var bytes: [UInt8] = []
      var needed = 1
      while bytes.count < needed {
        var byte: UInt8 = 0
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 1 {
          if bytes.isEmpty {
            needed =
              byte < 0x80
              ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 1
          }
          bytes.append(byte)
          continue
        }
        if count == 0 { return 0 }
        guard errno == EINTR else { return -1 }
        if InterruptSignal.takeInterrupt() {
          character.pointee = 3  // ^C
          return 1
        }
        if InterruptSignal.takeResize(), let editLine { el_resize(editLine) }
      }
      let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
      character.pointee = wchar_t(bitPattern: scalar.value)
      return 1
    }

  private static let interruptCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = {
    editLine, _ in
    guard let editor = LineEditor.from(editLine) else { return UInt8(CC_ERROR) }
    editor.interrupted = true
    // Show ^C after the text, then end the line with the newline key so libedit moves the
    // cursor below what was typed; readLine drops the line because `interrupted` is set.
    if let info = el_line(editLine) {
      let after = info.pointee.lastchar - info.pointee.cursor
      if after > 0 { el_cursor(editLine, Int32(after)) }
    }
    el_insertstr(editLine, "^C")
    el_push(editLine, "\n")
    return UInt8(CC_REFRESH)
  }

  private static let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = {
    editLine, _ in
    guard let editor = LineEditor.from(editLine), let info = el_line(editLine) else {
      return UInt8(CC_ERROR)
    }
    let start = UnsafeRawPointer(info.pointee.buffer!)
    let length = UnsafeRawPointer(info.pointee.cursor!) - start
    let before = String(
      decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    let completion = editor.complete(before)
    if completion.deleteCount > 0 || !completion.insertion.isEmpty {
      el_deletestr(editLine, Int32(completion.deleteCount))
      el_insertstr(editLine, completion.insertion)
      return UInt8(CC_REFRESH)
    }
    guard !completion.alternatives.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    editor.list(completion.alternatives)
    return UInt8(CC_REDISPLAY)
  }

  /// Prints completion alternatives in columns below the line being edited.
  private func list(_ alternatives: [String]) {
    let width = LineEditor.terminalWidth() ?? 80
    let columnWidth = (alternatives.map(\.count).max() ?? 0) + 2
    let columns = max(1, width / columnWidth)
    var text = "\n"
    for (index, item) in alternatives.enumerated() {
      let isLastInRow = (index + 1) % columns == 0 || index == alternatives.count - 1
      text +=
        isLastInRow ? item + "\n" : item + String(repeating: " ", count: columnWidth - item.count)
    }
    fputs(text, cc_stdout())
    fflush(cc_stdout())
  }

  /// libedit needs the character locale to edit € and curly quotes as single characters; a bare
  /// "C" locale (common in containers) is upgraded to C.UTF-8.
  private static func useCharacterLocale() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
