import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a script back from SSML, as `narrate script --format ssml` writes it and a user edits.
///
/// Each `<p>` or `<s>` becomes a segment (role and source lines from `narrate:role` and
/// `narrate:lines`); a `<break>` becomes exact silence between segments, and a `<break>` or a
/// change of `<voice>`/`<prosody>` inside a paragraph splits it there. `<phoneme alphabet=
/// "espeak">` becomes `[[phonemes]]`, `<sub>` its alias, `<say-as interpret-as="characters">`
/// spelled letters; `emphasis`, `audio` and `say-as` of other kinds keep their text; `mark`,
/// `metadata`, `desc` and `lexicon` are skipped. Any other element is an error, as is malformed
/// XML; errors give the line and column. Text written as `[[...]]` is read as text, not
/// phonemes: only `<phoneme>` sets phonemes.
public struct SSMLScriptParser: Sendable {
  /// The voice whose name, pauses and defaults apply where the document says nothing.
  public var voice: VoicePreset
  /// Installed voices that `<voice name>` is checked against; nil skips the check.
  public var catalog: VoiceCatalog?

  /// Creates a parser.
  public init(voice: VoicePreset, catalog: VoiceCatalog? = nil) {
    self.voice = voice
    self.catalog = catalog
  }

  /// Parses an SSML script.
  public func parse(_ text: String, name: String) throws(NarrationError) -> Script {
    let builder = Builder(voice: voice, catalog: catalog, name: name)
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = builder
    let ok = parser.parse()
    if let problem = builder.problem { throw problem }
    guard ok else {
      throw .malformedScript(
        name, line: parser.lineNumber, column: parser.columnNumber,
        message: PLSLexicon.describe(parser.parserError))
    }
    guard builder.sawSpeak else {
      throw .malformedScript(
        name, line: 1, column: 1, message: "the root element must be <speak>")
    }
    builder.flush()
    guard !builder.segments.isEmpty else {
      throw .malformedScript(
        name, line: parser.lineNumber, column: parser.columnNumber,
        message: "the script has nothing to speak")
    }
    let segments = builder.segments
    return Script(
      title: builder.title ?? segments.first { $0.role == .title }?.displayText ?? name,
      voice: builder.preset, segments: segments, author: builder.author,
      published: builder.published, link: builder.link, language: builder.language)
  }

  /// The SAX delegate that turns elements and text into segments.
  private final class Builder: NSObject, XMLParserDelegate {
    let catalog: VoiceCatalog?
    let name: String
    var preset: VoicePreset
    var sawSpeak = false
    var problem: NarrationError?
    var title: String?
    var author: String?
    var published: Date?
    var link: String?
    var language: String?
    var segments: [Segment] = []
    /// Silence waiting to be placed before the next segment.
    var pendingPause = 0
    /// How many segments there were when the innermost open `<p>` or `<s>` started.
    private var blockStart: [Int] = []

    private struct Frame {
      var element: String
      var settings: VoiceSettings
      var role: Segment.Role
      var lines: ClosedRange<Int>?
      var display: String?
      /// Inside an element whose text is replaced (phoneme, sub) or skipped (metadata).
      var skipping: Bool
      var spelling: Bool
    }
    private var stack: [Frame] = []
    private var text = ""
    private var display = ""
    private var displayOverride: String?
    private var runSettings: VoiceSettings?
    private var runRole: Segment.Role = .paragraph
    private var runLines: ClosedRange<Int>?

    static let allowed: Set<String> = [
      "speak", "voice", "prosody", "break", "emphasis", "say-as", "sub", "mark", "phoneme", "p",
      "s", "paragraph", "sentence", "audio", "metadata", "desc", "lexicon",
    ]

    init(voice: VoicePreset, catalog: VoiceCatalog?, name: String) {
      self.preset = voice
      self.catalog = catalog
      self.name = name
    }

    private func fail(_ parser: XMLParser, _ message: String) {
      guard problem == nil else { return }
      problem = .malformedScript(
        name, line: parser.lineNumber, column: parser.columnNumber, message: message)
      parser.abortParsing()
    }

    /// Ends the current run of text as a segment.
    func flush() {
      let spoken = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      let shown = (displayOverride ?? display).split(whereSeparator: \.isWhitespace).joined(
        separator: " ")
      text = ""
      display = ""
      // A block's narrate:display belongs to its first segment, so it waits for one.
      guard !spoken.isEmpty else { return }
      displayOverride = nil
      let settings = runSettings ?? preset.base
      var segment = Segment(
        role: runRole, text: spoken, displayText: shown.isEmpty ? spoken : shown,
        voice: settings, lines: runLines)
      segment.pauseBefore = pendingPause
      pendingPause = 0
      segments.append(segment)
    }

    func parser(
      _ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      let element = qualified.split(separator: ":").last.map(String.init) ?? qualified
      guard Self.allowed.contains(element) else {
        let nearest = VoiceCatalog.nearest(element, in: Self.allowed.sorted(), count: 2)
        fail(
          parser,
          "unknown element <\(qualified)>; narrate reads eSpeak NG's SSML subset "
            + "(did you mean <\(nearest.joined(separator: "> or <"))>?)")
        return
      }
      let parent = stack.last
      var frame = Frame(
        element: element, settings: parent?.settings ?? preset.base,
        role: parent?.role ?? .paragraph, lines: parent?.lines, display: nil,
        skipping: parent?.skipping ?? false, spelling: parent?.spelling ?? false)
      if frame.skipping {
        stack.append(frame)
        return
      }
      switch element {
      case "speak":
        guard stack.isEmpty else { return fail(parser, "<speak> cannot be nested") }
        sawSpeak = true
        readRoot(attributes, parser)
        frame.settings = preset.base
      case "voice":
        flush()
        if let voiceName = attributes["name"] {
          guard let settings = voiceSettings(voiceName, from: frame.settings, parser) else {
            return
          }
          frame.settings = settings
        } else if let lang = attributes["xml:lang"] {
          guard let voice = languageVoice(lang, parser) else { return }
          frame.settings.voice = voice
          frame.settings.variant = nil
        }
      case "prosody":
        flush()
        for key in ["rate", "pitch", "range", "volume"] {
          guard let value = attributes[key] else { continue }
          guard let number = prosody(value, key: key, current: frame.settings, parser) else {
            return
          }
          switch key {
          case "rate": frame.settings.rate = number
          case "pitch": frame.settings.pitch = number
          case "range": frame.settings.range = number
          default: frame.settings.volume = number
          }
        }
      case "p", "paragraph", "s", "sentence":
        flush()
        if let role = attributes["narrate:role"] {
          guard let parsed = Segment.Role(rawValue: role) else {
            let roles = Segment.Role.allCases.map(\.rawValue)
            return fail(
              parser,
              "unknown narrate:role '\(role)'; use one of \(roles.joined(separator: ", "))")
          }
          frame.role = parsed
        }
        if let lines = attributes["narrate:lines"] {
          guard let parsed = Self.lines(lines) else {
            return fail(parser, "narrate:lines must be a line number or a range such as 4-6")
          }
          frame.lines = parsed
        }
        if let lang = attributes["xml:lang"] {
          // On <p>/<s>, eSpeak NG does not switch back after the element; narrate scopes it.
          guard let voice = languageVoice(lang, parser) else { return }
          frame.settings.voice = voice
          frame.settings.variant = nil
        }
        frame.display = attributes["narrate:display"]
        displayOverride = frame.display
        blockStart.append(segments.count)
      case "break":
        flush()
        guard let pause = breakLength(attributes, parser) else { return }
        // At the start of a block (or of the script) it is the pause before the next segment;
        // anywhere else, the pause after the segment before it.
        if segments.isEmpty || blockStart.last == segments.count {
          pendingPause += pause
        } else {
          segments[segments.count - 1].pauseAfter += pause
        }
      case "phoneme":
        let alphabet = (attributes["alphabet"] ?? "espeak").lowercased()
        guard PLSLexicon.espeakAlphabets.contains(alphabet) else {
          return fail(
            parser,
            "<phoneme alphabet=\"\(alphabet)\"> is not supported; eSpeak NG reads "
              + "alphabet=\"espeak\" (use <sub alias=\"...\"> for other spellings)")
        }
        guard let ph = attributes["ph"], !ph.isEmpty, !ph.contains("[["), !ph.contains("]]")
        else {
          return fail(parser, "<phoneme> needs ph=\"...\" with eSpeak phonemes (no [[ or ]])")
        }
        startRun(frame)
        text += "[[" + ph + "]]"
        frame.skipping = true
      case "sub":
        guard let alias = attributes["alias"] else {
          return fail(parser, "<sub> needs alias=\"...\"")
        }
        startRun(frame)
        text += ScriptBuilder.defuse(alias)
        frame.skipping = true
      case "say-as":
        let kind = attributes["interpret-as"] ?? ""
        frame.spelling = kind == "characters" || kind == "tts:char"
      case "metadata", "desc", "lexicon", "mark":
        frame.skipping = true
      default:
        break  // emphasis, audio: their text is spoken
      }
      stack.append(frame)
    }

    private var hasText: Bool { !text.allSatisfy(\.isWhitespace) }

    private func startRun(_ frame: Frame) {
      if !hasText {
        runSettings = frame.settings
        runRole = frame.role
        runLines = frame.lines
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard let frame = stack.last else { return }
      if frame.skipping {
        // The written word of a <phoneme> or <sub> still shows in transcripts.
        if frame.element == "phoneme" || frame.element == "sub" { display += string }
        return
      }
      if string.allSatisfy(\.isWhitespace) {
        if hasText {
          text += " "
          display += " "
        }
        return
      }
      startRun(frame)
      var words = ScriptBuilder.defuse(string)
      if frame.spelling {
        words = words.filter { !$0.isWhitespace }.map(String.init).joined(separator: " ")
        words = " " + words + " "
      }
      text += words
      display += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
      fail(parser, PLSLexicon.describe(error))
    }

    func parser(
      _ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      let element = qualified.split(separator: ":").last.map(String.init) ?? qualified
      // The XML parser can recover from a mismatched end tag; a script must not.
      guard stack.last?.element == element else {
        let open = stack.last.map { "<\($0.element)>" } ?? "nothing"
        return fail(parser, "</\(qualified)> does not close \(open)")
      }
      guard let frame = stack.popLast(),
        !frame.skipping || frame.element == "phoneme"
          || frame.element == "sub"
      else { return }
      switch frame.element {
      case "p", "paragraph", "s", "sentence":
        flush()
        _ = blockStart.popLast()
      case "voice", "prosody": flush()
      default: break
      }
    }

    private func readRoot(_ attributes: [String: String], _ parser: XMLParser) {
      title = attributes["narrate:title"]
      author = attributes["narrate:author"]
      link = attributes["narrate:link"]
      language = attributes["xml:lang"]
      if let name = attributes["narrate:preset"] { preset.name = name }
      if let date = attributes["narrate:published"] {
        guard let parsed = ISO8601DateFormatter().date(from: date) else {
          return fail(
            parser, "narrate:published must be an ISO 8601 date such as 2023-12-04T00:00:00Z")
        }
        published = parsed
      }
      for key in ["rate", "pitch", "range", "volume"] {
        guard let value = attributes["narrate:" + key] else { continue }
        guard let number = Int(value), let limit = VoiceSettings.limits[key], limit.contains(number)
        else {
          let limit = VoiceSettings.limits[key] ?? 0...0
          return fail(
            parser,
            "narrate:\(key) must be a whole number from \(limit.lowerBound) to \(limit.upperBound)")
        }
        switch key {
        case "rate": preset.base.rate = number
        case "pitch": preset.base.pitch = number
        case "range": preset.base.range = number
        default: preset.base.volume = number
        }
      }
    }

    /// The eSpeak NG voice for an `xml:lang` tag: the tag itself ("fr-fr"), or its language
    /// ("fr") when only that is installed.
    private func languageVoice(_ tag: String, _ parser: XMLParser) -> String? {
      let lowered = tag.lowercased()
      guard let catalog else { return lowered }
      let primary = String(lowered.prefix { $0 != "-" })
      if catalog.hasVoice(lowered) { return lowered }
      if catalog.hasVoice(primary) { return primary }
      let nearest = VoiceCatalog.nearest(lowered, in: catalog.voices)
      fail(
        parser,
        "xml:lang=\"\(tag)\" has no eSpeak NG voice; nearest: \(nearest.joined(separator: ", "))")
      return nil
    }

    /// `en-us+f2` (or `en-us`, which keeps no variant) as settings, checked against the catalog.
    private func voiceSettings(
      _ name: String, from current: VoiceSettings, _ parser: XMLParser
    ) -> VoiceSettings? {
      let parts = name.split(separator: "+", maxSplits: 1).map(String.init)
      guard let voiceName = parts.first, !voiceName.isEmpty else {
        fail(parser, "<voice name> is empty")
        return nil
      }
      if let catalog {
        guard catalog.hasVoice(voiceName) else {
          let nearest = VoiceCatalog.nearest(voiceName, in: catalog.voices)
          fail(
            parser, "no eSpeak NG voice '\(voiceName)'; nearest: \(nearest.joined(separator: ", "))"
          )
          return nil
        }
        if parts.count > 1, !catalog.hasVariant(parts[1]) {
          let nearest = VoiceCatalog.nearest(parts[1], in: catalog.variants)
          fail(
            parser,
            "no eSpeak NG variant '\(parts[1])'; nearest: \(nearest.joined(separator: ", "))")
          return nil
        }
      }
      var settings = current
      settings.voice = voiceName
      settings.variant = parts.count > 1 ? parts[1] : nil
      if stack.count == 1 {
        // The <voice> around the whole body is the script's base voice.
        preset.base.voice = settings.voice
        preset.base.variant = settings.variant
      }
      return settings
    }

    /// A prosody value: "90%" of the enclosing value, "+10%"/"-10%", a named level, or (rate
    /// only) a multiplier such as "1.2".
    private func prosody(
      _ value: String, key: String, current: VoiceSettings, _ parser: XMLParser
    ) -> Int? {
      let currentValue: Int
      switch key {
      case "rate": currentValue = current.rate
      case "pitch": currentValue = current.pitch
      case "range": currentValue = current.range
      default: currentValue = current.volume
      }
      let named: [String: Double] =
        key == "volume"
        ? ["silent": 0, "x-soft": 40, "soft": 70, "medium": 100, "loud": 130, "x-loud": 160]
        : key == "rate"
          ? ["x-slow": 60, "slow": 80, "medium": 100, "fast": 125, "x-fast": 160]
          : ["x-low": 70, "low": 85, "medium": 100, "high": 115, "x-high": 130]
      let trimmed = value.trimmingCharacters(in: .whitespaces).lowercased()
      var percent: Double?
      if let level = named[trimmed] {
        percent = level
      } else if trimmed == "default" {
        percent = 100
      } else if trimmed.hasSuffix("%"), let number = Double(trimmed.dropLast()) {
        percent = trimmed.hasPrefix("+") || trimmed.hasPrefix("-") ? 100 + number : number
      } else if key == "rate", let multiplier = Double(trimmed), multiplier > 0 {
        percent = multiplier * 100
      }
      guard let percent, percent >= 0 else {
        fail(
          parser,
          "prosody \(key)=\"\(value)\" is not supported; use a percentage such as 90% or +10%, "
            + "or one of \(named.keys.sorted().joined(separator: ", "))")
        return nil
      }
      let limit = VoiceSettings.limits[key] ?? 0...100
      let result = (Double(max(currentValue, 1)) * percent / 100).rounded()
      return min(limit.upperBound, max(limit.lowerBound, Int(result)))
    }

    /// A break's length in milliseconds: `time` ("700ms", "2s") or `strength`.
    private func breakLength(_ attributes: [String: String], _ parser: XMLParser) -> Int? {
      if let time = attributes["time"]?.trimmingCharacters(in: .whitespaces).lowercased() {
        var milliseconds: Double?
        if time.hasSuffix("ms") {
          milliseconds = Double(time.dropLast(2))
        } else if time.hasSuffix("s") {
          milliseconds = Double(time.dropLast()).map { $0 * 1000 }
        }
        guard let milliseconds, milliseconds >= 0, milliseconds <= 60_000 else {
          fail(parser, "<break time=\"\(time)\"> must be from 0ms to 60s, such as 700ms or 2s")
          return nil
        }
        return Int(milliseconds.rounded())
      }
      let strengths = [
        "none": 0, "x-weak": 100, "weak": 200, "medium": 400, "strong": 700, "x-strong": 1200,
      ]
      let strength = attributes["strength"] ?? "medium"
      guard let pause = strengths[strength] else {
        fail(
          parser,
          "<break strength=\"\(strength)\"> is not a strength; use one of "
            + strengths.keys.sorted().joined(separator: ", "))
        return nil
      }
      return pause
    }

    static func lines(_ value: String) -> ClosedRange<Int>? {
      let parts = value.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
      switch parts.count {
      case 1: return parts[0].map { $0...$0 }
      case 2:
        guard let low = parts[0], let high = parts[1], low <= high else { return nil }
        return low...high
      default: return nil
      }
    }
  }
}
