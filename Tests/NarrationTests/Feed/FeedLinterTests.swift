import Foundation
import Testing

@testable import Narration

/// `narrate check` on a real built folder, and on copies of its feed with one thing broken.
@Suite struct FeedLinterTests {
  static let channel = FeedChannel(
    title: "Linted", baseURL: "https://pods.example/show/", ownerName: "Owner",
    ownerEmail: "owner@pods.example")

  /// One built folder shared by the cases (real engines, two short episodes).
  static let built: Result<(work: URL, output: OutputFolder), any Error> = Result {
    try FeedTestSupport.builtFolder("lint", channel: channel)
  }

  static func lint(_ edit: (String) -> String = { $0 }) throws -> LintReport {
    let (_, output) = try built.get()
    let xml = try String(contentsOf: output.feed, encoding: .utf8)
    let linter = FeedLinter(folder: output, categories: try AppleCategories.bundled())
    return linter.lint(feed: Data(edit(xml).utf8))
  }

  @Test func builtFeedHasNoFindings() throws {
    let report = try Self.lint()
    #expect(report.episodes == 2)
    #expect(report.findings.isEmpty, "\(report.text)")
  }

  /// A feed edit and the check that must report an error for it.
  static let broken: [(edit: String, replace: String, with: String, check: String)] = [
    ("wrong length", #"length="(\d)"#, #"length="9$1"#, "item.enclosure-length"),
    (
      "duration far off", #"<itunes:duration>\d+<"#, "<itunes:duration>999<", "item.itunes-duration"
    ),
    (
      "duplicate guid", #"<guid isPermaLink="false">[^<]+<"#, #"<guid isPermaLink="false">same<"#,
      "item.guid-unique"
    ),
    (
      "relative URL", #"url="https://pods.example/show/episodes/"#, #"url="episodes/"#,
      "item.enclosure-url"
    ),
    ("space in URL", #"episodes/ferry.mp3"#, "episodes/fer ry.mp3", "item.enclosure-url"),
    ("bad category", #"text="Daily News""#, #"text="Gossip""#, "channel.itunes-category"),
    ("no image", #"<itunes:image href="[^"]+"/>"#, "", "channel.itunes-image"),
    ("ISO date", #"<pubDate>[^<]+<"#, "<pubDate>2023-11-14T22:13:20Z<", "item.pubDate"),
    ("unescaped ampersand", "<title>Linted</title>", "<title>A & B</title>", "xml.wellformed"),
    ("missing file", #"episodes/ferry.mp3"#, "episodes/gone.mp3", "item.enclosure-file"),
    ("wrong type", "audio/mpeg", "audio/x-m4a", "item.enclosure-type"),
    (
      "bad language", "<language>en</language>", "<language>English</language>",
      "channel.language"
    ),
    ("not a UUIDv5", #"<podcast:guid>[^<]+<"#, "<podcast:guid>1234<", "podcast.guid"),
  ]

  @Test(arguments: broken.indices)
  func brokenFeedIsAnError(_ index: Int) throws {
    let broken = Self.broken[index]
    let report = try Self.lint {
      $0.replacingOccurrences(of: broken.replace, with: broken.with, options: .regularExpression)
    }
    #expect(
      report.errors.contains { $0.check == broken.check },
      "\(broken.edit): expected \(broken.check) in\n\(report.text)")
  }

  /// Without a self link, files are found through the base URL saved in show.json.
  @Test func withoutSelfLinkFilesAreStillChecked() throws {
    let report = try Self.lint {
      $0.replacingOccurrences(of: #"<atom:link [^>]+>"#, with: "", options: .regularExpression)
        .replacingOccurrences(
          of: #"length="(\d)"#, with: #"length="9$1"#, options: .regularExpression)
    }
    #expect(report.warnings.map(\.check) == ["channel.atom-link"])
    #expect(report.errors.count == 2)
    #expect(report.errors.allSatisfy { $0.check == "item.enclosure-length" })
  }

  /// Cover art that Apple rejects: too small, grey, or a PNG named .jpg.
  @Test(arguments: [
    (600, "rgb24", "png", "600×600 px is outside 1400–3000"),
    (1400, "gray", "png", "colour is gray, not RGB"),
    (1400, "rgb24", "jpg", "cover art is png but its URL ends otherwise"),
  ])
  func badArtworkIsAnError(_ size: Int, _ pixels: String, _ suffix: String, _ message: String)
    throws
  {
    let (work, output) = try Self.built.get()
    let art = try FeedTestSupport.cover(in: work, size: size, pixelFormat: pixels)
    let name = "art-\(size)-\(pixels).\(suffix)"
    let destination = output.root.appendingPathComponent(name)
    if !FileManager.default.fileExists(atPath: destination.path) {
      try? FileManager.default.copyItem(at: art, to: destination)
    }
    let report = try Self.lint {
      $0.replacingOccurrences(
        of: #"show/cover-[0-9a-f]+\.png"#, with: "show/" + name, options: .regularExpression)
    }
    #expect(
      report.errors.contains { $0.check == "channel.artwork" && $0.message.contains(message) },
      "\(report.text)")
  }

  @Test func transcriptsAndChaptersAreLinkedAndChecked() throws {
    let work = try TestSupport.temporaryFolder("lint-attach")
    defer { try? FileManager.default.removeItem(at: work) }
    let (_, built) = try Self.built.get()
    let output = OutputFolder(root: work.appendingPathComponent("Out"))
    try FileManager.default.copyItem(at: built.root, to: output.root)
    let episodes = output.episodes
    try Data("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello\n".utf8).write(
      to: episodes.appendingPathComponent("ferry.vtt"))
    try Data(#"{"version":"1.0.0","segments":[]}"#.utf8).write(
      to: episodes.appendingPathComponent("ferry.transcript.json"))
    try Data(#"{"version":"1.2.0","chapters":[{"startTime":0,"title":"A"}]}"#.utf8).write(
      to: episodes.appendingPathComponent("ferry.chapters.json"))
    var channel = try #require(try output.savedChannel())
    channel.title = "With transcripts"
    try output.writeFeed(channel: channel)
    let xml = try String(contentsOf: output.feed, encoding: .utf8)
    #expect(xml.contains(#"episodes/ferry.vtt" type="text/vtt" language="en" rel="captions"/>"#))
    #expect(xml.contains(#"episodes/ferry.transcript.json" type="application/json""#))
    #expect(xml.contains(#"episodes/ferry.chapters.json" type="application/json+chapters"/>"#))
    let linter = FeedLinter(folder: output, categories: try AppleCategories.bundled())
    #expect(try linter.lint().findings.isEmpty)

    // Broken files are errors.
    try Data("not vtt".utf8).write(to: episodes.appendingPathComponent("ferry.vtt"))
    try Data(
      #"{"version":"1.2.0","chapters":[{"startTime":5,"title":"B"},{"startTime":1,"title":"A"}]}"#
        .utf8
    )
    .write(to: episodes.appendingPathComponent("ferry.chapters.json"))
    let report = try linter.lint()
    #expect(
      report.errors.map(\.check).sorted() == ["podcast.chapters-file", "podcast.transcript-file"])
  }
}
