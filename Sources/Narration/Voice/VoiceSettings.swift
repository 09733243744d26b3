/// How one stretch of speech sounds: the eSpeak NG voice and its prosody.
///
/// A preset has one for its base voice; each segment of a script carries the settings it is
/// spoken with (the base, or the base changed by the preset's override for the segment's role).
public struct VoiceSettings: Sendable, Hashable, Codable {
  /// The eSpeak NG voice identifier, such as `en-us` or `en-gb-x-rp`.
  public var voice: String
  /// An eSpeak NG variant such as `m3` or `f2`, appended as `voice+variant`.
  public var variant: String?
  /// Speaking rate in words per minute (80–450).
  public var rate: Int
  /// Base pitch, 0–100 (50 is the voice's normal).
  public var pitch: Int
  /// Pitch range, 0–100 (50 is normal; lower is flatter).
  public var range: Int
  /// Volume, 0–200 (100 is normal).
  public var volume: Int

  /// Creates voice settings.
  public init(
    voice: String, variant: String? = nil, rate: Int = 170, pitch: Int = 50, range: Int = 50,
    volume: Int = 100
  ) {
    self.voice = voice
    self.variant = variant
    self.rate = rate
    self.pitch = pitch
    self.range = range
    self.volume = volume
  }

  /// The name eSpeak NG's `SetVoiceByName` takes: the voice, plus `+variant` when there is one.
  public var engineVoiceName: String {
    variant.map { "\(voice)+\($0)" } ?? voice
  }

  /// The English dialect the normalizer reads in for this voice: British for `en-gb` voices.
  public var dialect: NormalizerOptions.Dialect {
    voice.lowercased().hasPrefix("en-gb") ? .british : .american
  }

  /// The allowed range of each numeric setting, shared by presets and script parsing.
  static let limits: [String: ClosedRange<Int>] = [
    "rate": 80...450, "pitch": 0...100, "range": 0...100, "volume": 0...200,
  ]
}
