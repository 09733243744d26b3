import Testing

@testable import Narration

/// Live pages in dumps: each post under the time it was posted (and its writer's name), which
/// part the story's posts rather than mark chrome.
@Suite struct TextDumpLiveEntryTests {
  /// An invented opening of a live page about a ferry strike.
  static let opening = [
    "The island's ferry crews begin a two-day strike at midnight, and the harbor company says "
      + "no boats will cross to Kelmouth until Thursday morning.",
    "Schools on the island will close on both days, and the clinic has asked patients with "
      + "appointments on the mainland to call before they travel.",
  ]

  /// Invented posts: time, writer, heading and paragraphs (none for a post of a photo alone).
  static let posts: [(time: String, writer: String, heading: String, text: [String])] = [
    (
      "18:40", "Mara Lind", "Crews gather at the quay",
      [
        "About forty crew members and their families gathered at the quay this evening, some "
          + "with banners asking for fair rotas.",
        "A union steward said the crews were sorry for the trouble the strike would cause.",
      ]
    ),
    (
      "18:05", "Mara Lind", "The company answers",
      [
        "The harbor company said it had offered to delay the new rota until spring, and that "
          + "the union had turned the offer down without a vote."
      ]
    ),
    ("17:30", "Mara Lind", "Photos from the slipway", []),
    (
      "16:55", "Tom Reyes", "Clinic advice",
      [
        "The island clinic says patients with urgent appointments on the mainland will be "
          + "taken across by the lifeboat if the weather allows."
      ]
    ),
    ("16:20", "Tom Reyes", "Pictures from the harbor wall", []),
    (
      "15:45", "Tom Reyes", "Shops stock up",
      [
        "The island's two grocers say they had their busiest afternoon since the summer, as "
          + "people bought bread, milk and fuel for the next three days."
      ]
    ),
  ]

  /// The posts' headings and paragraphs, as the article should give them: a post without a
  /// paragraph (a photo's) keeps its heading.
  static var postTexts: [String] {
    posts.flatMap { post in [post.heading] + post.text }
  }

  /// An invented dump of the live page, each post's time and writer set by `stamp`.
  static func page(_ stamp: (String, String) -> [String]) -> String {
    var lines = ["Harbor Times", "* News", "* Weather", "Ferry strike live: crews walk out"]
    lines += opening
    for post in posts {
      lines += stamp(post.time, post.writer) + [post.heading] + post.text
    }
    lines += ["Most Read", "* Lighthouse keeper retires", "© 2026 Harbor Times"]
    return lines.joined(separator: "\n\n") + "\n"
  }

  @Test func postsUnderTimesAndWritersOnLinesOfTheirOwnStayTogether() throws {
    let result = try ArticleFixtures.clean(text: Self.page { time, writer in [time, writer] })
    let texts = result.article.blocks.map(\.text)
    #expect(texts == Self.opening + Self.postTexts)
    #expect(ArticleFixtures.reason(result, line: 13) == "signal:live-post-time")
    #expect(ArticleFixtures.reason(result, line: 15) == "signal:live-post-time")
  }

  @Test func aPostsHeadingWithNoParagraphUnderItStaysAsAHeading() throws {
    // The heading of a post of a photo alone stands between two posts' times: it is the
    // post's heading, not a short line of chrome.
    let result = try ArticleFixtures.clean(text: Self.page { time, writer in [time, writer] })
    let headings = result.article.blocks.filter { $0.kind == .heading }.map(\.text)
    #expect(headings == Self.posts.map(\.heading))
    #expect(result.article.blocks.map(\.text).contains("Photos from the slipway"))
  }

  @Test func timesGluedToTheWritersNameGo() throws {
    // A dump runs the time and the name together when the page sets them in two elements.
    let result = try ArticleFixtures.clean(text: Self.page { time, writer in [time + writer] })
    #expect(result.article.blocks.map(\.text) == Self.opening + Self.postTexts)
    #expect(ArticleFixtures.reason(result, line: 13) == "signal:live-post-time")
  }

  @Test func aListOfTimedHeadlinesAfterTheStoryIsNoLivePage() throws {
    // A list of other stories gives a time above each headline, but no paragraph.
    var lines = ArticleFixtures.harborStory + ["Latest"]
    for (time, headline) in [
      ("18:40", "Ferry crews vote to strike"), ("18:05", "Lighthouse keeper retires"),
      ("17:30", "Tide turbine breaks its record"), ("16:55", "New library opens on the quay"),
    ] {
      lines += [time, headline]
    }
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n") + "\n")
    #expect(result.article.blocks.map(\.text) == ArticleFixtures.harborStory)
    #expect(ArticleFixtures.reason(result, line: 11) == "signal:timestamp")
  }

  @Test(arguments: [
    ("18:40", true), ("9:05 Mara Lind", true), ("18:40Mara Lind", true),
    ("posted at 16:20", true), ("Updated 9:12 am", true), ("18:405", false),
    ("2026 Harbor", false), ("Mara Lind", false), ("Page 1 of 3: 12 items", false),
  ])
  func aLineOpensWithATimeOfDay(line: String, opens: Bool) {
    #expect(TextDumpCleaner.opensWithTimeOfDay(line) == opens)
  }
}
