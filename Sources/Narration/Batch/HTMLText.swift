import CLibXML2
import Foundation

/// Turns an HTML fragment (a feed item's content) into the text of its paragraphs.
enum HTMLText {
  /// Elements that end a paragraph.
  static let blocks: Set<String> = [
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
    "section", "article", "header", "footer", "figure", "ul", "ol", "table", "dd", "dt",
  ]
  /// Elements whose text is never spoken.
  static let skipped: Set<String> = ["script", "style", "noscript", "figcaption", "iframe"]

  /// The fragment's paragraphs, whitespace collapsed, empty ones dropped.
  static func paragraphs(fromFragment html: String) -> [String] {
    let wrapped = "<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>"
    let options =
      Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue)
      | Int32(HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
    let parsed = wrapped.withCString { pointer in
      htmlReadMemory(pointer, Int32(strlen(pointer)), nil, "UTF-8", options)
    }
    guard let document = parsed else { return [] }
    defer { xmlFreeDoc(document) }
    var paragraphs: [String] = []
    var current = ""
    func endParagraph() {
      let text = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if !text.isEmpty { paragraphs.append(text) }
      current = ""
    }
    func walk(_ node: xmlNodePtr) {
      var child = node.pointee.children
      while let current = child {
        child = current.pointee.next
        switch current.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = current.pointee.content {
            appendText(ArticleFeedReader.string(content))
          }
        case XML_ELEMENT_NODE:
          let name = ArticleFeedReader.localName(current).lowercased()
          if skipped.contains(name) { continue }
          let isBlock = blocks.contains(name)
          if isBlock { endParagraph() }
          walk(current)
          if isBlock { endParagraph() }
        default:
          continue
        }
      }
    }
    func appendText(_ text: String) { current += text }
    if let root = xmlDocGetRootElement(document) { walk(root) }
    endParagraph()
    return paragraphs
  }
}
