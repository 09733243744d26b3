/// Content types by file extension, from `Resources/Serve/mime-types.tsv`.
///
/// Podcast apps reject audio that is not sent as what the enclosure says, so the table is data.
public struct MIMETypes: Sendable, Hashable {
  /// Content type by lowercase extension.
  public var types: [String: String]

  /// What is sent for unknown extensions.
  public static let fallback = "application/octet-stream"

  /// Creates a table.
  public init(types: [String: String]) {
    self.types = types
  }

  /// The table bundled with narrate.
  public static func bundled() throws(NarrationError) -> MIMETypes {
    let text = try Resources.text(at: Resources.url("Serve/mime-types.tsv"))
    var types: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", maxSplits: 1)
      guard columns.count == 2 else { continue }
      types[columns[0].lowercased()] = String(columns[1])
    }
    return MIMETypes(types: types)
  }

  /// The content type for a file name.
  public func type(forFile name: String) -> String {
    guard let dot = name.lastIndex(of: ".") else { return Self.fallback }
    return types[name[name.index(after: dot)...].lowercased()] ?? Self.fallback
  }
}
