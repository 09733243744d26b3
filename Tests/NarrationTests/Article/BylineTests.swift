import Testing

@testable import Narration

/// The writer's name in a byline line, found by its prefix in any case.
@Suite struct BylineTests {
  @Test func everyPrefixGivesTheNameAfterIt() {
    let lines = [
      "By Jane Doe": "Jane Doe", "BY: Jane Doe": "Jane Doe", "Written by Ana Lima": "Ana Lima",
      "Words by Tom Reed": "Tom Reed", "Story by Tom Reed": "Tom Reed",
      "Posted by Ines Okafor": "Ines Okafor", "Reporting by Ines Okafor": "Ines Okafor",
      "Author: Kim Park": "Kim Park", "Authors: Kim Park and Li Wei": "Kim Park and Li Wei",
      "Text by Ola Berg": "Ola Berg", "Von Jana Weber": "Jana Weber",
      "Par Louise Martin": "Louise Martin", "Por Ana Lima": "Ana Lima",
      "POSTED BY Ines Okafor": "Ines Okafor",
    ]
    for (line, name) in lines {
      #expect(Byline.name(in: line) == name, "\(line)")
    }
  }

  @Test func linesThatOpenAsAPrefixDoesAreNoBylines() {
    for line in [
      "Port of Kelmouth", "Posting rules", "Paris, March 3", "Parents say the ferry is late.",
      "By the harbour wall", "Reports from the quay", "Story continues below",
      "Textile prices rise", "Voting closes at noon", "Auto news", "Written on the quay",
      "By " + String(repeating: "Name ", count: 11), "By " + String(repeating: "a", count: 98),
      "B", "",
    ] {
      #expect(Byline.name(in: line) == nil, "\(line)")
    }
  }
}
