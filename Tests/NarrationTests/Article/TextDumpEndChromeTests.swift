import Foundation
import Testing

@testable import Narration

/// Lines of chrome at a story's end that text browsers print as list items or prose.
@Suite struct TextDumpEndChromeTests {
  static let story =
    ArticleFixtures.harborStory + [
      "Traders who sold from vans on the quay while the market was shut said they would return, "
        + "though some asked for help with the cost of the move.",
      "The fishing families will keep the stalls nearest the water, as they have since the "
        + "market first opened in the last century.",
    ]

  @Test func tagsOfOneOrTwoWordsGoAsTheirMarkersCountForNoWord() throws {
    let plea =
      "We have a small favour to ask. Millions are turning to the Harbor Times for open, "
      + "independent news every day, so please subscribe to our newsletter."
    let text =
      (Self.story + ["Explore more on these topics", "* Oceans", "* Marine life", plea])
      .joined(separator: "\n\n") + "\n"
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 17) == "signal:short-line")
  }

  @Test func aWritersBeatAtTheEndGoes() throws {
    let bio =
      "Jo Ruiz covers city hall for the Harbor Times. She previously worked at the Kelmouth Courier."
    let result = try ArticleFixtures.clean(
      text: (Self.story + [bio]).joined(separator: "\n\n") + "\n")
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 13) == "rule:author-beat")
  }

  @Test func aLivePagesNumberedTimesGo() throws {
    // lynx numbers a live page's posts when the page sets them in an ordered list.
    var lines = ["Harbor storm: live updates"]
    for (number, paragraph) in Self.story.prefix(3).enumerated() {
      lines += ["\(number + 1). posted at 16:2\(number)", paragraph]
    }
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n") + "\n")
    #expect(result.article.blocks.map(\.text) == Array(Self.story.prefix(3)))
    for line in [3, 7, 11] {
      #expect(ArticleFixtures.reason(result, line: line) == "signal:timestamp")
    }
  }
}
