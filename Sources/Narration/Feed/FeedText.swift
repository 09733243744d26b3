import Foundation

/// Shapes text for feed fields: byte limits cut at word boundaries, one-line titles, HTML.
enum FeedText {
  /// Cuts text to at most `bytes` UTF-8 bytes at a word boundary, adding "…" when cut.
  static func truncate(_ text: String, bytes limit: Int) -> String {
    guard text.utf8.count > limit else { return text }
    let ellipsis = "…"
    let budget = limit - ellipsis.utf8.count
    var cut = Substring()
    var used = 0
    var index = text.startIndex
    // Keep whole words: stop before the first word that does not fit.
    for (offset, character) in zip(text.indices, text) {
      used += character.utf8.count
      if used > budget { break }
      if character.isWhitespace { cut = text[..<offset] }
      index = text.index(after: offset)
    }
    if cut.isEmpty {
      // One word longer than the limit: cut it at a character boundary.
      cut = text[..<index]
    }
    while let last = cut.last, last.isWhitespace { cut = cut.dropLast() }
    return String(cut) + ellipsis
  }

  /// Collapses runs of white space (including line breaks) to one space and trims the ends.
  static func oneLine(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowed)))
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Article text (paragraphs separated by blank lines) as escaped HTML paragraphs.
  static func html(paragraphs text: String) -> String {
    text.components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
      .map { "<p>" + escapeHTML($0).replacingAll("\n", with: "<br/>") + "</p>" }
      .joined(separator: "\n")
  }

  /// Escapes the characters that start markup in HTML text (`&`, `<`, `>`), as numeric
  /// references, which even simple clients (podcastparser) turn back into characters.
  static func escapeHTML(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars where XMLText.isAllowed(scalar) {
      switch scalar {
      case "&": result += "&#38;"
      case "<": result += "&#60;"
      case ">": result += "&#62;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Plain text as HTML paragraphs of at most `limit` UTF-8 bytes, the text cut at a word
  /// boundary when it does not fit.
  static func html(paragraphs text: String, bytes limit: Int) -> String {
    var budget = limit
    while true {
      let html = self.html(paragraphs: truncate(text, bytes: budget))
      let overflow = html.utf8.count - limit
      if overflow <= 0 || budget <= 0 { return html }
      budget -= overflow
    }
  }
}
