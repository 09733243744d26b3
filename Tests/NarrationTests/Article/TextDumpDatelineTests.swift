import Foundation
import Testing

@testable import Narration

/// A wire story's dateline, and the caption or summary a page sets above it.
@Suite struct TextDumpDatelineTests {
  static let story = ArticleFixtures.harborStory
  static let headline = "Harbor council votes to rebuild the fish market"
  static let summary =
    "Harbor Town's fish market will become a covered hall with forty stalls after a vote that "
    + "split the council."

  /// A page: the headline, the summary, and the story whose first paragraph opens with `dateline`.
  static func page(_ dateline: String) -> String {
    ([headline, summary, dateline + story[0]] + story[1...]).joined(separator: "\n\n") + "\n"
  }

  @Test func theTextAboveAParagraphThatOpensWithADatelineGoes() throws {
    let datelines = [
      "KELMOUTH (Harbor Wire) — ", "KELMOUTH, Cornwall (HW) -- ", "Kelmouth (HW)",
      "HARBOR CITY – ",
    ]
    for dateline in datelines {
      let result = try ArticleFixtures.clean(text: Self.page(dateline))
      let kept = result.article.blocks.map(\.text)
      #expect(kept == [dateline + Self.story[0]] + Self.story[1...], "\(dateline)")
      #expect(ArticleFixtures.reason(result, line: 3) == "signal:above-dateline", "\(dateline)")
    }
  }

  @Test func aNameWithItsInitialsIsNoDateline() throws {
    // Initials in brackets with a space after them name an organisation, not an agency.
    let opening =
      "Harbor Trust (HT) said on Tuesday that the market would reopen as a covered hall."
    let text =
      ([Self.headline, Self.summary, opening] + Self.story[1...]).joined(separator: "\n\n") + "\n"
    let kept = try ArticleFixtures.clean(text: text).article.blocks.map(\.text)
    #expect(kept == [Self.summary, opening] + Self.story[1...])
  }

  @Test func aDatelineFarDownKeepsTheStoryAboveIt() throws {
    // Three paragraphs above a line that opens like a dateline are the story's own.
    let later =
      "KELMOUTH — The ferry company said the quay would stay open while the hall is built."
    let text = (Self.story + [later]).joined(separator: "\n\n") + "\n"
    let kept = try ArticleFixtures.clean(text: text).article.blocks.map(\.text)
    #expect(kept == Self.story + [later])
  }
}
