import Foundation

/// Writes a script as SSML: the whole script as an editable document, or one segment as the
/// markup the engine speaks.
///
/// Only eSpeak NG's supported subset is written (`speak`, `voice`, `prosody`, `break`, `p`, `s`,
/// `phoneme` with the espeak alphabet), and every piece of article text is XML-escaped, so
/// markup inside an article is spoken as text, never obeyed. The engine's markup avoids
/// eSpeak NG 1.51's SSML bugs by construction: it holds no `break` (pauses are exact silent
/// samples added by the recorder, so the ignored leading break and the wrong break length inside
/// `prosody` cannot happen), no `prosody` or `voice` (voice and prosody are set through the API
/// per segment, so the ignored second `prosody` after a "." cannot happen), no `xml:lang` on
/// `s`/`p`, no closing tag before punctuation (phonemes are inline `[[...]]`, so "." is never
/// read as "dot"), and no `</speak>` (which adds a paragraph pause at the end).
public enum SSMLWriter {
  /// The XML namespace of narrate's own attributes (role, source lines, display text).
  public static let namespace = "urn:x-narrate:script"

  /// A piece of a segment's text: words, or eSpeak phonemes from the lexicon.
  enum Part: Equatable {
    case text(String)
    case phonemes(String)
  }

  /// Splits spoken text into words and `[[phonemes]]`.
  static func parts(_ text: String) -> [Part] {
    var parts: [Part] = []
    var rest = text[...]
    while let open = rest.firstRange(of: "[["),
      let close = rest[open.upperBound...].firstRange(of: "]]")
    {
      if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
      parts.append(.phonemes(String(rest[open.upperBound..<close.lowerBound])))
      rest = rest[close.upperBound...]
    }
    if !rest.isEmpty { parts.append(.text(String(rest))) }
    return parts
  }

  /// Spoken text without phonemes, as a reader would see it (phonemes left out).
  static func plain(_ text: String) -> String {
    parts(text).map { if case .text(let words) = $0 { words } else { "" } }.joined()
  }

  // MARK: - Engine markup

  /// The SSML the engine speaks for one segment, with a map back to the segment's text.
  public struct EngineText: Sendable, Hashable {
    /// The escaped text with inline `[[phonemes]]`, without a `<speak>` wrapper (see
    /// ``SSMLWriter/engineText(for:)``).
    public var markup: String
    /// For each code point of ``markup``, the 0-based code point offset in the segment's text
    /// it came from (markup around the text maps to the nearest text position).
    public var textOffsets: [Int]

    /// The 0-based code point offset in the segment's text for an engine event's 1-based
    /// `textPosition` (which counts code points of the markup).
    public func textOffset(forMarkupPosition position: Int) -> Int {
      guard !textOffsets.isEmpty else { return 0 }
      return textOffsets[max(0, min(textOffsets.count - 1, position - 1))]
    }
  }

  /// The SSML the engine speaks for one segment (voice and prosody are set through the API).
  ///
  /// It is SSML content without the `<speak>` root: in eSpeak NG 1.51 the closing `</speak>`
  /// ends a paragraph and adds its pause, about 0.39 s at 165 wpm (0.8 s at 100 wpm), to the end
  /// of every segment, which would lengthen every pause the script asks for. Without it the
  /// segment ends within 10 ms of its last sound, as plain text does.
  public static func engineText(for segment: Segment) -> EngineText {
    var markup = ""
    var offsets: [Int] = []
    var textOffset = 0
    func emit(_ string: String, advancing: Int) {
      for scalar in string.unicodeScalars {
        markup.unicodeScalars.append(scalar)
        offsets.append(textOffset)
      }
      textOffset += advancing
    }
    for scalar in segment.text.unicodeScalars {
      switch scalar {
      case "&": emit("&amp;", advancing: 1)
      case "<": emit("&lt;", advancing: 1)
      case ">": emit("&gt;", advancing: 1)
      default:
        if XMLText.isAllowed(scalar) {
          emit(String(scalar), advancing: 1)
        } else {
          textOffset += 1
        }
      }
    }
    return EngineText(markup: markup, textOffsets: offsets)
  }

  // MARK: - Document

  /// The whole script as an SSML document a user can read, edit and narrate again.
  public static func document(_ script: Script) -> String {
    let base = script.voice.base
    let formatter = ISO8601DateFormatter()
    var root: [(String, String)] = [
      ("version", "1.1"), ("xmlns", "http://www.w3.org/2001/10/synthesis"),
      ("xmlns:narrate", namespace), ("xml:lang", language(of: script)),
      ("narrate:preset", script.voice.name), ("narrate:title", script.title),
    ]
    if let author = script.author { root.append(("narrate:author", author)) }
    if let published = script.published {
      root.append(("narrate:published", formatter.string(from: published)))
    }
    if let link = script.link { root.append(("narrate:link", link)) }
    root += [
      ("narrate:rate", String(base.rate)), ("narrate:pitch", String(base.pitch)),
      ("narrate:range", String(base.range)), ("narrate:volume", String(base.volume)),
    ]

    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- A narrate script. Edit it, then narrate it with: narrate FILE.ssml
           Each <p> is a block and each <s> in it one piece; narrate:role says what it is (intro,
           title, byline, heading, paragraph, quote, list-item, outro, disclosure) and
           narrate:display what a transcript shows. A <break> is exact silence; <voice> and
           <prosody> (percentages of the narrate:rate, pitch, range and volume on <speak>) change
           the voice; <phoneme alphabet="espeak" ph="..."/> and <sub alias="..."> set a
           pronunciation. -->

      """
    out += "<speak" + root.map { " \($0.0)=\"\(XMLText.escape($0.1))\"" }.joined() + ">\n"
    out += "<voice name=\"\(XMLText.escape(base.engineVoiceName))\">\n"

    var index = 0
    func pause(_ milliseconds: Int) -> String {
      milliseconds > 0 ? "<break time=\"\(milliseconds)ms\"/>" : ""
    }
    let segments = script.segments
    while index < segments.count {
      let segment = segments[index]
      var group = [segment]
      while index + group.count < segments.count, groups(segment, segments[index + group.count]) {
        group.append(segments[index + group.count])
      }
      var attributes = " narrate:role=\"\(segment.role.rawValue)\""
      if let lines = segment.lines {
        let value =
          lines.lowerBound == lines.upperBound
          ? "\(lines.lowerBound)" : "\(lines.lowerBound)-\(lines.upperBound)"
        attributes += " narrate:lines=\"\(value)\""
      }
      // A pause before a segment goes at the start of its block, a pause after it between
      // blocks: the parser reads them back to the same segments.
      if group.count == 1 {
        out += "<p\(attributes)\(display(segment))>\(pause(segment.pauseBefore))"
        out += "\(body(segment, base: base))</p>\n"
      } else {
        out += "<p\(attributes)>\(pause(segment.pauseBefore))\n"
        for (number, piece) in group.enumerated() {
          out += "  <s\(display(piece))>\(body(piece, base: base))</s>"
          out += number < group.count - 1 ? pause(piece.pauseAfter) + "\n" : "\n"
        }
        out += "</p>\n"
      }
      if let last = group.last, last.pauseAfter > 0 { out += pause(last.pauseAfter) + "\n" }
      index += group.count
    }
    out += "</voice>\n</speak>\n"
    return out
  }

  /// Whether two neighbouring segments are pieces of one block.
  private static func groups(_ first: Segment, _ second: Segment) -> Bool {
    first.role == second.role && first.lines != nil && first.lines == second.lines
      && second.pauseBefore == 0 && first.role != .heading && first.role != .title
  }

  private static func display(_ segment: Segment) -> String {
    let plainText = plain(segment.text)
    guard segment.displayText != plainText else { return "" }
    return " narrate:display=\"\(XMLText.escape(segment.displayText))\""
  }

  /// A segment's text as SSML content, wrapped in `voice` and `prosody` when it differs from
  /// the base voice.
  private static func body(_ segment: Segment, base: VoiceSettings) -> String {
    var content = ""
    for part in parts(segment.text) {
      switch part {
      case .text(let words): content += escapeContent(words)
      case .phonemes(let phonemes):
        content += "<phoneme alphabet=\"espeak\" ph=\"\(XMLText.escape(phonemes))\"/>"
      }
    }
    guard let settings = segment.voice else { return content }
    var prosody: [String] = []
    for (name, value, baseValue) in [
      ("rate", settings.rate, base.rate), ("pitch", settings.pitch, base.pitch),
      ("range", settings.range, base.range), ("volume", settings.volume, base.volume),
    ] where value != baseValue {
      prosody.append("\(name)=\"\(percent(value, of: baseValue))\"")
    }
    if !prosody.isEmpty {
      content = "<prosody \(prosody.joined(separator: " "))>\(content)</prosody>"
    }
    if settings.engineVoiceName != base.engineVoiceName {
      content = "<voice name=\"\(XMLText.escape(settings.engineVoiceName))\">\(content)</voice>"
    }
    return content
  }

  /// Escapes text for element content: `&`, `<` and `>` (quotes stay readable), and drops
  /// characters XML 1.0 forbids.
  static func escapeContent(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: if XMLText.isAllowed(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// A value as a percentage of the base ("90.91%"), exact enough to give the value back.
  static func percent(_ value: Int, of base: Int) -> String {
    let ratio = Double(value) * 100 / Double(max(base, 1))
    let rounded = (ratio * 100).rounded() / 100
    if rounded == rounded.rounded() { return "\(Int(rounded))%" }
    return String(format: "%.2f%%", rounded)
  }

  /// The `xml:lang` of the document: the article's language, or the voice's.
  private static func language(of script: Script) -> String {
    if let language = script.language, !language.isEmpty { return language }
    let voice = script.voice.base.voice.lowercased()
    if voice.hasPrefix("en-gb") { return "en-GB" }
    if voice.hasPrefix("en-us") { return "en-US" }
    return String(voice.prefix { $0 != "-" })
  }
}
