import Foundation
import Testing

@testable import Narration

/// How `narrate batch` turns what the user names into articles: folders, patterns, lists, feeds.
struct BatchInputTests {
  static func fixture(_ name: String) -> URL {
    Bundle.module.bundleURL.appendingPathComponent("Fixtures/Batch/" + name)
  }

  @Test func rssItemsBecomeArticlesWithTheirMetadata() throws {
    let url = Self.fixture("articles.rss")
    let articles = try ArticleFeedReader(name: url.path).articles(from: Data(contentsOf: url))
    // The third item has no text and is left out.
    try #require(articles.count == 2)
    let ferry = articles[0]
    #expect(ferry.key == "gazette-2026-0001")
    #expect(ferry.guidName == "gazette-2026-0001")
    #expect(ferry.title == "Ferry timetable changes for winter")
    #expect(ferry.author == "Ada Brook")
    #expect(ferry.link == "https://gazette.example/ferry")
    #expect(ferry.published == Date(timeIntervalSince1970: 1_795_421_700))
    #expect(ferry.format == .html)
    guard case .text(let html) = ferry.source else {
      Issue.record("a feed item's text is carried inline")
      return
    }
    #expect(html.hasPrefix("<p>The harbour ferry will run every twenty minutes this winter"))
    #expect(html.contains("landing stages &amp; a second boat"))
    #expect(!html.contains("summary"), "content:encoded wins over the description")
    // No guid: the link is the identity.
    #expect(articles[1].key == "https://gazette.example/library")
  }

  @Test func atomEntriesBecomeArticles() throws {
    let url = Self.fixture("articles.atom")
    let articles = try ArticleFeedReader(name: url.path).articles(from: Data(contentsOf: url))
    try #require(articles.count == 1)
    #expect(articles[0].key == "urn:example:hill-weekly:river")
    #expect(articles[0].link == "https://hill.example/river")
    #expect(articles[0].author == "Tomas Ek")
    #expect(articles[0].published == Date(timeIntervalSince1970: 1_795_591_800))
    guard case .text(let html) = articles[0].source else {
      Issue.record("a feed entry's text is carried inline")
      return
    }
    #expect(html.hasPrefix("<h2>Flood watch</h2><p>The river in the valley rose"))
  }

  @Test func malformedFeedIsAClearError() {
    #expect(throws: NarrationError.self) {
      try ArticleFeedReader(name: "broken.rss").articles(from: Data("<rss><channel>".utf8))
    }
    #expect(throws: NarrationError.self) {
      try ArticleFeedReader(name: "page.xml").articles(from: Data("<html></html>".utf8))
    }
  }

  @Test func listFilesInYAMLAndJSONGiveTheSameArticles() throws {
    let yaml = """
      articles:
        - file: news/ferry.txt
          id: ferry-2026
          title: Ferry changes
          author: Ada Brook
          date: 2026-11-23
          voice: default
        - text: The whole article, given inline, long enough to be read aloud by narrate.
          id: inline-1
      """
    let json = """
      [{"file": "news/ferry.txt", "id": "ferry-2026", "title": "Ferry changes",
        "author": "Ada Brook", "date": "2026-11-23", "voice": "default"},
       {"text": "The whole article, given inline, long enough to be read aloud by narrate.",
        "id": "inline-1"}]
      """
    let fromYAML = try ArticleList(path: "lists/show.yml").articles(fromYAML: yaml)
    let fromJSON = try ArticleList(path: "lists/show.json").articles(fromYAML: json)
    try #require(fromYAML.count == 2)
    #expect(fromYAML[0].source == .file("lists/news/ferry.txt"))
    #expect(fromYAML[0].key == "ferry-2026")
    #expect(fromYAML[0].title == "Ferry changes")
    #expect(fromYAML[0].voice == "default")
    #expect(fromYAML[0].published == Date(timeIntervalSince1970: 1_795_392_000))
    #expect(fromYAML[1].key == "inline-1")
    #expect(fromJSON.map(\.key) == fromYAML.map(\.key))
    #expect(fromJSON.map(\.source) == fromYAML.map(\.source))
    #expect(fromJSON.map(\.published) == fromYAML.map(\.published))
  }

  @Test func listFileTyposAreNamed() {
    #expect(
      throws: NarrationError.invalidInput(
        "show.yml entry 1",
        problem:
          "unknown key 'titel'; entries may have file, text, id, title, author, date, voice, link"
      )
    ) {
      try ArticleList(path: "show.yml").articles(fromYAML: "- file: a.txt\n  titel: A\n")
    }
    #expect(throws: NarrationError.self) {
      try ArticleList(path: "show.yml").articles(fromYAML: "- file: a.txt\n  date: soon\n")
    }
  }

  @Test func foldersAndPatternsFindArticlesRecursively() throws {
    let root = try TestSupport.temporaryFolder("inputs")
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    for path in ["a.txt", "sub/b.md", "sub/deeper/c.html", "sub/notes.pdf", ".hidden/d.txt"] {
      let url = root.appendingPathComponent(path)
      try manager.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("text".utf8).write(to: url)
    }
    let folder = try BatchInputs.collect([root.path]).map(\.key)
    #expect(
      folder == ["a.txt", "sub/b.md", "sub/deeper/c.html"].map { root.path + "/" + $0 })
    let pattern = try BatchInputs.collect([root.path + "/**/*.md", root.path + "/*.txt"])
    #expect(pattern.map(\.key) == [root.path + "/sub/b.md", root.path + "/a.txt"])
    let single = try BatchInputs.collect([root.path + "/sub/*/c.*"])
    #expect(single.map(\.key) == [root.path + "/sub/deeper/c.html"])
    #expect(throws: NarrationError.self) { try BatchInputs.collect([root.path + "/*.doc"]) }
    #expect(throws: NarrationError.fileNotFound(root.path + "/missing.txt")) {
      try BatchInputs.collect([root.path + "/missing.txt"])
    }
  }

  @Test func collidingSlugsGetAHashAndKeepTheirOwnAcrossRuns() {
    let articles = [BatchArticle.file("x/news.txt"), BatchArticle.file("y/news.txt")]
    let slugs = BatchRunner.assignSlugs(articles, existing: [])
    #expect(slugs["x/news.txt"] == "news")
    #expect(slugs["y/news.txt"]?.hasPrefix("news-") == true)
    #expect(slugs["y/news.txt"]?.count == "news-".count + 6)
    // Input order does not matter.
    #expect(BatchRunner.assignSlugs(articles.reversed(), existing: []) == slugs)
  }
}
