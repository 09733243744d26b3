import Foundation
import Testing

@testable import Narration

/// The first paragraph of a dump, which sits next to the header's chrome, stays in the article.
@Suite struct TextDumpLeadTests {
  static let rest = """
    Work will start in March and take about a year, the council said, and the stalls will be \
    let at the old rents to traders who held a licence before the market closed.

    The architects plan to keep the iron roof and the clock, which were restored in 1998, and \
    to add solar panels on the sheds along the southern side of the quay.

    Residents were asked last spring which uses they wanted for the building, and a market \
    hall came first by a wide margin in the replies the council received.

    The council expects the first traders to move in before the summer season starts in June.
    """

  @Test func aLeadStartingWithABrandInLowerCaseIsNotJoinedToTheCreditAboveIt() throws {
    let lead =
      "iPhone owners on the island can now pay their ferry fares with a tap, the harbor "
      + "authority said on Monday, after a trial on the night crossings last winter."
    let text = """
      Harbor Times

      Photo by Ines Okafor / Harbor Times

      \(lead)

      \(Self.rest)
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.first?.text == lead)
    #expect(result.article.blocks.count == 5)
    #expect(ArticleFixtures.reason(result, line: 3) == "rule:photo-caption")
  }

  @Test func aLeadAboutResearchersAffiliatedWithAUniversityIsNoDisclosure() throws {
    let lead =
      "A team of engineers affiliated with two universities has found that the harbor's "
      + "tide turbine could power the fish market as well as the ferry, in a paper published "
      + "on Monday."
    let disclosure =
      "This post contains affiliate links, and we may earn a commission if you buy through them."
    let text = """
      Harbor council backs a covered fish market

      \(lead)

      \(Self.rest)

      \(disclosure)
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.first?.text == lead)
    #expect(result.article.blocks.count == 5)
    #expect(!result.article.bodyText.contains("affiliate links"))
  }

  /// A page whose story opens with one paragraph under its headline, then an advertisement,
  /// share buttons and a table of contents, then the rest of the story.
  static func contentsPage(headline: String) -> String {
    """
    Covered fish market for the quay: what we know | Harbor Times

    Harbor Times

    Home

    \(headline)

    \(ArticleFixtures.harborLead)

    Advertisement

    Share on Facebook

    Share on Twitter

    Email

    Contents

    The vote

    The building

    The traders

    The cost

    The timetable

    What happens next

    \(Self.rest)
    """
  }

  @Test func aLoneLeadUnderTheHeadlineAboveATableOfContentsOpensTheBody() throws {
    let result = try ArticleFixtures.clean(
      text: Self.contentsPage(headline: "Covered fish market for the quay: what we know"))
    #expect(result.article.blocks.first?.text == ArticleFixtures.harborLead)
    #expect(result.article.blocks.first?.lines == 9...9)
    #expect(result.article.blocks.count == 5)
    #expect(ArticleFixtures.reason(result, line: 11) == "rule:advertisement")
    #expect(ArticleFixtures.reason(result, line: 19) == "signal:outside-article")
    let explained = try ArticleFixtures.clean(
      text: Self.contentsPage(headline: "Covered fish market for the quay: what we know"),
      options: CleaningOptions(explain: true))
    #expect(explained.article.bodyText == result.article.bodyText)
  }

  @Test func aLoneParagraphFarBelowTheHeadlineIsNoLead() throws {
    // Without the headline, one paragraph above the contents is not enough to join the story.
    let result = try ArticleFixtures.clean(
      text: Self.contentsPage(headline: "Fish market plans"))
    #expect(result.article.blocks.first?.text.hasPrefix("Work will start in March") == true)
    #expect(ArticleFixtures.reason(result, line: 9) == "signal:outside-article")
  }
}
