/// One piece of a script: text with a role, the voice that speaks it, and the silence around it.
public struct Segment: Sendable, Hashable, Codable {
  /// What a segment is in the episode, which decides its voice and pauses.
  public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    case intro
    case title
    case byline
    case heading
    case paragraph
    case quote
    case listItem = "list-item"
    case outro
    case disclosure
  }

  /// The segment's role.
  public var role: Role
  /// What the engine speaks: normalized text, with lexicon pronunciations as `[[phonemes]]`.
  public var text: String
  /// The text as the article prints it, for transcripts.
  public var displayText: String
  /// The voice and prosody it is spoken with; nil means the script's base voice.
  public var voice: VoiceSettings?
  /// Silence before the segment, in milliseconds.
  public var pauseBefore: Int
  /// Silence after the segment, in milliseconds.
  public var pauseAfter: Int
  /// The source lines the segment came from, when it came from the article.
  public var lines: ClosedRange<Int>?

  /// Creates a segment.
  public init(
    role: Role, text: String, displayText: String? = nil, voice: VoiceSettings? = nil,
    pauseBefore: Int = 0, pauseAfter: Int = 0, lines: ClosedRange<Int>? = nil
  ) {
    self.role = role
    self.text = text
    self.displayText = displayText ?? text
    self.voice = voice
    self.pauseBefore = pauseBefore
    self.pauseAfter = pauseAfter
    self.lines = lines
  }
}
