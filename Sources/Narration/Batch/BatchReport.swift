import Foundation

/// The outcome of a whole batch: every article's ``BatchOutcome`` and the totals (`--report`).
public struct BatchReport: Sendable, Hashable, Codable {
  /// Counts and sums over the articles.
  public struct Totals: Sendable, Hashable, Codable {
    /// Articles in this run's share (after `--shard`).
    public var articles: Int
    /// Articles narrated in this run.
    public var built: Int
    /// Articles already up to date.
    public var cached: Int
    /// Articles that failed.
    public var failed: Int
    /// Articles not attempted after `--fail-fast` stopped the batch.
    public var skipped: Int
    /// Episodes removed by `--prune`.
    public var pruned: Int
    /// Seconds of audio in the built and cached episodes.
    public var audioSeconds: Double
    /// Seconds of audio narrated in this run.
    public var builtAudioSeconds: Double
    /// Bytes of MP3 in the built and cached episodes.
    public var bytes: Int
    /// Wall-clock seconds of the whole run.
    public var seconds: Double
    /// Wall-clock seconds per second of audio built in this run (nil when nothing was built).
    public var realTimeFactor: Double?
  }

  /// The shard this run built, as `I/N`.
  public var shard: String
  /// Worker processes used.
  public var jobs: Int
  /// Every article, in the order they finished.
  public var articles: [BatchOutcome]
  /// Counts and sums.
  public var totals: Totals

  /// Creates a report from outcomes and the run's wall time.
  public init(shard: Shard, jobs: Int, articles: [BatchOutcome], seconds: Double) {
    self.shard = shard.description
    self.jobs = jobs
    self.articles = articles
    func count(_ status: BatchOutcome.Status) -> Int {
      articles.filter { $0.status == status }.count
    }
    let present = articles.filter { $0.status == .built || $0.status == .cached }
    let builtAudio = articles.filter { $0.status == .built }.reduce(0) { $0 + $1.audioSeconds }
    totals = Totals(
      articles: articles.count - count(.pruned), built: count(.built), cached: count(.cached),
      failed: count(.failed), skipped: count(.skipped), pruned: count(.pruned),
      audioSeconds: present.reduce(0) { $0 + $1.audioSeconds }, builtAudioSeconds: builtAudio,
      bytes: present.reduce(0) { $0 + $1.bytes }, seconds: seconds,
      realTimeFactor: builtAudio > 0 ? seconds / builtAudio : nil)
  }

  /// Whether every article is built or up to date.
  public var succeeded: Bool { totals.failed == 0 && totals.skipped == 0 }

  /// The report as pretty JSON with sorted keys.
  public func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail.
    return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
  }
}
