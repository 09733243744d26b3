/// Builds the script for an article: title, body blocks and disclosure, normalized and paused.
///
/// A pure stage: the script depends only on the article, the preset, the normalizer and options.
public struct ScriptBuilder: Sendable {
  /// The narrator whose pauses and disclosure the script uses.
  public var voice: VoicePreset
  /// Makes each block speakable.
  public var normalizer: Normalizer
  /// Whether to speak the preset's disclosure sentence.
  public var includeDisclosure: Bool

  /// Creates a builder.
  public init(voice: VoicePreset, normalizer: Normalizer, includeDisclosure: Bool = true) {
    self.voice = voice
    self.normalizer = normalizer
    self.includeDisclosure = includeDisclosure
  }

  /// Builds the script for an article.
  public func build(_ article: Article) -> Script {
    let pauses = voice.pauses
    var segments: [Segment] = []
    let title = article.title ?? "Untitled article"
    if let written = article.title {
      segments.append(
        Segment(
          role: .title, text: speakable(written), displayText: written,
          pauseAfter: pauses.title))
    }
    for block in article.blocks {
      let role: Segment.Role
      var before = 0
      var after = pauses.paragraph
      switch block.kind {
      case .heading:
        role = .heading
        before = max(0, pauses.heading - pauses.paragraph)
        after = pauses.paragraph
      case .paragraph: role = .paragraph
      case .quote: role = .quote
      case .listItem: role = .listItem
      }
      segments.append(
        Segment(
          role: role, text: speakable(block.text), displayText: block.text, pauseBefore: before,
          pauseAfter: after, lines: block.lines))
    }
    if includeDisclosure, let disclosure = voice.disclosure, !disclosure.isEmpty {
      segments.append(
        Segment(
          role: .disclosure, text: speakable(disclosure), displayText: disclosure,
          pauseBefore: pauses.heading - pauses.paragraph))
    }
    if var last = segments.popLast() {
      last.pauseAfter = 0
      segments.append(last)
    }
    return Script(title: title, voice: voice, segments: segments)
  }

  /// The text the engine should speak for a piece of article text; ends with sentence punctuation
  /// so that eSpeak NG closes the clause with a falling tone.
  private func speakable(_ text: String) -> String {
    let normalized = normalizer.normalize(text)
    guard let last = normalized.last(where: { !$0.isWhitespace }) else { return normalized }
    return ".!?…\"”’)".contains(last) ? normalized : normalized + "."
  }
}
