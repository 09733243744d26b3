/// A pronunciation lexicon: words and phrases replaced by other text or eSpeak NG phonemes.
///
/// Applied to normalized text, whole words only, in one left-to-right pass (a replacement is
/// never matched again). Phonemes come out as `[[...]]`, which the engine speaks because it runs
/// with `espeakPHONEMES`; an article's own `[[` is defused before the lexicon runs (see
/// ``ScriptBuilder``). A possessive `'s` after a phoneme entry joins the phonemes, because eSpeak
/// reads `[[...]]'s` as a separate "s".
public struct Lexicon: Sendable, Hashable, Codable {
  /// The entries, in file order; for the same word a later entry wins.
  public private(set) var entries: [LexiconEntry]

  /// Creates a lexicon.
  public init(entries: [LexiconEntry] = []) {
    self.entries = entries
  }

  /// This lexicon with another's entries added after (and taking precedence over) its own.
  public func merging(_ other: Lexicon) -> Lexicon {
    Lexicon(entries: entries + other.entries)
  }

  /// Whether the lexicon has no entries.
  public var isEmpty: Bool { entries.isEmpty }

  /// Replaces every listed word in a text.
  public func apply(_ text: String) -> String {
    guard !entries.isEmpty else { return text }
    let index = Dictionary(grouping: entries.reversed()) { entry in
      entry.word.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() } ?? ""
    }
    let tokens = Self.tokens(text)
    var result = ""
    var position = 0
    while position < tokens.count {
      let token = tokens[position]
      guard token.isWord, let match = bestMatch(at: position, in: tokens, text: text, index: index)
      else {
        result += text[token.range]
        position += 1
        continue
      }
      result += match.spoken
      position = match.next
    }
    return result
  }

  private struct Match {
    var spoken: String
    var next: Int
  }

  /// The longest entry matching at a word token, trying the word as written and then without a
  /// possessive `'s`.
  private func bestMatch(
    at position: Int, in tokens: [Token], text: String, index: [String: [LexiconEntry]]
  ) -> Match? {
    let first = text[tokens[position].range]
    var stems: [(Substring, possessive: Bool)] = [(first, false)]
    if let stem = Self.possessiveStem(first) { stems.append((stem, true)) }
    for (stem, possessive) in stems {
      let candidates = (index[stem.lowercased()] ?? []).sorted {
        $0.word.split(whereSeparator: \.isWhitespace).count
          > $1.word.split(whereSeparator: \.isWhitespace).count
      }
      for entry in candidates {
        let words = entry.word.split(whereSeparator: \.isWhitespace)
        // A phrase: its later words must follow, separated only by whitespace.
        var end = position
        var spelling = String(stem)
        var matched = true
        var lastIsPossessive = possessive
        if words.count > 1 {
          guard !possessive else { continue }
          for word in words.dropFirst() {
            guard end + 2 < tokens.count, !tokens[end + 1].isWord,
              text[tokens[end + 1].range].allSatisfy(\.isWhitespace), tokens[end + 2].isWord
            else {
              matched = false
              break
            }
            var next = text[tokens[end + 2].range]
            lastIsPossessive = false
            if word == words.last, next.lowercased() != word.lowercased(),
              let stem = Self.possessiveStem(next)
            {
              next = stem
              lastIsPossessive = true
            }
            guard next.lowercased() == word.lowercased() else {
              matched = false
              break
            }
            spelling += " " + next
            end += 2
          }
        }
        guard matched, entry.accepts(Substring(spelling)) else { continue }
        switch entry.replacement {
        case .phonemes(let phonemes):
          let spoken =
            lastIsPossessive ? phonemes + Self.possessiveSuffix(after: phonemes) : phonemes
          return Match(spoken: "[[" + spoken + "]]", next: end + 1)
        case .text(let replacement):
          let suffix =
            lastIsPossessive ? String(text[tokens[end].range].suffix(2)) : ""
          return Match(spoken: replacement + suffix, next: end + 1)
        }
      }
    }
    return nil
  }

  /// "Kyiv" for "Kyiv's" or "Kyiv’s"; nil for other words.
  static func possessiveStem(_ word: Substring) -> Substring? {
    guard word.count > 2, word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("'S")
    else { return nil }
    return word.dropLast(2)
  }

  /// The possessive ending's phoneme after a pronunciation: "Iz" after a sibilant, "s" after a
  /// voiceless consonant, "z" otherwise (as in "Kuleba's", "Kostin's").
  static func possessiveSuffix(after phonemes: String) -> String {
    let sounds = phonemes.filter { !"',%=_:;|".contains($0) && !$0.isWhitespace }
    if sounds.hasSuffix("tS") || sounds.hasSuffix("dZ") || sounds.hasSuffix("S")
      || sounds.hasSuffix("Z") || sounds.hasSuffix("s") || sounds.hasSuffix("z")
    {
      return "Iz"
    }
    if let last = sounds.last, "ptkfT".contains(last) { return "s" }
    return "z"
  }

  /// A run of word characters (letters, digits, and apostrophes between letters) or of others.
  struct Token {
    var range: Range<String.Index>
    var isWord: Bool
  }

  static func tokens(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var start = text.startIndex
    var index = text.startIndex
    var inWord: Bool?
    func isWordCharacter(_ position: String.Index) -> Bool {
      let character = text[position]
      if character.isLetter || character.isNumber { return true }
      guard character == "'" || character == "’", position > text.startIndex else { return false }
      let next = text.index(after: position)
      return next < text.endIndex && text[next].isLetter
        && text[text.index(before: position)].isLetter
    }
    while index < text.endIndex {
      let word = isWordCharacter(index)
      if let current = inWord, current != word {
        tokens.append(Token(range: start..<index, isWord: current))
        start = index
      }
      inWord = word
      index = text.index(after: index)
    }
    if let current = inWord { tokens.append(Token(range: start..<text.endIndex, isWord: current)) }
    return tokens
  }
}
