import Foundation

/// What a web page says about its article: headline, author, date, language and address.
///
/// Read from JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, …), Open Graph and `<meta>` tags,
/// the `lang` attribute, `<link rel="canonical">`, and lastly the first `<h1>` and `<title>`.
struct HTMLMetadata {
  var title: String?
  var byline: String?
  var published: Date?
  var language: String?
  var canonicalURL: String?
  /// The article text that JSON-LD states (`articleBody`), when it states enough of it.
  var articleBody: ReferenceText?

  private static let articleTypes: Set<String> = [
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "report", "liveblogposting", "socialmediaposting", "posting", "webpage",
  ]

  /// Reads the metadata of a parsed page.
  static func read(_ root: MarkupNode, dates: PublicationDate) -> HTMLMetadata {
    var meta: [String: String] = [:]
    var jsonLD: [(text: String, line: Int)] = []
    var pageTitle: String?
    var firstH1: String?
    var canonical: String?
    var stack: [MarkupNode] = [root]
    while let node = stack.popLast() {
      switch node.name {
      case "meta":
        let key =
          (node.attributes["property"] ?? node.attributes["name"]
          ?? node.attributes["itemprop"] ?? node.attributes["http-equiv"] ?? "").lowercased()
        if let content = node.attributes["content"], !key.isEmpty, meta[key] == nil {
          meta[key] = TextLines.tidy(content)
        }
      case "script" where (node.attributes["type"] ?? "").lowercased().contains("ld+json"):
        jsonLD.append((node.textContent, node.line))
      case "title" where pageTitle == nil:
        pageTitle = TextLines.tidy(node.textContent)
      case "h1" where firstH1 == nil:
        firstH1 = TextLines.tidy(node.textContent)
      case "link" where canonical == nil:
        if (node.attributes["rel"] ?? "").lowercased().split(separator: " ").contains("canonical") {
          canonical = node.attributes["href"]
        }
      default: break
      }
      stack.append(contentsOf: node.children.reversed().filter { !$0.isText })
    }
    var result = HTMLMetadata()
    let parsed = jsonLD.compactMap { script in
      Self.json(script.text).map { (value: $0, line: script.line) }
    }
    let ld = parsed.lazy.compactMap { Self.find($0.value) }.first
    let bodies = parsed.flatMap { script in
      Self.articleBodies(in: script.value).map { (text: $0, line: script.line) }
    }
    if let longest = bodies.max(by: { $0.text.count < $1.text.count }) {
      result.articleBody = ReferenceText(longest.text, line: longest.line)
    }
    result.title = [
      ld.flatMap { Self.string($0["headline"]) ?? Self.string($0["name"]) },
      meta["og:title"], meta["twitter:title"], firstH1, pageTitle.map(Self.withoutSiteName),
    ].lazy.compactMap { $0 }.first { !$0.isEmpty }
    if let title = result.title, let site = meta["og:site_name"] ?? meta["application-name"] {
      result.title = Self.without(site: site, in: title)
    }
    result.byline = [
      ld.flatMap { Self.authorName($0["author"]) }, meta["author"], meta["article:author"],
      meta["parsely-author"], meta["dc.creator"], meta["byl"],
    ].lazy.compactMap { $0 }.first { !$0.isEmpty && !$0.hasPrefix("http") }
      .map { $0.hasPrefix("By ") || $0.hasPrefix("by ") ? String($0.dropFirst(3)) : $0 }
    let dateText = [
      ld.flatMap { Self.string($0["datePublished"]) ?? Self.string($0["dateCreated"]) },
      meta["article:published_time"], meta["og:published_time"], meta["datepublished"],
      meta["date"], meta["pubdate"], meta["publishdate"], meta["dc.date"], meta["dc.date.issued"],
      meta["dcterms.created"], meta["sailthru.date"], meta["parsely-pub-date"],
    ].lazy.compactMap { $0 }.first { !$0.isEmpty }
    result.published = dateText.flatMap { dates.parse($0) }
    let lang =
      root.attributes["lang"] ?? root.attributes["xml:lang"] ?? meta["content-language"]
      ?? meta["og:locale"]
    result.language = lang.map { $0.replacingOccurrences(of: "_", with: "-") }
      .flatMap { $0.isEmpty ? nil : $0 }
    result.canonicalURL = canonical ?? meta["og:url"]
    return result
  }

  /// The separators between a headline and the site's name in page titles
  /// (`Rules/titles.yml`, shared with the text-dump cleaner).
  private static let siteSeparators = TitleSeparators.bundled

  /// A title without the site's own name (`og:site_name`) before or after it ("Story - Site"),
  /// which Open Graph and JSON-LD titles often carry too.
  static func without(site: String, in title: String) -> String {
    let site = site.trimmingCharacters(in: .whitespaces)
    guard !site.isEmpty else { return title }
    for separator in siteSeparators {
      if title.hasSuffix(separator + site) {
        return String(title.dropLast(separator.count + site.count))
      }
      if title.hasPrefix(site + separator) {
        return String(title.dropFirst(site.count + separator.count))
      }
    }
    return title
  }

  /// The page title without the site name that pages append ("Story | Site").
  static func withoutSiteName(_ title: String) -> String {
    for separator in siteSeparators where title.contains(separator) {
      let parts = title.components(separatedBy: separator)
      return parts.max { $0.count < $1.count } ?? title
    }
    return title
  }

  /// The first article-like object in a JSON-LD script, looking inside `@graph` and arrays.
  static func articleObject(in json: String) -> [String: Any]? {
    Self.json(json).flatMap { find($0) }
  }

  private static func json(_ text: String) -> Any? {
    guard let data = text.data(using: .utf8) else { return nil }
    return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
  }

  /// Every `articleBody` text in a JSON-LD value, at any depth.
  private static func articleBodies(in value: Any) -> [String] {
    if let array = value as? [Any] { return array.flatMap { articleBodies(in: $0) } }
    guard let object = value as? [String: Any] else { return [] }
    var found: [String] = []
    for (key, member) in object {
      if key == "articleBody", let text = member as? String {
        found.append(text)
      } else if member is [Any] || member is [String: Any] {
        found += articleBodies(in: member)
      }
    }
    return found
  }

  private static func find(_ value: Any) -> [String: Any]? {
    if let array = value as? [Any] {
      for element in array { if let found = find(element) { return found } }
      return nil
    }
    guard let object = value as? [String: Any] else { return nil }
    let types: [String]
    if let type = object["@type"] as? String {
      types = [type]
    } else {
      types = object["@type"] as? [String] ?? []
    }
    if types.contains(where: { articleTypes.contains($0.lowercased()) }),
      object["headline"] != nil || object["datePublished"] != nil
    {
      return object
    }
    if let graph = object["@graph"] { return find(graph) }
    if let main = object["mainEntity"] { return find(main) }
    return nil
  }

  private static func string(_ value: Any?) -> String? {
    if let text = value as? String { return TextLines.tidy(text) }
    if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
    return nil
  }

  private static func authorName(_ value: Any?) -> String? {
    if let text = value as? String { return TextLines.tidy(text) }
    if let object = value as? [String: Any] { return string(object["name"]) }
    if let array = value as? [Any] {
      let names = array.compactMap { authorName($0) }.filter { !$0.isEmpty }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    }
    return nil
  }
}
