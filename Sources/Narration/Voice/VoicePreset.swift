import Foundation
import Yams

/// A narrator: which eSpeak NG voice speaks, how fast and high, how long it pauses, which
/// pronunciations it uses and what it says around the article.
///
/// Presets are YAML files in `Voices/`; ``VoiceLibrary`` finds them by name or path and loads
/// the lexicons they name.
public struct VoicePreset: Sendable, Hashable, Codable {
  /// The preset's name (its file name without `.yml`).
  public var name: String
  /// One line for `narrate voices`.
  public var description: String
  /// The base voice and prosody, before any role's changes.
  public var base: VoiceSettings
  /// Pauses between segments.
  public var pauses: Pauses
  /// Changes to voice and pauses per role, keyed by ``Segment/Role`` raw value.
  public var roles: [String: RoleStyle]
  /// The lexicon files the preset names, as written in it.
  public var lexicons: [String]
  /// The pronunciations from those files, merged (later files win); stored in sidecars too, as
  /// they shaped the audio.
  public var lexicon: Lexicon
  /// Spoken before the title; a template (see ``ScriptTemplate``), nil for none.
  public var intro: String?
  /// The byline and date line after the title; a template, nil for none.
  public var byline: String?
  /// Spoken after the article, before the disclosure; a template, nil for none.
  public var outro: String?
  /// A sentence spoken last saying the voice is synthetic; a template, nil for none.
  public var disclosure: String?
  /// MP3 encoding for this narrator, when the preset sets one; flags override it.
  public var encoding: EncoderSettings?

  /// Silence between segments, in milliseconds.
  public struct Pauses: Sendable, Hashable, Codable {
    /// After the title (and after the byline, when there is one).
    public var title: Int
    /// Before a heading, counted from the end of the segment before it.
    public var heading: Int
    /// After paragraphs, quotes, list items, the intro and the outro.
    public var paragraph: Int
    /// Between the pieces of a long paragraph split at sentence boundaries.
    public var sentence: Int

    /// Creates pause lengths.
    public init(title: Int = 900, heading: Int = 700, paragraph: Int = 450, sentence: Int = 300) {
      self.title = title
      self.heading = heading
      self.paragraph = paragraph
      self.sentence = sentence
    }
  }

  /// The byline template presets get when they do not set one.
  public static let defaultByline = "[By {author}.] [{date}.]"

  /// Creates a preset.
  public init(
    name: String, description: String = "", voice: String, variant: String? = nil,
    rate: Int = 170, pitch: Int = 50, range: Int = 50, volume: Int = 100,
    pauses: Pauses = Pauses(), roles: [String: RoleStyle] = [:], lexicons: [String] = [],
    lexicon: Lexicon = Lexicon(), intro: String? = nil, byline: String? = defaultByline,
    outro: String? = nil, disclosure: String? = nil, encoding: EncoderSettings? = nil
  ) {
    self.name = name
    self.description = description
    self.base = VoiceSettings(
      voice: voice, variant: variant, rate: rate, pitch: pitch, range: range, volume: volume)
    self.pauses = pauses
    self.roles = roles
    self.lexicons = lexicons
    self.lexicon = lexicon
    self.intro = intro
    self.byline = byline
    self.outro = outro
    self.disclosure = disclosure
    self.encoding = encoding
  }

  private enum CodingKeys: String, CodingKey {
    case name, description, voice, variant, rate, pitch, range, volume, pauses, roles, lexicons
    case lexicon, intro, byline, outro, disclosure, encoding
  }

  /// Decodes a preset stored in a sidecar or script; keys added since are optional.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      name: try container.decode(String.self, forKey: .name),
      description: try container.decodeIfPresent(String.self, forKey: .description) ?? "",
      voice: try container.decode(String.self, forKey: .voice),
      variant: try container.decodeIfPresent(String.self, forKey: .variant),
      rate: try container.decodeIfPresent(Int.self, forKey: .rate) ?? 170,
      pitch: try container.decodeIfPresent(Int.self, forKey: .pitch) ?? 50,
      range: try container.decodeIfPresent(Int.self, forKey: .range) ?? 50,
      volume: try container.decodeIfPresent(Int.self, forKey: .volume) ?? 100,
      pauses: try container.decodeIfPresent(Pauses.self, forKey: .pauses) ?? Pauses(),
      roles: try container.decodeIfPresent([String: RoleStyle].self, forKey: .roles) ?? [:],
      lexicons: try container.decodeIfPresent([String].self, forKey: .lexicons) ?? [],
      lexicon: try container.decodeIfPresent(Lexicon.self, forKey: .lexicon) ?? Lexicon(),
      intro: try container.decodeIfPresent(String.self, forKey: .intro),
      byline: try container.decodeIfPresent(String.self, forKey: .byline),
      outro: try container.decodeIfPresent(String.self, forKey: .outro),
      disclosure: try container.decodeIfPresent(String.self, forKey: .disclosure),
      encoding: try container.decodeIfPresent(EncoderSettings.self, forKey: .encoding))
  }

  /// Encodes the preset, leaving out what is not set.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(description, forKey: .description)
    try container.encode(base.voice, forKey: .voice)
    try container.encodeIfPresent(base.variant, forKey: .variant)
    try container.encode(base.rate, forKey: .rate)
    try container.encode(base.pitch, forKey: .pitch)
    try container.encode(base.range, forKey: .range)
    try container.encode(base.volume, forKey: .volume)
    try container.encode(pauses, forKey: .pauses)
    try container.encode(roles, forKey: .roles)
    try container.encode(lexicons, forKey: .lexicons)
    if !lexicon.isEmpty { try container.encode(lexicon, forKey: .lexicon) }
    try container.encodeIfPresent(intro, forKey: .intro)
    try container.encodeIfPresent(byline, forKey: .byline)
    try container.encodeIfPresent(outro, forKey: .outro)
    try container.encodeIfPresent(disclosure, forKey: .disclosure)
    try container.encodeIfPresent(encoding, forKey: .encoding)
  }

  /// The name eSpeak NG's `SetVoiceByName` takes: the voice, plus `+variant` when there is one.
  public var engineVoiceName: String {
    base.engineVoiceName
  }

  /// The style the preset gives a role (empty when it changes nothing).
  public func style(for role: Segment.Role) -> RoleStyle {
    roles[role.rawValue] ?? RoleStyle()
  }

  /// The voice and prosody a segment of this role is spoken with.
  public func settings(for role: Segment.Role) -> VoiceSettings {
    style(for: role).applied(to: base)
  }

  /// This preset speaking with other settings: what the engine is given for one segment.
  public func speaking(with settings: VoiceSettings) -> VoicePreset {
    var copy = self
    copy.base = settings
    return copy
  }

  // MARK: - Parsing

  /// The keys a preset file may contain, checked so that a typo is an error, not a silent default.
  static let allowedKeys: [String] = [
    "description", "voice", "variant", "rate", "pitch", "range", "volume", "pauses", "roles",
    "lexicons", "intro", "byline", "outro", "disclosure", "encoding",
  ]
  static let allowedEncodingKeys: [String] = [
    "mode", "bitrate", "vbr-quality", "quality", "sample-rate",
  ]
  static let allowedPauseKeys: [String] = ["title", "heading", "paragraph", "sentence"]
  static let allowedRoleKeys: [String] = [
    "voice", "variant", "rate", "pitch", "range", "volume", "pause-before", "pause-after",
  ]

  /// Parses a preset file, rejecting unknown keys, out-of-range values and, when a catalog is
  /// given, voices and variants that are not installed; every message names the file, the key
  /// and the nearest valid choices.
  ///
  /// The lexicon files are recorded by name only; ``VoiceLibrary`` loads them.
  public static func parse(
    yaml: String, name: String, file: String, catalog: VoiceCatalog? = nil
  ) throws(NarrationError) -> VoicePreset {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch {
      throw .invalidPreset(file, problem: "not valid YAML: \(error)")
    }
    guard let mapping = node?.mapping else {
      throw .invalidPreset(file, problem: "a preset is a YAML mapping of keys such as voice, rate")
    }
    let reader = PresetReader(file: file, catalog: catalog)
    try reader.checkKeys(mapping, allowed: allowedKeys, prefix: "")
    guard let voice = mapping["voice"]?.string, !voice.isEmpty else {
      throw .invalidPreset(file, problem: "'voice' is required (an eSpeak NG voice such as en-us)")
    }
    try reader.checkVoice(voice, key: "voice")
    let variant = try reader.string(mapping, "variant", prefix: "")
    if let variant { try reader.checkVariant(variant, key: "variant") }

    var pauses = Pauses()
    if let node = mapping["pauses"] {
      guard let pauseMapping = node.mapping else {
        throw .invalidPreset(file, problem: "'pauses' must be a mapping such as {title: 900}")
      }
      try reader.checkKeys(pauseMapping, allowed: allowedPauseKeys, prefix: "pauses.")
      pauses.title = try reader.int(pauseMapping, "title", prefix: "pauses.") ?? pauses.title
      pauses.heading = try reader.int(pauseMapping, "heading", prefix: "pauses.") ?? pauses.heading
      pauses.paragraph =
        try reader.int(pauseMapping, "paragraph", prefix: "pauses.") ?? pauses.paragraph
      pauses.sentence =
        try reader.int(pauseMapping, "sentence", prefix: "pauses.") ?? pauses.sentence
    }

    var roles: [String: RoleStyle] = [:]
    if let node = mapping["roles"] {
      guard let roleMapping = node.mapping else {
        throw .invalidPreset(
          file, problem: "'roles' must be a mapping such as {quote: {variant: f2}}")
      }
      let roleNames = Segment.Role.allCases.map(\.rawValue)
      try reader.checkKeys(roleMapping, allowed: roleNames, prefix: "roles.")
      for (key, value) in roleMapping {
        guard let role = key.string else { continue }
        roles[role] = try reader.roleStyle(value, prefix: "roles.\(role).")
      }
    }

    var lexicons: [String] = []
    if let node = mapping["lexicons"] {
      if let single = node.string {
        lexicons = [single]
      } else if let sequence = node.sequence {
        for item in sequence {
          guard let entry = item.string, !entry.isEmpty else {
            throw .invalidPreset(file, problem: "'lexicons' must list lexicon file names")
          }
          lexicons.append(entry)
        }
      } else {
        throw .invalidPreset(file, problem: "'lexicons' must list lexicon file names")
      }
    }

    var templates: [String: String?] = [:]
    for key in ["intro", "byline", "outro", "disclosure"] {
      let text = try reader.string(mapping, key, prefix: "")
      if let text { try ScriptTemplate.validate(text, file: file, key: key) }
      templates[key] = text
    }

    var encoding: EncoderSettings?
    if let node = mapping["encoding"] {
      encoding = try parseEncoding(node, reader: reader, file: file)
    }

    return VoicePreset(
      name: name,
      description: try reader.string(mapping, "description", prefix: "") ?? "",
      voice: voice, variant: variant,
      rate: try reader.int(mapping, "rate", prefix: "") ?? 170,
      pitch: try reader.int(mapping, "pitch", prefix: "") ?? 50,
      range: try reader.int(mapping, "range", prefix: "") ?? 50,
      volume: try reader.int(mapping, "volume", prefix: "") ?? 100,
      pauses: pauses, roles: roles, lexicons: lexicons,
      intro: templates["intro"] ?? nil,
      byline: mapping["byline"] == nil ? defaultByline : templates["byline"] ?? nil,
      outro: templates["outro"] ?? nil,
      disclosure: templates["disclosure"] ?? nil,
      encoding: encoding)
  }

  /// Reads the `encoding:` mapping (mode, bitrate, vbr-quality, quality, sample-rate).
  private static func parseEncoding(
    _ node: Node, reader: PresetReader, file: String
  ) throws(NarrationError) -> EncoderSettings {
    guard let mapping = node.mapping else {
      throw .invalidPreset(file, problem: "'encoding' must be a mapping such as {bitrate: 96}")
    }
    try reader.checkKeys(mapping, allowed: allowedEncodingKeys, prefix: "encoding.")
    func number(_ key: String, _ allowed: [Int]) throws(NarrationError) -> Int? {
      guard let value = mapping[key] else { return nil }
      guard let number = value.int, allowed.contains(number) else {
        let choices =
          allowed.count > 2
          ? "a whole number from \(allowed[0]) to \(allowed[allowed.count - 1])"
          : allowed.map(String.init).joined(separator: " or ")
        throw .invalidPreset(file, problem: "'encoding.\(key)' must be \(choices)")
      }
      return number
    }
    var settings = EncoderSettings()
    if let mode = try reader.string(mapping, "mode", prefix: "encoding.") {
      guard let parsed = EncoderSettings.Mode(rawValue: mode) else {
        throw .invalidPreset(file, problem: "'encoding.mode' must be cbr or vbr")
      }
      settings.mode = parsed
    }
    settings.bitrate = try number("bitrate", Array(32...320)) ?? settings.bitrate
    settings.vbrQuality = try number("vbr-quality", Array(0...9)) ?? settings.vbrQuality
    settings.quality = try number("quality", Array(0...9)) ?? settings.quality
    settings.sampleRate = try number("sample-rate", [22050, 44100]) ?? settings.sampleRate
    return settings
  }
}
