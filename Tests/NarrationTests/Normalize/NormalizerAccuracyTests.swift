import Foundation
import Testing

@testable import Narration

/// One normalizer over the bundled tables for the invented sentences below.
///
/// Each pins a reading a newsreader would give that the normalizer once got wrong, next to
/// look-alikes that must stay as they were.
private enum AccuracyFixture {
  static let tables: NormalizerTables? = try? NormalizerTables.bundled()
  static func normalizer() throws -> Normalizer {
    Normalizer(tables: try #require(Self.tables))
  }
}

@Test(arguments: [
  ("The vicar read 1 Corinthians 13 aloud.", "The vicar read First Corinthians thirteen aloud."),
  ("Her text was 2 Kings 4:8 today.", "Her text was Second Kings four eight today."),
  (
    "We studied 1 Cor. 15:3 and 2 Tim. 3:16.",
    "We studied First Corinthians fifteen three and Second Timothy three sixteen."
  ),
  ("It quotes II Thessalonians twice.", "It quotes Second Thessalonians twice."),
  // Without a chapter and verse, "Kings" or "Peter" after a number is no book.
  ("The 2 Kings met at dawn.", "The two Kings met at dawn."),
  ("Her 3 Peter Rabbit books sold.", "Her three Peter Rabbit books sold."),
])
func numberedBooksOfTheBible(_ written: String, _ spoken: String) throws {
  #expect(try AccuracyFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The shop stood at 417C Willow Lane.", "The shop stood at four seventeen C Willow Lane."),
  ("She lived at No. 108B Mill Road.", "She lived at number one oh eight B Mill Road."),
  ("We met at 417 Willow Lane.", "We met at four seventeen Willow Lane."),
  // A street type written as a lower-case word after a number is no address.
  ("He bought a 4 TB drive last week.", "He bought a four terabyte drive last week."),
])
func houseNumbersWithALetter(_ written: String, _ spoken: String) throws {
  #expect(try AccuracyFixture.normalizer().normalize(written) == spoken)
}
