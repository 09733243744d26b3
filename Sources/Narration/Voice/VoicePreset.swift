import Foundation
import Yams

/// A narrator: which eSpeak NG voice speaks, how fast and high, and how long it pauses.
///
/// Presets are YAML files in `Voices/`; ``VoiceLibrary`` finds them by name or path.
public struct VoicePreset: Sendable, Hashable, Codable {
  /// The preset's name (its file name without `.yml`).
  public var name: String
  /// One line for `narrate voices`.
  public var description: String
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
  /// Pauses between segments.
  public var pauses: Pauses
  /// A sentence spoken after the article saying the voice is synthetic; nil for none.
  public var disclosure: String?

  /// Silence between segments, in milliseconds.
  public struct Pauses: Sendable, Hashable, Codable {
    /// After the title.
    public var title: Int
    /// Before a heading.
    public var heading: Int
    /// Between paragraphs, quotes and list items.
    public var paragraph: Int

    /// Creates pause lengths.
    public init(title: Int = 900, heading: Int = 700, paragraph: Int = 450) {
      self.title = title
      self.heading = heading
      self.paragraph = paragraph
    }
  }

  /// Creates a preset.
  public init(
    name: String, description: String = "", voice: String, variant: String? = nil,
    rate: Int = 170, pitch: Int = 50, range: Int = 50, volume: Int = 100,
    pauses: Pauses = Pauses(), disclosure: String? = nil
  ) {
    self.name = name
    self.description = description
    self.voice = voice
    self.variant = variant
    self.rate = rate
    self.pitch = pitch
    self.range = range
    self.volume = volume
    self.pauses = pauses
    self.disclosure = disclosure
  }

  /// The name eSpeak NG's `SetVoiceByName` takes: the voice, plus `+variant` when there is one.
  public var engineVoiceName: String {
    variant.map { "\(voice)+\($0)" } ?? voice
  }

  /// The keys a preset file may contain, checked so that a typo is an error, not a silent default.
  static let allowedKeys: [String] = [
    "description", "voice", "variant", "rate", "pitch", "range", "volume", "pauses", "disclosure",
  ]
  static let allowedPauseKeys: [String] = ["title", "heading", "paragraph"]

  /// Parses a preset file, rejecting unknown keys and out-of-range values by name.
  public static func parse(yaml: String, name: String, file: String) throws(NarrationError)
    -> VoicePreset
  {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch {
      throw .invalidPreset(file, problem: "not valid YAML: \(error)")
    }
    guard let mapping = node?.mapping else {
      throw .invalidPreset(file, problem: "a preset is a YAML mapping of keys such as voice, rate")
    }
    try checkKeys(mapping, allowed: allowedKeys, file: file, prefix: "")
    if let pauses = mapping["pauses"]?.mapping {
      try checkKeys(pauses, allowed: allowedPauseKeys, file: file, prefix: "pauses.")
    }
    func int(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) throws(NarrationError)
      -> Int
    {
      guard let value = mapping[key] else { return fallback }
      guard let number = value.int, range.contains(number) else {
        throw .invalidPreset(
          file,
          problem: "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"
        )
      }
      return number
    }
    guard let voice = mapping["voice"]?.string, !voice.isEmpty else {
      throw .invalidPreset(file, problem: "'voice' is required (an eSpeak NG voice such as en-us)")
    }
    var pauses = Pauses()
    if let node = mapping["pauses"]?.mapping {
      for key in allowedPauseKeys {
        guard let value = node[key] else { continue }
        guard let ms = value.int, (0...10_000).contains(ms) else {
          throw .invalidPreset(
            file, problem: "'pauses.\(key)' must be milliseconds from 0 to 10000")
        }
        switch key {
        case "title": pauses.title = ms
        case "heading": pauses.heading = ms
        default: pauses.paragraph = ms
        }
      }
    }
    return VoicePreset(
      name: name,
      description: mapping["description"]?.string ?? "",
      voice: voice,
      variant: mapping["variant"]?.string,
      rate: try int("rate", 170, 80...450),
      pitch: try int("pitch", 50, 0...100),
      range: try int("range", 50, 0...100),
      volume: try int("volume", 100, 0...200),
      pauses: pauses,
      disclosure: mapping["disclosure"]?.string)
  }

  private static func checkKeys(
    _ mapping: Node.Mapping, allowed: [String], file: String, prefix: String
  ) throws(NarrationError) {
    for key in mapping.keys {
      guard let name = key.string else { continue }
      if !allowed.contains(name) {
        let nearest = allowed.sorted {
          EditDistance.between($0, name) < EditDistance.between($1, name)
        }.prefix(2).joined(separator: " or ")
        throw .invalidPreset(
          file, problem: "unknown key '\(prefix)\(name)'; did you mean \(nearest)?")
      }
    }
  }
}
