import Crypto
import Foundation

/// A SHA-256 over everything that shapes an episode's files, so an unchanged article is skipped.
///
/// It covers the article's bytes and metadata, the voice preset, the bundled rules, tables and
/// lexicons, the encoder settings, the disclosure, the show name and author written into the
/// ID3 tag, and the versions of narrate, eSpeak NG and LAME. Anything that changes the audio or
/// sidecar changes the key; the feed's base URL and the like do not.
public struct ContentKey: Sendable {
  /// The parts shared by every episode of a run, already hashed once.
  public let runDigest: String

  /// Hashes the parts of a run that are the same for every article.
  public init(
    encoder: EncoderSettings, disclosure: Bool, channel: FeedChannel, engineVersion: String
  ) throws(NarrationError) {
    var hash = SHA256()
    func add(_ label: String, _ value: String) {
      hash.update(data: Array("\(label)\t\(value.utf8.count)\t\(value)\n".utf8))
    }
    add("format", "narrate-content-key 1")
    add("narrate", Narrator.version)
    add("espeak-ng", engineVersion)
    add("lame", MP3Encoder.version)
    add("resources", try Self.resourcesDigest())
    add("encoder", Self.json(encoder))
    add("disclosure", String(disclosure))
    add("show-title", channel.title)
    add("show-author", channel.author)
    runDigest = Self.hex(hash.finalize())
  }

  /// The key of one article: its bytes, its metadata and its voice preset, on top of the run's.
  public func key(for article: BatchArticle, bytes: Data, voice: VoicePreset) -> String {
    var hash = SHA256()
    func add(_ label: String, _ value: String) {
      hash.update(data: Array("\(label)\t\(value.utf8.count)\t\(value)\n".utf8))
    }
    add("run", runDigest)
    add("source-sha256", Self.hex(SHA256.hash(data: bytes)))
    add("name", article.name)
    add("format", article.format?.rawValue ?? "")
    add("guid-name", article.guidName ?? "")
    add("title", article.title ?? "")
    add("author", article.author ?? "")
    add("published", article.published.map { String($0.timeIntervalSince1970) } ?? "")
    add("link", article.link ?? "")
    add("voice", Self.json(voice))
    return "sha256:" + Self.hex(hash.finalize())
  }

  /// A digest of every data file bundled with the library (rules, tables, lexicons).
  static func resourcesDigest() throws(NarrationError) -> String {
    let root = Resources.url("")
    var hash = SHA256()
    for relative in BatchInputs.walk(root.path) {
      let url = root.appendingPathComponent(relative)
      let data: Data
      do {
        data = try Data(contentsOf: url)
      } catch {
        throw .unreadable(url.path, reason: OutputFolder.reason(error))
      }
      hash.update(data: Array("\(relative)\t\(data.count)\n".utf8))
      hash.update(data: data)
    }
    return hex(hash.finalize())
  }

  static func json(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail.
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }

  static func sha256(_ text: String) -> [UInt8] {
    Array(SHA256.hash(data: Array(text.utf8)))
  }

  static func hex(_ digest: some Sequence<UInt8>) -> String {
    digest.map { String(format: "%02x", $0) }.joined()
  }
}
