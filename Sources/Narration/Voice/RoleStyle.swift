/// How a preset changes the voice and pauses for one role (title, quote, heading...).
///
/// Every field is optional: what is left out comes from the preset's base voice and pauses.
public struct RoleStyle: Sendable, Hashable, Codable {
  /// Another eSpeak NG voice for this role, such as `en-gb-x-rp`.
  public var voice: String?
  /// Another variant for this role, such as `f2`.
  public var variant: String?
  /// Words per minute for this role.
  public var rate: Int?
  /// Base pitch, 0–100.
  public var pitch: Int?
  /// Pitch range, 0–100.
  public var range: Int?
  /// Volume, 0–200.
  public var volume: Int?
  /// Silence before a segment of this role, in milliseconds.
  public var pauseBefore: Int?
  /// Silence after a segment of this role, in milliseconds.
  public var pauseAfter: Int?

  /// Creates a role style.
  public init(
    voice: String? = nil, variant: String? = nil, rate: Int? = nil, pitch: Int? = nil,
    range: Int? = nil, volume: Int? = nil, pauseBefore: Int? = nil, pauseAfter: Int? = nil
  ) {
    self.voice = voice
    self.variant = variant
    self.rate = rate
    self.pitch = pitch
    self.range = range
    self.volume = volume
    self.pauseBefore = pauseBefore
    self.pauseAfter = pauseAfter
  }

  /// The base settings with this role's changes applied.
  ///
  /// A role that names another voice but no variant speaks that voice's own default variant.
  public func applied(to base: VoiceSettings) -> VoiceSettings {
    var result = base
    if let voice {
      result.voice = voice
      result.variant = variant
    } else if let variant {
      result.variant = variant
    }
    result.rate = rate ?? base.rate
    result.pitch = pitch ?? base.pitch
    result.range = range ?? base.range
    result.volume = volume ?? base.volume
    return result
  }
}
