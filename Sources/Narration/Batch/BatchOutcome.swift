import Foundation

/// What happened to one article of a batch, as the progress display and `--report` show it.
public struct BatchOutcome: Sendable, Hashable, Codable {
  /// How an article ended.
  public enum Status: String, Sendable, Hashable, Codable {
    /// Narrated in this run.
    case built
    /// Unchanged since it was built; nothing was synthesized.
    case cached
    /// Could not be narrated; ``BatchOutcome/error`` says why.
    case failed
    /// Not attempted, because `--fail-fast` stopped the batch first.
    case skipped
    /// Its source is gone, so `--prune` removed its episode.
    case pruned
  }

  /// How the article ended.
  public var status: Status
  /// The article's identity (path, list id or feed guid).
  public var key: String
  /// The article as messages name it.
  public var source: String
  /// The episode's slug, when one was assigned.
  public var slug: String?
  /// Why it failed.
  public var error: String?
  /// Whether the episode was already up to date.
  public var cacheHit: Bool
  /// Seconds of audio in the episode.
  public var audioSeconds: Double
  /// The MP3's size in bytes.
  public var bytes: Int
  /// Wall-clock seconds spent on the article in this run.
  public var seconds: Double
  /// Seconds of work per second of audio (below 1 is faster than real time); nil when nothing
  /// was synthesized.
  public var realTimeFactor: Double?

  /// Creates an outcome.
  public init(
    status: Status, key: String, source: String, slug: String?, error: String? = nil,
    audioSeconds: Double = 0, bytes: Int = 0, seconds: Double = 0
  ) {
    self.status = status
    self.key = key
    self.source = source
    self.slug = slug
    self.error = error
    self.cacheHit = status == .cached
    self.audioSeconds = audioSeconds
    self.bytes = bytes
    self.seconds = seconds
    self.realTimeFactor = status == .built && audioSeconds > 0 ? seconds / audioSeconds : nil
  }
}
