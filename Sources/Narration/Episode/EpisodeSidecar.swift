import Foundation

/// Everything known about one built episode, stored as JSON beside its MP3.
///
/// The feed is rebuilt from sidecars alone, so folders built in separate runs or on separate
/// machines merge into one feed; a rebuild reads the old sidecar to keep the GUID and date.
public struct EpisodeSidecar: Sendable, Hashable, Codable {
  /// Bumped when the layout changes incompatibly.
  public var formatVersion: Int
  /// The file-name stem shared by the episode's files.
  public var slug: String
  /// The episode title.
  public var title: String
  /// The input as the user named it.
  public var source: String
  /// The episode's permanent identifier (never changes once published).
  public var guid: String
  /// The publication date: the article's own, or the first build's.
  public var published: Date
  /// The article's author, when known.
  public var author: String?
  /// The article's language.
  public var language: String
  /// A short description: the first paragraph and the disclosure line.
  public var description: String
  /// The article's address, when known.
  public var link: String?
  /// The audio file's name in the episodes folder.
  public var audioFile: String
  /// The audio's exact duration in seconds, from the PCM sample count.
  public var durationSeconds: Double
  /// PCM samples encoded.
  public var sampleCount: Int
  /// PCM sample rate.
  public var sampleRate: Int
  /// The MP3 file's size in bytes.
  public var byteSize: Int
  /// The voice and encoder settings used.
  public var settings: Settings
  /// Versions of narrate and the engines that built it.
  public var engines: Engines
  /// The article's text, paragraphs separated by blank lines, for the feed's `content:encoded`.
  public var articleText: String?
  /// The stable name `narrate batch` knows the article by (a feed guid, a list id), if any.
  public var identity: String?
  /// A hash of everything that shaped the episode (see ``ContentKey``); equal keys mean an
  /// unchanged episode that `narrate batch` skips.
  public var contentKey: String?

  /// The settings that shaped the audio.
  public struct Settings: Sendable, Hashable, Codable {
    /// The narrator preset.
    public var voice: VoicePreset
    /// The MP3 encoding.
    public var encoder: EncoderSettings
    /// Whether the disclosure sentence was spoken.
    public var disclosure: Bool
    /// `false` when loudness normalization was turned off (`--no-loudness`); absent when on.
    public var loudnessNormalization: Bool?
  }

  /// Versions of what built the episode.
  public struct Engines: Sendable, Hashable, Codable {
    /// narrate's version.
    public var narrate: String
    /// libespeak-ng's version.
    public var espeakNG: String
    /// libmp3lame's version.
    public var lame: String
  }

  /// Encodes the sidecar as stable, pretty JSON (sorted keys, ISO 8601 dates).
  public func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    // Encoding plain value types cannot fail.
    let data = (try? encoder.encode(self)) ?? Data()
    return Array(data) + [0x0A]
  }

  /// Decodes a sidecar file's bytes.
  public static func decode(_ data: Data, name: String) throws(NarrationError) -> EpisodeSidecar {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    do {
      return try decoder.decode(EpisodeSidecar.self, from: data)
    } catch {
      throw .invalidSidecar(name, reason: "\(error)")
    }
  }
}
