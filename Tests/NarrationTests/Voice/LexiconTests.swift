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

  /// Every phoneme entry of every shipped lexicon is read by eSpeak NG as written.
  ///
  /// eSpeak's own reading of `[[...]]` comes from the espeak-ng program (`-x` prints the
  /// phonemes it speaks; the library's TextToPhonemes does not read `[[...]]`). Mnemonics it
  /// does not know would be dropped or changed, so its output must be within two edits of the
  /// entry (it inserts ';', and writes a final schwa as "a#" in RP or "3" before "r"), and the
  /// entry must differ from what eSpeak says for the plain word.
  @Test(arguments: ["en-us", "en-gb-x-rp"])
  func shippedLexiconPhonemesAreReadByTheEngine(voice: String) throws {
    let espeak = try #require(
      TestSupport.tool("espeak-ng"), "espeak-ng is installed by `make test`")
    let files = try ScriptFixtures.library().lexiconFiles()
    #expect(files["default"] != nil)
    func spoken(_ text: String) throws -> String {
      let result = try TestSupport.run(espeak, ["-q", "-x", "-v", voice, text])
      #expect(result.status == 0)
      return result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        .replacingOccurrences(of: ";", with: "").replacingOccurrences(of: "a#", with: "@")
    }
    for (name, url) in files {
      let loaded = try LexiconFile.load(url)
      #expect(loaded.unsupported.isEmpty, "\(name): \(loaded.unsupported)")
      for entry in loaded.lexicon.entries {
        #expect(entry.note?.isEmpty == false, "\(name): \(entry.word) has no note")
        guard case .phonemes(let phonemes) = entry.replacement else { continue }
        let read = try spoken("[[" + phonemes + "]]")
        #expect(
          EditDistance.between(read, phonemes) <= 2,
          "\(name): eSpeak read [[\(phonemes)]] as \(read) with \(voice)")
        let own = try spoken(entry.word)
        #expect(own != read, "\(name): \(entry.word) is already \(own) with \(voice)")
      }
    }
  }

  /// The library's phoneme API shows the lexicon's pronunciation in place of eSpeak's own.
  @Test func phonemeAPIUsesTheLexicon() throws {
    let preset = try ScriptFixtures.preset()
    let audition = Audition(
      voice: preset, normalizer: try ScriptFixtures.normalizer(for: preset),
      engine: try SpeechEngine.shared())
    let lines = try audition.phonemes("Kuleba's visit. Then Kyiv, again")
    #expect(lines.count >= 2, "one line per clause: \(lines)")
    let all = lines.joined(separator: " ")
    #expect(all.contains("ku:l'Eb@z"))
    #expect(all.contains("k'i:Iv"))
    #expect(all.contains("v'Iz"), "eSpeak's own phonemes for the other words: \(all)")
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
