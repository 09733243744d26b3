import Foundation

/// Every choice a batch makes, on top of the ``NarrationOptions`` each episode is built with.
public struct BatchOptions: Sendable {
  /// The output folder, voice, encoder, show and clock for every episode.
  public var narration: NarrationOptions
  /// Where per-article voices from list files are looked up.
  public var voices: VoiceLibrary
  /// Worker processes run at once.
  public var jobs: Int
  /// The share of the inputs this run builds.
  public var shard: Shard
  /// Whether to remove episodes (made by `narrate batch`) whose article is no longer an input.
  public var prune: Bool
  /// Whether to stop starting articles after the first failure.
  public var failFast: Bool
  /// Whether to wait for another run holding the output folder, rather than fail.
  public var wait: Bool
  /// The command that starts a worker process (the narrate executable and `worker`).
  public var worker: [String]
  /// The shortest time between two rewrites of `feed.xml` while episodes finish.
  public var feedInterval: TimeInterval

  /// Creates options; by default one worker per core, no shards, no pruning, and waiting.
  public init(
    narration: NarrationOptions, voices: VoiceLibrary, worker: [String],
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: Shard = .all,
    prune: Bool = false, failFast: Bool = false, wait: Bool = true, feedInterval: TimeInterval = 1
  ) {
    self.narration = narration
    self.voices = voices
    self.worker = worker
    self.jobs = max(1, jobs)
    self.shard = shard
    self.prune = prune
    self.failFast = failFast
    self.wait = wait
    self.feedInterval = feedInterval
  }
}

/// What a running batch reports as it goes, for a progress display.
public enum BatchEvent: Sendable {
  /// Another run holds the output folder; this one waits for it.
  case waiting(holder: String)
  /// The plan: articles in this share, how many are up to date, to build, and to prune.
  case planned(articles: Int, cached: Int, toBuild: Int, pruned: Int)
  /// An article finished (built, cached, failed, skipped or pruned).
  case finished(BatchOutcome)
  /// Something went wrong that does not fail an article (a feed rewrite, a stray file).
  case warning(String)
}
