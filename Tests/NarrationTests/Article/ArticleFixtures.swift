import Foundation

@testable import Narration

/// Loads the hand-made article fixtures and runs the cleaner with the bundled rules.
enum ArticleFixtures {
  /// The invented opening paragraph of a story about a harbor market, for dump tests.
  static let harborLead =
    "The harbor council voted on Tuesday to rebuild the old fish market as a covered hall for "
    + "farmers, bakers and the fishing families who have sold from the quay for a century."

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
