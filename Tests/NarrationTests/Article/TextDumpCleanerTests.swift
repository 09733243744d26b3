import Foundation
import Testing

@testable import Narration

@Suite struct TextDumpCleanerTests {
  @Test func keepsTheArticleAndDropsThePageAroundIt() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    let body = result.article.bodyText
    #expect(result.article.blocks.first?.text.hasPrefix("The town of Kelmouth launched") == true)
    #expect(
      result.article.blocks.last?.text.hasSuffix("season passes go on sale in January.") == true)
    #expect(result.article.blocks.count == 7)
    for chrome in [
      "Skip to content", "Sign in", "Listen to this article", "(Harbor Authority)",
      "Advertisement", "Latest News", "10:42 AM", "cycle lanes", "mackerel", "MORE NEWS",
      "indicates required", "Subscribe", "All rights reserved",
    ] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
  }

  @Test func blocksRememberTheirSourceLines() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    let blocks = result.article.blocks
    #expect(blocks.map(\.lines.lowerBound) == [17, 19, 23, 25, 27, 29, 31])
    #expect(blocks[3].kind == .heading)
    #expect(blocks[3].text == "How the turbine works")
  }

  @Test func readsHeadlineBylineAndDate() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    #expect(result.article.title == "Harbor town opens a tide-powered ferry line")
    #expect(result.article.byline == "Ines Okafor")
    let expected = DateComponents(
      calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
      year: 2026, month: 12, day: 2
    ).date
    #expect(result.article.published == expected)
  }

  @Test func explainsEveryDroppedLine() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    #expect(ArticleFixtures.reason(result, line: 1) == "rule:skip-link")
    #expect(ArticleFixtures.reason(result, line: 10) == "signal:title")
    #expect(ArticleFixtures.reason(result, line: 11) == "signal:byline")
    #expect(ArticleFixtures.reason(result, line: 12) == "signal:date-line")
    #expect(ArticleFixtures.reason(result, line: 15) == "rule:audio-player")
    #expect(ArticleFixtures.reason(result, line: 21) == "rule:advertisement")
    #expect(ArticleFixtures.reason(result, line: 33)?.hasPrefix("section:") == true)
    #expect(ArticleFixtures.reason(result, line: 35) == "signal:timestamp")
    // Every non-blank line is either in a block or explained.
    let lines = try ArticleFixtures.text("harbor-dump.txt").split(
      separator: "\n", omittingEmptySubsequences: false)
    let kept = Set(result.article.blocks.flatMap { Array($0.lines) })
    let explained = Set(result.dropped.map(\.line))
    for (index, line) in lines.enumerated() where !line.isEmpty {
      #expect(kept.contains(index + 1) != explained.contains(index + 1), "line \(index + 1)")
    }
  }

  @Test func readsTheBundledExample() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../Examples/library-reading-room.txt").standardized
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    let document = try SourceDocument(name: url.path, data: data)
    let article = try ArticleFixtures.clean(document).article
    #expect(article.title == "Riverside library opens a solar-powered reading room")
    #expect(article.byline == "Mara Lindqvist")
    #expect(article.blocks.count == 6)
  }

  @Test func joinsHardWrappedParagraphs() throws {
    let text = """
      Menu

      The harbor authority said the ferry would run every half hour from
      seven in the morning until ten at night, and more often in summer
      when visitors arrive by train.

      It also said that tickets would be sold on board and online.
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.count == 2)
    #expect(result.article.blocks[0].lines == 3...5)
    #expect(result.article.blocks[0].text.contains("from seven in the morning"))
  }

  @Test func seedPageGivesExactlyTheArticle() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../../shared/seeds/000_6ac269046d865cba.txt").standardized
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    let result = try ArticleFixtures.clean(try SourceDocument(name: url.path, data: data))
    let blocks = result.article.blocks
    #expect(blocks.first?.text.hasPrefix("Defense Minister Rustem Umerov met with") == true)
    #expect(
      blocks.last?.text.hasSuffix("following his meeting with Stoltenberg on Nov. 29.") == true)
    #expect(blocks.count == 10)
    #expect(blocks.allSatisfy { $0.kind == .paragraph })
    #expect(!result.article.bodyText.contains("News Feed"))
    #expect(result.article.title?.hasPrefix("Defense Minister Rustem Umerov met with NATO") == true)
  }
}
