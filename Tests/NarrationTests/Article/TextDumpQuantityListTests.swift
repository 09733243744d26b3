import Foundation
import Testing

@testable import Narration

/// A recipe's ingredients are short lines, as a menu's are, but a run of lines that open with a
/// quantity and a word in lowercase is the article's list, kept with the steps below it.
@Suite struct TextDumpQuantityListTests {
  static let story = [
    "Every autumn the orchard behind the ferry office drops more pears than the village can "
      + "eat, and every autumn somebody bakes them into something that travels well.",
    "This year it was a loaf with walnuts and a little ginger, which keeps for a week in a tin "
      + "and tastes better on the third day than on the first, if it lasts that long.",
  ]

  static let ingredients = [
    "3 ripe pears, peeled and diced",
    "250g plain flour",
    "1/2 tsp ground ginger",
    "Salt to taste",
    "1 ½ cups chopped walnuts",
    "2 – 3 tbsp honey",
  ]

  static let steps = [
    "Heat the oven and line a loaf tin with paper.",
    "Stir the pears into the flour with the ginger, the walnuts and the honey until the "
      + "batter is thick and no dry flour is left at the bottom of the bowl.",
    "Bake for fifty minutes, until a skewer comes out clean, then cool it in the tin.",
  ]

  static var page: [String] {
    ["Home", "Recipes", "Baking", "Pear Walnut Loaf", "March 3, 2026"] + story + [
      "Pin", "Print", "Pear Walnut Loaf", "Servings", "8", "Prep time", "20", "minutes",
      "Ingredients",
    ] + ingredients + ["Method"] + steps + [
      "Share this recipe", "Related recipes", "© 2026 Orchard Kitchen",
    ]
  }

  @Test func ingredientsAndStepsStayWithTheStory() throws {
    let result = try ArticleFixtures.clean(text: Self.page.joined(separator: "\n\n"))
    let body = result.article.bodyText
    for line in Self.story + Self.ingredients + Self.steps {
      #expect(body.contains(line), "lost: \(line)")
    }
    for chrome in ["Share this recipe", "Orchard Kitchen", "Baking"] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
  }

  @Test func anAmountOnALineOfItsOwnHeadsItsItem() throws {
    // A page that sets each amount apart from its name: a text browser dumps them on two lines.
    let split = ["1/4", "cup butter", "2", "cups grated cheese", "1", "pinch of sea salt"]
    var lines = Self.page
    let start = try #require(lines.firstIndex(of: Self.ingredients[0]))
    lines.replaceSubrange(start..<(start + Self.ingredients.count), with: split)
    let body = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n")).article.bodyText
    for line in ["cup butter", "cups grated cheese", "pinch of sea salt"] {
      #expect(body.contains(line), "lost: \(line)")
    }
  }

  @Test func quantityShapes() {
    func shape(_ line: String) -> TextDumpCleaner.QuantityShape {
      TextDumpCleaner.quantityShape(line, LineSignals(line))
    }
    #expect(shape("2 cups flour") == .item)
    #expect(shape("120g noodles") == .item)
    #expect(shape("* ¾ cup milk") == .item)
    #expect(shape("1 1/2") == .bare)
    // A headline after a number, a table's measure, signs and slashes before the number.
    #expect(shape("5 Ways to Bake Bread") == .none)
    #expect(shape("16g") == .none)
    #expect(shape("-3 degrees tonight") == .none)
    #expect(shape("/2 cups") == .none)
    #expect(shape("Salt to taste") == .none)
  }

  @Test func numberedHeadlinesAreNoQuantityList() throws {
    // Teasers that open with a number and a capital stay out of the article.
    let teasers = [
      "5 Ways to Keep Bread Fresh", "10 Cakes for a Rainy Weekend", "3 Soups From One Pot",
      "7 Pies Our Readers Loved",
    ]
    let lines = ["Home", "Recipes", "Pear Walnut Loaf"] + Self.story + Self.steps + teasers
    let body = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n")).article.bodyText
    for teaser in teasers {
      #expect(!body.contains(teaser), "leaked: \(teaser)")
    }
  }
}
