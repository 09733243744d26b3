import Foundation

/// What a caller says about one episode beyond the article itself: its slug, where it came from,
/// and metadata that overrides the page's own.
///
/// `narrate build` fills in only the slug and source; `narrate batch` also passes the identity,
/// the content key and the metadata from list files and feeds.
public struct EpisodeRequest: Sendable, Hashable, Codable {
  /// The file-name stem of the episode's files.
  public var slug: String
  /// The input as the user named it (a path, or a feed address and item).
  public var source: String
  /// A stable name for the article (a feed item's guid, a list entry's id), used for its GUID;
  /// nil takes the article's canonical URL, then the slug.
  public var identity: String?
  /// The author, instead of the page's own byline.
  public var author: String?
  /// The publication date, instead of the page's own.
  public var published: Date?
  /// The article's address, instead of the page's own.
  public var link: String?
  /// The content key stored in the sidecar, so an unchanged article can be skipped next time.
  public var contentKey: String?

  /// Creates a request; everything but the slug and source is optional.
  public init(
    slug: String, source: String, identity: String? = nil, author: String? = nil,
    published: Date? = nil, link: String? = nil, contentKey: String? = nil
  ) {
    self.slug = slug
    self.source = source
    self.identity = identity
    self.author = author
    self.published = published
    self.link = link
    self.contentKey = contentKey
  }
}
