import Foundation

/// The ordered segments that will be spoken for one article, with the voice that speaks them.
///
/// Built from an article by ``ScriptBuilder``, printed by `narrate script`, written as SSML by
/// ``SSMLWriter`` and read back from an edited file by ``SSMLScriptParser``.
public struct Script: Sendable, Hashable, Codable {
  /// The episode's title.
  public var title: String
  /// The narrator: the base voice; each segment carries the settings it is spoken with.
  public var voice: VoicePreset
  /// What is spoken, in order.
  public var segments: [Segment]
  /// The article's author, when known.
  public var author: String?
  /// When the article was published, when known.
  public var published: Date?
  /// The article's address, when known.
  public var link: String?
  /// The article's language (BCP 47), when known.
  public var language: String?

  /// Creates a script.
  public init(
    title: String, voice: VoicePreset, segments: [Segment], author: String? = nil,
    published: Date? = nil, link: String? = nil, language: String? = nil
  ) {
    self.title = title
    self.voice = voice
    self.segments = segments
    self.author = author
    self.published = published
    self.link = link
    self.language = language
  }

  /// The preset the engine is given for one segment: the script's voice with the segment's
  /// voice and prosody.
  public func voice(for segment: Segment) -> VoicePreset {
    segment.voice.map { voice.speaking(with: $0) } ?? voice
  }

  /// The silence in the script between the start of the episode and each segment's speech,
  /// and after it, in milliseconds: what a listener hears as pauses.
  public var totalPause: Int {
    segments.reduce(0) { $0 + $1.pauseBefore + $1.pauseAfter }
  }

  /// The article the script speaks, as far as the script knows it: for narrating an edited
  /// script, whose source article is not at hand.
  public var article: Article {
    var blocks: [ArticleBlock] = []
    for segment in segments {
      let kind: ArticleBlock.Kind
      switch segment.role {
      case .heading: kind = .heading
      case .paragraph: kind = .paragraph
      case .quote: kind = .quote
      case .listItem: kind = .listItem
      case .intro, .title, .byline, .outro, .disclosure: continue
      }
      // Pieces of one split paragraph share its source lines: join them again.
      if let lines = segment.lines, let last = blocks.last, last.kind == kind, last.lines == lines {
        blocks[blocks.count - 1].text += " " + segment.displayText
        continue
      }
      blocks.append(
        ArticleBlock(kind: kind, text: segment.displayText, lines: segment.lines ?? 0...0))
    }
    return Article(
      title: title, byline: author, published: published, language: language, canonicalURL: link,
      blocks: blocks)
  }
}
