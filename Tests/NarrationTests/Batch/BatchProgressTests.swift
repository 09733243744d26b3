import Foundation
import Testing

@testable import Narration

/// What a batch prints: a redrawn status line on a terminal, plain lines in logs, annotations in
/// GitHub Actions.
struct BatchProgressTests {
  static let start = Date(timeIntervalSince1970: 1_795_392_000)

  static func built(_ name: String, audio: Double) -> BatchOutcome {
    BatchOutcome(
      status: .built, key: name, source: name, slug: "s", audioSeconds: audio, bytes: 120_000,
      seconds: 2)
  }

  @Test func terminalShowsBarCountsAudioAndETA() {
    var progress = BatchProgress(terminal: true, githubActions: false, now: Self.start)
    _ = progress.handle(.planned(articles: 5, cached: 1, toBuild: 4, pruned: 0), now: Self.start)
    let output = progress.handle(
      .finished(Self.built("a.txt", audio: 90)), now: Self.start.addingTimeInterval(10))
    #expect(
      output == [
        .status("[######------------------] 1/4 built · 1.5 min audio · ETA 0:30")
      ])
    let failure = BatchOutcome(
      status: .failed, key: "b.txt", source: "b.txt", slug: "b", error: "b.txt: the file is empty")
    let after = progress.handle(.finished(failure), now: Self.start.addingTimeInterval(20))
    #expect(after.first == .line("failed b.txt: the file is empty"))
    #expect(
      after.last
        == .status("[############------------] 2/4 built · 1 failed · 1.5 min audio · ETA 0:20"))
  }

  @Test func logsGetOneLinePerArticleAndAnnotationsInGitHubActions() {
    var progress = BatchProgress(terminal: false, githubActions: true, now: Self.start)
    let planned = progress.handle(.planned(articles: 2, cached: 0, toBuild: 2, pruned: 0))
    #expect(planned == [.line("batch: 2 articles, 0 up to date, 2 to build")])
    #expect(
      progress.handle(.finished(Self.built("a.txt", audio: 60)))
        == [.line("built a.txt → s.mp3 (1:00, 120 kB, 30× real time)")])
    let failure = BatchOutcome(
      status: .failed, key: "dir/b,1.txt", source: "dir/b,1.txt", slug: "b",
      error: "worker crashed: 50% done\nthen died")
    #expect(
      progress.handle(.finished(failure)) == [
        .line("failed dir/b,1.txt: worker crashed: 50% done\nthen died"),
        .line("::error file=dir/b%2C1.txt::worker crashed: 50%25 done%0Athen died"),
      ])
  }
}
