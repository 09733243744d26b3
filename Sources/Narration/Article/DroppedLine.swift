/// A source line the cleaner left out, and why (`--explain`).
public struct DroppedLine: Sendable, Hashable, Codable {
  /// The 1-based line number in the source.
  public var line: Int
  /// The line's text.
  public var text: String
  /// The rule id or structural signal that dropped it.
  public var reason: String

  /// Creates a record of a dropped line.
  public init(line: Int, text: String, reason: String) {
    self.line = line
    self.text = text
    self.reason = reason
  }

  /// Creates a record of a dropped block, at the first source line it came from.
  init(_ block: ArticleBlock, reason: String) {
    self.init(line: block.lines.lowerBound, text: block.text, reason: reason)
  }
}
