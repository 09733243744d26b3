import Foundation
import Testing

@testable import Narration

/// The body's first paragraph goes when the paragraphs right after it say it again: the page's
/// summary or the lead photo's caption, dumped above the story that opens with the same words.
@Suite struct TextDumpRepeatedOpeningTests {
  static let story = [
    "The harbor council voted on Tuesday to rebuild the old fish market as a covered hall.",
    "Farmers, bakers and the fishing families who have sold from the quay for a century will "
      + "keep their stalls at the old rents.",
    "Work will start in March and take about a year, the council said, and the stalls will "
      + "move to the car park on the quay until then.",
  ]

  static func page(opening: String) -> String {
    let lines = ["Market hall vote | Kelmouth Gazette", "Market hall vote", opening] + Self.story
    return lines.joined(separator: "\n\n")
  }

  @Test func aSummaryThatTheStoryRepeatsGoes() throws {
    // The page's summary: the story's first two sentences run together.
    let summary = Self.story[0] + " " + Self.story[1]
    let result = try ArticleFixtures.clean(text: Self.page(opening: summary))
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:doubled-line")
  }

  @Test func aStandfirstInOtherWordsStays() throws {
    let standfirst =
      "Traders say the new hall will save a market that has lost half its stalls since the "
      + "storm damaged its roof."
    let result = try ArticleFixtures.clean(text: Self.page(opening: standfirst))
    #expect(result.article.blocks.map(\.text) == [standfirst] + Self.story)
  }
}
