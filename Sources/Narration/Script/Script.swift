/// The ordered segments that will be spoken for one article, with the voice that speaks them.
public struct Script: Sendable, Hashable, Codable {
  /// The episode's title.
  public var title: String
  /// The narrator.
  public var voice: VoicePreset
  /// What is spoken, in order.
  public var segments: [Segment]

  /// Creates a script.
  public init(title: String, voice: VoicePreset, segments: [Segment]) {
    self.title = title
    self.voice = voice
    self.segments = segments
  }
}
