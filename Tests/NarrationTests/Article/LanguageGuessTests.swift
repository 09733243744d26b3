import Testing

@testable import Narration

@Suite struct LanguageGuessTests {
  static let german = """
    Der Stadtrat hat am Dienstag beschlossen, die alte Markthalle am Hafen wieder zu öffnen, \
    und die Arbeiten sollen im März beginnen. Die Händler, die vor der Schließung einen Stand \
    hatten, werden zuerst gefragt, und die Mieten bleiben nach Angaben der Stadt auf dem alten \
    Stand. Auch das eiserne Dach und die Uhr, die im Jahr 1998 restauriert wurden, sollen \
    erhalten bleiben, wie der Bürgermeister bei der Sitzung sagte.
    """
  static let french = """
    Le conseil municipal a décidé mardi de rouvrir la vieille halle du port, et les travaux \
    doivent commencer en mars. Les commerçants qui avaient un étal avant la fermeture seront \
    consultés en premier, et les loyers resteront au niveau ancien selon la ville. Le toit en \
    fer et l'horloge, qui ont été restaurés en 1998, seront aussi conservés, a dit le maire \
    pendant la séance.
    """
  static let spanish = """
    El ayuntamiento decidió el martes reabrir el viejo mercado del puerto, y las obras deben \
    comenzar en marzo. Los comerciantes que tenían un puesto antes del cierre serán consultados \
    primero, y los alquileres se mantendrán en el nivel anterior según la ciudad. El techo de \
    hierro y el reloj, que fueron restaurados en 1998, también se conservarán, dijo el alcalde \
    durante la sesión.
    """

  @Test func guessesTheLanguageOfADumpFromItsStopWords() throws {
    for (text, language) in [(Self.german, "de"), (Self.french, "fr"), (Self.spanish, "es")] {
      let article = try ArticleFixtures.clean(text: text).article
      #expect(article.language == language)
    }
    let english = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    #expect(english.article.language == "en")
  }

  @Test func theLanguageOptionWinsAndShortTextsAreNotGuessed() throws {
    let options = CleaningOptions(language: "de-AT")
    #expect(
      try ArticleFixtures.clean(text: Self.german, options: options).article.language == "de-AT")
    let guess = LanguageGuess(stopWords: try CleaningRules.bundled().stopWords)
    #expect(guess.language(of: "Harbor ferry timetable") == nil)
    #expect(guess.language(of: "東京の港で新しいフェリーが運航を始めました。") == "ja")
  }

  /// Invented texts that mix ASCII with what makes characters of more than one scalar: a
  /// carriage return before a line feed, combining accents after ASCII letters, emoji with
  /// modifiers, curly apostrophes, letters that lowercase to more than one scalar.
  static func mixedTexts() -> [String] {
    var random = ASCIIWordTests.Seeded(state: 23)
    let pieces = [
      "harbor", "Ferry", "the", "der", "und", "le", "de", "l'eau", "don’t", "it's", "'", "’",
      "e\u{301}", "cafe\u{301}", "café", "\r\n", "\r", "\n", "👍🏽", "a\u{200D}b", "İstanbul",
      "ﬁne", "ΣΟΦΙΑ", "東京", "ไทย", "12", "—", "\u{00A0}", " ", " ", "  ", ".", ",",
    ]
    return (0..<400).map { number in
      // Some texts run past the sample's characters and words.
      let count = number % 10 == 0 ? 9_000 : Int.random(in: 0..<300, using: &random)
      return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }
        .joined()
    }
  }

  @Test func theSampleReadsTheWordsThatAPlainSplitReads() {
    for text in Self.mixedTexts() {
      let plain = text.prefix(LanguageGuess.sampleWords * 8)
        .split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        .prefix(LanguageGuess.sampleWords).map { $0.lowercased() }
      #expect(LanguageGuess.sample(text) == plain, "\(text.debugDescription.prefix(200))")
    }
  }

  /// Invented texts with the scripts the guess tells by their letters, among Latin and others.
  static func scriptTexts() -> [String] {
    var random = ASCIIWordTests.Seeded(state: 41)
    let pieces = [
      "ひらがな", "カタカナ", "東京", "㐀", "ไทย", "Harbor", "der", " ", "\r\n", "é", "e\u{301}",
      "Ωmega", "Привет", "한국", "١٢", "👍🏽", "𝔄", "’", "12",
    ]
    return (0..<300).map { number in
      let count = number % 10 == 0 ? 4_000 : Int.random(in: 0..<200, using: &random)
      return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }
        .joined()
    }
  }

  @Test func theScriptCountsAreThoseOfAPlainReadingOfTheScalars() {
    for text in Self.scriptTexts() + Self.mixedTexts() {
      var plain = (kana: 0, han: 0, thai: 0, letters: 0)
      for scalar in text.unicodeScalars.prefix(LanguageGuess.sampleWords * 6) {
        switch scalar.value {
        case 0x3040...0x30FF: plain.kana += 1
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: plain.han += 1
        case 0x0E00...0x0E7F: plain.thai += 1
        default: if scalar.properties.isAlphabetic { plain.letters += 1 }
        }
      }
      let read = LanguageGuess.scripts(of: text)
      #expect(
        read.kana == plain.kana && read.han == plain.han && read.thai == plain.thai
          && read.letters == plain.letters, "\(text.debugDescription.prefix(200))")
    }
  }

  @Test func stopWordsAreCountedAsTheLowercasedSampleWordsCountThem() {
    // Words of up to eight ASCII bytes are packed; longer and non-ASCII ones are looked up
    // as strings: the stop words here have all three kinds, and words that pack near them.
    let stopWords: [String: Set<String>] = [
      "en": ["the", "and", "it's", "don’t", "themselves", "a"],
      "de": ["der", "und", "für", "über", "a"],
      "xx": ["harbor", "ferry", "café", "istanbul", "i̇stanbul", "twelveletter"],
    ]
    let guess = LanguageGuess(stopWords: stopWords)
    var random = ASCIIWordTests.Seeded(state: 7)
    let pieces = [
      "The", "THE", "the", "thE", "and", "AND", "It's", "IT'S", "don’t", "Don’t", "themselves",
      "Themselves", "themselvesx", "der", "und", "für", "FÜR", "über", "Über", "a", "A", "café",
      "cafe\u{301}", "İstanbul", "istanbul", "TwelveLetter", "twelveletters", "harbor", "ferry",
      "Ferry", " ", ", ", ". ", "\n", "\r\n", "—", "'", "’",
    ]
    let texts =
      (0..<300).map { number in
        let count = number % 10 == 0 ? 5_000 : Int.random(in: 0..<300, using: &random)
        return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }
          .joined()
      } + Self.mixedTexts()
    for text in texts {
      var plain: [String: Int] = [:]
      for word in LanguageGuess.sample(text) {
        for (language, words) in stopWords where words.contains(word) {
          plain[language, default: 0] += 1
        }
      }
      #expect(guess.hits(text) == plain, "\(text.debugDescription.prefix(200))")
    }
  }

  @Test func aWordPacksOnlyWhenItIsOneToEightASCIIBytes() {
    #expect(LanguageGuess.packed("The".utf8) == LanguageGuess.packed("the".utf8))
    #expect(LanguageGuess.packed("the".utf8) != LanguageGuess.packed("thE ".utf8))
    #expect(LanguageGuess.packed("harbored".utf8) != nil)
    #expect(LanguageGuess.packed("harboring".utf8) == nil)
    #expect(LanguageGuess.packed("für".utf8) == nil)
    #expect(LanguageGuess.packed("".utf8) == nil)
  }

  @Test func aWordReadEightBytesAtOncePacksAsItsBytesOneByOne() {
    // Words anywhere in a buffer, near its end too (fewer than eight bytes left), with
    // capitals, the bytes around the capitals' range, zero bytes and bytes above ASCII.
    var random = ASCIIWordTests.Seeded(state: 53)
    let alphabet: [UInt8] = Array("AZaz@[`{'’ é".utf8) + [0, 0x7F, 0x41, 0x5A, 0x61, 0x7A]
    for _ in 0..<20_000 {
      let buffer = (0..<Int.random(in: 1..<24, using: &random)).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
      }
      let start = Int.random(in: 0..<buffer.count, using: &random)
      let word = start..<Int.random(in: start...min(buffer.count, start + 10), using: &random)
      buffer.withUnsafeBufferPointer { bytes in
        #expect(
          LanguageGuess.packed(bytes, word) == LanguageGuess.packed(buffer[word]),
          "\(buffer) \(word)")
      }
    }
  }
}

extension LanguageGuess {
  /// The first ``sampleWords`` words (runs of letters and apostrophes) in the first eight times
  /// as many characters of a text, lowercased.
  static func sample(_ text: String) -> [String] {
    var words: [String] = []
    forEachSampleWord(of: text) { bytes, word in
      words.append(String(decoding: bytes[word], as: UTF8.self).lowercased())
    }
    return words
  }
}
