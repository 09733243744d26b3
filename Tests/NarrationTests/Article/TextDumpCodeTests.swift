import Foundation
import Testing

@testable import Narration

/// An article's code blocks stay with it: their lines read as chrome by shape (short, no
/// sentence), but they keep together where a dump parts paragraphs with blank lines.
@Suite struct TextDumpCodeTests {
  static let code = [
    "const tides = require(\"./kelmouth.json\");",
    "function springTides(rows) {",
    "  const days = [];",
    "  for (const row of rows) {",
    "    if (row.height > 4.5) {",
    "      days.push(row.day);",
    "    }",
    "  }",
    "  return days;",
    "}",
    "// the days of spring tides",
    "const found = springTides(tides);",
    "for (const day of found) {",
    "  console.log(day);",
    "}",
    "$ node tides.js",
    "4.62",
    "4.90",
  ]

  static let closing =
    "Run it again each month when the harbor office posts the new table, and the days of the "
    + "spring tides are yours before the ferry timetable is out."

  static var page: String {
    let top = ["Home", "News", "Guides", "Reading the tide table with a few lines of Python"]
    let opening = ArticleFixtures.ferryStory[0] + "\n\n" + ArticleFixtures.ferryStory[1]
    let intro = "The harbor office posts the table as a file, and this script reads it:"
    let bottom = ["Share", "Related guides", "Newsletter", "© 2026 Harbor Gazette"]
    return top.joined(separator: "\n\n") + "\n\n" + opening + "\n\n" + intro + "\n\n"
      + code.joined(separator: "\n") + "\n\n" + closing + "\n\n"
      + bottom.joined(separator: "\n\n")
  }

  @Test func aCodeBlockAndTheParagraphAfterItStay() throws {
    let body = try ArticleFixtures.clean(text: Self.page).article.bodyText
    for line in Self.code {
      #expect(body.contains(line.trimmingCharacters(in: .whitespaces)), "lost: \(line)")
    }
    #expect(body.contains(Self.closing))
    #expect(!body.contains("Related guides"))
  }

  @Test func aPagesScriptAboveTheStoryStaysOut() throws {
    let script = [
      "var config = {\"timeout\": 3600, \"label\": \"Keep the screen on while you read.\"};",
      "var moduleName = 'wakeLock';",
      "Harbor.Widgets.register(moduleName, config);",
      "})();",
    ]
    let text =
      script.joined(separator: "\n") + "\n\n"
      + ArticleFixtures.ferryStory.joined(separator: "\n\n")
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == ArticleFixtures.ferryStory)
  }

  @Test func anInterpretersPromptsKeepTheirBlockAndTheParagraphAfterIt() throws {
    // A session at a prompt ("> 41 + 38", then "79") has no brackets or assignments, but its
    // prompts make it code: the block joins the program above it, and the paragraph below
    // stays with the article.
    let block = [
      "import statistics", "def tally(days):", "return statistics.mean(days)", "",
      "tally([41, 38, 52])", "", "> 41 + 38", "79", "", "> 79 * 2", "158", "", "> 158 - 52",
      "106",
    ]
    let closing =
      "Keep in mind that the counts after a storm run high, since the boats stay in and the "
      + "gulls wait on the wall for them."
    let lines = [
      "Harbor Notes » Counting gulls in Python", "Harbor Notes", "Counting gulls in Python",
      "Posted by Mara",
      "A small example of how the harbor office tallies the gulls on the breakwater each "
        + "morning, with nothing but the standard library and a list of numbers from last week.",
      block.joined(separator: "\n"), closing, "Posted by Mara", "Leave a comment",
      "Name (required)", "Calendar",
    ]
    let body = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n")).article.bodyText
    for line in block where !line.isEmpty {
      #expect(body.contains(line), "lost: \(line)")
    }
    #expect(body.contains(closing))
    #expect(!body.contains("Leave a comment"))
  }

  @Test func promptsReadAsPrompts() {
    for line in ["> 41 + 38", "... show(total)", "...", "% ls -l"] {
      #expect(TextDumpCleaner.isPromptLine(line), "\(line)")
    }
    for line in [">41", "...and then the ferry left.", "Home", "%d", "50% off"] {
      #expect(!TextDumpCleaner.isPromptLine(line), "\(line)")
    }
  }

  @Test func codeReadsAsCode() {
    for line in [
      "client.connect((host, port))", "total = 0", "if (count == 3) {", "}", "x += 1;",
      "# a comment", "// a comment", "$ make install", ">>> len(items)", "fn main() -> i32",
    ] {
      #expect(TextDumpCleaner.isCodeLine(line), "\(line)")
    }
    for line in [
      "Home", "Contact us (24 hours)", "Score: 3-1", "Rates rise by 2% (see table)",
      "The council met on Monday.", "Prices from £5 – great value", "A (very) long wait",
    ] {
      #expect(!TextDumpCleaner.isCodeLine(line), "\(line)")
    }
  }
  /// Whether a line reads as code, by a plain reading of every character: what
  /// ``TextDumpCleaner/isCodeLine(_:)`` gives with its eight-byte scan.
  static func readsAsCodePlainly(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last,
      line.utf8.count <= TextDumpCleaner.maximumCodeLineLength
    else { return false }
    if first == "#" || last == ";" || last == "{" || first == "}" { return true }
    if line.hasPrefix("//") || line.hasPrefix("$ ") || line.hasPrefix(">>>") { return true }
    for (index, scalar) in scalars.enumerated() {
      let previous: Unicode.Scalar = index > 0 ? scalars[index - 1] : " "
      let beforePrevious: Unicode.Scalar = index > 1 ? scalars[index - 2] : " "
      switch scalar {
      case "(":
        if previous.isASCII,
          previous.properties.isAlphabetic || ("0"..."9").contains(previous)
            || previous == "_"
        {
          return true
        }
      case "{", "}": return true
      case " ":
        if previous == "=", "= +-*/!<>:%|&".unicodeScalars.contains(beforePrevious) {
          return true
        }
        if previous == ">", beforePrevious == "-" || beforePrevious == "=" { return true }
      default: break
      }
    }
    return false
  }

  @Test func theEightByteScanAgreesWithAPlainReading() {
    var random = ASCIIWordTests.Seeded(state: 19)
    // Mostly prose, with now and then a piece that may make a mark of code.
    let prose = ["a", "word", " ", " ", "  ", ".", ",", "x", "9", "_", "é", "—", "“", "”", "日本"]
    let marks = [
      "(", "x(", " (", "_(", "9(", "{", "}", "=", " = ", " == ", "= ", " += ", " -> ", "->",
      " => ", ">", "<", ";",
    ]
    var codeLines = 0
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...24, using: &random)
      let line = (0..<count).map { _ in
        (Int.random(in: 0..<20, using: &random) == 0 ? marks : prose)
          .randomElement(using: &random)!
      }.joined()
      let expected = Self.readsAsCodePlainly(line)
      if expected { codeLines += 1 }
      #expect(TextDumpCleaner.isCodeLine(line) == expected, "\(line)")
    }
    // Both answers are common enough for the comparison to tell.
    #expect(codeLines > 2_000 && codeLines < 18_000, "\(codeLines)")
  }
}
