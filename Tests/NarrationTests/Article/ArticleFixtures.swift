import Foundation

@testable import Narration

/// Loads the hand-made article fixtures and runs the cleaner with the bundled rules.
enum ArticleFixtures {
  /// The invented opening paragraph of a story about a harbor market, for dump tests.
  static let harborLead =
    "The harbor council voted on Tuesday to rebuild the old fish market as a covered hall for "
    + "farmers, bakers and the fishing families who have sold from the quay for a century."

  /// The invented four paragraphs of the harbor market story, for tests that put short lines
  /// or chrome between and after them.
  static let harborStory = [
    harborLead,
    "Work will start in March and take about a year, the council said, and the stalls will be "
      + "let at the old rents to traders who held a licence before the market closed.",
    "The architects plan to keep the iron roof and the clock, which were restored in 1998, and "
      + "to add solar panels on the sheds along the southern side of the quay.",
    "The council expects the first traders to move in before the summer season starts in June.",
  ]

  /// A paragraph broken into lines of at most `width` characters, as a text browser or a dump
  /// made at that width wraps it.
  static func wrapped(_ paragraph: String, width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for word in paragraph.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }

  /// Invented HTML paragraphs of a story about a harbour vote, each a full sentence with
  /// commas, one per label (the label opens the paragraph, so tests can find it).
  static func harbourParagraphs(_ labels: [String]) -> String {
    labels.map { label in
      "<p>\(label) The council met on Tuesday evening, and members argued for an hour about "
        + "the budget, the roads and the school before they voted on the harbour plan.</p>"
    }.joined(separator: "\n")
  }

  /// Three invented paragraphs of a news story, for tests that put page chrome around them.
  static let ferryStory = [
    "Ferry crews on the tide-powered line between Kelmouth and the island voted on Monday to "
      + "strike for two days next month over a new winter rota.",
    "The union said the rota would add four late shifts a month for every crew without extra "
      + "pay, and that the company had refused to meet it before the vote.",
    "The company said the rota was needed to keep the evening crossings running through the "
      + "storms, when the island has no other link to the mainland.",
  ]

  static func text(_ name: String) throws -> String {
    let url = Bundle.module.bundleURL.appendingPathComponent("Fixtures/Article/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
  }

  static func document(_ name: String) throws -> SourceDocument {
    let url = Bundle.module.bundleURL.appendingPathComponent("Fixtures/Article/\(name)")
    return try SourceDocument(name: name, data: try Data(contentsOf: url))
  }

  static func clean(
    _ document: SourceDocument, options: CleaningOptions = CleaningOptions()
  ) throws -> CleaningResult {
    try ArticleCleaner(rules: try CleaningRules.bundled()).clean(document, options: options)
  }

  static func clean(
    text: String, name: String = "page.txt", format: InputFormat = .text,
    options: CleaningOptions = CleaningOptions()
  ) throws -> CleaningResult {
    try clean(SourceDocument(name: name, text: text, format: format), options: options)
  }

  /// Cleans an invented HTML page.
  static func clean(html: String) throws -> CleaningResult {
    try clean(text: html, name: "page.html", format: .html)
  }

  /// The reason a given source line was dropped, if it was.
  static func reason(_ result: CleaningResult, line: Int) -> String? {
    result.dropped.first { $0.line == line }?.reason
  }
}
