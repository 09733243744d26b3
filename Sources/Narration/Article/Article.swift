import Foundation

/// The article a listener wants to hear: metadata plus the ordered blocks of its body.
///
/// Produced by ``ArticleCleaner`` from a page dump, HTML or Markdown; every later stage reads it.
public struct Article: Sendable, Hashable, Codable {
  /// The headline, when the source or the user gives one.
  public var title: String?
  /// Who wrote it ("By Jane Doe" reduced to "Jane Doe").
  public var byline: String?
  /// When it was published, from the page's metadata or the user.
  public var published: Date?
  /// BCP 47 language tag such as `en` or `en-GB`, when known.
  public var language: String?
  /// The canonical address of the article, when the page names one; part of its identity.
  public var canonicalURL: String?
  /// The body, in reading order.
  public var blocks: [ArticleBlock]

  /// Creates an article from its parts.
  public init(
    title: String? = nil, byline: String? = nil, published: Date? = nil,
    language: String? = nil, canonicalURL: String? = nil, blocks: [ArticleBlock]
  ) {
    self.title = title
    self.byline = byline
    self.published = published
    self.language = language
    self.canonicalURL = canonicalURL
    self.blocks = blocks
  }

  /// The body's blocks joined by blank lines, as `narrate clean --format text` prints it.
  public var bodyText: String {
    blocks.map(\.text).joined(separator: "\n\n")
  }

  /// The first paragraph of the body, used for episode descriptions.
  public var firstParagraph: String? {
    blocks.first { $0.kind == .paragraph }?.text
  }
}

/// One block of an article's body, remembering the source lines it came from.
public struct ArticleBlock: Sendable, Hashable, Codable {
  /// What a block is, which decides how it is voiced and paused.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case heading
    case paragraph
    case quote
    case listItem = "list-item"
  }

  /// What kind of block this is.
  public var kind: Kind
  /// The block's text as the article prints it (not yet normalized for speech).
  public var text: String
  /// The 1-based source lines, first and last, that the block came from.
  public var lines: ClosedRange<Int>

  /// Creates a block.
  public init(kind: Kind, text: String, lines: ClosedRange<Int>) {
    self.kind = kind
    self.text = text
    self.lines = lines
  }
}
