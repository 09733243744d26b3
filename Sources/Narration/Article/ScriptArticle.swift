import Foundation

/// An article that a page built by script keeps in its data (`__NEXT_DATA__`, a state object
/// assigned to `window`, a Nuxt payload) rather than in its markup.
///
/// The data is read as its string literals in source order, whatever its shape (JSON, a
/// JavaScript object, JSON inside a string literal), so that no site's keys need knowing. A
/// literal is prose (a sentence of some length, or HTML holding one), a label (a few words:
/// a subheading, a headline, a name), or a token (a key, an identifier, an address, a date),
/// which says nothing either way. An article is a run of prose at one depth of the data
/// (inside as many objects and arrays), with a few labels at most between two pieces (its
/// subheadings, a slide's title and caption); prose at another depth ends the run (the
/// summaries of a list of teasers beside the article's `body`).
struct ScriptArticle {
  /// The article as HTML: its paragraphs and subheadings, or the HTML that the data holds.
  let html: String
  /// The article's plain text.
  let text: String
  /// The source line of the script that holds it.
  let line: Int

  /// The most words a label has.
  static let labelWords = 20

  /// The most labels between two paragraphs of one article (a slide's title, caption and
  /// credit between its text and the next slide's).
  static let maximumLabels = 3

  /// How deep JSON inside string literals is read (`JSON.parse("{\"body\": …}")`).
  static let maximumDepth = 2

  /// The runs of prose in a page's data scripts, longest first.
  static func candidates(in root: MarkupNode) -> [ScriptArticle] {
    var found: [ScriptArticle] = []
    var stack = [root]
    while let node = stack.popLast() {
      guard node.name == "script" else {
        stack.append(contentsOf: node.children.filter { !$0.isText })
        continue
      }
      // JSON-LD states its article in `articleBody`, which the cleaner reads on its own.
      guard !(node.attributes["type"] ?? "").lowercased().contains("ld+json") else { continue }
      var pieces: [Piece] = []
      literals(in: Array(node.textContent.utf8), depth: 0, into: &pieces)
      for run in runs(pieces) {
        found.append(
          ScriptArticle(
            html: run.map(\.html).joined(separator: "\n"),
            text: run.map(\.text).joined(separator: "\n"), line: node.line))
      }
    }
    return found.sorted { $0.text.count > $1.text.count }
  }

  /// A string literal that says something: prose, or a label.
  private struct Piece {
    var html: String
    var text: String
    /// Where in the data it is: how many objects and arrays enclose it.
    var place: Int
    var isProse: Bool
  }

  /// Reads the string literals of script text (not object keys), in order.
  private static func literals(in bytes: [UInt8], depth: Int, into pieces: inout [Piece]) {
    let quote = UInt8(ascii: "\"")
    let backslash = UInt8(ascii: "\\")
    var index = 0
    // How many objects and arrays are open here (outside literals).
    var nesting = 0
    while index < bytes.count {
      guard bytes[index] == quote else {
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): nesting += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"): nesting -= 1
        default: break
        }
        index += 1
        continue
      }
      var end = index + 1
      var escaped = false
      while end < bytes.count && bytes[end] != quote {
        if bytes[end] == backslash {
          escaped = true
          end += 2
        } else {
          end += 1
        }
      }
      guard end < bytes.count else { return }
      var next = end + 1
      while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x09 {
        next += 1
      }
      let isKey = next < bytes.count && bytes[next] == UInt8(ascii: ":")
      // A literal without a space is a token, unless it holds JSON.
      let body = bytes[(index + 1)..<end]
      let says =
        body.contains(0x20) || body.first == UInt8(ascii: "{") || body.first == UInt8(ascii: "[")
      if !isKey, says, end - index > 3, let text = decode(body, escaped: escaped) {
        // Nesting within JSON inside a literal is another place than the same outside it.
        read(text, place: depth * 100_000 + nesting, depth: depth, into: &pieces)
      }
      index = end + 1
    }
  }

  /// The value of a string literal's body, with JSON's escapes and JavaScript's `\x3C` and
  /// `\'` read; nil when it is not a valid literal.
  private static func decode(_ raw: ArraySlice<UInt8>, escaped: Bool) -> String? {
    var literal = String(decoding: raw, as: UTF8.self)
    guard escaped else { return literal }
    if literal.contains("\\x") { literal = literal.replacingOccurrences(of: "\\x", with: "\\u00") }
    if literal.contains("\\'") { literal = literal.replacingOccurrences(of: "\\'", with: "'") }
    guard let data = ("\"" + literal + "\"").data(using: .utf8) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) as? String
  }

  /// Adds the piece that a literal's value makes, if it says something.
  private static func read(
    _ value: String, place: Int, depth: Int, into pieces: inout [Piece]
  ) {
    var trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.contains("<"), trimmed.contains("&lt;"),
      let escaped = try? MarkupDocument.parse("<html><body>\(trimmed)</body></html>", name: "")
    {
      // HTML stored with its markup escaped ("&lt;p&gt;…").
      trimmed = escaped.root.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard let first = trimmed.first else { return }
    if first == "{" || first == "[" {
      // JSON inside a string literal.
      if depth < maximumDepth { literals(in: Array(trimmed.utf8), depth: depth + 1, into: &pieces) }
      return
    }
    if trimmed.contains("<") && (trimmed.contains("</") || trimmed.contains("<br")) {
      guard
        let fragment = try? MarkupDocument.parse(
          "<html><body>\(trimmed)</body></html>", name: "")
      else { return }
      let text = plainText(fragment.root)
      if let piece = piece(text, html: trimmed, place: place) { pieces.append(piece) }
      return
    }
    let lines = trimmed.split(whereSeparator: \.isNewline).map { TextLines.tidy(String($0)) }
      .filter { !$0.isEmpty }
    let html = lines.map { "<p>\(XMLText.escape($0))</p>" }.joined()
    if let piece = piece(lines.joined(separator: "\n"), html: html, place: place) {
      pieces.append(piece)
    }
  }

  /// The piece that a text makes: prose, a label, or nil for neither.
  private static func piece(_ text: String, html: String, place: Int) -> Piece? {
    let signals = LineSignals(text.replacingOccurrences(of: "\n", with: " "))
    if signals.isProse && !HTMLCleaner.isScriptText(text) {
      return Piece(html: html, text: text, place: place, isProse: true)
    }
    guard signals.words >= 2, signals.words <= labelWords, !text.contains("\n") else { return nil }
    return Piece(html: "<h2>\(XMLText.escape(text))</h2>", text: text, place: place, isProse: false)
  }

  /// The runs of prose among the pieces, each with the labels between its pieces; a label
  /// before the first piece is no part of it (the headline, which the title gives).
  private static func runs(_ pieces: [Piece]) -> [[Piece]] {
    var runs: [[Piece]] = []
    var current: [Piece] = []
    var labels: [Piece] = []
    var seen: Set<String> = []
    for piece in pieces {
      guard piece.isProse else {
        labels.append(piece)
        continue
      }
      // An article's paragraphs lie at one depth in the data (the elements of one array, the
      // fields of its slides); a teaser's summary in a list beside it lies deeper or higher,
      // and prose far from the run (past more than a slide's title, caption and credit) is
      // another's.
      if current.first.map({ $0.place != piece.place }) == true || labels.count > maximumLabels {
        if !current.isEmpty { runs.append(current) }
        current = []
        seen = []
      } else if !current.isEmpty && labels.count == 1 {
        // One label between two paragraphs is a subheading; of several, none can be told.
        current += labels
      }
      labels = []
      // Data often states a paragraph twice (a summary that repeats the lead).
      if seen.insert(piece.text).inserted { current.append(piece) }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// The text of an element, a space between its text nodes, without script data.
  private static func plainText(_ root: MarkupNode) -> String {
    var parts: [String] = []
    var stack = [root]
    while let node = stack.popLast() {
      if node.isText {
        parts.append(node.text)
      } else if node.name != "script" {
        stack.append(contentsOf: node.children.reversed())
      }
    }
    return TextLines.tidy(parts.joined(separator: " "))
  }

}
