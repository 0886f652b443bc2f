import Foundation

/// Turns what the analyst typed after `load` (a file, a directory or a glob) into file paths.
public enum SourceLoader {
  /// File name extensions that a directory or glob load picks up as article text.
  /// Markdown is not among them: a folder of articles often holds a README.md about them.
  public static let textExtensions: Set<String> = ["txt", "text"]

  static var textExtensionList: String {
    textExtensions.sorted().map { "*.\($0)" }.joined(separator: ", ")
  }

  /// The text files an argument names, in a stable (sorted) order.
  ///
  /// A file is taken as given, whatever its extension. A directory gives its text files (not
  /// recursively). A pattern with `*`, `?` or `[` is expanded like the shell does.
  public static func expand(_ argument: String) throws(SourceLoadError) -> [String] {
    try list(argument).map(\.path)
  }

  /// The text files an argument names, as ``expand(_:)`` gives them, each with what one look at
  /// it told (its size, whether it is a plain file, whether a sidecar may stand next to it).
  static func list(_ argument: String) throws(SourceLoadError) -> [ListedFile] {
    if argument.contains(where: { "*?[".contains($0) }) {
      let matches = glob(argument)
      if matches.isEmpty {
        // A folder whose name is not UTF-8 reached us with U+FFFD in it, so the pattern can
        // match nothing there: name its bytes (`\xE9`), as for a path without a pattern.
        if let shown = MissingPath.nonUTF8Name(argument) { throw .nameNotUTF8(path: shown) }
        throw .noMatches(pattern: argument)
      }
      // A glob such as 'Corpus/*' must not turn metadata sidecars into sources; one that
      // matches nothing else was meant to load them, which says so.
      let texts = matches.filter { !isSidecarName($0) }
      if texts.isEmpty { throw .sidecarGiven(path: argument) }
      return texts.compactMap { ListedFile.look(at: $0) }
    }
    // Anything but a folder is read as a file, and reading it says what is wrong with it
    // (missing, a symbolic link loop, a FIFO…).
    guard FileCheck.check(argument) == .directory else {
      if isSidecarName(argument) { throw .sidecarGiven(path: argument) }
      return [
        ListedFile.look(at: argument)
          ?? ListedFile(path: argument, size: 0, isPlainFile: false, mayHaveSidecar: true)
      ]
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: argument)
    } catch {
      throw .unreadable(path: argument, reason: "the folder cannot be listed")
    }
    let prefix = argument.hasSuffix("/") ? argument : argument + "/"
    // The names that may be sidecars, compared without case: on a file system that ignores
    // case, 'A.META.JSON' is the sidecar of 'a.txt'.
    let sidecars = Set(
      names.lazy.filter(Self.mayBeSidecar).map { $0.lowercased() }.filter {
        $0.hasSuffix(Self.sidecarSuffix)
      })
    let files =
      names
      .filter { name in
        !name.hasPrefix(".") && textExtensions.contains(fileExtension(of: name).lowercased())
      }
      .sorted()
      .compactMap { name in
        // A folder of articles with no sidecar at all (a large one, often) asks no name.
        let mayHaveSidecar =
          !sidecars.isEmpty
          && sidecars.contains(SourceMetadata.sidecarPath(forTextFile: name).lowercased())
        return ListedFile.look(at: prefix + name, mayHaveSidecar: mayHaveSidecar)
      }
    if files.isEmpty { throw .noTextFiles(directory: argument) }
    return files
  }

  /// How a sidecar's name ends.
  private static let sidecarSuffix = ".meta.json"

  /// Whether a path names a metadata sidecar (in any case, as a folder's listing finds them).
  static func isSidecarName(_ path: String) -> Bool {
    mayBeSidecar(path) && path.lowercased().hasSuffix(sidecarSuffix)
  }

  /// False only for a name that surely does not end in ``sidecarSuffix`` in any case: one
  /// whose last bytes are ASCII, as many as the suffix's, and not the suffix's letters. Each
  /// character is lower-cased on its own, so an ASCII ending is lower-cased alone; any other
  /// ending is for `lowercased()` to say. Lower-casing every name of a folder of thousands
  /// was an allocation a file.
  private static func mayBeSidecar(_ name: String) -> Bool {
    let suffix = sidecarSuffix.utf8
    let utf8 = name.utf8
    guard utf8.count >= suffix.count else { return true }
    let ending = utf8.suffix(suffix.count)
    guard ending.allSatisfy({ $0 < 0x80 }) else { return true }
    return zip(ending, suffix).allSatisfy { byte, wanted in
      (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) == wanted
    }
  }

  static func fileExtension(of name: String) -> Substring {
    guard let dot = PathParts.lastDot(in: name[...]), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...]
  }

  private static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Foundation.glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }.sorted()
  }

  /// Reads the metadata sidecar of a text file, if there is one; without looking for it when
  /// the listing of its folder showed there is none (`mayExist` false).
  static func metadata(forTextFile path: String, mayExist: Bool = true) -> Result<
    SourceMetadata, SourceLoadWarning
  > {
    guard mayExist else { return .success(SourceMetadata()) }
    let sidecar = SourceMetadata.sidecarPath(forTextFile: path)
    // Only a regular file: a sidecar that is a FIFO or a device would never finish reading.
    guard FileCheck.isRegularFile(sidecar) else { return .success(SourceMetadata()) }
    let data: Data
    do {
      data = try FileReader.read(sidecar, maximumBytes: SourceMetadata.maximumBytes)
    } catch {
      // There, but unreadable or far too large for four fields: said, never read whole.
      return .failure(.malformedMetadata(path: sidecar, reason: error.description))
    }
    do {
      return .success(try JSONDecoder().decode(SourceMetadata.self, from: data))
    } catch let DecodingError.dataCorrupted(context) {
      let reason = JSONSyntaxProblem.describe(data) ?? context.debugDescription
      return .failure(.malformedMetadata(path: sidecar, reason: reason))
    } catch let DecodingError.typeMismatch(_, context) {
      let key = context.codingPath.map(\.stringValue).joined(separator: ".")
      // The whole text is not an object (an array, a string): no key to name.
      let reason =
        key.isEmpty
        ? "it must be one JSON object, such as {\"title\": \"…\"}" : "'\(key)' must be a string"
      return .failure(.malformedMetadata(path: sidecar, reason: reason))
    } catch {
      return .failure(.malformedMetadata(path: sidecar, reason: "\(error)"))
    }
  }
}
