/// One pronunciation: a word or phrase and what to say instead.
public struct LexiconEntry: Sendable, Hashable, Codable {
  /// What replaces the word.
  public enum Replacement: Sendable, Hashable, Codable {
    /// Other words that eSpeak NG reads the right way ("Keev").
    case text(String)
    /// eSpeak NG phoneme mnemonics, spoken as `[[...]]` ("k'i:Iv").
    case phonemes(String)
  }

  /// Which spellings of the word match.
  public enum CaseRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Any capitalisation ("kyiv", "Kyiv", "KYIV").
    case any
    /// Only the spelling as written ("US" but not "us").
    case exact
    /// Only with a capital first letter, for names that are also common words ("Nice", "Reading").
    case proper
  }

  /// The word or phrase as written; spaces match any run of whitespace.
  public var word: String
  /// What is said instead.
  public var replacement: Replacement
  /// Which spellings match.
  public var caseRule: CaseRule
  /// Why the entry exists and how the pronunciation was chosen.
  public var note: String?

  /// Creates an entry.
  public init(
    word: String, replacement: Replacement, caseRule: CaseRule = .any, note: String? = nil
  ) {
    self.word = word
    self.replacement = replacement
    self.caseRule = caseRule
    self.note = note
  }

  /// Whether a matched spelling satisfies the case rule.
  func accepts(_ spelling: Substring) -> Bool {
    let normalizedSpelling = spelling.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let normalizedWord = word.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    switch caseRule {
    case .any:
      return normalizedSpelling.lowercased() == normalizedWord.lowercased()
    case .exact:
      return normalizedSpelling == normalizedWord
    case .proper:
      guard let first = normalizedSpelling.first, first.isUppercase else { return false }
      return normalizedSpelling.lowercased() == normalizedWord.lowercased()
    }
  }
}
