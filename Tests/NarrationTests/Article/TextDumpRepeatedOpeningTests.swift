import Foundation
import Testing

@testable import Narration

/// The body's first paragraph goes when the paragraphs right after it say it again: the page's
/// summary or the lead photo's caption, dumped above the story that opens with the same words.
@Suite struct TextDumpRepeatedOpeningTests {
  static let story = [
    "The harbor council voted on Tuesday to rebuild the old fish market as a covered hall.",
    "Farmers, bakers and the fishing families who have sold from the quay for a century will "
      + "keep their stalls at the old rents.",
    "Work will start in March and take about a year, the council said, and the stalls will "
      + "move to the car park on the quay until then.",
  ]

  static func page(opening: String) -> String {
    let lines = ["Market hall vote | Kelmouth Gazette", "Market hall vote", opening] + Self.story
    return lines.joined(separator: "\n\n")
  }

  @Test func aSummaryThatTheStoryRepeatsGoes() throws {
    // The page's summary: the story's first two sentences run together.
    let summary = Self.story[0] + " " + Self.story[1]
    let result = try ArticleFixtures.clean(text: Self.page(opening: summary))
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:doubled-line")
  }

  @Test func aStandfirstInOtherWordsStays() throws {
    let standfirst =
      "Traders say the new hall will save a market that has lost half its stalls since the "
      + "storm damaged its roof."
    let result = try ArticleFixtures.clean(text: Self.page(opening: standfirst))
    #expect(result.article.blocks.map(\.text) == [standfirst] + Self.story)
  }

  /// How many of the opening's words the runs of the later paragraphs cover, read plainly:
  /// every run of words of the later paragraphs in a set.
  static func plainlyRepeated(_ words: [Substring], _ later: [[Substring]]) -> Int {
    let run = TextDumpCleaner.openingRepeatRun
    guard words.count >= run else { return 0 }
    var found: Set<ArraySlice<Substring>> = []
    for other in later where other.count >= run {
      for start in 0...(other.count - run) { found.insert(other[start..<(start + run)]) }
    }
    var covered = [Bool](repeating: false, count: words.count)
    for start in 0...(words.count - run) where found.contains(words[start..<(start + run)]) {
      for index in start..<(start + run) { covered[index] = true }
    }
    return covered.filter { $0 }.count
  }

  @Test func theRepeatedWordsAreThoseAPlainReadingOfTheRunsFinds() {
    var random = ASCIIWordTests.Seeded(state: 31)
    // Few words, so that runs repeat by chance as well as by copying, and enough that their
    // numbers need several bits; accents, digits, and words the opening never has.
    let vocabulary =
      ["the", "quay", "Ferry", "ferry", "tide", "vote", "café", "cafe\u{301}", "12", "a", "of"]
      + (0..<40).map { "pier\($0)" }
    var repeats = 0
    for _ in 0..<600 {
      let words = Int.random(in: 10...vocabulary.count, using: &random)
      let opening = (0..<Int.random(in: 4..<60, using: &random)).map { _ in
        vocabulary[Int.random(in: 0..<words, using: &random)]
      }
      let later = (0..<4).map { _ in
        var words: [String] = []
        while words.count < 30 {
          if Bool.random(using: &random) {
            // A stretch of the opening, copied.
            let start = Int.random(in: 0..<opening.count, using: &random)
            let end = min(opening.count, start + Int.random(in: 1..<12, using: &random))
            words += opening[start..<end]
          } else {
            words.append(vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)])
          }
        }
        return words.joined(separator: ", ")
      }
      let text = opening.joined(separator: " ")
      let read = ReferenceText.words(of: text)
      let expected = Self.plainlyRepeated(read, later.map(ReferenceText.words(of:)))
      let repeated = TextDumpCleaner.repeatedWords(
        of: TextDumpCleaner.wordHashes(of: text), in: later.map(TextDumpCleaner.wordHashes(of:)))
      #expect(repeated == expected, "\(opening)")
      if expected > 0 && expected < read.count { repeats += 1 }
    }
    // Openings partly repeated are common, so the comparison tells something.
    #expect(repeats > 100, "\(repeats)")
  }
}
