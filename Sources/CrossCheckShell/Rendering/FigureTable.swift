import CrossCheckCore

/// Figures as a text table: id, kind, normalized value, hedge, subject and the text as written.
public enum FigureTable {
  public static func render(_ figures: [Figure], width: Int, style: Style = Style(isEnabled: false))
    -> [String]
  {
    let rows = figures.map { figure in
      [
        figure.id.description, figure.kind.rawValue, FigureFormatter.value(figure),
        figure.hedge ?? "", figure.subject ?? "", figure.scope.joined(separator: "; "), figure.text,
      ]
    }
    let table = Table(
      headers: ["ID", "KIND", "VALUE", "HEDGE", "SUBJECT", "SCOPE", "TEXT"], rows: rows,
      flexibleColumns: [4, 5, 6])
    return table.render(width: width, style: style)
  }
}
