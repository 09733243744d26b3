import Foundation
import Testing

@testable import Narration

/// Real episodes through the feed, the CLI, `narrate serve` and gPodder.
@Suite struct FeedEndToEndTests {
  /// Each episode's GUID and publication date, as podcastparser reads them from the feed.
  static func identities(_ feed: URL) throws -> [String: Double] {
    let parsed = try FeedTestSupport.parse(feed)
    return Dictionary(uniqueKeysWithValues: parsed.episodes.map { ($0.guid, $0.published) })
  }

  @Test func secondBuildChangesNoGUIDOrDate() throws {
    let channel = FeedChannel(baseURL: "https://pods.example/")
    let (work, output) = try FeedTestSupport.builtFolder("rebuild", channel: channel)
    defer { try? FileManager.default.removeItem(at: work) }
    let first = try Self.identities(output.feed)
    #expect(first.count == 2)
    #expect(Set(first.values) == [1_700_000_000])

    // Rebuild both articles a year later, one of them corrected.
    let later = try FeedTestSupport.narrator(
      output: output.root, now: Date(timeIntervalSince1970: 1_731_536_000))
    for article in FeedTestSupport.articles {
      let source = try TestSupport.write(
        article.text + "\n\nCorrection: an earlier version misspelled a name.", to: article.name,
        in: work)
      _ = try later.narrate(path: source.path)
    }
    try output.writeFeed(channel: try #require(try output.savedChannel()))
    #expect(try Self.identities(output.feed) == first)
  }

  @Test func feedMergesFoldersBuiltSeparately() throws {
    let work = try TestSupport.temporaryFolder("merge")
    defer { try? FileManager.default.removeItem(at: work) }
    var guids: [String] = []
    for (index, article) in FeedTestSupport.articles.enumerated() {
      let shard = OutputFolder(root: work.appendingPathComponent("shard\(index)"))
      let source = try TestSupport.write(article.text, to: article.name, in: work)
      guids.append(try FeedTestSupport.narrator(output: shard.root).narrate(path: source.path).guid)
    }
    // Copy the second machine's episodes into the first folder and rebuild its feed.
    let merged = work.appendingPathComponent("shard0/episodes")
    for name in try FileManager.default.contentsOfDirectory(
      atPath: work.appendingPathComponent("shard1/episodes").path)
    {
      try FileManager.default.copyItem(
        at: work.appendingPathComponent("shard1/episodes/" + name),
        to: merged.appendingPathComponent(name))
    }
    let result = try TestSupport.narrate(
      ["feed", "shard0", "--base-url", "https://pods.example/m/"], in: work)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("lists 2 episodes"))
    let feed = work.appendingPathComponent("shard0/feed.xml")
    #expect(Set(try Self.identities(feed).keys) == Set(guids))
  }

  @Test func initWritesAShowFileTheCommandsUse() throws {
    let (work, output) = try FeedTestSupport.builtFolder("init", channel: FeedChannel())
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.removeItem(at: output.showFile)
    let made = try TestSupport.narrate(
      [
        "init", "--show-title", "Evening & Night <News>", "--base-url", "https://pods.example/e",
        "--owner-email", "desk@pods.example", "--category", "Technology",
      ], in: work)
    #expect(made.status == 0, "\(made.stderr)")
    let yaml = try String(contentsOf: work.appendingPathComponent("podcast.yml"), encoding: .utf8)
    #expect(yaml.contains(#"title: "Evening & Night <News>""#))
    #expect(yaml.contains("# Apple Podcasts category and subcategory"))
    let expectedGUID = UUIDv5.make(
      namespace: UUIDv5.podcastNamespace, name: "pods.example/e/feed.xml")
    #expect(yaml.contains("guid: \"\(expectedGUID)\""), "the GUID is fixed once, at init")

    let again = try TestSupport.narrate(["init"], in: work)
    #expect(again.status != 0)
    #expect(again.stderr.contains("already exists"))

    // `narrate feed` in this folder picks podcast.yml up; a flag overrides it.
    let cover = try FeedTestSupport.cover(in: work)
    let feed = try TestSupport.narrate(
      ["feed", "Out", "--limit", "1", "--image", cover.path], in: work)
    #expect(feed.status == 0, "\(feed.stderr)")
    let xml = try String(contentsOf: output.feed, encoding: .utf8)
    #expect(xml.contains("<title>Evening &amp; Night &lt;News&gt;</title>"))
    #expect(xml.contains("<podcast:guid>\(expectedGUID)</podcast:guid>"))
    #expect(xml.contains(#"<itunes:category text="Technology"/>"#))
    #expect(xml.contains(#"url="https://pods.example/e/episodes/"#))
    #expect(xml.components(separatedBy: "<item>").count == 2)

    // A build in this folder reads podcast.yml too (edited since), and keeps the saved limit.
    let edited = yaml.replacingOccurrences(
      of: #"title: "Evening & Night <News>""#, with: "title: Edited title")
    try Data(edited.utf8).write(to: work.appendingPathComponent("podcast.yml"))
    try TestSupport.write(FeedTestSupport.articles[0].text, to: "third.txt", in: work)
    let build = try TestSupport.narrate(["third.txt", "--output", "Out"], in: work)
    #expect(build.status == 0, "\(build.stderr)")
    let rebuilt = try String(contentsOf: output.feed, encoding: .utf8)
    #expect(rebuilt.contains("<title>Edited title</title>"))
    #expect(rebuilt.contains("<podcast:guid>\(expectedGUID)</podcast:guid>"))
    #expect(rebuilt.components(separatedBy: "<item>").count == 2)

    // A bad value in the show file is one clear error.
    try Data("category: News & Politics\n".utf8).write(to: work.appendingPathComponent("bad.yml"))
    let bad = try TestSupport.narrate(["feed", "Out", "--show", "bad.yml"], in: work)
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("'News & Politics' is not an Apple Podcasts category"))

    // A folder narrate did not write is refused, not given an empty feed.
    let stray = try TestSupport.narrate(["feed", "Nowhere"], in: work)
    #expect(stray.status != 0)
    #expect(stray.stderr.contains("Nowhere: has no episodes/ folder"), "\(stray.stderr)")
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("Nowhere").path))
  }

  @Test func checkExitsNonZeroOnlyOnErrors() throws {
    let (work, output) = try FeedTestSupport.builtFolder("check", channel: FeedChannel())
    defer { try? FileManager.default.removeItem(at: work) }
    // Local-only feed: warnings, exit 0.
    let local = try TestSupport.narrate(["check", "Out", "--format", "json"], in: work)
    #expect(local.status == 0, "\(local.stdout)")
    struct Report: Decodable {
      struct Finding: Decodable {
        var severity: String
        var check: String
      }
      var errors: Int
      var warnings: Int
      var findings: [Finding]
    }
    let report = try JSONDecoder().decode(Report.self, from: Data(local.stdout.utf8))
    #expect(report.errors == 0)
    #expect(report.findings.contains { $0.check == "channel.not-public" })
    #expect(report.findings.contains { $0.check == "channel.itunes-owner" })

    // An episode replaced behind the feed's back: the length is wrong, exit non-zero.
    try Data(repeating: 0xFF, count: 10).write(to: output.audio(slug: "ferry"), options: .atomic)
    let broken = try TestSupport.narrate(["check", "Out"], in: work)
    #expect(broken.status != 0)
    #expect(broken.stdout.contains("[item.enclosure-length]"))
  }

  /// gPodder subscribes to a folder served by `narrate serve` and downloads every episode
  /// byte for byte.
  @Test func gpodderDownloadsEveryEpisodeFromNarrateServe() throws {
    let gpo = try #require(TestSupport.tool("gpo"), "gPodder is installed by `make test`")
    let port = try FeedTestSupport.freePort()
    let channel = FeedChannel(baseURL: "http://127.0.0.1:\(port)/")
    let (work, output) = try FeedTestSupport.builtFolder("gpo", channel: channel)
    defer { try? FileManager.default.removeItem(at: work) }
    let server = try ServeProcess(folder: output.root, port: port)
    defer { server.stop() }

    let home = work.appendingPathComponent("gpodder")
    let downloads = home.appendingPathComponent("dl")
    let environment = [
      "HOME": home.path, "GPODDER_HOME": home.appendingPathComponent("db").path,
      "GPODDER_DOWNLOAD_DIR": downloads.path,
    ]
    let subscribe = try TestSupport.run(
      gpo, ["subscribe", server.base + "/feed.xml"], environment: environment)
    #expect(subscribe.stdout.contains("Successfully added"), "\(subscribe.stdout)")
    let download = try TestSupport.run(gpo, ["download"], environment: environment)
    #expect(download.stdout.contains("2 episodes downloaded"), "\(download.stdout)")

    var got: [Data] = []
    let files = FileManager.default.enumerator(at: downloads, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      if url.pathExtension == "mp3" { got.append(try Data(contentsOf: url)) }
    }
    let want = try output.sidecars().map { try Data(contentsOf: output.audio(slug: $0.slug)) }
    #expect(got.count == 2)
    #expect(Set(got) == Set(want))
  }
}
