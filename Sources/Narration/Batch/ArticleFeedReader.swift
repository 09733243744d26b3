import Foundation

/// Reads an RSS 2.0, RSS 1.0 or Atom feed of articles into one ``BatchArticle`` per item.
///
/// Each item's HTML comes from `content:encoded` (or Atom `content`), else its description or
/// summary, and goes to the HTML cleaner; its title, link, date and author come along, and its
/// guid (Atom `id`, else the link) is its identity. A pure stage over the feed's bytes.
public struct ArticleFeedReader: Sendable {
  /// How messages and sources name the feed (a path or URL).
  public var name: String

  /// Creates a reader for the feed called `name`.
  public init(name: String) {
    self.name = name
  }

  /// Whether bytes look like an RSS or Atom feed rather than an article.
  public static func looksLikeFeed(_ data: Data) -> Bool {
    let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
  }

  /// The feed's articles, in feed order.
  public func articles(from data: Data) throws(NarrationError) -> [BatchArticle] {
    let root = try MarkupDocument.parseFeed(data, name: name).root
    let items: [MarkupNode]
    switch root.name {
    case "rss":
      items = Self.children(of: root, named: "channel").flatMap {
        Self.children(of: $0, named: "item")
      }
    case "RDF":
      items = Self.children(of: root, named: "item")
    case "feed":
      items = Self.children(of: root, named: "entry")
    default:
      throw .invalidInput(
        name, problem: "not an RSS or Atom feed (its root element is <\(root.name)>)")
    }
    var result: [BatchArticle] = []
    for (index, item) in items.enumerated() {
      if let article = article(from: item, index: index) { result.append(article) }
    }
    return result
  }

  private func article(from item: MarkupNode, index: Int) -> BatchArticle? {
    var fields: [String: String] = [:]
    var atomLink: String?
    for node in item.children where !node.isText {
      if node.name == "link", let href = node.attributes["href"] {
        let rel = node.attributes["rel"] ?? "alternate"
        if rel == "alternate" { atomLink = href }
        continue
      }
      let key: String
      switch (node.name, node.namespace) {
      case ("encoded", Self.contentNamespace): key = "content"
      case ("content", _): key = "content"
      case ("creator", _): key = "author"
      case ("author", _):
        let nameNode = Self.children(of: node, named: "name").first
        fields["author"] = (nameNode ?? node).textContent.trimmed
        continue
      case ("date", _), ("pubDate", _), ("published", _): key = "date"
      case ("summary", _): key = "description"
      case ("id", _): key = "guid"
      default: key = node.name
      }
      if fields[key] == nil { fields[key] = node.textContent }
    }
    let title = fields["title"]?.trimmed.nonEmpty
    let link = (fields["link"]?.trimmed.nonEmpty) ?? atomLink
    guard let html = (fields["content"] ?? fields["description"])?.trimmed.nonEmpty else {
      return nil
    }
    let guid = fields["guid"]?.trimmed.nonEmpty ?? link ?? title ?? "item-\(index + 1)"
    return BatchArticle(
      key: guid, name: "\(name) item '\(title ?? guid)'", source: .text(html), format: .html,
      guidName: guid, title: title, author: fields["author"]?.trimmed.nonEmpty,
      published: (fields["date"] ?? fields["updated"]).flatMap(FeedDate.parse), link: link,
      slugBase: title ?? guid)
  }

  static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"

  static func children(of node: MarkupNode, named name: String) -> [MarkupNode] {
    node.children.filter { !$0.isText && $0.name == name }
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
