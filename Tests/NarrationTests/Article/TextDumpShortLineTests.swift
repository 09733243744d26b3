import Foundation
import Testing

@testable import Narration

/// Short lines between the paragraphs of a dump's article: the story's own, or links and pleas.
@Suite struct TextDumpShortLineTests {
  static let story = ArticleFixtures.harborStory

  /// Cleans `lines` as a dump (a blank line between each) and expects the story alone, each
  /// dropped source line with its reason.
  func expectStoryAlone(
    _ lines: [String], dropping reasons: [Int: String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story, sourceLocation: sourceLocation)
    for (line, reason) in reasons.sorted(by: { $0.key < $1.key }) {
      #expect(ArticleFixtures.reason(result, line: line) == reason, sourceLocation: sourceLocation)
    }
  }

  @Test func shortLinesBetweenParagraphsAreTheStorysOwn() throws {
    let lines = [
      Self.story[0], Self.story[1], "Not yet.", Self.story[2], "“Never again.”", "Harbor clock",
      Self.story[3],
    ]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == lines)
  }

  @Test func aLinkToAnotherStoryOrANewsletterPleaBetweenParagraphsGoes() throws {
    let lines = [
      Self.story[0], "Read more: Harbor fares rise again for the winter", Self.story[1],
      "Get the Harbor Times daily edition by email and never miss our top stories",
      Self.story[2], Self.story[3],
    ]
    try expectStoryAlone(lines, dropping: [3: "rule:inline-related", 7: "rule:newsletter-plea"])
  }

  @Test func aLinkUnderALabelThatADumpGluesToItGoes() throws {
    // Pages set "ALSO READ:" or "MORE:" before a link to another story; a dump may join the
    // label to the link ("More:Harbor fares…"), and the line reads as a short sentence.
    let lines = [
      Self.story[0], "ALSO READ: Harbor fares rise again for the winter", Self.story[1],
      "More:Who will run the harbor board next year?", Self.story[2], Self.story[3],
    ]
    try expectStoryAlone(lines, dropping: [3: "rule:inline-related", 7: "rule:inline-related"])
  }

  @Test func anEmbeddedInstagramPostBetweenParagraphsGoes() throws {
    // A copied page keeps the text of Instagram's embed: its two lines of chrome and the post's
    // caption between them, which goes with them.
    let lines = [
      Self.story[0], Self.story[1], "View this post on Instagram",
      "First boat of the morning, fog on the quay and the gulls already up #kelmouth #harbor",
      "A post shared by Kelmouth Ferries (@kelmouth.ferries) on Jan 5, 2026 at 9:24am PST",
      Self.story[2], Self.story[3],
    ]
    try expectStoryAlone(
      lines, dropping: [5: "rule:social-embed", 7: "signal:chrome-box", 9: "rule:social-embed"])
  }

  @Test func aShortLineInsideABoxOfChromeGoesWithIt() throws {
    let blurb = "Daily news about the harbor, the island and the ferries that link them."
    let lines = [
      Self.story[0], Self.story[1], "Sign up for the Harbor Times newsletter", blurb, "Email",
      Self.story[2], Self.story[3],
    ]
    try expectStoryAlone(lines, dropping: [7: "signal:chrome-box"])
  }

  @Test func aShortParagraphBetweenTwoPhotoCreditsStays() throws {
    let between = "A short line between two photos stays with the story, the council said."
    let lines = [
      Self.story[0], Self.story[1], "Photo: Ines Okafor", between, "Photo: Tomas Reed",
      Self.story[2], Self.story[3],
    ]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(
      result.article.blocks.map(\.text) == Array(Self.story[0...1]) + [between] + Self.story[2...])
  }

  @Test func twoHeadlinesInARowBetweenParagraphsAreLinksToOtherStories() throws {
    let links = ["Ferry fares rise again for the winter", "Island school gets a new boat"]
    let lines = [Self.story[0], Self.story[1]] + links + [Self.story[2], Self.story[3]]
    try expectStoryAlone(lines, dropping: [5: "signal:headline-list", 7: "signal:headline-list"])
    // One such line alone is the story's own subheading.
    let single = [Self.story[0], Self.story[1], links[0], Self.story[2], Self.story[3]]
    let kept = try ArticleFixtures.clean(text: single.joined(separator: "\n\n"))
    #expect(kept.article.blocks.map(\.text) == single)
    #expect(kept.article.blocks[2].kind == .heading)
  }

  @Test func twoSubheadingsAboveTheParagraphTheyNameAreTheStorysOwn() throws {
    // A section's title above its first part's: the lower one shares a word with the paragraph
    // it stands over ("clock"), as a link to another story does not.
    let headings = ["What the architects want for the quay", "Keeping the iron roof and clock"]
    let lines = [Self.story[0], Self.story[1]] + headings + [Self.story[2], Self.story[3]]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == lines)
    #expect(result.article.blocks[2...3].allSatisfy { $0.kind == .heading })
    // Above a short line of prose (one more headline, with a question mark), they stay links.
    let question = "Will the harbor clock keep time when the market hall reopens in June?"
    let links = [Self.story[0], Self.story[1]] + headings + [question] + Self.story[2...]
    let dropped = try ArticleFixtures.clean(text: links.joined(separator: "\n\n"))
    #expect(ArticleFixtures.reason(dropped, line: 5) == "signal:headline-list")
    #expect(ArticleFixtures.reason(dropped, line: 7) == "signal:headline-list")
  }

  @Test func aBulletedLineIsAnItemNeverAHeading() throws {
    // A text browser dumps a menu's links as bullets; the first is no heading over the others.
    let lines =
      [Self.story[0], Self.story[1], "* Tours", "* Ferry times and fares"]
      + Self.story[2...]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    let blocks = result.article.blocks
    #expect(
      blocks.map(\.text) == Self.story[0...1] + ["Tours", "Ferry times and fares"]
        + Self.story[2...])
    #expect(!blocks.contains { $0.kind == .heading })
  }
}
