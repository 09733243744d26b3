import Foundation
import Testing

@testable import Narration

/// Lists of other stories that give each story's writer and date under its headline go.
@Suite struct TextDumpDatedCardTests {
  static let story = ArticleFixtures.harborStory

  static let cards = [
    (
      "Ferry fares rise again for the winter",
      "The council approved the rise at its meeting on Monday after a long debate.",
      "by Ines Okafor", "November 5, 2026"
    ),
    (
      "Island school reopens after the storm",
      "Pupils return on Monday to a repaired roof and new windows.", "by Tomas Reed",
      "October 27, 2026"
    ),
    (
      "Lifeboat crew rescues two kayakers",
      "Both were taken to hospital as a precaution, the crew said.", "by Mara Lind",
      "October 21, 2026"
    ),
  ]

  /// The story, then a label the rules do not know, then the cards as `card` lays each out.
  static func page(_ card: ((String, String, String, String)) -> [String]) -> String {
    Self.story.joined(separator: "\n\n") + "\n\nHighlights\n\n"
      + cards.flatMap(card).joined(separator: "\n") + "\n\nHarbor Times 2026\n"
  }

  @Test func cardsWithAKickerABylineAndADateGo() throws {
    let text = Self.page {
      ["  * NEWS", "    \($0.0)", "    \($0.1)", "    \($0.2)", "    \($0.3)"]
    }
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    // The first card's kicker, headline, summary, byline and date.
    for line in 11...15 {
      #expect(ArticleFixtures.reason(result, line: line) == "signal:teaser-list")
    }
  }

  @Test func cardsWithADateAloneGo() throws {
    let text = Self.page { [$0.0, $0.1, $0.3] }
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 11) == "signal:teaser-list")
  }

  @Test func twoDatedCardsAreNoList() throws {
    // Two paragraphs that each close with their writer and date are letters, not a list.
    let letters = [
      "Keep the market open", "The stalls on the quay are the best thing in town.",
      "by Ines Okafor", "November 5, 2026", "A hall is a waste", "The quay has done fine.",
      "by Tomas Reed", "October 27, 2026",
    ]
    var classes = [TextDumpCleaner.LineClass](repeating: .short, count: letters.count)
    for (index, lineClass) in [
      (1, TextDumpCleaner.LineClass.sentence), (2, .byline), (3, .dateLine), (5, .sentence),
      (6, .byline), (7, .dateLine),
    ] {
      classes[index] = lineClass
    }
    TextDumpCleaner.markDatedCards(letters, letters.map(LineSignals.init), &classes)
    #expect(!classes.contains(.teaserList))
  }
}
