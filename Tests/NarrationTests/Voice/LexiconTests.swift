import Foundation
import Testing

@testable import Narration

/// Lexicon matching rules, the shipped lexicon against the real engine, and PLS import.
@Suite struct LexiconTests {
  static let lexicon = Lexicon(entries: [
    LexiconEntry(word: "Kyiv", replacement: .phonemes("k'i:Iv")),
    LexiconEntry(word: "US", replacement: .text("U S"), caseRule: .exact),
    LexiconEntry(word: "Nice", replacement: .text("Neess"), caseRule: .proper),
    LexiconEntry(word: "Verkhovna Rada", replacement: .phonemes("v3:x'0vn@ r'A:d@")),
    LexiconEntry(word: "Rada", replacement: .phonemes("r'A:d@")),
    LexiconEntry(word: "Kuleba", replacement: .phonemes("ku:l'Eb@")),
    LexiconEntry(word: "Kostin", replacement: .phonemes("k'0sti:n")),
    LexiconEntry(word: "Sprat", replacement: .phonemes("spr'at")),
    LexiconEntry(word: "Hess", replacement: .phonemes("h'Es")),
  ])

  @Test(arguments: [
    ("Kyiv and KYIV and kyiv", "[[k'i:Iv]] and [[k'i:Iv]] and [[k'i:Iv]]"),
    ("Kyivan Kyiv-based", "Kyivan [[k'i:Iv]]-based"),
    ("the US and us", "the U S and us"),
    ("a nice day in Nice", "a nice day in Neess"),
    ("the Verkhovna  Rada and the Rada", "the [[v3:x'0vn@ r'A:d@]] and the [[r'A:d@]]"),
    ("Kuleba's and Kostin's", "[[ku:l'Eb@z]] and [[k'0sti:nz]]"),
    ("Sprat's and Hess's", "[[spr'ats]] and [[h'EsIz]]"),
    ("the Verkhovna Rada's vote", "the [[v3:x'0vn@ r'A:d@z]] vote"),
    ("US's", "U S's"),
  ])
  func matchesWholeWordsWithCaseRules(_ input: String, _ expected: String) {
    #expect(Self.lexicon.apply(input) == expected)
  }

  @Test func laterEntriesWin() {
    let merged = Self.lexicon.merging(
      Lexicon(entries: [LexiconEntry(word: "Kyiv", replacement: .text("Keev"))]))
    #expect(merged.apply("Kyiv") == "Keev")
  }

  /// Every entry of every shipped lexicon is spoken as written: eSpeak's phonemes for the word,
  /// after the lexicon, contain the entry's phonemes, and differ from eSpeak's own guess.
  @Test func shippedLexiconsChangeWhatTheEngineSays() throws {
    let library = try ScriptFixtures.library()
    let files = library.lexiconFiles()
    #expect(files["default"] != nil)
    let engine = try SpeechEngine.shared()
    let preset = try ScriptFixtures.preset()
    for (name, url) in files {
      let loaded = try LexiconFile.load(url)
      #expect(loaded.unsupported.isEmpty, "\(name): \(loaded.unsupported)")
      for entry in loaded.lexicon.entries {
        guard case .phonemes(let phonemes) = entry.replacement else { continue }
        let spelling = entry.word
        let withLexicon = try engine.phonemes(
          loaded.lexicon.apply(spelling), voice: preset, input: name
        ).joined(separator: " ")
        let without = try engine.phonemes(spelling, voice: preset, input: name)
          .joined(separator: " ")
        #expect(withLexicon == phonemes, "\(name): \(entry.word) gave \(withLexicon)")
        #expect(without != phonemes, "\(name): \(entry.word) needs no entry (\(without))")
        #expect(entry.note?.isEmpty == false, "\(name): \(entry.word) has no note")
      }
    }
  }

  @Test func yamlLexiconRejectsUnknownKeysAndMissingPronunciations() {
    #expect {
      try LexiconFile.parse(yaml: "entries:\n  - word: Kyiv\n    phoneme: x", file: "l.yml")
    } throws: { "\($0)".contains("phoneme") && "\($0)".contains("phonemes") }
    #expect {
      try LexiconFile.parse(yaml: "entries:\n  - word: Kyiv", file: "l.yml")
    } throws: { "\($0)".contains("exactly one of 'phonemes' or 'text'") }
    #expect {
      try LexiconFile.parse(
        yaml: "entries:\n  - word: Kyiv\n    text: x\n    case: upper", file: "l.yml")
    } throws: { "\($0)".contains("any, exact, proper") }
    #expect {
      try LexiconFile.parse(
        yaml: "entries:\n  - word: Kyiv\n    phonemes: \"a]] [[b\"", file: "l.yml")
    } throws: { "\($0)".contains("without [[ ]]") }
  }

  static let pls = """
    <?xml version="1.0" encoding="UTF-8"?>
    <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
        alphabet="ipa" xml:lang="en-US">
      <lexeme>
        <grapheme>Kyiv</grapheme>
        <grapheme>Kiev</grapheme>
        <phoneme alphabet="x-espeak">k'i:Iv</phoneme>
      </lexeme>
      <lexeme>
        <grapheme>NATO</grapheme>
        <alias>Nato</alias>
      </lexeme>
      <lexeme>
        <grapheme>Kuleba</grapheme>
        <phoneme>kʊˈlɛbɐ</phoneme>
      </lexeme>
      <lexeme>
        <grapheme>Kostin</grapheme>
        <phoneme>ˈkɔstʲin</phoneme>
        <phoneme alphabet="espeak">k'0sti:n</phoneme>
      </lexeme>
    </lexicon>
    """

  @Test func plsImportTakesAliasesAndEspeakPhonemesAndReportsTheRest() throws {
    let loaded = try PLSLexicon.parse(Self.pls, file: "names.pls")
    #expect(
      loaded.lexicon.apply("Kiev, Kyiv, NATO, Kostin")
        == "[[k'i:Iv]], [[k'i:Iv]], Nato, [[k'0sti:n]]")
    #expect(loaded.unsupported.count == 1)
    #expect(loaded.unsupported.first?.contains("Kuleba") == true)
    #expect(loaded.unsupported.first?.contains("ipa") == true)
    #expect(loaded.unsupported.first?.contains("line 13") == true)
  }

  @Test func plsWithUnsupportedEntriesIsRejectedInAPreset() throws {
    let folder = try TestSupport.temporaryFolder("pls")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("lexicons"), withIntermediateDirectories: true)
    try TestSupport.write(Self.pls, to: "lexicons/names.pls", in: folder)
    try TestSupport.write("voice: en-us\nlexicons: [names]\n", to: "mine.yml", in: folder)
    #expect {
      try VoiceLibrary(folders: [folder]).preset(named: "mine")
    } throws: { "\($0)".contains("Kuleba") && "\($0)".contains("mine.yml") }
  }

  @Test func malformedPLSNamesLineAndColumn() {
    #expect {
      try PLSLexicon.parse("<lexicon>\n<lexeme><grapheme>x</lexeme>\n</lexicon>", file: "bad.pls")
    } throws: { error in
      guard let error = error as? NarrationError,
        case .malformedScript(_, let line, _, _) = error
      else { return false }
      return line == 2
    }
  }
}
