import Foundation

/// One cell of a ``RecordSet``: what JSON writes as a string, number, boolean, null, array or
/// object, and what the text formats write as plain text.
indirect enum RecordValue: Equatable, Encodable {
  case text(String)
  case integer(Int)
  case number(Decimal)
  case boolean(Bool)
  case null
  case list([RecordValue])
  /// Named fields, in order.
  case object([String], [RecordValue])

  /// An optional text: null when nil.
  static func text(_ value: String?) -> RecordValue { value.map(RecordValue.text) ?? .null }
  /// An optional number: null when nil.
  static func number(_ value: Decimal?) -> RecordValue { value.map(RecordValue.number) ?? .null }

  /// The value as one line of plain text (tables, CSV, Markdown): null is empty, a list is its
  /// items joined with "; ".
  var plainText: String {
    switch self {
    case .text(let text): text
    case .integer(let number): String(number)
    case .number(let number): number.description
    case .boolean(let flag): flag ? "yes" : "no"
    case .null: ""
    case .list(let items): items.map(\.plainText).joined(separator: "; ")
    case .object(_, let values):
      values.map(\.plainText).filter { !$0.isEmpty }.joined(separator: " ")
    }
  }

  /// Whether the value is a number (CSV leaves a number's leading `-` alone).
  var isNumber: Bool {
    switch self {
    case .integer, .number: true
    default: false
    }
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .text(let text):
      var container = encoder.singleValueContainer()
      try container.encode(text)
    case .integer(let number):
      var container = encoder.singleValueContainer()
      try container.encode(number)
    case .number(let number):
      // JSON has no NaN: a value that is not a finite number is written as null.
      var container = encoder.singleValueContainer()
      if number.isFinite { try container.encode(number) } else { try container.encodeNil() }
    case .boolean(let flag):
      var container = encoder.singleValueContainer()
      try container.encode(flag)
    case .null:
      var container = encoder.singleValueContainer()
      try container.encodeNil()
    case .list(let items):
      var container = encoder.unkeyedContainer()
      for item in items { try container.encode(item) }
    case .object(let names, let values):
      var container = encoder.container(keyedBy: FieldName.self)
      for (name, value) in zip(names, values) {
        try container.encode(value, forKey: FieldName(stringValue: name))
      }
    }
  }

  /// A field name chosen at run time.
  private struct FieldName: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
