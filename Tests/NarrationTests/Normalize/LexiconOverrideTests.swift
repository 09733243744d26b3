import Foundation
import Testing

@testable import Narration

/// A preset's lexicon overrides any word, even ones the normalizer has rules for.
private enum LexiconFixture {
  static let lexicon = Lexicon(entries: [
    LexiconEntry(word: "Dr", replacement: .text("Doktor")),
    LexiconEntry(word: "GDP", replacement: .phonemes("dZ'i:di:p'i:"), caseRule: .exact),
    LexiconEntry(word: "St Kilda", replacement: .text("Saint Kilda")),
    LexiconEntry(word: "B2B", replacement: .text("business to business")),
  ])
}

@Test func normalizerLeavesLexiconWordsAsWritten() throws {
  let plain = try NormalizerTables.bundled()
  let kept = plain.withLexicon(LexiconFixture.lexicon)
  let text = "Dr. Smith said GDP rose 5% in St Kilda, a B2B hub."
  // Without the lexicon the rules rewrite these words.
  #expect(
    Normalizer(tables: plain).normalize(text)
      == "Doctor Smith said G D P rose five percent in Saint Kilda, a B two B hub.")
  // With it they are left for the lexicon; the rest is still normalized.
  #expect(
    Normalizer(tables: kept).normalize(text)
      == "Dr. Smith said GDP rose five percent in St Kilda, a B2B hub.")
  // Case rules and possessives are honoured: lower-case "gdp" is not the exact entry.
  #expect(Normalizer(tables: kept).normalize("GDP's rise, Dr's note") == "GDP's rise, Dr's note")
}

@Test func presetLexiconOverridesNormalizerRules() throws {
  var preset = try ScriptFixtures.preset()
  preset.lexicon = LexiconFixture.lexicon
  let builder = ScriptBuilder(
    voice: preset, normalizer: try ScriptFixtures.normalizer(for: preset))
  let spoken = builder.speakable("Dr. Smith said GDP rose 5% in St Kilda.")
  #expect(
    spoken == "Doktor. Smith said [[dZ'i:di:p'i:]] rose five percent in Saint Kilda.")
  // The engine hears the lexicon's phonemes, not the letters the normalizer would have spelled.
  let engine = try SpeechEngine.shared()
  let heard = try engine.phonemes("GDP rose", voice: preset, input: "test").joined(separator: " ")
  let withLexicon = try engine.phonemes(
    builder.speakable("GDP rose"), voice: preset, input: "test"
  ).joined(separator: " ")
  #expect(withLexicon.contains("dZ'i:di:p'i:"))
  #expect(heard != withLexicon)
}

@Test func lexiconWordsOverrideUnitsAfterNumbers() throws {
  let plain = try NormalizerTables.bundled()
  let text = "The trail is 64 km long; we drove at 90 km/h, then 12km more."
  #expect(
    Normalizer(tables: plain).normalize(text)
      == "The trail is sixty four kilometers long; we drove at ninety kilometers per hour, then "
      + "twelve kilometers more.")
  // A pronunciation lexicon with "km": the unit is left for it to say.
  let kept = plain.withLexicon(
    Lexicon(entries: [LexiconEntry(word: "km", replacement: .text("klicks"))]))
  #expect(
    Normalizer(tables: kept).normalize(text)
      == "The trail is sixty four km long; we drove at ninety km per hour, then twelve km more.")
  // A reading from the word lexicon replaces the unit's name.
  let read = plain.withLexicon(["km": "klicks"])
  #expect(
    Normalizer(tables: read).normalize(text)
      == "The trail is sixty four klicks long; we drove at ninety klicks per hour, then twelve "
      + "klicks more.")
}
