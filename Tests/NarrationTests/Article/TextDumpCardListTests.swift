import Foundation
import Testing

@testable import Narration

/// Lists of links to other stories as text browsers dump them: a headline and a summary a card.
@Suite struct TextDumpCardListTests {
  static let story = ArticleFixtures.harborStory

  static let cards = [
    ("Ferry fares rise again for the winter", "The council approved the rise at its meeting."),
    ("Island school reopens after the storm", "Pupils return on Monday to a repaired roof."),
    ("Lifeboat crew rescues two kayakers", "Both were taken to hospital as a precaution."),
  ]

  @Test func cardsBelowTheStoryGoWithTheirMarkersOnTheHeadlines() throws {
    // lynx: the marker before the headline, the summary on the line below.
    let list = Self.cards.flatMap { ["* \($0.0)", $0.1] }
    let text =
      Self.story.joined(separator: "\n\n") + "\n" + list.joined(separator: "\n")
      + "\n\nHarbor Times 2026\n"
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 8) == "signal:teaser-list")
    #expect(ArticleFixtures.reason(result, line: 13) == "signal:teaser-list")
  }

  @Test func cardsWithAPictureAboveTheHeadlineGo() throws {
    // w3m: the marker stands alone, or before the picture's placeholder.
    for marker in ["•", "• [3]", "*"] {
      let list = Self.cards.flatMap { [marker, $0.0, $0.1] }
      let text =
        (Self.story + list + ["Harbor Times 2026"]).joined(separator: "\n\n") + "\n"
      let result = try ArticleFixtures.clean(text: text)
      #expect(result.article.blocks.map(\.text) == Self.story, "\(marker)")
      #expect(ArticleFixtures.reason(result, line: 11) == "signal:teaser-list", "\(marker)")
    }
  }

  @Test func theStorysOwnListsStay() throws {
    // Items of one paragraph each, and items that go on below a sentence, are the story's.
    let items = [
      "* The hall will have forty stalls under the iron roof.",
      "* Rents stay at the old rates for traders who held a licence.",
      "* The clock will be wound by hand again.",
    ]
    let goingOn = [
      "* The hall will have forty stalls.", "Each stall has a tap and a drain.",
      "* Rents stay at the old rates.", "Traders who held a licence keep it.",
    ]
    // Quotations from reviews, each above its source after a dash, are the story's too.
    let quoted = [
      "– Ines Okafor, Harbor Times Editor, Writer", "The finest fish market on the coast.",
      "– Tomas Reed, Writer", "A hall worth the wait, with the old clock kept.",
    ]
    // And so are a how-to's numbered steps, each above its paragraph.
    let steps = [
      "1. Gather the old stall signs", "Most are stored in the council's depot on the quay.",
      "2. Paint them again in the old colours", "The museum keeps the colours on a card.",
    ]
    for list in [items, goingOn, quoted, steps] {
      let text =
        ([Self.story[0], Self.story[1]].joined(separator: "\n\n")) + "\n"
        + list.joined(separator: "\n") + "\n\n"
        + [Self.story[2], Self.story[3]].joined(
          separator: "\n\n")
      let result = try ArticleFixtures.clean(text: text)
      let kept = result.article.blocks.map(\.text)
      #expect(kept.count == 4 + list.count, "\(kept)")
    }
  }

  /// Cards whose headlines are long enough (50 characters or more) that a dump joins each to
  /// its summary below, as it joins the lines of a wrapped paragraph.
  static let longCards = [
    (
      "Lottery winner donates jackpot to the island's hospice",
      "It is the first gift of its size in a decade."
    ),
    (
      "Lifeboat crew rescues two kayakers off the northern point",
      "Both were taken to hospital as a precaution."
    ),
    (
      "Harbor ferry timetable changes for the winter season",
      "The last boat now leaves the quay at six."
    ),
  ]

  @Test func cardsWithLongHeadlinesJoinedToTheirSummariesGo() throws {
    let story = Self.story.joined(separator: "\n\n")
    // w3m and lynx: the marker alone, then the headline with its summary on the next line.
    let alone = Self.longCards.map { "*\n\n\($0.0)\n\($0.1)\n" }.joined()
    // lynx: the marker before the headline.
    let bulleted = Self.longCards.map { "* \($0.0)\n\($0.1)\n" }.joined()
    // The first card's headline is on source line 11 after a marker alone, 9 after a bullet.
    for (list, headline) in [(alone, 11), (bulleted, 9)] {
      let text = story + "\n\n" + list + "\nHarbor Times 2026\n"
      let result = try ArticleFixtures.clean(text: text)
      #expect(result.article.blocks.map(\.text) == Self.story)
      #expect(ArticleFixtures.reason(result, line: headline) == "signal:teaser-list")
    }
  }

  @Test func longItemsThatADumpWrapsStay() throws {
    // A dump wrapped at 80 columns breaks each long item where the width runs out: its first
    // line is no headline, however it ends.
    let items = [
      "   * The hall will have forty stalls under the restored iron roof of the old",
      "     Market Hall on the quay, with a tap and a drain at each stall.",
      "   * Rents stay at the old rates for traders who held a licence before the",
      "     Market closed, and new traders pay the rate the council sets in June.",
    ]
    let paragraphs = Self.story.map { ArticleFixtures.wrapped($0, width: 78) }
    let text =
      (paragraphs[0...1] + [items.joined(separator: "\n")] + paragraphs[2...])
      .joined(separator: "\n\n") + "\n"
    let kept = try ArticleFixtures.clean(text: text).article.blocks.map(\.text)
    #expect(kept.count == Self.story.count + 2, "\(kept)")
    #expect(kept.filter(Self.story.contains).count == Self.story.count)
  }
}
