import Foundation

/// Tries a pronunciation: speaks a short text with a preset and its lexicon into an MP3, or
/// shows the eSpeak NG phonemes it would speak, for `narrate say`.
///
/// The text goes the way article text goes (normalize, defuse `[[`, lexicon), so what you hear
/// is what an episode would say.
public struct Audition: Sendable {
  /// The preset (with its lexicon) that speaks.
  public var voice: VoicePreset
  /// Makes the text speakable.
  public var normalizer: Normalizer
  /// The engine.
  public var engine: SpeechEngine

  /// Creates an audition.
  public init(voice: VoicePreset, normalizer: Normalizer, engine: SpeechEngine) {
    self.voice = voice
    self.normalizer = normalizer
    self.engine = engine
  }

  /// The text as the engine receives it, with the lexicon's `[[phonemes]]`.
  public func spoken(_ text: String) -> String {
    ScriptBuilder(voice: voice, normalizer: normalizer, includeDisclosure: false).speakable(text)
  }

  /// The phonemes eSpeak NG speaks for the text, one clause per line.
  public func phonemes(_ text: String) throws(NarrationError) -> [String] {
    try engine.phonemes(spoken(text), voice: voice, input: "say")
  }

  /// Speaks the text into an MP3 file and returns its duration in seconds.
  ///
  /// - Throws: ``NarrationError/invalidInput(_:problem:)`` when eSpeak NG would speak nothing
  ///   (punctuation alone), rather than writing a silent file.
  public func record(_ text: String, to url: URL) throws -> Double {
    guard try phonemes(text).contains(where: { $0.contains { !$0.isWhitespace } }) else {
      throw NarrationError.invalidInput(
        "say", problem: "eSpeak NG speaks nothing for \"\(text)\"; give a word or phrase")
    }
    let segment = Segment(role: .paragraph, text: spoken(text), displayText: text)
    let script = Script(title: text, voice: voice, segments: [segment])
    let file = try AtomicFile(destination: url)
    let recorder = EpisodeRecorder(engine: engine, settings: EncoderSettings())
    let metadata = EpisodeMetadata(
      title: text, author: "", show: "", date: nil, description: "", language: voice.base.voice,
      cover: nil, encodedBy: "narrate say")
    let summary = try recorder.record(
      script, metadata: metadata, languages: [:], to: file, input: "say")
    try file.commit()
    return summary.duration
  }
}
