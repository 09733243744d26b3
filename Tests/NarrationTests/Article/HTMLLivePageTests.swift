import Foundation
import Testing

@testable import Narration

/// Live pages, which tell a running story in timed posts, each an `article` element of its own:
/// all the posts are the article, without their times; a run of teaser cards beside a story is
/// not.
@Suite struct HTMLLivePageTests {
  /// An invented post of a live page: its time, its heading and its paragraphs, in a list item.
  static func post(time: String, heading: String, _ paragraphs: [String]) -> String {
    let text = paragraphs.map { "<p>\($0)</p>" }.joined()
    return """
      <li class="post-wrap"><article class="post"><header><span class="time">\(time)</span>
      <h3>\(heading)</h3></header><div class="post-body">\(text)</div>
      <footer><button>Share</button></footer></article></li>
      """
  }

  static let posts = [
    post(
      time: "posted at 14:10", heading: "Bridge shut to traffic",
      [
        "The old stone bridge at Millford was shut to cars at two o'clock after water reached "
          + "the arches.",
        "Buses will go round by the ring road until the level falls.",
      ]),
    post(
      time: "posted at 13:40", heading: "Volunteers fill sandbags outside the fire station",
      [
        "Dozens of volunteers, some of them still in school uniform, filled sandbags outside "
          + "the fire station, the mill and the chapel this morning.",
        "\"We ran out of sand twice,\" said one of the organisers, laughing, \"but the farmers "
          + "kept bringing more.\"",
      ]),
    post(
      time: "posted at 12:55", heading: "Trains halted at the junction",
      [
        "No trains will run through the valley junction for the rest of the day because the "
          + "track is under water."
      ]),
    post(
      time: "Updated at 12.20 GMT", heading: "Warning raised to red",
      [
        "The river agency has raised its warning for the lower valley to red, the highest "
          + "level it issues."
      ]),
  ]

  @Test func everyPostOfALivePageIsTheArticleInOrderWithoutItsTime() throws {
    let html = """
      <html><head><title>Flood day: live updates from the valley</title></head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <main><h1>Flood day: live updates from the valley</h1>
      <div class="summary"><h2>Summary</h2><ul><li>River over its banks at the mill</li>
      <li>Schools shut</li></ul></div>
      <div class="stream"><ol class="posts">\(Self.posts.joined(separator: "\n"))</ol></div>
      <aside><h2>Most read</h2><ol><li><a href="/a">A story about the fair</a></li></ol></aside>
      </main></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    let blocks = result.article.blocks
    #expect(
      blocks.map(\.text) == [
        "Bridge shut to traffic",
        "The old stone bridge at Millford was shut to cars at two o'clock after water reached "
          + "the arches.",
        "Buses will go round by the ring road until the level falls.",
        "Volunteers fill sandbags outside the fire station",
        "Dozens of volunteers, some of them still in school uniform, filled sandbags outside "
          + "the fire station, the mill and the chapel this morning.",
        "\"We ran out of sand twice,\" said one of the organisers, laughing, \"but the farmers "
          + "kept bringing more.\"",
        "Trains halted at the junction",
        "No trains will run through the valley junction for the rest of the day because the "
          + "track is under water.",
        "Warning raised to red",
        "The river agency has raised its warning for the lower valley to red, the highest "
          + "level it issues.",
      ])
    // The posts' paragraphs are prose, not the items of the list that holds the posts.
    #expect(blocks.allSatisfy { $0.kind == .heading || $0.kind == .paragraph })
    for time in ["posted at 14:10", "posted at 12:55", "Updated at 12.20 GMT"] {
      #expect(result.dropped.contains { $0.text == time && $0.reason == "signal:dateline" })
    }
  }

  @Test func aRunOfTeaserCardsBesideTheStoryIsNotPulledIn() throws {
    // The cards have the story's own class, but each opens with a headline that links away.
    let cards = [("one", "Choir at the quay"), ("two", "A bakery on the pier"), ("three", "Gulls")]
      .map { link, headline in
        """
        <article class="item"><h3><a href="/\(link)">\(headline) and more</a></h3>
        <p>Short note on \(headline).</p></article>
        """
      }.joined(separator: "\n")
    let html = """
      <html><body><main><article class="item"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third.", "Fourth."]))
      </article>
      \(cards)
      </main></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(article.blocks.count == 4)
    #expect(article.bodyText.hasPrefix("First."))
    #expect(!article.bodyText.contains("Short note"))
  }

  @Test(arguments: [
    ("posted at 16:20", true), ("23.30 AEDT Updated at 23.30 AEDT", true), ("4:05pm BST", true),
    ("Updated: 9:12 am", true), ("0.15 EUR", false), ("10.30", false),
    ("At 16:20 the doors opened", false),
  ])
  func aLineWithOnlyAPostsTimeGoes(line: String, goes: Bool) throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <p>\(line)</p>
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.dropped.contains { $0.text == line && $0.reason == "signal:dateline" } == goes)
  }
}
