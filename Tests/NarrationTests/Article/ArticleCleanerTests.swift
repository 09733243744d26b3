import Foundation
import Testing

@testable import Narration

@Suite struct ArticleCleanerTests {
  static let fixtures = [
    "harbor-dump.txt", "german-dump.txt", "gallery-dump.txt", "related-box-dump.txt",
    "harbor-page.html", "lighthouse-page.html", "columns-page.html", "harbor-notes.md",
  ]

  /// A cleaner compiles its rules once; it must then give every document what a fresh cleaner
  /// gives it, whatever it cleaned before and whichever thread asks.
  @Test func oneCleanerServesManyDocumentsAndThreadsAsFreshCleanersDo() throws {
    let rules = try CleaningRules.bundled()
    let documents = try Self.fixtures.map(ArticleFixtures.document)
    let fresh = try documents.map { try ArticleCleaner(rules: rules).clean($0) }
    // The HTML page states its date in JSON-LD as an ISO 8601 timestamp, the one reading that
    // makes a date formatter.
    #expect(fresh[4].article.published != nil)

    let shared = ArticleCleaner(rules: rules)
    let again = try (documents + documents.reversed()).map { try shared.clean($0) }
    #expect(again == fresh + fresh.reversed())

    let rounds = 4
    let results = Results(count: documents.count * rounds)
    DispatchQueue.concurrentPerform(iterations: documents.count * rounds) { index in
      results.set(index, try? shared.clean(documents[index % documents.count]))
    }
    for index in 0..<(documents.count * rounds) {
      #expect(results.get(index) == fresh[index % documents.count], "\(index)")
    }
  }

  /// The results of concurrent runs, written under a lock.
  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [CleaningResult?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: CleaningResult?) {
      lock.withLock { values[index] = value }
    }

    func get(_ index: Int) -> CleaningResult? {
      lock.withLock { values[index] }
    }
  }
}
