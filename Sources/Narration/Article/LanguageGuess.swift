/// Guesses the language of an article's text from its most frequent function words.
///
/// A light guess for text that does not say its language (page dumps, pages without `lang`):
/// it counts the stop words of each language (from the rule files) in the first words of the
/// text and names the language whose words are clearly the most frequent. Scripts written
/// without spaces are told by their letters: kana for Japanese, Han alone for Chinese, Thai.
/// It returns nothing when no language stands out, so that the default voice applies.
struct LanguageGuess: Sendable {
  /// For each stop word (lowercased), the languages that have it: one look-up a word.
  private let languagesOfWord: [String: [String]]

  /// Makes a guesser from each language's stop words (lowercased).
  init(stopWords: [String: Set<String>]) {
    var index: [String: [String]] = [:]
    for (language, words) in stopWords {
      for word in words { index[word, default: []].append(language) }
    }
    languagesOfWord = index
  }

  /// How many words of the text are read.
  static let sampleWords = 2000
  /// The fewest stop-word hits, and the least lead over the runner-up, for a guess.
  static let minimumHits = 8
  static let minimumLead = 1.5

  /// The language tag of an article's blocks (read from their start), or `nil`.
  func language(of blocks: [ArticleBlock]) -> String? {
    var sample = ""
    for block in blocks where sample.utf8.count < Self.sampleWords * 8 {
      sample += block.text + "\n"
    }
    return language(of: sample)
  }

  /// The language tag of a text, or `nil` when no language stands out.
  func language(of text: String) -> String? {
    var kana = 0
    var han = 0
    var thai = 0
    var letters = 0
    for scalar in text.unicodeScalars.prefix(Self.sampleWords * 6) {
      // Most scalars are ASCII, whose letters are told without a look-up in Unicode's tables.
      if scalar.isASCII {
        if ASCIIWord.isLetter(UInt8(scalar.value)) { letters += 1 }
        continue
      }
      switch scalar.value {
      case 0x3040...0x30FF: kana += 1
      case 0x3400...0x4DBF, 0x4E00...0x9FFF: han += 1
      case 0x0E00...0x0E7F: thai += 1
      default: if scalar.properties.isAlphabetic { letters += 1 }
      }
    }
    if kana * 10 > kana + han + thai + letters { return "ja" }
    if han * 2 > han + letters { return "zh" }
    if thai * 2 > thai + letters { return "th" }
    return ranked(Self.sample(text))
  }

  /// The first ``sampleWords`` words (runs of letters and apostrophes) in the first eight times
  /// as many characters of a text, lowercased.
  ///
  /// Read byte by byte where the text is ASCII: between two ASCII bytes a character always
  /// ends (but for a carriage return before a line feed, one character), so only a character
  /// that holds more than ASCII is read as a character.
  static func sample(_ text: String) -> [String] {
    var words: [String] = []
    let utf8 = text.utf8
    var index = text.startIndex
    var characters = 0
    var wordStart: String.Index?
    while index < text.endIndex, characters < sampleWords * 8 {
      let byte = utf8[index]
      var next = utf8.index(after: index)
      let inWord: Bool
      if byte < 0x80, next == text.endIndex || utf8[next] < 0x80 {
        if byte == 0x0D, next < text.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
        inWord = ASCIIWord.isLetter(byte) || byte == 0x27
      } else {
        next = text.index(after: index)
        inWord = !separatesWords(text[index])
      }
      characters += 1
      if inWord {
        if wordStart == nil { wordStart = index }
      } else if let start = wordStart {
        words.append(text[start..<index].lowercased())
        wordStart = nil
        if words.count == sampleWords { return words }
      }
      index = next
    }
    if let start = wordStart { words.append(text[start..<index].lowercased()) }
    return words
  }

  /// Whether a character is not part of a word: not a letter nor an apostrophe.
  private static func separatesWords(_ character: Character) -> Bool {
    // A character of one ASCII byte (most of them) is told without Unicode's tables.
    if character.utf8.count == 1, let byte = character.utf8.first {
      return !ASCIIWord.isLetter(byte) && byte != 0x27
    }
    return !character.isLetter && character != "’"
  }

  /// The language whose stop words are clearly the most frequent among lowercased words.
  private func ranked(_ words: [String]) -> String? {
    var hits: [String: Int] = [:]
    for word in words {
      for language in languagesOfWord[word] ?? [] { hits[language, default: 0] += 1 }
    }
    let ranked = hits.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    guard let best = ranked.first, best.value >= Self.minimumHits else { return nil }
    let runnerUp = ranked.dropFirst().first?.value ?? 0
    return Double(best.value) >= Self.minimumLead * Double(runnerUp) ? best.key : nil
  }
}
