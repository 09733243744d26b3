import Foundation

/// Every choice a narration run makes, in one value; the CLI only maps flags onto it.
public struct NarrationOptions: Sendable {
  /// Where episodes and the feed go.
  public var output: OutputFolder
  /// The narrator.
  public var voice: VoicePreset
  /// MP3 encoding.
  public var encoder: EncoderSettings
  /// Title and language overrides for the cleaner.
  public var cleaning: CleaningOptions
  /// The input format, when the user overrides detection.
  public var inputFormat: InputFormat?
  /// Whether to speak the preset's disclosure sentence.
  public var includeDisclosure: Bool
  /// Whether to bring the audio to −16 LUFS through a peak limiter (extra synthesis passes);
  /// false keeps eSpeak NG's own level.
  public var normalizeLoudness = true
  /// The show the feed describes.
  public var channel: FeedChannel
  /// The show's cover art, put in every episode's ID3 tag; nil for none.
  public var cover: CoverImage?
  /// "Now", for a first build's date: `SOURCE_DATE_EPOCH` when set, else the clock.
  public var now: Date

  /// Creates options with sensible defaults for everything but the output folder and voice.
  public init(
    output: OutputFolder, voice: VoicePreset, encoder: EncoderSettings = EncoderSettings(),
    cleaning: CleaningOptions = CleaningOptions(), inputFormat: InputFormat? = nil,
    includeDisclosure: Bool = true, channel: FeedChannel = FeedChannel(), cover: CoverImage? = nil,
    now: Date
  ) {
    self.output = output
    self.voice = voice
    self.encoder = encoder
    self.cleaning = cleaning
    self.inputFormat = inputFormat
    self.includeDisclosure = includeDisclosure
    self.channel = channel
    self.cover = cover
    self.now = now
  }

  /// "Now" by the reproducible-builds convention: `SOURCE_DATE_EPOCH` seconds when set.
  public static func now(environment: [String: String]) -> Date {
    if let value = environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(value) {
      return Date(timeIntervalSince1970: seconds)
    }
    return Date()
  }
}
