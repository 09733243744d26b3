/// What the user can say about cleaning; every field overrides what the page says.
public struct CleaningOptions: Sendable, Hashable {
  /// The title to use instead of the page's own.
  public var title: String?
  /// The language to use instead of the page's own.
  public var language: String?
  /// Whether to name the rule behind every dropped line, even far from the article.
  ///
  /// Slower; `--explain` sets it. Without it, lines far from the article may be reported as
  /// outside it rather than by the rule that matches them.
  public var explain: Bool

  /// Creates options; all default to "take it from the page".
  public init(title: String? = nil, language: String? = nil, explain: Bool = false) {
    self.title = title
    self.language = language
    self.explain = explain
  }
}
