import Foundation
import Testing

@testable import Narration

#if canImport(Glibc)
import Glibc
#endif

/// `narrate batch` through the real binary and engines.
///
/// Incremental runs, shards, failing articles, the folder lock. Articles are two sentences long
/// so the suite stays fast.
@Suite(.serialized) struct BatchEndToEndTests {
  static let epoch = ["SOURCE_DATE_EPOCH": "1795392000"]

  @Test func unchangedArticlesAreSkippedAndChangedOnesKeepGUIDAndDate() throws {
    let root = try TestSupport.temporaryFolder("batch-incremental")
    defer { try? FileManager.default.removeItem(at: root) }
    let articles = try BatchTestSupport.articles(3, in: root)
    let first = try TestSupport.narrate(
      ["batch", "articles", "-o", "Out", "--report", "first.json"], in: root,
      environment: Self.epoch)
    #expect(first.status == 0, "\(first.stderr)")
    let out = root.appendingPathComponent("Out")
    let built = BatchTestSupport.snapshot(out)
    #expect(built.keys.filter { $0.hasSuffix(".mp3") }.count == 3)
    #expect(
      try BatchTestSupport.report(root.appendingPathComponent("first.json")).articles.map(\.status)
        == ["built", "built", "built"])

    // Nothing changed (and a later clock): nothing is synthesized, not a byte changes.
    let later = ["SOURCE_DATE_EPOCH": "1795478400"]
    let second = try TestSupport.narrate(
      ["batch", "articles", "-o", "Out", "--report", "second.json"], in: root, environment: later)
    #expect(second.status == 0, "\(second.stderr)")
    let report = try BatchTestSupport.report(root.appendingPathComponent("second.json"))
    #expect(report.articles.map(\.status) == ["cached", "cached", "cached"])
    #expect(report.articles.allSatisfy { $0.cacheHit })
    #expect(BatchTestSupport.snapshot(out) == built)

    // One article changes: only it is rebuilt, keeping its GUID and first publication date.
    let changed = articles.appendingPathComponent("01-story.txt")
    try Data(
      (BatchTestSupport.article(1)
        + "\n\nA third paragraph was added after the first edition went out to readers.\n").utf8
    ).write(to: changed)
    let third = try TestSupport.narrate(
      ["batch", "articles", "-o", "Out", "--report", "third.json"], in: root, environment: later)
    #expect(third.status == 0, "\(third.stderr)")
    let statuses = try BatchTestSupport.report(root.appendingPathComponent("third.json"))
      .articles.reduce(into: [String: String]()) { $0[$1.slug ?? ""] = $1.status }
    #expect(statuses == ["00-story": "cached", "01-story": "built", "02-story": "cached"])
    let before = try sidecar(built["episodes/01-story.json"])
    let after = try sidecar(BatchTestSupport.snapshot(out)["episodes/01-story.json"])
    #expect(after.guid == before.guid)
    #expect(after.published == before.published)
    #expect(after.published == Date(timeIntervalSince1970: 1_795_392_000))
    #expect(after.byteSize > before.byteSize)
    #expect(after.contentKey != before.contentKey)

    // A different voice setting changes every key.
    let louder = try TestSupport.narrate(
      ["batch", "articles", "-o", "Out", "--bitrate", "96", "--report", "fourth.json"], in: root,
      environment: later)
    #expect(louder.status == 0, "\(louder.stderr)")
    #expect(
      try BatchTestSupport.report(root.appendingPathComponent("fourth.json")).articles
        .allSatisfy { $0.status == "built" })
    #expect(BatchTestSupport.feedProblems(out).isEmpty)
  }

  @Test func pruneRemovesEpisodesWhoseSourceIsGone() throws {
    let root = try TestSupport.temporaryFolder("batch-prune")
    defer { try? FileManager.default.removeItem(at: root) }
    let articles = try BatchTestSupport.articles(3, in: root)
    let first = try TestSupport.narrate(["batch", "articles", "-o", "Out"], in: root)
    #expect(first.status == 0, "\(first.stderr)")
    try FileManager.default.removeItem(at: articles.appendingPathComponent("02-story.txt"))
    let out = root.appendingPathComponent("Out")

    // Without --prune the episode stays.
    let keep = try TestSupport.narrate(["batch", "articles", "-o", "Out"], in: root)
    #expect(keep.status == 0, "\(keep.stderr)")
    #expect(BatchTestSupport.snapshot(out)["episodes/02-story.mp3"] != nil)

    let prune = try TestSupport.narrate(["batch", "articles", "-o", "Out", "--prune"], in: root)
    #expect(prune.status == 0, "\(prune.stderr)")
    #expect(prune.stderr.contains("pruned 02-story"), "\(prune.stderr)")
    let files = BatchTestSupport.snapshot(out)
    #expect(files.keys.filter { $0.hasPrefix("episodes/02-story") }.isEmpty)
    #expect(files.keys.filter { $0.hasSuffix(".mp3") }.count == 2)
    let feed = String(decoding: files["feed.xml"] ?? Data(), as: UTF8.self)
    #expect(!feed.contains("02-story"))
    #expect(feed.contains("01-story.mp3"))
    #expect(BatchTestSupport.feedProblems(out).isEmpty)
  }

  @Test func fourShardsMergedEqualOneRunByteForByte() throws {
    let root = try TestSupport.temporaryFolder("batch-shards")
    defer { try? FileManager.default.removeItem(at: root) }
    try BatchTestSupport.articles(6, in: root)
    let single = try TestSupport.narrate(
      ["batch", "articles", "-o", "Single", "--jobs", "2"], in: root, environment: Self.epoch)
    #expect(single.status == 0, "\(single.stderr)")

    let merged = root.appendingPathComponent("Merged/episodes")
    try FileManager.default.createDirectory(at: merged, withIntermediateDirectories: true)
    var counts: [Int] = []
    for index in 1...4 {
      let shard = try TestSupport.narrate(
        ["batch", "articles", "-o", "Shard\(index)", "--shard", "\(index)/4", "--jobs", "1"],
        in: root, environment: Self.epoch)
      #expect(shard.status == 0, "\(shard.stderr)")
      let episodes = root.appendingPathComponent("Shard\(index)/episodes")
      let names = try FileManager.default.contentsOfDirectory(atPath: episodes.path)
        .filter { !$0.hasPrefix(".") }
      counts.append(names.filter { $0.hasSuffix(".mp3") }.count)
      for name in names {
        try FileManager.default.copyItem(
          at: episodes.appendingPathComponent(name), to: merged.appendingPathComponent(name))
      }
    }
    #expect(counts.reduce(0, +) == 6, "each article is in exactly one shard: \(counts)")
    let feed = try TestSupport.narrate(["feed", "Merged"], in: root)
    #expect(feed.status == 0, "\(feed.stderr)")

    let one = BatchTestSupport.snapshot(root.appendingPathComponent("Single"))
    let many = BatchTestSupport.snapshot(root.appendingPathComponent("Merged"))
    #expect(one.keys.sorted() == many.keys.sorted())
    for (name, bytes) in one {
      #expect(many[name] == bytes, "\(name) differs between one run and merged shards")
    }
  }

  @Test func failingAndCrashingArticlesDoNotStopTheOthers() throws {
    let root = try TestSupport.temporaryFolder("batch-failures")
    defer { try? FileManager.default.removeItem(at: root) }
    let articles = try BatchTestSupport.articles(3, in: root)
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(
      to: articles.appendingPathComponent("10-binary.txt"))
    try TestSupport.write(
      "The engine meets CRASH-HERE in this article and its process dies on the spot, sadly.\n",
      to: "11-crash.txt", in: articles)
    let crash = [BatchWorker.crashMarkerVariable: "CRASH-HERE"]
    let result = try TestSupport.narrate(
      ["batch", "articles", "-o", "Out", "--report", "report.json"], in: root,
      environment: crash.merging(["GITHUB_ACTIONS": "true"]) { $1 })
    #expect(result.status != 0)
    let report = try BatchTestSupport.report(root.appendingPathComponent("report.json"))
    let byKey = report.articles.reduce(into: [String: BatchTestSupport.Report.Article]()) {
      $0[($1.key as NSString).lastPathComponent] = $1
    }
    #expect(byKey.count == 5)
    #expect(byKey["00-story.txt"]?.status == "built")
    #expect(byKey["02-story.txt"]?.status == "built")
    #expect(byKey["10-binary.txt"]?.status == "failed")
    #expect(byKey["10-binary.txt"]?.error?.contains("binary file") == true)
    #expect(byKey["11-crash.txt"]?.status == "failed")
    #expect(byKey["11-crash.txt"]?.error?.contains("crashed (signal 6)") == true)
    #expect(result.stderr.contains("::error file=articles/11-crash.txt::"), "\(result.stderr)")
    #expect(BatchTestSupport.feedProblems(root.appendingPathComponent("Out")).isEmpty)
    let feed = try String(
      contentsOf: root.appendingPathComponent("Out/feed.xml"), encoding: .utf8)
    #expect(feed.components(separatedBy: "<item>").count - 1 == 3)

    // --fail-fast with one worker: the first failure stops the batch; the rest are skipped.
    let fast = try TestSupport.narrate(
      ["batch", "articles", "-o", "Fast", "--fail-fast", "--jobs", "1", "--report", "fast.json"],
      in: root, environment: crash)
    #expect(fast.status != 0)
    let statuses = try BatchTestSupport.report(root.appendingPathComponent("fast.json"))
      .articles.map(\.status)
    #expect(statuses.filter { $0 == "failed" }.count == 1, "\(statuses)")
    #expect(statuses.contains("skipped"), "\(statuses)")
  }

  @Test func aSecondRunWaitsForTheLockOrFailsClearly() throws {
    let root = try TestSupport.temporaryFolder("batch-lock")
    defer { try? FileManager.default.removeItem(at: root) }
    try BatchTestSupport.articles(1, in: root)
    let out = root.appendingPathComponent("Out")
    var lock: OutputLock? = try OutputLock(folder: out, wait: false)

    let refused = try TestSupport.narrate(
      ["batch", "articles", "-o", "Out", "--no-wait"], in: root)
    #expect(refused.status != 0)
    #expect(
      refused.stderr.contains("is writing this folder; wait for it, or drop --no-wait"),
      "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("feed.xml").path))

    // Without --no-wait the run waits, and finishes once the lock is released.
    let waiting = Process()
    waiting.executableURL = TestSupport.narrateBinary
    waiting.arguments = ["batch", "articles", "-o", "Out"]
    waiting.currentDirectoryURL = root
    let errors = Pipe()
    waiting.standardError = errors
    try waiting.run()
    Thread.sleep(forTimeInterval: 1.5)
    #expect(waiting.isRunning, "the second run waits while the folder is locked")
    lock?.release()
    lock = nil
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    waiting.waitUntilExit()
    #expect(waiting.terminationStatus == 0, "\(message)")
    #expect(message.contains("waiting: another narrate run (pid"), "\(message)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("feed.xml").path))
  }

  private func sidecar(_ data: Data?) throws -> EpisodeSidecar {
    try EpisodeSidecar.decode(try #require(data), name: "sidecar")
  }
}

/// Feeds and list files through the real binary: metadata and identity carried into episodes.
@Suite(.serialized) struct BatchFeedInputTests {
  @Test func feedItemsAndListEntriesBecomeEpisodesWithTheirMetadata() throws {
    let root = try TestSupport.temporaryFolder("batch-feed")
    defer { try? FileManager.default.removeItem(at: root) }
    let fixture = Bundle.module.bundleURL.appendingPathComponent("Fixtures/Batch/articles.rss")
    try FileManager.default.copyItem(at: fixture, to: root.appendingPathComponent("news.rss"))
    try TestSupport.write(BatchTestSupport.article(3), to: "story.txt", in: root)
    try TestSupport.write(
      """
      - file: story.txt
        id: story-2026-3
        title: Sunday opening hours
        author: Lena Park
        date: 2026-11-20T12:00:00Z
      """, to: "list.yml", in: root)
    let result = try TestSupport.narrate(
      ["batch", "news.rss", "list.yml", "-o", "Out", "--report", "report.json"], in: root,
      environment: ["SOURCE_DATE_EPOCH": "1795392000"])
    #expect(result.status == 0, "\(result.stderr)")
    let out = root.appendingPathComponent("Out/episodes")
    let ferry = try EpisodeSidecar.decode(
      Data(contentsOf: out.appendingPathComponent("ferry-timetable-changes-for-winter.json")),
      name: "ferry")
    #expect(ferry.title == "Ferry timetable changes for winter")
    #expect(ferry.author == "Ada Brook")
    #expect(ferry.link == "https://gazette.example/ferry")
    #expect(ferry.published == Date(timeIntervalSince1970: 1_795_421_700))
    #expect(ferry.identity == "gazette-2026-0001")
    let text = try #require(ferry.articleText)
    #expect(text.contains("landing stages & a second boat joins the route"))
    #expect(!text.contains("tracking"), "script content is not article text")
    #expect(
      ferry.guid == UUIDv5.make(namespace: UUIDv5.episodeNamespace, name: "gazette-2026-0001"))
    let story = try EpisodeSidecar.decode(
      Data(contentsOf: out.appendingPathComponent("story-2026-3.json")), name: "story")
    #expect(story.title == "Sunday opening hours")
    #expect(story.author == "Lena Park")
    #expect(story.published == Date(timeIntervalSince1970: 1_795_176_000))
    #expect(story.identity == "story-2026-3")
    let report = try BatchTestSupport.report(root.appendingPathComponent("report.json"))
    #expect(report.articles.count == 3)
    #expect(report.articles.allSatisfy { $0.status == "built" })
    #expect(BatchTestSupport.feedProblems(root.appendingPathComponent("Out")).isEmpty)
  }

  @Test func feedsAreReadOverHTTP() throws {
    // Python's own HTTP server, serving the fixtures on a local port. (Through the binary: a
    // blocking URLSession call inside the test process can starve Swift Testing's thread pool.)
    let folder = Bundle.module.bundleURL.appendingPathComponent("Fixtures/Batch").path
    let port = Int.random(in: 20_000...40_000)
    let server = Process()
    server.executableURL = TestSupport.systemPython
    server.arguments = [
      "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", folder,
    ]
    server.standardError = FileHandle.nullDevice
    server.standardOutput = FileHandle.nullDevice
    try server.run()
    defer {
      // SIGKILL: the server inherits a signal mask from the test runner that can hold SIGTERM.
      kill(server.processIdentifier, SIGKILL)
      server.waitUntilExit()
    }
    let root = try TestSupport.temporaryFolder("batch-http")
    defer { try? FileManager.default.removeItem(at: root) }
    let address = "http://127.0.0.1:\(port)/articles.rss"
    var result = try TestSupport.narrate(["batch", address, "-o", "Out"], in: root)
    for _ in 0..<30 where result.status != 0 && result.stderr.contains("cannot be read") {
      Thread.sleep(forTimeInterval: 0.2)  // the server is still starting
      result = try TestSupport.narrate(["batch", address, "-o", "Out"], in: root)
    }
    #expect(result.status == 0, "\(result.stderr)")
    let episodes = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("Out/episodes").path)
    #expect(
      episodes.filter { $0.hasSuffix(".mp3") }.sorted() == [
        "ferry-timetable-changes-for-winter.mp3", "library-reading-room-opens.mp3",
      ])
    let missing = try TestSupport.narrate(
      ["batch", "http://127.0.0.1:\(port)/missing.rss", "-o", "Out"], in: root)
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("missing.rss: cannot be read (the server answered 404)"))
  }
}
