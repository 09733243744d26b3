import CMark
import Foundation
import Yams

/// Reads a CommonMark file into an article with cmark, the CommonMark reference parser.
///
/// This is the only place narrate talks to cmark; the parsed tree is freed before ``clean(_:)``
/// returns. Headings, paragraphs, block quotes and list items become blocks; code blocks, HTML
/// blocks and images are dropped (a listener cannot use them), as are paragraphs that are mostly
/// links (menus) and lines the boilerplate rules recognise. A YAML front matter block gives the
/// title, author, date and language.
struct MarkdownCleaner: Sendable {
  let matcher: RuleMatcher
  let dates: PublicationDate

  func clean(_ text: String) -> CleaningResult {
    let (front, body, lineOffset) = Self.splitFrontMatter(text)
    var article = Article(blocks: [])
    var dropped: [DroppedLine] = []
    if let front { Self.apply(frontMatter: front, to: &article, dates: dates) }
    let sourceLines = TextLines.split(body)

    var blocks: [ArticleBlock] = []
    var bytes = Array(body.utf8)
    if bytes.isEmpty { bytes = [0x0A] }
    let root = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
      }
    }
    guard let root else {
      return CleaningResult(article: article, dropped: dropped)
    }
    defer { cmark_node_free(root) }
    guard let iterator = cmark_iter_new(root) else {
      return CleaningResult(article: article, dropped: dropped)
    }
    defer { cmark_iter_free(iterator) }

    var containers: [ArticleBlock.Kind] = []
    var current: (kind: ArticleBlock.Kind, lines: ClosedRange<Int>)?
    var text = ""
    var linkText = 0
    var linkDepth = 0
    var imageDepth = 0

    func lines(of node: OpaquePointer) -> ClosedRange<Int> {
      let first = Int(cmark_node_get_start_line(node)) + lineOffset
      let last = Int(cmark_node_get_end_line(node)) + lineOffset
      return max(1, first)...max(1, first, last)
    }
    func dropLines(_ range: ClosedRange<Int>, reason: String) {
      for number in range {
        let index = number - lineOffset - 1
        guard index >= 0, index < sourceLines.count, !sourceLines[index].isEmpty else { continue }
        dropped.append(DroppedLine(line: number, text: sourceLines[index], reason: reason))
      }
    }

    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      let entering = event == CMARK_EVENT_ENTER
      switch type {
      case CMARK_NODE_BLOCK_QUOTE:
        if entering { containers.append(.quote) } else { _ = containers.popLast() }
      case CMARK_NODE_ITEM:
        if entering { containers.append(.listItem) } else { _ = containers.popLast() }
      case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
        if entering {
          let kind: ArticleBlock.Kind =
            type == CMARK_NODE_HEADING ? .heading : (containers.last ?? .paragraph)
          current = (kind, lines(of: node))
          text = ""
          linkText = 0
        } else if let block = current {
          let tidy = TextLines.tidy(text)
          let total = max(1, tidy.count)
          if tidy.isEmpty {
            dropLines(block.lines, reason: "signal:no-text")
          } else if let rule = matcher.lineRule(tidy) {
            dropLines(block.lines, reason: "rule:\(rule)")
          } else if Double(linkText) / Double(total) > 0.5 {
            dropLines(block.lines, reason: "signal:link-density")
          } else {
            blocks.append(ArticleBlock(kind: block.kind, text: tidy, lines: block.lines))
          }
          current = nil
        }
      case CMARK_NODE_CODE_BLOCK:
        dropLines(lines(of: node), reason: "markdown:code-block")
      case CMARK_NODE_HTML_BLOCK:
        dropLines(lines(of: node), reason: "markdown:html-block")
      case CMARK_NODE_THEMATIC_BREAK:
        dropLines(lines(of: node), reason: "markdown:thematic-break")
      case CMARK_NODE_LINK:
        linkDepth += entering ? 1 : -1
      case CMARK_NODE_IMAGE:
        imageDepth += entering ? 1 : -1
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        guard imageDepth == 0, current != nil else { break }
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        text += literal
        if linkDepth > 0 { linkText += literal.count }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        text += " "
      default:
        break
      }
    }
    // A first-level heading at the top is the title, when the front matter gives none.
    if let first = blocks.first, first.kind == .heading {
      if article.title == nil || article.title == first.text {
        article.title = article.title ?? first.text
        dropped.append(
          DroppedLine(first, reason: "signal:title"))
        blocks.removeFirst()
      }
    }
    dropped.sort { $0.line < $1.line }
    article.blocks = blocks
    return CleaningResult(article: article, dropped: dropped)
  }

  /// Splits off a YAML front matter block (`---` … `---` at the very top).
  ///
  /// Returns the YAML, the Markdown after it, and how many lines the front matter took.
  static func splitFrontMatter(_ text: String) -> (yaml: String?, body: String, lineOffset: Int) {
    let normalized = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    guard normalized.hasPrefix("---\n") || normalized.hasPrefix("---\r\n") else {
      return (nil, normalized, 0)
    }
    var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > 1 else { return (nil, normalized, 0) }
    for index in 1..<lines.count {
      let line = lines[index].trimmingCharacters(in: .whitespacesAndNewlines)
      if line == "---" || line == "..." {
        let yaml = lines[1..<index].joined(separator: "\n")
        lines.removeFirst(index + 1)
        return (yaml, lines.joined(separator: "\n"), index + 1)
      }
    }
    return (nil, normalized, 0)
  }

  /// Fills title, byline, date and language from front matter; ignores YAML it cannot read.
  static func apply(frontMatter yaml: String, to article: inout Article, dates: PublicationDate) {
    guard let loaded = try? Yams.load(yaml: yaml), let fields = loaded as? [String: Any] else {
      return
    }
    func text(_ value: Any?) -> String? {
      switch value {
      case let string as String: return TextLines.tidy(string)
      case let list as [Any]:
        let names = list.compactMap { text($0) }
        return names.isEmpty ? nil : names.joined(separator: ", ")
      case let object as [String: Any]: return text(object["name"])
      default: return nil
      }
    }
    article.title = text(fields["title"]) ?? text(fields["headline"])
    article.byline = text(fields["author"]) ?? text(fields["authors"]) ?? text(fields["byline"])
    for key in ["date", "published", "pubDate", "publishDate", "datePublished"] {
      if let date = fields[key] as? Date {
        article.published = date
        break
      }
      if let string = text(fields[key]), let date = dates.parse(string) {
        article.published = date
        break
      }
    }
    article.language = text(fields["lang"]) ?? text(fields["language"]) ?? text(fields["locale"])
    article.canonicalURL = text(fields["canonical_url"]) ?? text(fields["canonical"])
  }
}
