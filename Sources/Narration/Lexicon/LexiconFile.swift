import Foundation
import Yams

/// Reads lexicon files: narrate's own YAML format, or W3C PLS (`.pls`) as other TTS services use.
///
/// YAML lexicons look like this (keys other than these are rejected by name):
/// ```yaml
/// entries:
///   - word: Kyiv              # or words: [Kyiv, Kiev]
///     phonemes: "k'i:Iv"      # eSpeak NG mnemonics; or text: "Keev"
///     case: any               # any (default), exact, or proper
///     note: Why, and how the pronunciation was checked.
/// ```
public enum LexiconFile {
  /// What reading a lexicon file gave: the entries, and entries it could not use, reported.
  public struct Loaded: Sendable, Hashable {
    /// The usable pronunciations.
    public var lexicon: Lexicon
    /// One line per entry that was skipped and why (PLS phonemes in an unsupported alphabet).
    public var unsupported: [String]
  }

  static let allowedKeys = ["description", "language", "entries"]
  static let allowedEntryKeys = ["word", "words", "phonemes", "text", "case", "note"]

  /// Reads a lexicon file, choosing the format from its extension (`.pls`/`.xml` is PLS).
  public static func load(_ url: URL) throws(NarrationError) -> Loaded {
    guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(url.path) }
    let text = try Resources.text(at: url)
    switch url.pathExtension.lowercased() {
    case "pls", "xml":
      return try PLSLexicon.parse(text, file: url.path)
    default:
      return Loaded(lexicon: try parse(yaml: text, file: url.path), unsupported: [])
    }
  }

  /// Parses narrate's YAML lexicon format.
  public static func parse(yaml: String, file: String) throws(NarrationError) -> Lexicon {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch {
      throw .invalidInput(file, problem: "not a valid YAML lexicon: \(error)")
    }
    guard let mapping = node?.mapping else {
      throw .invalidInput(file, problem: "a lexicon is a YAML mapping with an 'entries' list")
    }
    try checkKeys(mapping, allowed: allowedKeys, file: file, prefix: "")
    guard let list = mapping["entries"]?.sequence else {
      throw .invalidInput(file, problem: "'entries' must be a list of {word, phonemes or text}")
    }
    var entries: [LexiconEntry] = []
    for (number, item) in list.enumerated() {
      let label = "entries[\(number + 1)]"
      guard let entry = item.mapping else {
        throw .invalidInput(
          file, problem: "\(label) must be a mapping such as {word: Kyiv, text: Keev}")
      }
      try checkKeys(entry, allowed: allowedEntryKeys, file: file, prefix: label + ".")
      var words: [String] = []
      if let word = entry["word"]?.string { words.append(word) }
      if let list = entry["words"]?.sequence { words += list.compactMap(\.string) }
      words = words.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      guard !words.isEmpty else {
        throw .invalidInput(file, problem: "\(label) needs 'word' (or a 'words' list)")
      }
      let replacement: LexiconEntry.Replacement
      switch (entry["phonemes"]?.string, entry["text"]?.string) {
      case (let phonemes?, nil):
        guard !phonemes.isEmpty, !phonemes.contains("[["), !phonemes.contains("]]") else {
          throw .invalidInput(
            file, problem: "\(label) '\(words[0])': give phonemes without [[ ]], e.g. k'i:Iv")
        }
        replacement = .phonemes(phonemes)
      case (nil, let text?):
        replacement = .text(text)
      default:
        throw .invalidInput(
          file, problem: "\(label) '\(words[0])' needs exactly one of 'phonemes' or 'text'")
      }
      var rule = LexiconEntry.CaseRule.any
      if let value = entry["case"]?.string {
        guard let parsed = LexiconEntry.CaseRule(rawValue: value) else {
          let choices = LexiconEntry.CaseRule.allCases.map(\.rawValue)
          throw .invalidInput(
            file,
            problem:
              "\(label).case '\(value)' is not a case rule; use one of \(choices.joined(separator: ", "))"
          )
        }
        rule = parsed
      }
      for word in words {
        entries.append(
          LexiconEntry(
            word: word, replacement: replacement, caseRule: rule, note: entry["note"]?.string))
      }
    }
    return Lexicon(entries: entries)
  }

  private static func checkKeys(
    _ mapping: Node.Mapping, allowed: [String], file: String, prefix: String
  ) throws(NarrationError) {
    for key in mapping.keys {
      let name = key.string ?? "\(key)"
      guard !allowed.contains(name) else { continue }
      let nearest = VoiceCatalog.nearest(name, in: allowed, count: 2)
      throw .invalidInput(
        file,
        problem:
          "unknown key '\(prefix)\(name)'; did you mean \(nearest.joined(separator: " or "))?")
    }
  }
}
