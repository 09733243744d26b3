import Foundation

/// Rewrites `feed.xml` while a batch runs, at most once per interval, so subscribers see finished
/// episodes early without the feed being rebuilt after every one of thousands.
final class FeedWriter: @unchecked Sendable {
  private let output: OutputFolder
  private let channel: FeedChannel
  private let interval: TimeInterval
  private var last = Date.distantPast

  init(output: OutputFolder, channel: FeedChannel, interval: TimeInterval) {
    self.output = output
    self.channel = channel
    self.interval = interval
  }

  /// Rewrites the feed if the interval has passed since the last rewrite, or at once if `now`.
  ///
  /// Returns a problem to report, if any. Callers serialize calls.
  func rewriteIfDue(now force: Bool = false) -> String? {
    let now = Date()
    guard force || now.timeIntervalSince(last) >= interval else { return nil }
    last = now
    do {
      try output.writeFeed(channel: channel)
      return nil
    } catch {
      return "feed not rewritten: \(error)"
    }
  }
}
