/// Guesses the language of an article's text from its most frequent function words.
///
/// A light guess for text that does not say its language (page dumps, pages without `lang`):
/// it counts the stop words of each language (from the rule files) in the first words of the
/// text and names the language whose words are clearly the most frequent. Scripts written
/// without spaces are told by their letters: kana for Japanese, Han alone for Chinese, Thai.
/// It returns nothing when no language stands out, so that the default voice applies.
struct LanguageGuess {
  let stopWords: [String: Set<String>]

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
    let text = text.prefix(Self.sampleWords * 8)
    var kana = 0
    var han = 0
    var thai = 0
    var letters = 0
    for scalar in text.unicodeScalars.prefix(Self.sampleWords * 6) {
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
    var hits: [String: Int] = [:]
    var read = 0
    for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
      read += 1
      if read > Self.sampleWords { break }
      let lowered = word.lowercased()
      for (language, words) in stopWords where words.contains(lowered) {
        hits[language, default: 0] += 1
      }
    }
    let ranked = hits.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    guard let best = ranked.first, best.value >= Self.minimumHits else { return nil }
    let runnerUp = ranked.dropFirst().first?.value ?? 0
    return Double(best.value) >= Self.minimumLead * Double(runnerUp) ? best.key : nil
  }
}
