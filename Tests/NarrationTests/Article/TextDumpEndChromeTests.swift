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
      #expect(ArticleFixtures.reason(result, line: line) == "signal:live-post-time")
    }
  }

  @Test func aCommentFormsHeadingWithItsCancelLinkClosesTheStory() throws {
    // WordPress sets the "Cancel reply" link inside the comment form's heading, and a dump
    // runs them together: the form still closes the story, so the blog's "about me" box below
    // it does not join the story after a "Related" box.
    let story = [
      "Every autumn the orchard behind the ferry office drops more pears than the village can "
        + "eat, and every autumn somebody bakes them into something that travels well.",
      "This year it was a loaf with walnuts and a little ginger, which keeps for a week in a tin "
        + "and tastes better on the third day than on the first, if it lasts that long.",
    ]
    let about =
      "I am Mara from the harbor town. This blog collects the bakes we have loved so far, and I "
      + "hope you enjoy your stay here too!"
    for heading in ["Leave a Reply Cancel reply", "Leave a Comment Cancel"] {
      let lines =
        ["Home", "Recipes", "Pear Walnut Loaf"] + story + [
          "Related", "Fig Rolls", heading, "Name", "Email", "Website", about, "Read More",
        ]
      let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
      #expect(result.article.blocks.map(\.text) == story, "\(heading)")
      #expect(ArticleFixtures.reason(result, line: 15) == "section:comments-section")
    }
  }
}
