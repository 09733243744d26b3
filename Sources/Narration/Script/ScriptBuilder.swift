import Foundation

/// Builds the script for an article: intro, title, byline, body blocks, outro and disclosure,
/// normalized, with the lexicon's pronunciations, voiced and paused by the preset.
///
/// A pure stage: the script depends only on the article, the preset (with its lexicon), the
/// normalizer and the options. Text becomes speakable in this order: normalize, defuse any
/// `[[` the article wrote (so an article cannot inject eSpeak phonemes), apply the lexicon, and
/// end with sentence punctuation.
public struct ScriptBuilder: Sendable {
  /// The narrator whose voices, pauses, lexicon and templates the script uses.
  public var voice: VoicePreset
  /// Makes each block speakable.
  public var normalizer: Normalizer
  /// Whether to speak the preset's disclosure sentence.
  public var includeDisclosure: Bool
  /// The show's name, for the `{show}` placeholder.
  public var show: String
  /// Splits long paragraphs into pieces.
  public var splitter: SentenceSplitter

  /// Creates a builder.
  public init(
    voice: VoicePreset, normalizer: Normalizer, includeDisclosure: Bool = true,
    show: String = "narrate", maxPieceLength: Int = 300
  ) {
    self.voice = voice
    // The preset's lexicon can override any word: the normalizer leaves its words as written
    // so that the lexicon, applied next, still finds them ("Dr." stays for a "Dr" entry).
    var normalizer = normalizer
    normalizer.tables = normalizer.tables.withLexicon(voice.lexicon)
    self.normalizer = normalizer
    self.includeDisclosure = includeDisclosure
    self.show = show
    self.splitter = SentenceSplitter(
      maxLength: maxPieceLength, abbreviations: Set(normalizer.tables.abbreviations.keys))
  }

  /// Builds the script for an article.
  public func build(_ article: Article) -> Script {
    let title = article.title ?? "Untitled article"
    let british = voice.base.dialect == .british
    var values = ["show": show, "title": title]
    if let author = article.byline { values["author"] = author }
    if let date = article.published { values["date"] = Self.spokenDate(date, british: british) }

    var segments: [Segment] = []
    func add(_ role: Role, _ raw: String, lines: ClosedRange<Int>? = nil) {
      let written = Self.xmlSafe(raw)
      let pieces = role == .title || role == .heading ? [written] : splitter.pieces(written)
      for (number, piece) in pieces.enumerated() {
        let style = voice.style(for: role)
        let first = number == 0
        let last = number == pieces.count - 1
        segments.append(
          Segment(
            role: role, text: speakable(piece), displayText: piece,
            voice: voice.settings(for: role),
            pauseBefore: first ? style.pauseBefore ?? defaultPauseBefore(role) : 0,
            pauseAfter: last ? style.pauseAfter ?? defaultPauseAfter(role) : voice.pauses.sentence,
            lines: lines))
      }
    }
    typealias Role = Segment.Role

    var introSpeaksTitle = false
    if let template = voice.intro, let intro = ScriptTemplate.fill(template, values: values) {
      add(.intro, intro)
      introSpeaksTitle = template.contains("{title}")
    }
    if let written = article.title, !introSpeaksTitle {
      add(.title, written)
    }
    if let template = voice.byline, let byline = ScriptTemplate.fill(template, values: values) {
      add(.byline, byline)
    }
    for block in article.blocks {
      let role: Role
      switch block.kind {
      case .heading: role = .heading
      case .paragraph: role = .paragraph
      case .quote: role = .quote
      case .listItem: role = .listItem
      }
      add(role, block.text, lines: block.lines)
    }
    if let template = voice.outro, let outro = ScriptTemplate.fill(template, values: values) {
      add(.outro, outro)
    }
    if includeDisclosure, let template = voice.disclosure,
      let disclosure = ScriptTemplate.fill(template, values: values)
    {
      add(.disclosure, disclosure)
    }
    // The title is followed by the byline's shorter pause when a byline comes next, so the
    // long title pause falls once, before the body.
    if segments.count > 1, let index = segments.firstIndex(where: { $0.role == .title }),
      index + 1 < segments.count, segments[index + 1].role == .byline,
      voice.style(for: .title).pauseAfter == nil
    {
      segments[index].pauseAfter = voice.pauses.paragraph
    }
    if var last = segments.popLast() {
      last.pauseAfter = 0
      segments.append(last)
    }
    return Script(
      title: title, voice: voice, segments: segments, author: article.byline,
      published: article.published, link: article.canonicalURL, language: article.language)
  }

  private func defaultPauseBefore(_ role: Segment.Role) -> Int {
    switch role {
    case .heading, .outro, .disclosure: max(0, voice.pauses.heading - voice.pauses.paragraph)
    default: 0
    }
  }

  private func defaultPauseAfter(_ role: Segment.Role) -> Int {
    switch role {
    case .title, .byline: voice.pauses.title
    default: voice.pauses.paragraph
    }
  }

  /// The text the engine should speak for a piece of article text.
  func speakable(_ text: String) -> String {
    let normalized = Self.defuse(normalizer.normalize(Self.xmlSafe(text)))
    let pronounced = voice.lexicon.apply(normalized)
    guard let last = pronounced.last(where: { !$0.isWhitespace }) else { return pronounced }
    // Ends with sentence punctuation so that eSpeak NG closes the clause with a falling tone.
    return ".!?…\"”’)".contains(last) ? pronounced : pronounced + "."
  }

  /// Text without the characters XML cannot carry (controls, U+FFFE): they are dropped here, so
  /// the script's text is exactly what the engine and an SSML document get.
  static func xmlSafe(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(XMLText.isAllowed) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowed)))
  }

  /// Text with eSpeak's phoneme brackets broken up, so the engine reads them as punctuation.
  static func defuse(_ text: String) -> String {
    var result = text
    while result.contains("[[") || result.contains("]]") {
      result = result.replacingAll("[[", with: "[ [").replacingAll("]]", with: "] ]")
    }
    return result
  }

  /// A date as a newsreader says it: "December 4, 2023", or "4 December 2023" in British English.
  static func spokenDate(_ date: Date, british: Bool) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
    let day = parts.day ?? 1
    let year = parts.year ?? 1970
    return british ? "\(day) \(month) \(year)" : "\(month) \(day), \(year)"
  }
}
