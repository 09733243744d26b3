import Foundation
import Testing

@testable import Narration

/// Items that repeat one shape in page dumps: photo galleries (captions with their credits) and
/// lists of teasers (headlines and summaries with their "Read more" links).
@Suite struct TextDumpItemsTests {
  @Test func theArticleGoesOnBelowALongGalleryAndItsCaptionsGo() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("gallery-dump.txt"))
    let blocks = result.article.blocks
    #expect(blocks.count == 8)
    #expect(blocks.first?.text.hasPrefix("Ferry crews on the tide-powered line") == true)
    #expect(blocks[3].text.hasPrefix("Talks at the harbor office broke down") == true)
    #expect(blocks[4].text.hasPrefix("A strike would stop all crossings") == true)
    #expect(blocks.last?.text.hasPrefix("The harbor council has asked both sides") == true)
    let body = result.article.bodyText
    for chrome in ["Children wave", "Walkers and their dogs", "in pictures", "November", "Reuters"]
    {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
    // A caption written as a sentence is dropped because it is one of a gallery's.
    #expect(ArticleFixtures.reason(result, line: 33) == "signal:gallery")
    #expect(ArticleFixtures.reason(result, line: 35) == "rule:photo-caption")
    #expect(ArticleFixtures.reason(result, line: 43) == "rule:photo-caption")
  }

  /// An invented dump, wrapped at 80 columns, of a story cut in two by a gallery of 24 photos:
  /// each photo's caption ends in a word of its own on the next line (five lines a photo), and
  /// the credit of photo `unknownCredit` is one no rule knows.
  static func wrappedGallery(unknownCredit: Int) -> (dump: String, story: [String]) {
    let story =
      ArticleFixtures.ferryStory + [
        "Talks at the harbor office broke down on Friday after three hours, and neither side has "
          + "proposed a new date to meet again.",
        "The harbor council has asked both sides to meet again before the end of the month, and "
          + "has offered its hall for the talks.",
      ]
    let credits = ["Reuters", "PA", "AFP via Getty", "Getty Images"]
    var lines = ["Harbor Times", story[0], story[1], "Harbor life in pictures"]
    for photo in 0..<24 {
      lines += [
        "Harbor life in pictures", "\(24 - photo % 20) November 2026",
        "   Children wave at the crew of the first crossing of the day from pier \(photo) in the\n"
          + "   Rain",
        "   " + (photo == unknownCredit ? "Kelmouth Camera Club" : credits[photo % 4]),
      ]
    }
    lines += story[2...]
    lines.append("© 2026 Harbor Times")
    return (lines.joined(separator: "\n\n"), story)
  }

  @Test(arguments: [9, 21])
  func aStoryKeepsBothPartsAroundAWrappedGalleryWithAnUnknownCredit(unknownCredit: Int) throws {
    let (dump, story) = Self.wrappedGallery(unknownCredit: unknownCredit)
    let result = try ArticleFixtures.clean(text: dump)
    #expect(result.article.blocks.map(\.text) == story)
  }

  @Test func explainingEveryLineGivesTheSameArticle() throws {
    let document = try ArticleFixtures.document("gallery-dump.txt")
    var options = CleaningOptions()
    options.explain = true
    let explained = try ArticleFixtures.clean(document, options: options)
    let plain = try ArticleFixtures.clean(document)
    #expect(explained.article.blocks.map(\.text) == plain.article.blocks.map(\.text))
  }

  @Test func aSlideshowKeepsItsCaptionsAsTheArticle() throws {
    let slides = [
      ("A new hull", "The ferry's hull is made of recycled aluminium"),
      ("Quieter engines", "Its electric motors are charged by the tide turbine at the quay"),
      ("More room", "There are seats for ninety passengers and racks for twenty bicycles"),
      ("Night crossings", "The ferry runs until ten at night from April to October"),
    ]
    var lines = ["The new harbor ferry in pictures", ""]
    for (number, (heading, caption)) in slides.enumerated() {
      lines += [
        "\(number + 1)/\(slides.count)", heading,
        caption + ", and the harbor authority says it will carry the island's post as well.",
        "Image credit: Harbor Trust", "Agencies", "",
      ]
    }
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n"))
    let body = result.article.bodyText
    for (_, caption) in slides {
      #expect(body.contains(caption), "dropped: \(caption)")
    }
    #expect(!body.contains("Image credit"))
  }

  @Test func aListOfTeasersAfterTheArticleGoes() throws {
    let story = ArticleFixtures.ferryStory
    let teasers = [
      (
        "The lighthouse keeper's last winter",
        "After forty years on the rock, the island's last keeper tells us what she will miss "
          + "about the long nights and the storms that cut her off for weeks."
      ),
      (
        "How the tide turbine was built",
        "The engineers who sank the turbine into the channel explain how they worked between "
          + "the tides for two summers, and what went wrong on the first try."
      ),
      (
        "A season of night crossings",
        "We spent a week on the late ferries with the crews who will strike next month, from "
          + "the first storm of the autumn to a calm night full of stars."
      ),
    ]
    var lines =
      ["Ferry crews vote to strike over winter rota"] + story + ["Share on", "Keep Reading"]
    for (headline, summary) in teasers { lines += [headline, summary, "Read More"] }
    lines.append("© 2026 Harbor Times")
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == story)
    #expect(ArticleFixtures.reason(result, line: 15) == "signal:teaser-list")
  }
}
