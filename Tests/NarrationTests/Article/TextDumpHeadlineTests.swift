import Foundation
import Testing

@testable import Narration

/// The story right under the line that repeats the page's title is the article, even when a
/// longer comment thread past its "Comments" label outweighs it.
@Suite struct TextDumpHeadlineTests {
  static let comments = [
    "I have taken the late crossing every winter for ten years and the crews have never once "
      + "let us down, so I hope they get what they are asking for.",
    "The company should have talked to the union before the rota was drawn up, not after, and "
      + "then none of this would have been needed at all.",
    "Two days without a ferry in the middle of the month means the shop on the island will "
      + "run out of bread and milk again, like it did last year.",
    "Does anyone know whether the school boat is running on those days, or do the children "
      + "have to stay at home until the strike is over?",
  ]

  static func page(headline: String, label: String = "Comments") -> String {
    """
    Ferry crews vote to strike over winter rota | Kelmouth Gazette

    Kelmouth Gazette

    Home

    \(headline)

    \(ArticleFixtures.ferryStory[0])

    \(label)

    \(comments.joined(separator: "\n\n"))
    """
  }

  @Test func aShortStoryUnderItsHeadlineWinsOverTheCommentThread() throws {
    let result = try ArticleFixtures.clean(
      text: Self.page(headline: "Ferry crews vote to strike over winter rota"))
    #expect(result.article.bodyText == ArticleFixtures.ferryStory[0])
    #expect(ArticleFixtures.reason(result, line: 13) == "signal:outside-article")
  }

  @Test func withoutTheHeadlineTheCommentsLabelStillClosesTheStory() throws {
    // The same page whose headline differs from its title (or a text browser's dump, which has
    // no title): a comment section never sits inside a story, so what is past its label is not.
    let result = try ArticleFixtures.clean(text: Self.page(headline: "Strike called on the ferry"))
    #expect(result.article.bodyText == ArticleFixtures.ferryStory[0])
    #expect(ArticleFixtures.reason(result, line: 13) == "signal:outside-article")
    let untitled = try ArticleFixtures.clean(
      text: Self.page(headline: "Strike called on the ferry").split(
        separator: "\n", omittingEmptySubsequences: false
      ).dropFirst(2).joined(separator: "\n"))
    #expect(untitled.article.bodyText == ArticleFixtures.ferryStory[0])
  }

  @Test func withoutTheHeadlineALongerRunPastAListOfStoriesStillWins() throws {
    // "Most Read" ends a story but pages also set it beside one, so the article may lie past it:
    // without a headline, nothing places the short story before it.
    let result = try ArticleFixtures.clean(
      text: Self.page(headline: "Strike called on the ferry", label: "Most Read"))
    #expect(result.article.blocks.first?.text == Self.comments[0])
  }

  @Test func explainGivesTheSameArticle() throws {
    let text = Self.page(headline: "Ferry crews vote to strike over winter rota")
    let plain = try ArticleFixtures.clean(text: text)
    let explained = try ArticleFixtures.clean(text: text, options: CleaningOptions(explain: true))
    #expect(explained.article.bodyText == plain.article.bodyText)
  }

  @Test func aLongHeadlineAndALineOfDatesAboveTheStoryAreItsHeader() throws {
    // A headline of 20 words reads as a fragment of prose; the page's title names it.
    let headline =
      "Harbor council votes to rebuild the old fish market as a covered hall for farmers, "
      + "bakers and fishing families by next summer"
    let dates = "PUBLISHED: November 8, 2026 at 4:56 p.m. | UPDATED: November 9, 2026 at 6:00 a.m."
    let text =
      [
        "\(headline) | Harbor Times", "Home", "News", "Local", headline, "By Ines Okafor", dates,
      ] + ArticleFixtures.ferryStory + ["Most Read", "Ferry fares rise"]
    let result = try ArticleFixtures.clean(text: text.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == ArticleFixtures.ferryStory)
    #expect(result.article.title == headline)
    #expect(ArticleFixtures.reason(result, line: 9) == "signal:title")
    #expect(ArticleFixtures.reason(result, line: 13) == "signal:date-line")
    let published = try #require(result.article.published)
    #expect(published == Date(timeIntervalSince1970: 1_794_096_000))
  }

  @Test func aCaptionAboveTheBylineGoesAndAStandfirstUnderTheHeadlineStays() throws {
    let caption =
      "Ferry crews wait on the quay at Kelmouth for the result of the strike vote on Monday."
    let standfirst =
      "The crews say a new winter rota adds four late shifts a month without extra pay."
    func page(_ header: [String]) -> String {
      (["Ferry crews vote to strike over winter rota | Harbor Times", "Home", "News"] + header
        + ["By Ines Okafor"] + ArticleFixtures.ferryStory).joined(separator: "\n\n")
    }
    // Text above the byline, under no headline, is the lead photo's caption.
    let captioned = try ArticleFixtures.clean(text: page(["22", caption]))
    #expect(captioned.article.blocks.map(\.text) == ArticleFixtures.ferryStory)
    #expect(ArticleFixtures.reason(captioned, line: 9) == "signal:above-byline")
    // Under the headline it is the standfirst, which sums up the story.
    let summed = try ArticleFixtures.clean(
      text: page(["Ferry crews vote to strike over winter rota", standfirst]))
    #expect(summed.article.blocks.map(\.text) == [standfirst] + ArticleFixtures.ferryStory)
  }
}
