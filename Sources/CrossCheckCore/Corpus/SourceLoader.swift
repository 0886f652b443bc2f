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
    if argument.contains(where: { "*?[".contains($0) }) {
      let matches = glob(argument)
      if matches.isEmpty { throw .noMatches(pattern: argument) }
      // A glob such as 'Corpus/*' must not turn metadata sidecars into sources.
      return matches.filter { !isDirectory($0) && !$0.hasSuffix(".meta.json") }
    }
    // Anything but a folder is read as a file, and reading it says what is wrong with it
    // (missing, a symbolic link loop, a FIFO…).
    guard FileCheck.check(argument) == .directory else { return [argument] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: argument)
    } catch {
      throw .unreadable(path: argument, reason: "the folder cannot be listed")
    }
    let prefix = argument.hasSuffix("/") ? argument : argument + "/"
    let files =
      names
      .filter { name in
        !name.hasPrefix(".") && textExtensions.contains(fileExtension(of: name).lowercased())
      }
      .sorted()
      .map { prefix + $0 }
      .filter { !isDirectory($0) }
    if files.isEmpty { throw .noTextFiles(directory: argument) }
    return files
  }

  static func fileExtension(of name: String) -> Substring {
    guard let dot = PathParts.lastDot(in: name[...]), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...]
  }

  /// Whether `path` leads to a folder (through symbolic links): one `stat`, asked of every
  /// file of a folder that is loaded.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  private static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Foundation.glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }.sorted()
  }

  /// Reads the metadata sidecar of a text file, if there is one.
  static func metadata(forTextFile path: String) -> Result<SourceMetadata, SourceLoadWarning> {
    let sidecar = SourceMetadata.sidecarPath(forTextFile: path)
    // Only a regular file: a sidecar that is a FIFO or a device would never finish reading.
    guard FileCheck.isRegularFile(sidecar),
      let data = FileReader.contents(of: sidecar)
    else {
      return .success(SourceMetadata())
    }
    do {
      return .success(try JSONDecoder().decode(SourceMetadata.self, from: data))
    } catch let DecodingError.dataCorrupted(context) {
      return .failure(.malformedMetadata(path: sidecar, reason: context.debugDescription))
    } catch let DecodingError.typeMismatch(_, context) {
      let key = context.codingPath.map(\.stringValue).joined(separator: ".")
      return .failure(.malformedMetadata(path: sidecar, reason: "'\(key)' must be a string"))
    } catch {
      return .failure(.malformedMetadata(path: sidecar, reason: "\(error)"))
    }
  }
}
