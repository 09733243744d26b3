import Testing

@testable import Narration

@Suite struct PageHeadlineTests {
  static func find(_ lines: [String]) -> Int? {
    PageHeadline.find(lines)
  }

  @Test func theTitlesPartsAreTheRunsOfPiecesBetweenSeparators() {
    let parts = PageHeadline.parts(of: "Kelmouth Gazette: Ferry crews vote to strike - Local News")
      .map { String($0.text) }
    #expect(parts.contains("Ferry crews vote to strike"))
    #expect(parts.contains("Kelmouth Gazette: Ferry crews vote to strike"))
    #expect(parts.contains("Ferry crews vote to strike - Local News"))
    // The site's name and the section alone are too short to stand for the headline.
    #expect(!parts.contains("Kelmouth Gazette"))
    #expect(!parts.contains("Local News"))
  }

  @Test func theHeadlineIsTheLineRepeatingTheLongestPartOfTheTitle() {
    let lines = [
      "Ferry crews vote to strike over winter rota | The Kelmouth Gazette Online", "",
      "The Kelmouth Gazette Online", "Home", "Ferry crews vote to strike over winter rota",
      "By Ines Okafor",
    ]
    #expect(Self.find(lines) == 4)
    // A headline set in capitals repeats the title all the same.
    var capitals = lines
    capitals[4] = capitals[4].uppercased()
    #expect(Self.find(capitals) == 4)
  }

  @Test func aPageWhoseTitleIsNotRepeatedHasNoHeadline() {
    #expect(Self.find(["Ferry crews vote to strike | Gazette", "Home", "News", "Sport"]) == nil)
    // A first line too long for a title is a paragraph: nothing repeats it as a headline.
    let long = String(repeating: "word ", count: 80)
    #expect(Self.find([long, long]) == nil)
  }
}
