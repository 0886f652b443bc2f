import Foundation

/// Where a JSON text goes wrong, as a reader fixing it by hand wants it: "line 3, column 12"
/// rather than the decoder's "The given data was not valid JSON."
enum JSONSyntaxProblem {
  /// What is wrong with `data` as JSON, starting lower-case, without a final stop; nil when
  /// it is valid JSON.
  static func describe(_ data: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return nil
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
      if detail.hasPrefix("Unexpected end of file") {
        return "the JSON ends before it is complete, at \(place(ofByte: data.count, in: data))"
      }
      if let range = detail.range(of: "around character "),
        let offset = Int(detail[range.upperBound...].prefix(while: \.isNumber))
      {
        return "it is not valid JSON at \(place(ofByte: offset, in: data))"
      }
      return "it is not valid JSON"
    }
  }

  /// "line L, column C" of a byte offset, both counted from 1, columns in characters.
  static func place(ofByte offset: Int, in data: Data) -> String {
    let before = data.prefix(max(0, min(offset, data.count)))
    let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
    let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
    return "line \(line), column \(column)"
  }
}
