import Foundation
import Testing

@testable import Narration

/// The feed as XML: golden files, escaping of hostile text, limits, order, attachments.
@Suite struct PodcastFeedTests {
  static let channel = FeedChannel(
    title: "Morning Papers", description: "Yesterday's articles, read aloud.", language: "en-us",
    author: "The Desk", baseURL: "https://pods.example/morning papers",
    category: "News", subcategory: "Daily News", ownerName: "Desk Editor",
    ownerEmail: "desk@pods.example", image: "cover-0a1b2c.png", copyright: "© 2026 The Desk",
    locked: true)

  static let episodes = [
    FeedTestSupport.sidecar(
      slug: "harbour-ferry", title: "Ferry runs every twenty minutes",
      description: "The harbour ferry will run more often.\n\nThis audio was made by narrate.",
      articleText: "The harbour ferry will run more often.\n\nA second boat joins in December."),
    FeedTestSupport.sidecar(
      slug: "bakery", title: "Bakery reopens",
      published: Date(timeIntervalSince1970: 1_700_086_400),
      byteSize: 54_321, duration: 125.5),
  ]

  @Test func goldenFeed() throws {
    let feed = PodcastFeed(
      channel: Self.channel, episodes: Self.episodes,
      attachments: [
        "harbour-ferry": EpisodeAttachments(
          transcripts: EpisodeAttachments.candidates(slug: "harbour-ferry").prefix(2).map { $0 },
          chapters: "harbour-ferry.chapters.json")
      ])
    try FeedTestSupport.assertGolden(feed.xml(), named: "golden-feed.xml")
  }

  @Test func goldenDefaultChannel() throws {
    let feed = PodcastFeed(channel: FeedChannel(), episodes: [Self.episodes[1]])
    try FeedTestSupport.assertGolden(feed.xml(), named: "golden-default.xml")
  }

  @Test func newestFirstAndLimit() {
    var channel = Self.channel
    let feed = PodcastFeed(channel: channel, episodes: Self.episodes)
    #expect(feed.orderedEpisodes.map(\.slug) == ["bakery", "harbour-ferry"])
    channel.episodeLimit = 1
    let limited = PodcastFeed(channel: channel, episodes: Self.episodes)
    #expect(limited.orderedEpisodes.map(\.slug) == ["bakery"])
    #expect(limited.xml().components(separatedBy: "<item>").count == 2)
  }

  @Test func sameInputsGiveTheSameBytes() {
    let a = PodcastFeed(channel: Self.channel, episodes: Self.episodes).xml()
    let b = PodcastFeed(channel: Self.channel, episodes: Self.episodes.reversed()).xml()
    #expect(a == b)
  }

  /// Titles and descriptions that break naive feed writers.
  static let hostile: [String] = [
    "Tom & Jerry <b>bold</b> \"quoted\" 'single'",
    "CDATA end ]]> inside ]]]]> and ]]",
    "Emoji 🎙️👩🏽‍💻 and flags 🇳🇴",
    "עברית: שלום עולם and العربية: مرحبا",
    "Control \u{0001}\u{0008} characters\u{FFFE} dropped",
    String(repeating: "long words ", count: 1_000),
  ]

  @Test(arguments: hostile.indices)
  func hostileTextSurvivesRealParsers(_ index: Int) throws {
    let text = Self.hostile[index]
    let folder = try TestSupport.temporaryFolder("hostile")
    defer { try? FileManager.default.removeItem(at: folder) }
    var channel = Self.channel
    channel.title = text
    channel.description = text
    let episode = FeedTestSupport.sidecar(
      slug: "hostile", title: text, description: text, articleText: text + "\n\n" + text)
    let xml = PodcastFeed(channel: channel, episodes: [episode]).xml()
    let url = folder.appendingPathComponent("feed.xml")
    try Data(xml.utf8).write(to: url)

    let parsed = try FeedTestSupport.parse(url)
    let clean = String(
      String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowed)))
    let oneLine = clean.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(parsed.title == oneLine)
    #expect(parsed.fpTitle == oneLine)
    let item = try #require(parsed.episodes.first)
    #expect(item.title == oneLine)
    #expect(parsed.fpEpisodes.first?.title == oneLine)
    // The description (HTML in CDATA) gives back the text (HTML white space collapses), or
    // its first words when over 4,000 bytes.
    func collapse(_ text: String) -> String {
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    let description = collapse(item.description)
    #expect(item.descriptionBytes <= 4000)
    if clean.utf8.count < 3500 {
      #expect(description == oneLine)
    } else {
      #expect(description.hasSuffix("…"))
      #expect(oneLine.hasPrefix(String(description.dropLast()) + " "), "cut at a word boundary")
    }
    // The article text comes through content:encoded whole.
    #expect(collapse(item.content) == oneLine + " " + oneLine)
  }

  @Test func cdataSplitsEveryTerminator() {
    let wrapped = XMLText.cdata("a]]>b]]>")
    #expect(wrapped == "<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>")
  }

  @Test(arguments: [
    ("short text", 4000, "short text"),
    ("one two three four", 12, "one two…"),
    ("αβγ δεζ ηθι", 12, "αβγ…"),
    ("abcdefghij", 7, "abcd…"),
  ])
  func truncateAtWordBoundary(_ text: String, _ limit: Int, _ expected: String) {
    let cut = FeedText.truncate(text, bytes: limit)
    #expect(cut == expected)
    #expect(cut.utf8.count <= limit)
  }

  @Test func enclosureURLsAreAbsoluteASCII() {
    var channel = Self.channel
    channel.baseURL = "https://pods.example/Zürich news/"
    let episode = FeedTestSupport.sidecar(slug: "x", title: "x")
    let feed = PodcastFeed(channel: channel, episodes: [episode])
    #expect(
      feed.url(forFile: "episodes/a b+ü.mp3")
        == "https://pods.example/Z%C3%BCrich%20news/episodes/a%20b%2B%C3%BC.mp3")
    for line in feed.xml().split(separator: "\n") where line.contains("url=") {
      let ascii = line.unicodeScalars.allSatisfy(\.isASCII)
      #expect(ascii, "\(line)")
    }
  }

  @Test func rfc2822RoundTrips() throws {
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(RFC2822.format(date) == "Tue, 14 Nov 2023 22:13:20 +0000")
    #expect(RFC2822.parse("Tue, 14 Nov 2023 22:13:20 +0000") == date)
    #expect(RFC2822.parse("Tue, 14 Nov 2023 23:13:20 +0100") == date)
    #expect(RFC2822.parse("14 Nov 2023 22:13:20 GMT") == date)
    #expect(RFC2822.parse("2023-11-14T22:13:20Z") == nil)
  }

  /// The podcast:guid agrees with Python's uuid5 for the feed URL without its scheme.
  @Test func podcastGUIDIsUUID5OfTheFeedURL() throws {
    let channel = Self.channel
    let result = try FeedTestSupport.python(
      "import uuid,sys;print(uuid.uuid5(uuid.UUID('ead4c236-bf58-58c6-a2c6-a6b28d128cb6'),"
        + "sys.argv[1]))", ["pods.example/morning%20papers/feed.xml"])
    #expect(channel.resolvedPodcastGUID == result.stdout.trimmingCharacters(in: .newlines))
  }
}
