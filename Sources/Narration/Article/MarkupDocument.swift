import CLibXML2
import Foundation

/// A web page or a feed parsed by libxml2, as a tree of plain Swift values.
///
/// This is the only place narrate talks to libxml2. Pages go through its forgiving HTML parser
/// with recovery on; feeds through its XML parser, which refuses what is not well formed. Both
/// run with errors and warnings off and network access forbidden, their nodes are copied into
/// ``MarkupNode`` values, and the libxml2 document is freed before the parse function returns.
/// Style text in a page is never copied, nor script text, except what holds data (JSON-LD
/// metadata, a script-built page's state).
struct MarkupDocument {
  /// The root element (normally `html`, or a feed's `rss`, `RDF` or `feed`).
  let root: MarkupNode

  /// The deepest element nesting that is copied; deeper elements are flattened into their text.
  static let maximumDepth = 400

  /// Parses HTML text; element and attribute names are lowercased.
  ///
  /// - Throws: ``NarrationError/invalidInput(_:problem:)`` when libxml2 cannot build a document.
  static func parse(_ text: String, name: String) throws(NarrationError) -> MarkupDocument {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { bytes = Array("<html></html>".utf8) }
    guard bytes.count < Int(Int32.max) else {
      throw .invalidInput(name, problem: "the page is larger than 2 GB; save a smaller copy")
    }
    // XML_PARSE_HUGE lifts libxml2's 10 MB limit on one text node (a page that is one paragraph);
    // HTML_PARSE_IGNORE_ENC keeps a stale <meta charset> from re-decoding text that is UTF-8.
    let options = Int32(
      bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue
        | HTML_PARSE_IGNORE_ENC.rawValue)
    let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
      }
    }
    guard let document else {
      throw .invalidInput(name, problem: "libxml2 could not parse this HTML; check the file")
    }
    defer { xmlFreeDoc(document) }
    guard let rootPointer = xmlDocGetRootElement(document) else {
      return MarkupDocument(root: MarkupNode(name: "html", line: 1))
    }
    var copier = Copier(isHTML: true)
    return MarkupDocument(root: copier.copy(rootPointer, depth: 0))
  }

  /// Parses an XML feed; names keep their case, without prefix, and elements keep their
  /// namespace.
  ///
  /// - Throws: ``NarrationError/invalidInput(_:problem:)`` when the XML is not well formed or
  ///   has no root element.
  static func parseFeed(_ data: Data, name: String) throws(NarrationError) -> MarkupDocument {
    guard data.count < Int(Int32.max) else {
      throw .invalidInput(name, problem: "the feed is larger than 2 GB; split it")
    }
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
    guard let rootPointer = xmlDocGetRootElement(document) else {
      throw .invalidInput(name, problem: "the feed is empty")
    }
    var copier = Copier(isHTML: false)
    return MarkupDocument(root: copier.copy(rootPointer, depth: 0))
  }

  /// Copies libxml2 nodes into Swift values, numbering elements in document order.
  private struct Copier {
    /// Whether names are lowercased and style and code left out, as for a page.
    let isHTML: Bool
    var nextID = 0

    mutating func copy(_ pointer: xmlNodePtr, depth: Int) -> MarkupNode {
      let node = pointer.pointee
      let name = Self.string(node.name)
      var result = MarkupNode(name: isHTML ? name.lowercased() : name, line: Self.line(pointer))
      result.id = nextID
      nextID += 1
      if !isHTML, let namespace = node.ns?.pointee.href {
        result.namespace = Self.string(namespace)
      }
      var attribute = node.properties
      while let current = attribute {
        let key = Self.string(current.pointee.name)
        result.attributes[isHTML ? key.lowercased() : key] = Self.text(of: current.pointee.children)
        attribute = current.pointee.next
      }
      if isHTML {
        let keepsRawText = result.name == "script" && Self.holdsData(pointer, result.attributes)
        // `noscript` is copied: pages that build the article with script often repeat it there.
        if ["script", "style", "template"].contains(result.name) && !keepsRawText {
          return result
        }
      }
      var child = node.children
      while let current = child {
        switch current.pointee.type {
        case XML_ELEMENT_NODE:
          if depth < MarkupDocument.maximumDepth {
            result.children.append(copy(current, depth: depth + 1))
          } else {
            result.children.append(
              MarkupNode(text: Self.text(of: current.pointee.children), line: Self.line(current)))
          }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          let content = Self.string(current.pointee.content)
          if !content.isEmpty {
            let line = Self.line(current)
            result.children.append(MarkupNode(text: content, line: line > 0 ? line : result.line))
          }
        default:
          break
        }
        child = current.pointee.next
      }
      return result
    }

    /// Whether a script holds data rather than code only, so that its text is kept: JSON
    /// (JSON-LD metadata, `__NEXT_DATA__`), or an inline script with a JSON object in it (a
    /// page's state assigned to `window`, a Nuxt payload, `JSON.parse("{\"…")`), where pages
    /// built by script keep their article.
    static func holdsData(_ pointer: xmlNodePtr, _ attributes: [String: String]) -> Bool {
      let type = (attributes["type"] ?? "").lowercased()
      if type.contains("json") { return true }
      guard attributes["src"] == nil,
        type.isEmpty || type.contains("javascript") || type.contains("ecmascript")
          || type == "module",
        let content = pointer.pointee.children?.pointee.content
      else { return false }
      return dataMarks.contains { xmlStrstr(content, $0) != nil }
    }

    /// What marks data in script text, each ending in a NUL byte for libxml2: the start of a
    /// JSON object, plain and inside a string literal (`{"`, `{\"`), and a page's state
    /// assigned to `window` (`window.__INITIAL_STATE__`, Nuxt's `__NUXT__`), whose keys
    /// need no quotes.
    static let dataMarks: [[xmlChar]] = ["{\"", "{\\\"", "window.__", "__NUXT__"].map {
      Array($0.utf8) + [0]
    }

    /// The concatenated text below a node list (attribute values, flattened elements).
    ///
    /// It walks the tree in a loop, not by recursion, because what it flattens is whatever lies
    /// below ``MarkupDocument/maximumDepth``: a page nested a hundred thousand elements deep would
    /// overflow the stack.
    static func text(of first: xmlNodePtr?) -> String {
      var parts = ""
      var node = first
      var depth = 0
      while let current = node {
        switch current.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          parts += string(current.pointee.content)
        case XML_ELEMENT_NODE:
          parts += " "
          if let child = current.pointee.children {
            node = child
            depth += 1
            continue
          }
        default:
          break
        }
        // The next sibling, or that of the nearest ancestor (below the start) that has one.
        var done = current
        while done.pointee.next == nil, depth > 0, let parent = done.pointee.parent {
          done = parent
          depth -= 1
        }
        node = done.pointee.next
      }
      return parts
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
      guard let pointer else { return "" }
      return String(cString: pointer)
    }

    static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
      guard let pointer else { return "" }
      return String(cString: pointer)
    }

    static func line(_ pointer: xmlNodePtr) -> Int {
      max(0, Int(xmlGetLineNo(pointer)))
    }
  }
}
