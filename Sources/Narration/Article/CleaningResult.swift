/// The cleaner's output: the article, and the lines it dropped with the reason for each.
public struct CleaningResult: Sendable, Hashable {
  /// The article that remains.
  public var article: Article
  /// Every dropped source line, in order, with the rule or signal that dropped it.
  public var dropped: [DroppedLine]

  /// Creates a result.
  public init(article: Article, dropped: [DroppedLine]) {
    self.article = article
    self.dropped = dropped
  }
}
