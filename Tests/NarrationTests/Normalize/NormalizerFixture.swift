import Testing

@testable import Narration

/// One normalizer per dialect over the bundled tables, shared by the normalizer's tests.
///
/// The tables are read once per test process; a test that finds them missing fails with
/// `#require` rather than crashing.
enum NormalizerFixture {
  static let tables: NormalizerTables? = try? NormalizerTables.bundled()

  static func normalizer(_ dialect: NormalizerOptions.Dialect = .american) throws -> Normalizer {
    let tables = try #require(Self.tables)
    return Normalizer(tables: tables, options: NormalizerOptions(dialect: dialect))
  }
}
