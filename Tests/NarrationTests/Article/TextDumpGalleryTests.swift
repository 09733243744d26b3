import Foundation
import Testing

@testable import Narration

/// Photo galleries in page dumps: captions with their credits, in a row.
@Suite struct TextDumpGalleryTests {
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
}
