import Foundation
import Testing

@testable import Narration

/// The footer's copyright line ends the story in a text dump: a box the page opens over the
/// story (a notice, the text of another page) is dumped below the footer, and its longer run
/// must not win over the story.
@Suite struct TextDumpFooterTests {
  static let title = "Harbor market to reopen as a covered hall | Kelmouth Gazette"
  static let headline = "Harbor market to reopen as a covered hall"
  static let story = [
    ArticleFixtures.harborLead,
    "Work on the new roof starts in March, and the stalls will move to the car park on the "
      + "quay until the hall opens again next summer, the council said.",
  ]
  /// Another page's text, longer than the story, which the page keeps in a hidden box.
  static let boxed = [
    "The lighthouse on the north point was built in 1841 by the harbor board, after three "
      + "ships were lost on the rocks below the cliff in a single winter storm.",
    "Its first keepers lived in the two cottages beside the tower, and their families farmed "
      + "the narrow fields behind them for nearly a hundred years.",
    "The lamp was converted to electricity in 1936, and the last keeper left in 1982, when "
      + "the light was automated and the cottages were sold to the parish.",
    "Today the tower is open to visitors on summer weekends, and the old lamp room holds a "
      + "small exhibition about the wrecks that led to its building.",
  ]
  static let footer = "© 2026 Kelmouth Gazette. All Rights Reserved. Read our Privacy Policy."

  /// A dump whose only line repeating the title stands in a list of stories far above the
  /// story; `titled: false` gives it without the title line, as text browsers dump a page.
  static func page(titled: Bool = true) -> String {
    let menu = (1...16).map { "Section \($0)" }
    let latest = [
      "Latest", "Council approves new cycle lanes on the seafront", headline,
      "School boat timetable changes for winter", "Lifeboat crew called out twice in one night",
    ]
    var lines = titled ? [title] : []
    lines += ["Kelmouth Gazette"] + latest + menu + [headline] + story
    lines += ["Contact", "4 Quay Street, Kelmouth", footer] + boxed
    return lines.joined(separator: "\n\n")
  }

  @Test func theStoryAboveTheFooterWinsOverALongerBoxBelowIt() throws {
    let result = try ArticleFixtures.clean(text: Self.page())
    #expect(result.article.bodyText == Self.story.joined(separator: "\n\n"))
    let footerLine = try #require(
      result.dropped.first { $0.text == Self.footer }, "the footer line is dropped")
    #expect(footerLine.reason == "rule:copyright-footer")
    let boxLine = try #require(result.dropped.first { $0.text == Self.boxed[0] })
    #expect(boxLine.reason == "signal:outside-article")
  }

  @Test func withoutTheTitleLineTheFooterStillEndsTheStory() throws {
    let result = try ArticleFixtures.clean(text: Self.page(titled: false))
    #expect(result.article.bodyText == Self.story.joined(separator: "\n\n"))
  }

  @Test func aCopyrightCreditInsideTheStoryDoesNotEndIt() throws {
    // A photo's credit ("© Kelmouth Gazette") sits between paragraphs; only the footer's line,
    // which reserves the rights, ends the story.
    let lines =
      [Self.title, Self.headline] + Self.story + ["© Kelmouth Gazette"] + Self.boxed + ["Comments"]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(result.article.bodyText == (Self.story + Self.boxed).joined(separator: "\n\n"))
  }

  @Test func explainGivesTheSameArticle() throws {
    let plain = try ArticleFixtures.clean(text: Self.page())
    let explained = try ArticleFixtures.clean(
      text: Self.page(), options: CleaningOptions(explain: true))
    #expect(explained.article.bodyText == plain.article.bodyText)
  }
}
