/// Splits text into trimmed lines the way every cleaner wants them.
///
/// Handles CRLF, CR and LF endings, turns non-breaking and other Unicode spaces into plain
/// spaces, removes zero-width characters, and collapses runs of spaces.
enum TextLines {
  static func split(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    var lastWasSpace = false
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n" where previousWasCR:
        previousWasCR = false
        continue
      case "\n", "\r", "\u{2028}", "\u{2029}":
        lines.append(trimmed(current))
        current = ""
        lastWasSpace = false
        previousWasCR = scalar == "\r"
        continue
      case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}":
        previousWasCR = false
        continue
      default:
        previousWasCR = false
      }
      if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
        if !lastWasSpace { current.unicodeScalars.append(" ") }
        lastWasSpace = true
      } else {
        current.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    lines.append(trimmed(current))
    return lines
  }

  private static func trimmed(_ line: String) -> String {
    var scalars = Substring(line).unicodeScalars[...]
    while scalars.first == " " { scalars = scalars.dropFirst() }
    while scalars.last == " " { scalars = scalars.dropLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
