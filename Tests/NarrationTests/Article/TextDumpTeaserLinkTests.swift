import Foundation
import Testing

@testable import Narration

/// A link to another story under a "Keep reading" or "Related" label between two paragraphs
/// goes; the story's own subheadings stay.
@Suite struct TextDumpTeaserLinkTests {
  static let story = ArticleFixtures.ferryStory
  static let more = [
    "The harbor master said the last crossing would leave the quay at six during the strike, "
      + "and that the lifeboat would stay on call for the island.",
    "Talks at the harbor office are set to resume on Thursday, the union said, with the mayor "
      + "asked to chair them.",
  ]

  static func page(_ middle: [String]) -> String {
    (["Home", "News"] + story + middle + more + ["Share", "© 2026 Harbor Gazette"])
      .joined(separator: "\n\n")
  }

  @Test func theHeadlineUnderALabelGoes() throws {
    for label in ["Keep reading", "Read more", "Related"] {
      let headline = "Island school to stay open through the winter storms"
      let result = try ArticleFixtures.clean(text: Self.page([label, headline]))
      let kept = result.article.blocks.map(\.text)
      #expect(!kept.contains(headline), "\(label): \(kept)")
      #expect(kept.contains(Self.more[0]) && kept.contains(Self.story[0]), "\(label): \(kept)")
    }
  }

  @Test func aSubheadingWithoutALabelStays() throws {
    let heading = "What the strike means for the island"
    let result = try ArticleFixtures.clean(text: Self.page([heading]))
    #expect(result.article.blocks.map(\.text) == Self.story + [heading] + Self.more)
  }
}
