import Foundation
import Testing

@testable import Narration

/// A numbered list article keeps every item, though the items' paragraphs end without a full
/// stop (with a handle or a link) and would otherwise read as a list of teasers.
@Suite struct TextDumpNumberedItemsTests {
  static let opening = [
    "Harbor Bakeries We Love",
    "Every spring the Gazette asks its readers to name the bakeries along the coast that they "
      + "would cross the bay for, and this year more than two thousand of you wrote in.",
    "Here are the ones you named most often, with what to order when you get there.",
  ]

  static let items = [
    (
      "1. Quay Street Ovens",
      "Sourdough baked in a ferry's old boiler. The queue starts at six. "
        + "Open every day but Monday, find them online: quayovens.example"
    ),
    (
      "2. The Tide Mill",
      "Rye loaves from flour ground next door. Ask for the seed bread. "
        + "Best before noon, when the mill closes: @tidemillbread"
    ),
    (
      "3.Salt and Crumb",
      "Pastries with sea salt caramel. The owners fish on weekends. "
        + "Cash only, the card machine died in the flood: saltcrumb.example"
    ),
    (
      "4. Gull Point Bakehouse",
      "Fig rolls and the best coffee on the point. Dogs are welcome. "
        + "Follow them for the daily bake: @gullpointbakes"
    ),
    (
      "5. North Pier Kitchen",
      "Cardamom buns that sell out by ten. The pier is closed in "
        + "storms. Check before you go: northpier.example"
    ),
  ]

  static var page: [String] {
    ["Home", "News", "Food"] + opening + items.flatMap { [$0.0, $0.1] } + [
      "Related stories", "Share this article", "© 2026 Harbor Gazette",
    ]
  }

  @Test func everyItemStays() throws {
    let result = try ArticleFixtures.clean(text: Self.page.joined(separator: "\n\n"))
    let body = result.article.bodyText
    for (heading, text) in Self.items {
      #expect(body.contains(heading), "lost: \(heading)")
      #expect(body.contains(text), "lost: \(text)")
    }
    #expect(body.contains(Self.opening[1]))
    for chrome in ["Share this article", "Harbor Gazette", "Food"] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
  }

  @Test func headingsThatDoNotCountOnByOneAreNoListArticle() throws {
    // The same lines numbered 1, 3, 7, 2, 9 are no list article's items: three long lines
    // without a full stop in a row are then teasers, as before.
    let numbers = ["1.", "3.", "7.", "2.", "9."]
    var lines = ["Home", "News", "Food"] + Self.opening
    for (number, (heading, text)) in zip(numbers, Self.items) {
      lines += [number + heading.drop { $0 != "." }.dropFirst(), text]
    }
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(!result.article.bodyText.contains(Self.items[4].1))
  }

  @Test func aNumberedItemKeepsItsNumberAndABulletedOneLosesItsBullet() throws {
    // The number is the item's place in the list (a countdown, a how-to's steps), which the
    // listener hears; a bullet is only the dump's mark.
    let numbered = [
      "1. Walk the length of the quay at low tide and count the iron rings in the wall.",
      "2. Ask the harbor master which of them still hold a boat through the winter.",
    ]
    let bulleted = [
      "* The rings were forged in the town's foundry before the war.",
      "* Most of them are older than the lighthouse on the point.",
    ]
    let story = ArticleFixtures.ferryStory
    let text = ([story[0], story[1]] + numbered + bulleted + [story[2]])
      .joined(separator: "\n\n")
    let blocks = try ArticleFixtures.clean(text: text).article.blocks
    let items = blocks.filter { $0.kind == .listItem }.map(\.text)
    #expect(items == numbered + bulleted.map { String($0.dropFirst(2)) })
  }
}
