/// Guesses the language of an article's text from its most frequent function words.
///
/// A light guess for text that does not say its language (page dumps, pages without `lang`):
/// it counts the stop words of each language (from the rule files) in the first words of the
/// text and names the language whose words are clearly the most frequent. Scripts written
/// without spaces are told by their letters: kana for Japanese, Han alone for Chinese, Thai.
/// It returns nothing when no language stands out, so that the default voice applies.
struct LanguageGuess: Sendable {
  /// The languages that have stop words, in a fixed order: a word's languages are their numbers.
  private let languageNames: [String]
  /// Every stop word's languages, one word's numbers after another's.
  ///
  /// The tables below give a word's run of this list as one integer: its start in the high 32
  /// bits, its length in the low 32 (0 for a word that is no stop word).
  private let languageRuns: [Int]
  /// For each stop word of one to eight ASCII bytes, packed by ``packed(_:)``, its languages.
  private let languagesOfShortWord: IntegerKeyTable<UInt64>
  /// For each other stop word (lowercased), its languages.
  private let languagesOfWord: [String: UInt64]
  /// The length in bytes of the longest ASCII stop word, which no longer ASCII word can be.
  private let longestASCIIWord: Int

  /// Makes a guesser from each language's stop words (lowercased).
  init(stopWords: [String: Set<String>]) {
    languageNames = stopWords.keys.sorted()
    var short: [UInt64: [Int]] = [:]
    var other: [String: [Int]] = [:]
    var longest = 0
    for (number, language) in languageNames.enumerated() {
      for word in stopWords[language] ?? [] {
        if let key = Self.packed(word.utf8) {
          short[key, default: []].append(number)
        } else {
          other[word, default: []].append(number)
        }
        if word.utf8.allSatisfy({ $0 < 0x80 }) { longest = max(longest, word.utf8.count) }
      }
    }
    var runs: [Int] = []
    // A word's languages as a run of `runs`: its start in the high half, its length in the low.
    func run(_ languages: [Int]) -> UInt64 {
      let start = runs.count
      runs += languages
      return UInt64(start) << 32 | UInt64(languages.count)
    }
    languagesOfShortWord = IntegerKeyTable(short.mapValues(run), missing: 0)
    languagesOfWord = other.mapValues(run)
    languageRuns = runs
    longestASCIIWord = longest
  }

  /// How many words of the text are read: a thousand words of prose hold some four hundred
  /// function words, far more than a clear lead needs.
  static let sampleWords = 1000
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
    let scripts = Self.scripts(of: text)
    let (kana, han, thai, letters) = (scripts.kana, scripts.han, scripts.thai, scripts.letters)
    if kana * 10 > kana + han + thai + letters { return "ja" }
    if han * 2 > han + letters { return "zh" }
    if thai * 2 > thai + letters { return "th" }
    return ranked(text)
  }

  /// How many of the first `sampleWords * 6` scalars of a text are kana, Han, Thai, and other
  /// letters.
  ///
  /// Read from the UTF-8 bytes: eight ASCII bytes at a time where they are all ASCII (each a
  /// scalar, its letters told without Unicode's tables), and otherwise a byte at a time, a
  /// longer scalar put together from its lead byte and the continuation bytes after it.
  static func scripts(of text: String) -> (kana: Int, han: Int, thai: Int, letters: Int) {
    var (kana, han, thai, letters) = (0, 0, 0, 0)
    let limit = sampleWords * 6
    var contiguous = text
    contiguous.withUTF8 { bytes in
      var scalars = 0
      var value: UInt32 = 0
      var pending = 0
      var offset = 0
      while offset < bytes.count {
        if offset + 8 <= bytes.count, scalars + 8 <= limit {
          let word = ASCIIWord(bytes, at: offset)
          if word.isASCII {
            letters += (word.within(0x41, 0x5A) | word.within(0x61, 0x7A)).nonzeroBitCount
            scalars += 8
            offset += 8
            continue
          }
        }
        let byte = bytes[offset]
        offset += 1
        if byte < 0x80 || byte >= 0xC0 {
          // A scalar starts here.
          guard scalars < limit else { return }
          scalars += 1
          if byte < 0x80 {
            if ASCIIWord.isLetter(byte) { letters += 1 }
            continue
          }
          pending = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
          value = UInt32(byte) & (0x7F >> UInt32(pending + 1))
          continue
        }
        value = value << 6 | UInt32(byte & 0x3F)
        pending -= 1
        guard pending == 0 else { continue }
        switch value {
        case 0x3040...0x30FF: kana += 1
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: han += 1
        case 0x0E00...0x0E7F: thai += 1
        default: if Unicode.Scalar(value)?.properties.isAlphabetic == true { letters += 1 }
        }
      }
    }
    return (kana, han, thai, letters)
  }

  /// Calls `body` with the UTF-8 bytes of a text and the range of each of the first
  /// ``sampleWords`` words in its first eight times as many characters, as they stand (not
  /// lowercased).
  static func forEachSampleWord(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
  ) {
    var words = 0
    WordRuns.forEach(
      in: text, characterLimit: sampleWords * 8,
      isWordByte: { ASCIIWord.isLetter($0) || $0 == 0x27 },
      isWordCharacter: { !separatesWords($0) },
      body: { bytes, word in
        body(bytes, word)
        words += 1
        return words < sampleWords
      })
  }

  /// Whether a character is not part of a word: not a letter nor an apostrophe.
  private static func separatesWords(_ character: Character) -> Bool {
    // A character of one ASCII byte (most of them) is told without Unicode's tables.
    if character.utf8.count == 1, let byte = character.utf8.first {
      return !ASCIIWord.isLetter(byte) && byte != 0x27
    }
    return !character.isLetter && character != "’"
  }

  /// A word of one to eight ASCII bytes, lowercased, as one integer (its first byte lowest).
  ///
  /// `nil` for any other word. No byte of a word is zero, so two words never pack alike.
  static func packed<Bytes: Collection<UInt8>>(_ word: Bytes) -> UInt64? {
    guard !word.isEmpty, word.count <= 8 else { return nil }
    var key: UInt64 = 0
    var shift: UInt64 = 0
    for byte in word {
      guard byte < 0x80, byte != 0 else { return nil }
      key |= UInt64(ASCIIWord.lowercased(byte)) << shift
      shift += 8
    }
    return key
  }

  /// ``packed(_:)`` of the word at `word` in `bytes`, its eight bytes read at once where eight
  /// bytes remain from its start.
  @inline(__always)
  static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64? {
    guard !word.isEmpty, word.count <= 8 else { return nil }
    guard word.lowerBound + 8 <= bytes.count else {
      return packed(UnsafeBufferPointer(rebasing: bytes[word]))
    }
    let mask = ASCIIWord.firstBytes(word.count)
    let read = ASCIIWord(bits: ASCIIWord(bytes, at: word.lowerBound).bits & mask)
    // The bytes past the word are zero now: only the word's own are asked to be other than 0.
    guard read.isASCII, read.equal(to: 0) & mask == 0 else { return nil }
    return read.lowercased.bits
  }

  /// How many of the sample's words are stop words of each language that has any.
  ///
  /// An ASCII word of eight bytes or fewer is looked up packed into an integer, without
  /// lowercasing it into a new string; a longer one only when some stop word is as long. A
  /// word's languages are a run of plain numbers, so that counting them copies no array.
  func hits(_ text: String) -> [String: Int] {
    var counts = [Int](repeating: 0, count: languageNames.count)
    languageRuns.withUnsafeBufferPointer { runs in
      Self.forEachSampleWord(of: text) { bytes, range in
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        let run: UInt64
        if let key = Self.packed(bytes, range) {
          run = languagesOfShortWord[key]
        } else if word.count > longestASCIIWord, word.allSatisfy({ $0 < 0x80 }) {
          run = 0
        } else {
          run = languagesOfWord[String(decoding: word, as: UTF8.self).lowercased()] ?? 0
        }
        let start = Int(run >> 32)
        for offset in start..<start + Int(run & 0xFFFF_FFFF) { counts[runs[offset]] += 1 }
      }
    }
    var hits: [String: Int] = [:]
    for (number, count) in counts.enumerated() where count > 0 {
      hits[languageNames[number]] = count
    }
    return hits
  }

  /// The language whose stop words are clearly the most frequent among a text's sample words.
  private func ranked(_ text: String) -> String? {
    let ranked = hits(text).sorted {
      $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key)
    }
    guard let best = ranked.first, best.value >= Self.minimumHits else { return nil }
    let runnerUp = ranked.dropFirst().first?.value ?? 0
    return Double(best.value) >= Self.minimumLead * Double(runnerUp) ? best.key : nil
  }
}
