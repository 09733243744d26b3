import Foundation

/// One article a batch narrates: where its text is, the name it is known by, and the metadata a
/// list file or feed gives for it.
public struct BatchArticle: Sendable, Hashable, Codable {
  /// Where the article's bytes are.
  public enum Source: Sendable, Hashable, Codable {
    /// A file on disk, read when the episode is built.
    case file(String)
    /// Text already in hand (a feed item's content), with the format it is in.
    case text(String)
  }

  /// The stable name of the article across runs: a path, a list entry's id or a feed item's guid.
  ///
  /// Shards are assigned by it, `--prune` compares it, and sidecars store it.
  public var key: String
  /// How messages name the article (a path, or a feed's address and the item's title).
  public var name: String
  /// The article's bytes.
  public var source: Source
  /// The format, when known better than detection from `name` would guess.
  public var format: InputFormat?
  /// The name the episode GUID is made from, when the source gives one (a guid or an id).
  public var guidName: String?
  /// The title, instead of the article's own.
  public var title: String?
  /// The author, instead of the article's own.
  public var author: String?
  /// The publication date, instead of the article's own.
  public var published: Date?
  /// The article's address.
  public var link: String?
  /// A voice preset (name or path) for this article, instead of the run's.
  public var voice: String?
  /// What the slug is made from (a file name stem, a title or an id).
  public var slugBase: String

  /// Creates an article to narrate.
  public init(
    key: String, name: String, source: Source, format: InputFormat? = nil,
    guidName: String? = nil, title: String? = nil, author: String? = nil,
    published: Date? = nil, link: String? = nil, voice: String? = nil, slugBase: String
  ) {
    self.key = key
    self.name = name
    self.source = source
    self.format = format
    self.guidName = guidName
    self.title = title
    self.author = author
    self.published = published
    self.link = link
    self.voice = voice
    self.slugBase = slugBase
  }

  /// An article read from a file, named and keyed by its path.
  public static func file(_ path: String) -> BatchArticle {
    BatchArticle(
      key: path, name: path, source: .file(path),
      slugBase: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
  }

  /// The article's bytes: the file's content, or the text in hand.
  public func bytes() throws(NarrationError) -> Data {
    switch source {
    case .text(let text):
      return Data(text.utf8)
    case .file(let path):
      // A batch already reads folders: no advice to use it.
      return try InputFile.data(at: path, folderAdvice: "give article files")
    }
  }
}
