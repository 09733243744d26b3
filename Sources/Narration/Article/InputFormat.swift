/// The kinds of document narrate reads, detected from the file name and content.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// Plain prose or a page dump (a line per block, as select-all-and-copy gives).
  case text
  /// A saved web page.
  case html
  /// CommonMark.
  case markdown
  /// A narration script in SSML, as `narrate script --format ssml` writes it.
  case ssml

  /// Detects the format from a file extension first, then from the first bytes of content.
  public static func detect(fileExtension: String, content: String) -> InputFormat {
    switch fileExtension.lowercased() {
    case "html", "htm", "xhtml": return .html
    case "md", "markdown", "mdown", "mkd": return .markdown
    case "ssml": return .ssml
    case "txt", "text": return .text
    default: break
    }
    let head = content.prefix(2048).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
    if head.hasPrefix("<speak") || (head.hasPrefix("<?xml") && head.contains("<speak")) {
      return .ssml
    }
    if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body")
      || (head.hasPrefix("<") && head.contains("<p>"))
    {
      return .html
    }
    return .text
  }
}
