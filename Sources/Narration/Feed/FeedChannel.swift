/// The show: what a podcast app displays for the feed as a whole.
///
/// Built from defaults, the output folder's saved `show.json`, the show file (`podcast.yml`) and
/// flags, in that order; ``ShowSettings`` holds one layer of that.
public struct FeedChannel: Sendable, Hashable, Codable {
  /// The show's title.
  public var title: String
  /// What the show is (the feed cuts it to 4,000 bytes).
  public var description: String
  /// The show's language, such as `en-us`.
  public var language: String
  /// The author shown by podcast apps.
  public var author: String
  /// The public address of the output folder, ending in `/`; enclosure URLs start with it.
  public var baseURL: String
  /// The Apple Podcasts category.
  public var category: String
  /// The Apple Podcasts subcategory, when there is one.
  public var subcategory: String?
  /// Whether episodes contain explicit content.
  public var explicit: Bool
  /// The owner's name (`itunes:owner`), shown to directories, not listeners.
  public var ownerName: String?
  /// The owner's e-mail address, which Apple and Spotify use to verify the show.
  public var ownerEmail: String?
  /// The cover art: an absolute URL, or a file name inside the output folder.
  public var image: String?
  /// The show's website; the base URL when not set.
  public var link: String?
  /// The copyright line.
  public var copyright: String?
  /// The Podcasting 2.0 `podcast:guid`; when not set it is derived from the feed URL.
  public var podcastGUID: String?
  /// Whether other platforms may not import the show (`podcast:locked`).
  public var locked: Bool
  /// The most episodes the feed lists (newest first); all when not set.
  public var episodeLimit: Int?

  /// The address `narrate serve` listens on by default, used when no public base URL is set.
  public static let localBaseURL = "http://127.0.0.1:8080/"

  /// Creates a channel; the defaults describe a local news show served by `narrate serve`.
  public init(
    title: String = "Narrated articles", description: String = "Articles narrated by narrate.",
    language: String = "en", author: String = "narrate", baseURL: String = localBaseURL,
    category: String = "News", subcategory: String? = "Daily News", explicit: Bool = false,
    ownerName: String? = nil, ownerEmail: String? = nil, image: String? = nil,
    link: String? = nil, copyright: String? = nil, podcastGUID: String? = nil,
    locked: Bool = false, episodeLimit: Int? = nil
  ) {
    self.title = title
    self.description = description
    self.language = language
    self.author = author
    self.baseURL = Self.folderURL(baseURL)
    self.category = category
    self.subcategory = subcategory
    self.explicit = explicit
    self.ownerName = ownerName
    self.ownerEmail = ownerEmail
    self.image = image
    self.link = link
    self.copyright = copyright
    self.podcastGUID = podcastGUID
    self.locked = locked
    self.episodeLimit = episodeLimit
  }

  enum CodingKeys: String, CodingKey {
    case title, description, language, author, baseURL, category, subcategory, explicit
    case ownerName, ownerEmail, image, link, copyright, podcastGUID, locked, episodeLimit
  }

  /// Decodes a saved channel (`show.json`); a key that is missing keeps its default, so files
  /// written by older versions still load.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = FeedChannel()
    self.init(
      title: try c.decodeIfPresent(String.self, forKey: .title) ?? d.title,
      description: try c.decodeIfPresent(String.self, forKey: .description) ?? d.description,
      language: try c.decodeIfPresent(String.self, forKey: .language) ?? d.language,
      author: try c.decodeIfPresent(String.self, forKey: .author) ?? d.author,
      baseURL: try c.decodeIfPresent(String.self, forKey: .baseURL) ?? d.baseURL,
      category: try c.decodeIfPresent(String.self, forKey: .category) ?? d.category,
      subcategory: try c.decodeIfPresent(String.self, forKey: .subcategory),
      explicit: try c.decodeIfPresent(Bool.self, forKey: .explicit) ?? d.explicit,
      ownerName: try c.decodeIfPresent(String.self, forKey: .ownerName),
      ownerEmail: try c.decodeIfPresent(String.self, forKey: .ownerEmail),
      image: try c.decodeIfPresent(String.self, forKey: .image),
      link: try c.decodeIfPresent(String.self, forKey: .link),
      copyright: try c.decodeIfPresent(String.self, forKey: .copyright),
      podcastGUID: try c.decodeIfPresent(String.self, forKey: .podcastGUID),
      locked: try c.decodeIfPresent(Bool.self, forKey: .locked) ?? d.locked,
      episodeLimit: try c.decodeIfPresent(Int.self, forKey: .episodeLimit))
  }

  /// The feed's own address: `feed.xml` in the base URL, percent-encoded.
  public var feedURL: String { URLPath.encodeURL(baseURL) + "feed.xml" }

  /// Whether the base URL is still `narrate serve`'s local default (not reachable by apps).
  public var isLocal: Bool {
    let lower = baseURL.lowercased()
    return ["http://127.", "http://localhost", "http://[::1]"].contains { lower.hasPrefix($0) }
  }

  /// The `podcast:guid`: the one set, or the UUIDv5 of the feed URL without its scheme and
  /// trailing slashes, as the Podcasting 2.0 namespace specifies.
  public var resolvedPodcastGUID: String {
    podcastGUID ?? Self.podcastGUID(feedURL: feedURL)
  }

  /// The Podcasting 2.0 GUID for a feed URL (`ead4c236-…` namespace, scheme and `/` removed).
  public static func podcastGUID(feedURL: String) -> String {
    var seed = Substring(feedURL)
    if let scheme = seed.range(of: "://") { seed = seed[scheme.upperBound...] }
    while seed.hasSuffix("/") { seed = seed.dropLast() }
    return UUIDv5.make(namespace: UUIDv5.podcastNamespace, name: String(seed))
  }

  /// A base URL that ends in `/`, so file names can be appended.
  public static func folderURL(_ url: String) -> String {
    url.hasSuffix("/") ? url : url + "/"
  }
}
