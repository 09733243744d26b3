import Foundation
import Testing

@testable import Narration

/// A comment thread that no label names goes, however much longer than the story it runs.
@Suite struct TextDumpCommentThreadTests {
  static let story = ArticleFixtures.harborStory

  /// An invented comment: its writer, its date with the time of day, and its text.
  static func comment(_ name: String, _ date: String, _ topic: String) -> [String] {
    [
      name, date,
      "I have bought \(topic) from the quay every Saturday for thirty years, and I cannot see "
        + "why the council needs a hall when the traders have done fine in the open air.",
      "If the rents stay where they are I will be glad, but I expect they will not, and the "
        + "families who kept the market going will be the first to leave it.",
    ]
  }

  static let thread =
    comment("harbourfan", "June 3, 2026 at 4:12 pm", "fish")
    + comment("Mara Lind", "June 3, 2026 at 5:40 pm", "bread")
    + comment("quayside_joe", "June 4, 2026 at 9:05 am", "cheese")
    + comment("Tess", "June 4, 2026 at 11:30 am", "apples")

  @Test func aThreadLongerThanTheStoryGoes() throws {
    let result = try ArticleFixtures.clean(
      text: (Self.story + Self.thread).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    // The first commenter's name, the dates and the comments' text.
    for line in [9, 11, 13, 15, 17, 19, 39] {
      #expect(ArticleFixtures.reason(result, line: line) == "signal:comment-thread")
    }
  }

  @Test func aThreadWithTheNameAndDateOnOneLineGoes() throws {
    // A text browser's dump: the commenter's name and the date on one line, "Reply" below.
    let thread = [
      ("harbourfan", "3 June 2026 14:17", "fish"), ("Mara Lind", "3 June 2026 15:03", "bread"),
      ("quayside_joe", "4 June 2026 9:05", "cheese"), ("Tess", "4 June 2026 11:30", "apples"),
    ].flatMap { name, date, topic in
      ["\(name) \(date)"] + Self.comment(name, date, topic).suffix(2) + ["Reply"]
    }
    let result = try ArticleFixtures.clean(
      text: (Self.story + thread).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    for line in [9, 11, 13, 17] {
      #expect(ArticleFixtures.reason(result, line: line) == "signal:comment-thread")
    }
  }

  @Test func aLivePagesPostsWithTheirWritersAreNoThread() throws {
    // A live page's post gives its time and its writer, but no date.
    let posts = Self.story.enumerated().flatMap { index, paragraph in
      ["1\(index):05 Ines Okafor", paragraph]
    }
    let result = try ArticleFixtures.clean(text: posts.joined(separator: "\n\n"))
    let texts = result.article.blocks.map(\.text)
    #expect(Self.story.allSatisfy { texts.contains($0) })
    #expect(!result.dropped.contains { $0.reason == "signal:comment-thread" })
  }

  @Test func aStorysDatesTogetherAreNoThread() throws {
    // Dates with times in the header, with no text between them, open no thread.
    let header = [
      "Published June 3, 2026 at 9:00 am", "Updated June 3, 2026 at 10:15 am",
      "June 3, 2026 at 10:15 am",
    ]
    let result = try ArticleFixtures.clean(text: (header + Self.story).joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    for line in [1, 3, 5] {
      #expect(ArticleFixtures.reason(result, line: line) != "signal:comment-thread")
    }
  }

  @Test func aLivePagesTimedPostsAreNoThread() throws {
    // A live page times its posts without a date: they are the story.
    let posts = [
      "4:12 pm", Self.story[0], "5:40 pm", Self.story[1], "6:05 pm", Self.story[2], "7:30 pm",
      Self.story[3],
    ]
    let result = try ArticleFixtures.clean(text: posts.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
  }
}
