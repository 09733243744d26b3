/// The show: what a podcast app displays for the feed as a whole.
public struct FeedChannel: Sendable, Hashable, Codable {
  /// The show's title.
  public var title: String
  /// What the show is (at most 4,000 bytes).
  public var description: String
  /// The show's language, such as `en-us`.
  public var language: String
  /// The author shown by podcast apps.
  public var author: String
  /// The public address of the output folder, ending in `/`; enclosure URLs start with it.
  public var baseURL: String
  /// The Apple Podcasts category and subcategory.
  public var category: String
  /// The subcategory, when there is one.
  public var subcategory: String?
  /// Whether episodes contain explicit content.
  public var explicit: Bool

  /// The address `narrate serve` listens on by default, used when no public base URL is set.
  public static let localBaseURL = "http://127.0.0.1:8080/"

  /// Creates a channel; the defaults describe a local news show served by `narrate serve`.
  public init(
    title: String = "Narrated articles", description: String = "Articles narrated by narrate.",
    language: String = "en", author: String = "narrate", baseURL: String = localBaseURL,
    category: String = "News", subcategory: String? = "Daily News", explicit: Bool = false
  ) {
    self.title = title
    self.description = description
    self.language = language
    self.author = author
    self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    self.category = category
    self.subcategory = subcategory
    self.explicit = explicit
  }
}
