/// One node of a parsed page or feed: an element with attributes and children, or a piece of text.
struct MarkupNode: Sendable {
  /// The tag name, lowercased in a page and without prefix in a feed; empty for text.
  var name: String
  /// The attribute names (lowercased in a page) and their values.
  var attributes: [String: String] = [:]
  /// The namespace URI of a feed's element; empty in a page and for text.
  var namespace = ""
  /// The text, for a text node.
  var text: String = ""
  /// The 1-based source line where the node starts (0 when unknown).
  var line: Int
  /// Elements are numbered in document order; text nodes have -1.
  var id = -1
  /// The child nodes in document order.
  var children: [MarkupNode] = []

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
