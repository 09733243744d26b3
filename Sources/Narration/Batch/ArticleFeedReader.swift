import CLibXML2
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
    let options =
      Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue)
      | Int32(XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
    let parsed = data.withUnsafeBytes { raw -> xmlDocPtr? in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      return xmlReadMemory(base, Int32(raw.count), name, nil, options)
    }
    guard let document = parsed else {
      throw .invalidInput(name, problem: "not a well-formed RSS or Atom feed")
    }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else {
      throw .invalidInput(name, problem: "the feed is empty")
    }
    let items: [xmlNodePtr]
    switch Self.localName(root) {
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
        name, problem: "not an RSS or Atom feed (its root element is <\(Self.localName(root))>)")
    }
    var result: [BatchArticle] = []
    for (index, item) in items.enumerated() {
      if let article = article(from: item, index: index) { result.append(article) }
    }
    return result
  }

  private func article(from item: xmlNodePtr, index: Int) -> BatchArticle? {
    var fields: [String: String] = [:]
    var atomLink: String?
    var child = item.pointee.children
    while let node = child {
      child = node.pointee.next
      guard node.pointee.type == XML_ELEMENT_NODE else { continue }
      let local = Self.localName(node)
      let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { Self.string($0) } ?? ""
      if local == "link", let href = Self.attribute(node, "href") {
        let rel = Self.attribute(node, "rel") ?? "alternate"
        if rel == "alternate" { atomLink = href }
        continue
      }
      let key: String
      switch (local, namespace) {
      case ("encoded", Self.contentNamespace): key = "content"
      case ("content", _): key = "content"
      case ("creator", _): key = "author"
      case ("author", _):
        let nameNode = Self.children(of: node, named: "name").first
        fields["author"] = Self.text(nameNode ?? node).trimmed
        continue
      case ("date", _), ("pubDate", _), ("published", _): key = "date"
      case ("summary", _): key = "description"
      case ("id", _): key = "guid"
      default: key = local
      }
      if fields[key] == nil { fields[key] = Self.text(node) }
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

  static func localName(_ node: xmlNodePtr) -> String {
    node.pointee.name.map { string($0) } ?? ""
  }

  static func children(of node: xmlNodePtr, named local: String) -> [xmlNodePtr] {
    var result: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, localName(current) == local {
        result.append(current)
      }
      child = current.pointee.next
    }
    return result
  }

  /// An attribute's value, read in place (nothing to free).
  static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let attribute = xmlHasProp(node, name) else { return nil }
    var value = ""
    var child = attribute.pointee.children
    while let current = child {
      if let content = current.pointee.content { value += string(content) }
      child = current.pointee.next
    }
    return value
  }

  /// The text of a node and its descendants, read in place (nothing to free).
  static func text(_ node: xmlNodePtr) -> String {
    if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
      return node.pointee.content.map { string($0) } ?? ""
    }
    var value = ""
    var child = node.pointee.children
    while let current = child {
      value += text(current)
      child = current.pointee.next
    }
    return value
  }

  static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
    String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
