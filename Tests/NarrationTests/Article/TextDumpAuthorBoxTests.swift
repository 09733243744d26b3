import Foundation
import Testing

@testable import Narration

/// The author's box after a dump's article (their name, then a few lines about them) goes.
@Suite struct TextDumpAuthorBoxTests {
  static let story = TextDumpShortLineTests.story + ArticleFixtures.ferryStory

  @Test func theAuthorsNameAndTheLinesAboutThemGo() throws {
    let box = [
      "Ines Okafor",
      "Ines covers the harbor, the island ferries and the council for the Gazette, and has "
        + "lived on the quay for twenty years.",
      "Her book on the tide mills of the coast came out last spring.",
    ]
    let result = try ArticleFixtures.clean(
      text: (Self.story + box).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    for line in [15, 17, 19] {
      #expect(ArticleFixtures.reason(result, line: line) == "signal:author-box")
    }
  }

  @Test func aBoxHeadedAboutTheAuthorGoes() throws {
    // The box's heading is "About" and the name; the name's words are no words of the story.
    let box = [
      "About Ines Okafor",
      "Ines Okafor covers the harbor and the island ferries for the Gazette and can be reached "
        + "at the newsroom.",
    ]
    let result = try ArticleFixtures.clean(text: (Self.story + box).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 15) == "signal:author-box")
  }

  @Test func aFirstPersonBoxGoesToo() throws {
    let box = [
      "Tomas Reed", "I'm Tomas and I write about boats, tides and the people who work on them.",
    ]
    let result = try ArticleFixtures.clean(text: (Self.story + box).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
  }

  @Test func aSubheadingWhoseWordsTheStoryUsesIsNoAuthor() throws {
    // The paragraph names the heading's first word again, but "clock" and "tower" are words
    // the story uses in lower case: no person's name.
    let end = [
      "Harbor Clock Tower",
      "Harbor workers will wind the clock on the tower by hand again, as they did until the "
        + "war, the council said.",
    ]
    let result = try ArticleFixtures.clean(text: (Self.story + end).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story + end)
  }

  @Test func aHeadingAboveTheLastParagraphsIsNoAuthor() throws {
    // A name-like heading whose paragraph does not name it again stays with the story.
    let end = [
      "Harbor Clock Tower",
      "The clock on the tower will be wound by hand again, as it was until the war, the "
        + "council said.",
    ]
    let result = try ArticleFixtures.clean(text: (Self.story + end).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story + end)
  }

  @Test func aNameWordIsUsedInLowerCaseWhereAWordsLettersAreItSmall() {
    let uses = { (lines: [String]) in
      TextDumpCleaner.usesInLowerCase(["harbor", "élan"], lines)
    }
    // Its letters only: punctuation and curly quotes around them or inside the word dropped.
    #expect(uses(["The new pier, “the harbor,” opened."]))
    #expect(uses(["Work on the har-bor wall began."]))
    #expect(uses(["It was done with élan, they said."]))
    // Capitalised, part of a longer word, or another word: not the name word in lower case.
    #expect(!uses(["Harbor Street and ÉLAN Books, with harbors and the harbor’s masters."]))
    #expect(!uses(["The pier opened.", "Nothing else here: \u{201C}quay\u{201D}."]))
  }
}
