import Foundation
import Testing

@testable import Narration

/// The show file: parsing, checking, layering onto defaults, and the `narrate init` template.
@Suite struct ShowSettingsTests {
  static let yaml = """
    title: "Morning Papers"
    description: Yesterday's articles, read aloud.
    author: The Desk
    owner:
      name: Desk Editor
      email: desk@pods.example
    language: en-gb
    category: Technology
    explicit: true
    image: art/cover.png
    base_url: https://pods.example/morning
    link: https://pods.example/
    copyright: © 2026 The Desk
    locked: true
    limit: 20
    """

  @Test func parsesEveryValue() throws {
    let settings = try ShowSettings.parse(
      yaml: Self.yaml, name: "podcast.yml", folder: URL(fileURLWithPath: "/shows/morning"))
    var channel = FeedChannel()
    settings.apply(to: &channel)
    #expect(channel.title == "Morning Papers")
    #expect(channel.ownerName == "Desk Editor")
    #expect(channel.ownerEmail == "desk@pods.example")
    #expect(channel.language == "en-gb")
    #expect(channel.category == "Technology")
    #expect(channel.subcategory == nil, "a new category drops the default subcategory")
    #expect(channel.explicit)
    #expect(channel.image == "/shows/morning/art/cover.png", "relative to the show file")
    #expect(channel.baseURL == "https://pods.example/morning/")
    #expect(channel.feedURL == "https://pods.example/morning/feed.xml")
    #expect(channel.locked)
    #expect(channel.episodeLimit == 20)
    #expect(channel.podcastGUID == nil)
    #expect(
      channel.resolvedPodcastGUID
        == UUIDv5.make(namespace: UUIDv5.podcastNamespace, name: "pods.example/morning/feed.xml"))
  }

  @Test(arguments: [
    ("category: News & Politics", "'News & Politics' is not an Apple Podcasts category"),
    ("category: News\nsubcategory: Gossip", "'Gossip' is not a subcategory of 'News'"),
    ("language: English", "language 'English' is not an ISO 639 code"),
    ("base_url: pods.example/x", "must start with https://"),
    ("owner:\n  email: nobody", "owner e-mail 'nobody' has no '@'"),
    ("limit: 0", "limit must be at least 1"),
    ("guid: not-a-uuid", "is not a UUID"),
    ("title: [1, 2", "not a valid show file"),
    ("explicit: maybe", "not a valid show file"),
  ])
  func rejectsBadValues(_ yaml: String, _ message: String) {
    #expect {
      try ShowSettings.parse(yaml: yaml, name: "podcast.yml")
    } throws: { error in
      "\(error)".hasPrefix("podcast.yml: ") && "\(error)".contains(message)
    }
  }

  @Test func emptyFileChangesNothing() throws {
    var channel = FeedChannel()
    try ShowSettings.parse(yaml: "# only comments\n", name: "podcast.yml").apply(to: &channel)
    #expect(channel == FeedChannel())
  }

  /// What `narrate init` writes parses back into the same show.
  @Test func templateRoundTrips() throws {
    let channel = FeedChannel(
      title: "Quotes \"and\" colons: yes", description: "Line one\nline two # not a comment",
      language: "de", author: "Ä Author", baseURL: "https://pods.example/a/",
      category: "Kids & Family", subcategory: "Stories for Kids", explicit: true,
      ownerName: "O", ownerEmail: "o@pods.example", image: "https://pods.example/c.png",
      link: "https://pods.example/", copyright: "©", podcastGUID: nil, locked: true,
      episodeLimit: 5)
    let text = try ShowTemplate.render(channel)
    #expect(text.contains("#   News: Business News, Daily News"), "lists Apple's categories")
    #expect(!text.contains("{{"))
    var parsed = FeedChannel()
    try ShowSettings.parse(yaml: text, name: "podcast.yml").apply(to: &parsed)
    #expect(parsed == channel)
  }

  /// show.json from an older version (fewer keys) still loads; missing keys keep defaults.
  @Test func savedChannelToleratesMissingKeys() throws {
    let json = #"{"title": "Old", "baseURL": "https://pods.example/o/", "subcategory": null}"#
    let channel = try JSONDecoder().decode(FeedChannel.self, from: Data(json.utf8))
    #expect(channel.title == "Old")
    #expect(channel.baseURL == "https://pods.example/o/")
    #expect(channel.subcategory == nil)
    #expect(channel.category == "News")
    let full = FeedChannel(title: "T", ownerEmail: "a@b.example", locked: true, episodeLimit: 3)
    let encoded = try JSONEncoder().encode(full)
    #expect(try JSONDecoder().decode(FeedChannel.self, from: encoded) == full)
  }

  @Test func categoriesComeFromTheDataFile() throws {
    let categories = try AppleCategories.bundled()
    #expect(categories.categories.count == 19)
    #expect(categories.problem(category: "News", subcategory: "Tech News") == nil)
    #expect(categories.problem(category: "True Crime", subcategory: nil) == nil)
    #expect(categories.problem(category: "news", subcategory: nil)?.contains("'News'") == true)
  }
}
