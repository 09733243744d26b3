import CLibXML2

/// A web page parsed by libxml2's forgiving HTML parser, as a tree of plain Swift values.
///
/// This is the only place narrate talks to libxml2: the page is parsed with recovery on, errors
/// and warnings off and network access forbidden, copied into ``HTMLNode`` values, and the
/// libxml2 document is freed before ``parse(_:name:)`` returns. Style text is never copied, nor
/// script text, except what holds data (JSON-LD metadata, a script-built page's state).
struct HTMLDocument {
  /// The root element (normally `html`).
  let root: HTMLNode

  /// The deepest element nesting that is copied; deeper elements are flattened into their text.
  static let maximumDepth = 400

  /// Parses HTML text.
  ///
  /// - Throws: ``NarrationError/invalidInput(_:problem:)`` when libxml2 cannot build a document.
  static func parse(_ text: String, name: String) throws(NarrationError) -> HTMLDocument {
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
      return HTMLDocument(root: HTMLNode(name: "html", line: 1))
    }
    var copier = Copier()
    let root = copier.copy(rootPointer, depth: 0)
    return HTMLDocument(root: root)
  }

  /// Copies libxml2 nodes into Swift values, numbering elements in document order.
  private struct Copier {
    var nextID = 0

    mutating func copy(_ pointer: xmlNodePtr, depth: Int) -> HTMLNode {
      let node = pointer.pointee
      var result = HTMLNode(name: Self.string(node.name).lowercased(), line: Self.line(pointer))
      result.id = nextID
      nextID += 1
      var attribute = node.properties
      while let current = attribute {
        let key = Self.string(current.pointee.name).lowercased()
        result.attributes[key] = Self.text(of: current.pointee.children)
        attribute = current.pointee.next
      }
      let keepsRawText = result.name == "script" && Self.holdsData(pointer, result.attributes)
      // `noscript` is copied: pages that build the article with script often repeat it there.
      if ["script", "style", "template"].contains(result.name) && !keepsRawText {
        return result
      }
      var child = node.children
      while let current = child {
        switch current.pointee.type {
        case XML_ELEMENT_NODE:
          if depth < HTMLDocument.maximumDepth {
            result.children.append(copy(current, depth: depth + 1))
          } else {
            result.children.append(
              HTMLNode(text: Self.text(of: current.pointee.children), line: Self.line(current)))
          }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          let content = Self.string(current.pointee.content)
          if !content.isEmpty {
            let line = Self.line(current)
            result.children.append(HTMLNode(text: content, line: line > 0 ? line : result.line))
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
    /// below ``HTMLDocument/maximumDepth``: a page nested a hundred thousand elements deep would
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

/// One node of a parsed page: an element with attributes and children, or a piece of text.
struct HTMLNode: Sendable {
  /// The lowercased tag name; empty for text.
  var name: String
  /// The lowercased attribute names and their values.
  var attributes: [String: String] = [:]
  /// The text, for a text node.
  var text: String = ""
  /// The 1-based source line where the node starts (0 when unknown).
  var line: Int
  /// Elements are numbered in document order; text nodes have -1.
  var id = -1
  /// The child nodes in document order.
  var children: [HTMLNode] = []

  /// Creates an element.
  init(name: String, line: Int) {
    self.name = name
    self.line = line
  }

  /// Creates a text node.
  init(text: String, line: Int) {
    self.name = ""
    self.text = text
    self.line = line
  }

  /// Whether this is a text node.
  var isText: Bool { name.isEmpty }

  /// All the text below this node, in document order.
  var textContent: String {
    if isText { return text }
    var result = ""
    for child in children { result += child.textContent }
    return result
  }
}
