import Testing

@testable import Narration

/// Dumps hard-wrapped at a few dozen columns: their paragraphs are judged as the same
/// paragraphs on a line of their own would be.
@Suite struct TextDumpWrapTests {
  /// An invented page around `paragraphs`, each wrapped at 72 columns.
  static func page(_ paragraphs: [String]) -> String {
    (["Harbor Times", "* Home\n* News\n* Sport", "Market hall to open on the quay"]
      + paragraphs.map { ArticleFixtures.wrapped($0, width: 72) }
      + ["Share this article", "© 2026 Harbor Times"]).joined(separator: "\n\n")
  }

  @Test func aParagraphsLastWordAloneIsNoButton() throws {
    // Wrapped at 72 columns, each paragraph's last word stands alone on the last line, where a
    // rule for buttons ("more", "Twitter") would take it, and the paragraph with it.
    let asked =
      "Passengers who want to know how the timetable changes their crossings can ask the "
      + "harbor office on the quay, where the staff will tell them more."
    let followed =
      "Readers who want to follow the council's work on the new covered market hall can find "
      + "its minutes on the website of the town and its news on Twitter."
    let story = [
      ArticleFixtures.harborStory[0], ArticleFixtures.harborStory[1], asked,
      ArticleFixtures.harborStory[2], followed,
    ]
    let text = Self.page(story)
    #expect(text.contains("\nmore.\n") && text.contains("\nTwitter.\n"))
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == story)
    #expect(!result.article.bodyText.contains("Share this article"))
  }
}
