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

  /// The parts as a plain reading finds them: every character compared with every separator.
  static func plainParts(of title: String) -> [String] {
    var bounds: [(start: String.Index, end: String.Index)] = []
    var start = title.startIndex
    var index = title.startIndex
    while index < title.endIndex {
      if index > start,
        let separator = PageHeadline.separators.first(where: { title[index...].hasPrefix($0) })
      {
        bounds.append((start, index))
        index = title.index(index, offsetBy: separator.count)
        start = index
      } else {
        index = title.index(after: index)
      }
    }
    if start < title.endIndex { bounds.append((start, title.endIndex)) }
    var parts: [String] = []
    for low in bounds.indices {
      for high in low..<bounds.count {
        let text = title[bounds[low].start..<bounds[high].end]
        if text.split(separator: " ").count >= PageHeadline.minimumWords {
          parts.append(String(text))
        }
      }
    }
    return parts
  }

  @Test func thePartsAreThoseOfAPlainReadingOfEveryCharacter() {
    // Invented titles: words, every bundled separator, and what makes characters of several
    // bytes or scalars next to them (accents, a combining mark after a space, CR LF, emoji).
    var random = ASCIIWordTests.Seeded(state: 5)
    let pieces =
      PageHeadline.separators + [
        "Ferry", "crews", "vote", "café", "cafe\u{301}", " \u{301}", "\r\n", "\r", "|", ":", "-",
        "—", "👍🏽", "東京", " ", " ", "  ", "strike", "Gazette",
      ]
    for number in 0..<2_000 {
      let count = number % 50 == 0 ? 120 : Int.random(in: 0..<30, using: &random)
      let title = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }
        .joined()
      #expect(
        PageHeadline.parts(of: title).map { String($0.text) } == Self.plainParts(of: title),
        "\(title.debugDescription)")
    }
  }

  @Test func firstBytesRuleOutOnlyWhatNoStringCanStartWith() {
    let ascii = PageHeadline.FirstBytes([" | ", ": ", "~x"])
    #expect(ascii.mayStart(0x20) && ascii.mayStart(0x3A) && ascii.mayStart(0x7E))
    #expect(!ascii.mayStart(0x41) && !ascii.mayStart(0x7C) && !ascii.mayStart(0xE2))
    // A string that starts with an accented letter may match text that writes it as two
    // scalars, starting with an ASCII letter: nothing is ruled out.
    let accented = PageHeadline.FirstBytes([" | ", "é "])
    #expect(accented.mayStart(0x65) && accented.mayStart(0x41) && accented.mayStart(0xC3))
  }
}
