import Testing

@testable import Narration

/// Tables of figures in dumps: a text browser prints their rows a line each, with no blank line
/// between them, and a story sets them between its paragraphs.
@Suite struct TextDumpTableTests {
  /// Invented paragraphs of a story about school results, above a table.
  static let above = [
    "The county published its school results on Monday, and for the first time every school "
      + "in the district met the reading target set by the education board three years ago.",
    "The board said the gains were largest in the small rural schools, where classes are mixed "
      + "and a single teacher often teaches three year groups at once.",
    "The table below shows each school's share of pupils reading at the expected level.",
  ]

  /// Invented paragraphs of the story below the table, a little longer than those above.
  static let below = [
    "Teachers at the rural schools said the change came from a reading hour added to every "
      + "morning, which the board paid for with a grant from the state.",
    "The board will decide next month whether to keep the reading hour when the grant ends, "
      + "and parents have been asked to give their views by the end of March.",
    "A spokesperson for the teachers' union said its members backed the reading hour but "
      + "wanted the board to pay for more teaching assistants as well.",
  ]

  /// An invented dump of the story with a table of `rows` schools between its two halves,
  /// its cells set apart by `separator` (lynx pads them with spaces).
  static func page(rows: Int, separator: String = "   ") -> String {
    var table = ["School" + separator + "Pupils" + separator + "This year" + separator + "Last"]
    for row in 0..<rows {
      let cells = [
        "School \(row + 1)", "\(120 + row * 7)", "\(80 + row % 9)%", "\(70 + row % 11)%",
      ]
      table.append(cells.joined(separator: separator))
    }
    let lines = ["County Courier", "Every school meets the reading target"] + above
    return (lines + [table.joined(separator: "\n")] + below + ["© 2026 County Courier"])
      .joined(separator: "\n\n") + "\n"
  }

  @Test(arguments: [30, 60])
  func aLongTableOfFiguresDoesNotCutTheStory(rows: Int) throws {
    let result = try ArticleFixtures.clean(text: Self.page(rows: rows))
    #expect(result.article.blocks.map(\.text) == Self.above + Self.below)
  }

  @Test func aTableAsWideAsTheDumpStillJoinsTheStory() throws {
    // w3m sets a single space between cells.
    let result = try ArticleFixtures.clean(text: Self.page(rows: 30, separator: " "))
    #expect(result.article.blocks.map(\.text) == Self.above + Self.below)
  }

  @Test func aNumberedListOfLinksIsNoTable() throws {
    // A list of links numbers its items: the story does not reach across thirty of them to
    // another story's paragraphs beyond, as it would across a table.
    var links: [String] = []
    for number in 1...30 { links.append("\(number). Harbor story \(number) of 2026") }
    let far = [
      "The lighthouse on the point will open to visitors again in May, after two years of "
        + "repairs to its stairs and lamp room, the county's heritage trust said.",
      "Tickets will be sold at the harbor office, and the trust hopes to run evening tours in "
        + "the summer, when the lamp is lit for the ships in the bay.",
    ]
    let text =
      (["County Courier"] + Self.above + Self.below + [links.joined(separator: "\n")] + far)
      .joined(separator: "\n\n") + "\n"
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.above + Self.below)
  }

  @Test func aTableThatW3mDrawsWithBordersKeepsItsRowsOfProseAndTheStoryBelow() throws {
    // w3m draws a table with borders in box-drawing characters, its cells padded with spaces;
    // rows of prose are the story's text, and the story goes on below the table.
    let rows = [
      (
        "North Quay",
        "The school moved into the old harbor office in the autumn, and its pupils "
          + "read in the lamp room every morning before lessons."
      ),
      (
        "Kelmouth",
        "Its two teachers swapped classes for the reading hour, so that each year "
          + "group had a teacher it did not know."
      ),
    ]
    var table = ["┌──────────┬" + String(repeating: "─", count: 40) + "┐"]
    for (index, (school, note)) in rows.enumerated() {
      if index > 0 { table.append("├──────────┼" + String(repeating: "─", count: 40) + "┤") }
      table.append("│" + school + "    │" + note + "   │")
    }
    table.append("└──────────┴" + String(repeating: "─", count: 40) + "┘")
    let text =
      (["County Courier"] + Self.above + [table.joined(separator: "\n")] + Self.below)
      .joined(separator: "\n\n") + "\n"
    let result = try ArticleFixtures.clean(text: text)
    let texts = result.article.blocks.map(\.text)
    #expect(Array(texts.suffix(Self.below.count)) == Self.below)
    #expect(texts.contains(rows[0].0 + " " + rows[0].1))
    #expect(texts.contains(rows[1].0 + " " + rows[1].1))
  }

  @Test func bordersGoAndOnlyRowsOpeningWithABorderChange() {
    let lines = [
      "┌─────┬────┐", "│Harbor   │1998 │The ferry ran │", "├─────┼────┤", "│ │ │",
      "The quay │ the ferry", "“Quoted,” she said.",
    ]
    #expect(
      TextDumpCleaner.withoutTableBorders(lines) == [
        "", "Harbor 1998 The ferry ran", "", "", "The quay │ the ferry", "“Quoted,” she said.",
      ])
  }
}
