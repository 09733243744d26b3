import Foundation
import Testing

@testable import Narration

/// A sign-up box between a dump's paragraphs (a heading, a blurb, a form) goes as a whole.
@Suite struct TextDumpFormBoxTests {
  static let story = ArticleFixtures.harborStory

  /// The story's paragraphs with `lines` set after its second paragraph.
  static func story(with lines: [String]) -> [String] {
    Array(story[0...1]) + lines + Array(story[2...])
  }

  /// Cleans the story with `box` set after its second paragraph (a blank line between lines).
  func clean(_ box: [String]) throws -> CleaningResult {
    try ArticleFixtures.clean(text: Self.story(with: box).joined(separator: "\n\n"))
  }

  @Test func aBoxAboveALynxFormGoesWithIt() throws {
    let result = try clean([
      "Stay in the loop", "Harbor news in your inbox every weekday morning.",
      "____________________ (BUTTON) Sign up",
      "By signing up you agree to our Terms of Use. You can unsubscribe at any time.",
    ])
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:chrome-box")
    #expect(ArticleFixtures.reason(result, line: 7) == "signal:chrome-box")
    #expect(ArticleFixtures.reason(result, line: 9) == "rule:text-browser-form")
  }

  @Test func aBoxAboveAW3mFormWithALongPrivacyNoticeGoesWithIt() throws {
    let notice =
      "Privacy notice: the Harbor Times sends a newsletter with news, offers and ads from "
      + "partners. For more see our privacy policy; reCAPTCHA protects this form and Google's "
      + "privacy policy and terms of service apply."
    let result = try clean([
      "The Morning Tide", "A free briefing on the island, the ferries and the council.", notice,
      "[                    ]Subscribe",
    ])
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:chrome-box")
    #expect(ArticleFixtures.reason(result, line: 11) == "rule:text-browser-form")
  }

  @Test func aBoxAboveACopiedSignUpButtonGoesWithIt() throws {
    // A copied page gives the button as its label alone: a two-word line is no heading of the
    // form's own.
    let result = try clean([
      "The Morning Tide", "A free briefing on the island, the ferries and the council.",
      "Sign up", "after newsletter promotion",
    ])
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:chrome-box")
  }

  @Test func theStorysSubheadingAndShortParagraphAboveABoxStay() throws {
    // The box's own heading is the nearest heading above its form: the story's subheading and
    // short paragraph above it stay.
    let own = ["What comes next", "The council votes again in May."]
    let result = try clean(
      own + ["Stay in the loop", "Harbor news in your inbox.", "Sign up!"])
    #expect(
      result.article.blocks.map(\.text) == Self.story(with: own))
  }

  @Test func aFormThatOpensWithItsOwnHeadingLeavesTheLinesAboveIt() throws {
    let own = ["What comes next", "The council votes again in May."]
    let result = try clean(own + ["The Harbor Times Newsletter", "____________________ Sign up"])
    #expect(
      result.article.blocks.map(\.text) == Self.story(with: own))
  }

  @Test func aLoneSubscribeButtonTakesNoneOfTheStory() throws {
    // A post's "Subscribe now" button between paragraphs is no box: the subheading and short
    // paragraph above it are the story's, and so is a line that introduces what follows.
    let own = ["What comes next", "The council votes again in May."]
    let kept = try clean(own + ["Subscribe now"])
    #expect(
      kept.article.blocks.map(\.text) == Self.story(with: own))
    let list = ["What comes next", "The council will ask:"]
    let listed = try clean(list + ["____________________ Subscribe"])
    #expect(
      listed.article.blocks.map(\.text) == Self.story(with: list))
  }

  @Test func aShortParagraphAboveAFormWithoutAHeadingStays() throws {
    let own = ["The council votes again in May.", "Traders have until then to apply."]
    let result = try clean(own + ["____________________ (BUTTON) Subscribe"])
    #expect(
      result.article.blocks.map(\.text) == Self.story(with: own))
  }
}
