import Foundation
import Testing

@testable import Narration

@Suite struct MarkdownCleanerTests {
  @Test func readsBlocksAndDropsCodeHTMLAndMenus() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-notes.md"))
    let blocks = result.article.blocks
    #expect(blocks.map(\.kind) == [.paragraph, .heading, .paragraph, .quote, .listItem, .listItem])
    #expect(blocks[1].text == "What the crossing is like")
    #expect(blocks[3].text == "The tide comes in twice a day whatever happens.")
    #expect(blocks[4].text == "It takes eleven minutes.")
    let body = result.article.bodyText
    for chrome in ["Archive", "let crossing", "newsletter", "Share this post"] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
  }

  @Test func lineNumbersCountTheFrontMatter() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-notes.md"))
    #expect(result.article.blocks.map(\.lines.lowerBound) == [11, 13, 15, 17, 19, 20])
    #expect(ArticleFixtures.reason(result, line: 7) == "signal:link-density")
    #expect(ArticleFixtures.reason(result, line: 9) == "signal:title")
    #expect(ArticleFixtures.reason(result, line: 23) == "markdown:code-block")
    #expect(ArticleFixtures.reason(result, line: 26) == "markdown:html-block")
  }

  @Test func readsFrontMatter() throws {
    let article = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-notes.md"))
      .article
    #expect(article.title == "Notes from the tide ferry")
    #expect(article.byline == "Ines Okafor")
    #expect(article.language == "en")
    #expect(article.published == ISO8601DateFormatter().date(from: "2026-12-03T00:00:00Z"))
  }

  @Test func firstHeadingIsTheTitleWithoutFrontMatter() throws {
    let markdown =
      "# A walk on the pier\r\n\r\nThe pier reopened today after a long winter of repairs.\r\n"
    let article = try ArticleFixtures.clean(text: markdown, name: "a.md", format: .markdown)
      .article
    #expect(article.title == "A walk on the pier")
    #expect(article.blocks.count == 1)
    #expect(article.blocks[0].lines == 3...3)
  }
}
