import Foundation
import Testing

@testable import Narration

/// Bylines as pages set them, a name with a date or a reading time, and comment heads.
@Suite struct TextDumpNamedDateTests {
  static let story = ArticleFixtures.harborStory

  /// The story with a line set between its third and fourth paragraphs (source line 7): below
  /// the header, where a date line marks the text above it as the header's.
  static func story(with line: String) -> String {
    (Self.story[0...2] + [line, Self.story[3]]).joined(separator: "\n\n") + "\n"
  }

  @Test func aNameWithADateOrAReadingTimeGoes() throws {
    let lines = [
      "Jo Ruiz | March 3, 2026",
      "Jo Ruiz · 4 min read",
      "Jo Ruiz – 3 March 2026 – 6 mins read",
      // A copy glues a name to the date beside it, and the date to the reading time.
      "Jo RuizMarch 3, 20264 min read",
      "Jo RuizMarch 3, 2026",
      // A comment's head: the commenter's handle and the time of the comment.
      "jo_ruiz 17 September 2020 14:17",
      "Jo Ruiz July 6, 2015 at 6:57 pm",
      "Updated March 3, 2026 | 12-minute read",
    ]
    for line in lines {
      let result = try ArticleFixtures.clean(text: Self.story(with: line))
      #expect(result.article.blocks.map(\.text) == Self.story, "\(line)")
      #expect(ArticleFixtures.reason(result, line: 7) == "signal:date-line", "\(line)")
    }
  }

  @Test func sentencesAndLabelsWithDatesStay() throws {
    let lines = [
      "Until 17 September 2020 the quay kept its old stalls.",
      "The market reopens on the quay | March 3, 2026",
      "The hall is a 5 min walk from the ferry",
      "Fish Market Trust | Harbor Hall",
    ]
    for line in lines {
      let result = try ArticleFixtures.clean(text: Self.story(with: line))
      #expect(result.article.blocks.map(\.text).contains(line), "\(line)")
    }
  }

  @Test func theDateOfABylineWithANameIsRead() throws {
    let text =
      "Harbor council votes to rebuild the fish market\n\nJo Ruiz | March 3, 2026\n\n"
      + Self.story.joined(separator: "\n\n") + "\n"
    let result = try ArticleFixtures.clean(text: text)
    let expected = DateComponents(
      calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
      year: 2026, month: 3, day: 3
    ).date
    #expect(result.article.published == expected)
    #expect(result.article.title == "Harbor council votes to rebuild the fish market")
    #expect(result.article.blocks.map(\.text) == Self.story)
  }
}
