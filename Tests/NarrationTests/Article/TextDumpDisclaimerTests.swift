import Foundation
import Testing

@testable import Narration

/// Long disclaimers and calls to report errors that a page prints after the story, in full
/// sentences: they go from the end of the article however long they are, while the story's own
/// long paragraphs that open with a colon stay.
@Suite struct TextDumpDisclaimerTests {
  static let story = ArticleFixtures.harborStory
  /// A site's disclaimer of well over 500 bytes that names itself before its colon.
  static let disclaimer =
    "Disclaimer (varies by section and category): Stories on this site may contain the "
    + "opinions of their writers, and where an opinion is given it is the writer's own and not "
    + "that of the Harbor Times, its owners, its editors or its advertisers. The Harbor Times "
    + "makes no promise that the information in any story is complete, current or correct, and "
    + "accepts no liability for any loss that comes from relying on it. Readers should check "
    + "times, prices and rules with the council, the ferry company or the harbor office before "
    + "they travel, and should ask a qualified adviser before they make any decision about "
    + "money, health or the law on the strength of what they have read here."
  static let corrections =
    "Corrections: If you are aware of an inaccuracy or would like to report a correction, we "
    + "would like to know about it. Please write to the news desk with the story's headline."

  @Test func aLongDisclaimerAndACorrectionsCallAfterTheStoryGo() throws {
    #expect(Self.disclaimer.utf8.count > 2 * RuleMatcher.maximumLineLength)
    let lines = Self.story + ["Tagged harbor, market", Self.disclaimer, Self.corrections]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 11) == "rule:edge-disclosure")
    #expect(ArticleFixtures.reason(result, line: 13) == "rule:edge-corrections")
  }

  @Test func aRunOfChromeAtTheEndGoesHoweverLong() throws {
    // Four paragraphs of chrome after the story, each matched by an edge rule: the edge reaches
    // past the ones matched to the first one above them, so none is left between the story and
    // the others.
    let chrome = [
      "Note: the advertising disclaimer below does not apply to this story, which no advertiser "
        + "paid for.",
      "Advertising disclosure: we may receive compensation for some of the links in our stories.",
      Self.corrections,
      "Support our journalism and become a member of the Harbor Times from two pounds a month.",
    ]
    let result = try ArticleFixtures.clean(text: (Self.story + chrome).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 9) == "rule:edge-disclosure")
  }

  @Test func aLongParagraphIsTriedByItsLabelAlone() throws {
    let matcher = RuleMatcher(try CleaningRules.bundled())
    #expect(matcher.edgeRule(Self.disclaimer) == "edge-disclosure")
    // The story's own long paragraph that opens with a colon has no label of chrome before it,
    // and a disclaimer's words deep inside a long paragraph do not make it one.
    let quote =
      "The harbor master said: " + Self.story.joined(separator: " ")
      + " Any disclaimer the council signs will not change that."
    #expect(quote.utf8.count > 2 * RuleMatcher.maximumLineLength)
    #expect(matcher.edgeRule(quote) == nil)
    #expect(RuleMatcher.label(of: quote) == "The harbor master said")
  }
}
