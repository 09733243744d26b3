/// Readers for roman numerals: regnal names, wars, chapters, headings, years and ordinals
/// ("Charles III", "World War II", "Chapter IV", "the XIXth century").
extension Normalizer {
  /// The value of a canonical roman numeral ("XIV" → 14), or nil.
  static func romanValue(_ text: String) -> Int? {
    var total = 0
    var previous = 0
    for character in text.utf8.reversed() {
      let value: Int
      switch character {
      case UInt8(ascii: "I"): value = 1
      case UInt8(ascii: "V"): value = 5
      case UInt8(ascii: "X"): value = 10
      case UInt8(ascii: "L"): value = 50
      case UInt8(ascii: "C"): value = 100
      case UInt8(ascii: "D"): value = 500
      case UInt8(ascii: "M"): value = 1000
      default: return nil
      }
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    guard total > 0, total < 4000, romanNumeral(total) == text else { return nil }
    return total
  }

  /// Whether every letter of `text` is a numeral's once in capitals: a cheap test before
  /// ``romanValue(_:)`` of the word in capitals ("ı", the dotless i, is "I" in capitals).
  static func isRomanInCapitals(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar {
      case "I", "V", "X", "L", "C", "D", "M", "i", "v", "x", "l", "c", "d", "m", "ı": true
      default: false
      }
    }
  }

  private static func romanNumeral(_ number: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = number
    var out = ""
    for (value, letters) in table {
      while rest >= value {
        out += letters
        rest -= value
      }
    }
    return out
  }

  /// Reads roman numerals after names and numbered things: "Charles III" → "Charles the
  /// third", "World War II" → "World War two", "Chapter IV" → "Chapter four".
  func readRoman(_ stream: TokenStream, at index: Int) -> Reading? {
    var text = stream.text(index)
    // Every numeral starts with one of these letters; most words are turned away here.
    guard let initial = text.utf8.first, "IVXLCDMivxlcdm".utf8.contains(initial) else {
      return nil
    }
    if let reading = readLowercaseRoman(stream, at: index) { return reading }
    // The rest start with a capital numeral.
    guard "IVXLCDM".utf8.contains(initial) else { return nil }
    if let reading = readClockHour(stream, at: index) ?? readRomanOrdinal(stream, at: index) {
      return reading
    }
    var possessive = ""
    if text.hasSuffix("'s") || text.hasSuffix("’s") {
      possessive = String(text.suffix(2))
      text = String(text.dropLast(2))
    }
    guard let value = Self.romanValue(text), stream.endsFree(index + 1) else { return nil }
    if text.utf8.count >= 4, initial == UInt8(ascii: "M"), possessive.isEmpty,
      let year = NumberSpeller.year(value, british: british)
    {
      // A year in numerals, as title pages and inscriptions print it: "MDCCLXXVI" →
      // "seventeen seventy six".
      return Reading(spoken: year, end: index + 1)
    }
    // An old-style period after the numeral ("George III. died", "Book III., Part II") is
    // not the end of a sentence.
    var end = index + 1
    if possessive.isEmpty, stream.isMark(end, "."),
      stream.isMark(end + 1, ",;:)")
        || (stream.isInlineSpace(end + 1) && stream[end + 2]?.text.first?.isLowercase == true)
    {
      end += 1
    }
    if stream.previous(index) == nil || stream.isMark(index - 1, "\n"),
      stream[stream.isMark(index + 1, ".") ? index + 2 : index + 1] == nil,
      text.count > 1 || stream.isMark(index + 1, ".")
    {
      // A numeral alone on its line is a heading ("XIV."): eSpeak NG would say "roman".
      return Reading(spoken: NumberSpeller.cardinal(value), end: index + 1)
    }
    if possessive.isEmpty, isNumberedHeading(stream, at: index) {
      return Reading(spoken: NumberSpeller.cardinal(value), end: index + 1)
    }
    // Before a plural noun a numeral counts it: "divided into XII books", "the XIV lines".
    let countsNoun = possessive.isEmpty && countsPluralNoun(stream, numeral: text, at: index)
    if countsNoun, !(stream.previous(index).map { stream[$0]?.isCapitalized == true } ?? false) {
      return Reading(spoken: NumberSpeller.cardinal(value), end: index + 1)
    }
    guard stream.isInlineSpace(index - 1), let previousIndex = stream.previous(index),
      let previous = stream[previousIndex]
    else { return nil }
    var cue = previous.text
    let afterPeriod = stream.isMark(previousIndex, ".")
    if afterPeriod, let word = stream[previousIndex - 1] { cue = word.text }
    // A lone "I" after a word in lower case is the pronoun: "an article I wrote"; a lone "V"
    // is a numeral only after a numbered noun ("class V"), and "X" stays a letter ("type X").
    let capitalizedCue = cue.prefix(1).uppercased() + cue.dropFirst().lowercased()
    if text.count == 1, cue.first?.isUppercase != true,
      text != "V" || !tables.romanCues.contains(capitalizedCue)
    {
      return nil
    }
    cue = capitalizedCue
    if text == "I" {
      // After a sentence ("Thank you, James. I will go."), or before a verb said of oneself
      // ("Henry I think is right"), it is the pronoun; "Vol. I" and "Elizabeth I was" are not.
      if afterPeriod, !tables.romanCues.contains(cue) { return nil }
      let next = stream.skipSpace(end)
      let word = stream.text(next).lowercased()
      // A ruler's name opening a sentence, or after a ruler's title, keeps its numeral before
      // an adverb: "Elizabeth I never married.", "that Queen Elizabeth I never married" (not
      // "When I met Elizabeth I never knew").
      let opensSentence =
        tables.regnalNames.contains(cue) && tables.adverbCues.contains(word)
        && stream.previous(previousIndex).map { stop in
          stream.isMark(stop, "!?")
            || (stream.isMark(stop, ".") && tables.abbreviations[stream.text(stop - 1)] == nil
              && stream.text(stop - 1).count > 1)
            || (!afterPeriod && tables.rulerTitles.contains(stream.text(stop)))
        } ?? true
      if stream.isWord(next), tables.pronounCues.contains(word), !opensSentence {
        return nil
      }
    }
    // A ruler not in the table, known by the title or realm after the numeral: "Odo IV,
    // Count of Blois", "Ramses XI of Egypt".
    let after = stream.skipSpace(end)
    var ruled =
      stream.text(after) == "of" && stream[stream.skipSpace(after + 1)]?.isCapitalized == true
    if stream.isMark(after, ","), let title = stream[stream.skipSpace(after + 1)] {
      ruled = tables.rulerTitles.contains(title.text)
    }
    // A name, not a title of several capitalized words ("Final Fantasy VII of Square"); a
    // ruler's title may come first ("Pharaoh Ramses XI of Egypt").
    let titled = stream.previous(previousIndex).flatMap { stream[$0] }.map { word in
      !word.isCapitalized || tables.rulerTitles.contains(word.text)
    }
    let unlistedRuler =
      text.count > 1 && previous.isCapitalized && !tables.romanCues.contains(cue) && ruled
      && titled != false
    let listedRuler =
      (tables.regnalNames.contains(cue)
        || (tables.rulerNames.contains(cue) && (text != "I" || ruled)))
      && (text.count > 1 || "IVX".includes(text))
      && !tables.lettered.contains(cue + " " + text)
    // An heir named after his father, known by a first name before the surname: "William
    // Gates III", "John D. Rockefeller III" (the first names are the rulers' of the table).
    var first = stream.previous(previousIndex)
    if let period = first, stream.isMark(period, "."), stream[period - 1]?.text.count == 1 {
      first = stream.previous(period - 1)
    }
    let heir =
      ["II", "III", "IV"].contains(text) && previous.isCapitalized && !previous.isAllCaps
      && !tables.romanCues.contains(cue) && !tables.regnalNames.contains(cue)
      && !tables.rulerNames.contains(cue)
      && first.map {
        tables.regnalNames.contains(stream.text($0)) || tables.rulerNames.contains(stream.text($0))
      } == true
    // A second ruler's numeral joined to the first's: "Henry VII and VIII", "George I or II".
    var joinedRuler = false
    if text.count > 1, ["and", "or", "to"].contains(previous.text),
      stream.isInlineSpace(previousIndex - 1), let numeral = stream.previous(previousIndex),
      stream.isInlineSpace(numeral - 1),
      Self.romanValue(stream.text(numeral)) != nil, let name = stream.previous(numeral)
    {
      joinedRuler = tables.regnalNames.contains(stream.text(name))
    }
    if unlistedRuler || listedRuler || heir || joinedRuler {
      return Reading(
        spoken: "the " + NumberSpeller.ordinal(of: NumberSpeller.cardinal(value)) + possessive,
        end: end)
    }
    let simple = text.allSatisfy { "IVX".contains($0) }
    // After an abbreviation read before numbers: "Ch. III", "Pt. II".
    let numberedAbbreviation =
      afterPeriod && text.count > 1
      && tables.abbreviations[stream.text(previousIndex - 1)]?.contains {
        $0.context == .number
      } == true
    // A lone C, D, L or M is a letter: "Appendix C", "Group D".
    guard
      ((tables.romanCues.contains(cue) || numberedAbbreviation) && (text.count > 1 || simple))
        || (simple && text.count >= 2 && previous.isCapitalized)
        || numbersTitle(stream, numeral: text, previous: previousIndex, end: end) || countsNoun
        // After a plural that numbers it, or joined to a numeral so numbered: "chapters IV to
        // VI", "World War I and II".
        || (text.count > 1 && isCuedNumeral(stream, at: index))
        // A lone I, V or X after a plural that numbers it, with a second numeral joined:
        // "World Wars I and II", "Books I to III" (not "the Books I read").
        || (text.count == 1 && isCuedNumeral(stream, at: index, joined: false)
          && joinsNumeral(stream, at: end))
    else { return nil }
    return Reading(spoken: NumberSpeller.cardinal(value) + possessive, end: end)
  }

  /// Whether "and", "or", "to" or "through" and a second roman numeral in capitals follow
  /// `end`: "I and II", "I to IV".
  private func joinsNumeral(_ stream: TokenStream, at end: Int) -> Bool {
    guard stream.isInlineSpace(end), ["and", "or", "to", "through"].contains(stream.text(end + 1)),
      stream.isInlineSpace(end + 2), let numeral = stream[end + 3], numeral.isAllCaps,
      stream.endsFree(end + 4)
    else { return false }
    return Self.romanValue(numeral.text) != nil
  }

  /// Whether the numeral at `index` (two or more of I, V, X and L) comes right before a plural
  /// noun in lower case, so it counts it: "XII books", "IX sonnets"; not a numeral that is
  /// letters there ("IV fluids"), nor a verb or word that only ends in "s" ("XII was").
  private func countsPluralNoun(_ stream: TokenStream, numeral: String, at index: Int) -> Bool {
    guard numeral.count >= 2, numeral.allSatisfy({ "IVXL".contains($0) }),
      !tables.letteredNumerals.contains(numeral), stream.isInlineSpace(index + 1),
      let noun = stream[index + 2], noun.kind == .word, stream.endsFree(index + 3)
    else { return false }
    let word = noun.text
    guard word.count >= 4, word.first?.isLowercase == true, word.hasSuffix("s"),
      !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"),
      !word.hasSuffix("'s"), !word.hasSuffix("’s")
    else { return false }
    return !tables.notNouns.contains(word)
  }

  /// Reads a roman numeral in lower case after a word before numbered things ("Psalm xxiii",
  /// "chapter xii", "type ii"), as a cardinal.
  ///
  /// It has two letters or more and is not an everyday word ("mix", "civil").
  private func readLowercaseRoman(_ stream: TokenStream, at index: Int) -> Reading? {
    let text = stream.text(index)
    guard Self.isRomanInCapitals(text), text.first?.isLowercase == true, stream.endsFree(index + 1),
      let value = Self.romanValue(text.uppercased()),
      stream.isInlineSpace(index - 1), let previous = stream.previous(index)
    else { return nil }
    let afterPeriod = stream.isMark(previous, ".")
    let word = stream.text(afterPeriod ? previous - 1 : previous)
    let cue = word.prefix(1).uppercased() + word.dropFirst().lowercased()
    let numberedAbbreviation =
      afterPeriod
      && tables.abbreviations[word]?.contains { $0.context == .number } == true
    // A single letter only after an abbreviation with its period ("ch. v", "vol. i"), or
    // with a period of its own after a word that numbers it ("chapters i. to ix.").
    let cued = isCuedNumeral(stream, at: index)
    let dottedLetter = cued && "ivx".includes(text) && stream.isMark(index + 1, ".")
    guard isLowercaseNumeral(text) || (numberedAbbreviation && text.count == 1) || dottedLetter,
      tables.romanCues.contains(cue) || numberedAbbreviation || cued
    else { return nil }
    // An old-style period inside the sentence: "ch. xii. for the details".
    var end = index + 1
    if stream.isMark(end, "."),
      stream.isMark(end + 1, ",;:)")
        || (stream.isInlineSpace(end + 1) && stream[end + 2]?.text.first?.isLowercase == true)
    {
      end += 1
    }
    return Reading(spoken: NumberSpeller.cardinal(value), end: end)
  }

  /// Whether the word before the numeral at `index` numbers it.
  ///
  /// That is a word from roman.tsv or its plural ("chapters iv.", "Parts II"), an
  /// abbreviation read before numbers with its period ("ch. iv"), or "to", "and", "or" or
  /// "through" after a numeral so numbered ("chapters i. to ix.", "Parts II and III").
  func isCuedNumeral(_ stream: TokenStream, at index: Int, joined: Bool = true) -> Bool {
    guard stream.isInlineSpace(index - 1), let previous = stream.previous(index) else {
      return false
    }
    let word = stream.text(previous)
    if joined, ["to", "and", "or", "through"].contains(word),
      stream.isInlineSpace(previous - 1), var numeral = stream.previous(previous)
    {
      if stream.isMark(numeral, "."), stream.isWord(numeral - 1) { numeral -= 1 }
      let before = stream.text(numeral)
      let isNumeral =
        before.allSatisfy(\.isUppercase) || before.allSatisfy(\.isLowercase)
      guard isNumeral, Self.romanValue(before.uppercased()) != nil else { return false }
      return isCuedNumeral(stream, at: numeral, joined: false)
    }
    if stream.isMark(previous, ".") {
      return tables.abbreviations[stream.text(previous - 1)]?.contains {
        $0.context == .number
      } == true
    }
    let cue = word.prefix(1).uppercased() + word.dropFirst().lowercased()
    return tables.romanCues.contains(cue)
      || (cue.count > 3 && cue.hasSuffix("s") && tables.romanCues.contains(String(cue.dropLast())))
  }

  /// Whether a word is a roman numeral in lower case of two letters or more that is not an
  /// everyday word ("xiv", but not "mix" or "civil").
  func isLowercaseNumeral(_ text: String) -> Bool {
    text.count >= 2 && text.allSatisfy({ "ivxlcdm".contains($0) })
      && Self.romanValue(text.uppercased()) != nil && !tables.capitalWords.contains(text)
      && !tables.shoutedWords.contains(text)
  }

  /// Reads a roman numeral with an ordinal ending as an ordinal: "the XIXth century" → "the
  /// nineteenth century", "the XXIst".
  ///
  /// The ending must be the one the number takes, and the numeral have two letters or more.
  private func readRomanOrdinal(_ stream: TokenStream, at index: Int) -> Reading? {
    let text = stream.text(index)
    guard text.count >= 4, stream.endsFree(index + 1) else { return nil }
    let numeral = String(text.dropLast(2))
    guard let value = Self.romanValue(numeral),
      String(text.suffix(2)) == ordinalSuffix(String(value))
    else { return nil }
    return Reading(spoken: NumberSpeller.ordinal(String(value)), end: index + 1)
  }

  /// Reads a numeral up to XII after a word for a clock striking ("the clock struck XII").
  private func readClockHour(_ stream: TokenStream, at index: Int) -> Reading? {
    let text = stream.text(index)
    guard text != "I", text.allSatisfy({ "IVX".contains($0) }),
      let value = Self.romanValue(text), value <= 12, stream.endsFree(index + 1),
      stream.isInlineSpace(index - 1), let previous = stream.previous(index),
      tables.hourCues.contains(stream.text(previous).lowercased())
    else { return nil }
    return Reading(spoken: NumberSpeller.cardinal(value), end: index + 1)
  }

  /// Whether the roman numeral at `index` numbers a heading that follows it on its line.
  ///
  /// It is first on the line, with a period and a capitalized title after it ("II. THE
  /// VOYAGE", "IV. The Return"). A single letter must be I, V or X, and no initial may follow
  /// ("V. S. Naipaul").
  func isNumberedHeading(_ stream: TokenStream, at index: Int) -> Bool {
    let text = stream.text(index)
    guard stream.startsLine(index), stream.isMark(index + 1, "."), stream.isInlineSpace(index + 2),
      let title = stream[index + 3], title.isCapitalized,
      text.count > 1 || "IVX".includes(text), Self.romanValue(text) != nil
    else { return false }
    return !(title.text.count == 1 && stream.isMark(index + 4, "."))
  }

  /// Whether a lone "V" numbers the title of several capitalized words before it, as games,
  /// films and books are numbered: "Grand Theft Auto V", "Final Fantasy V is".
  ///
  /// One name alone is not enough ("Olivier V de Clisson"), nor a name before a comma, as
  /// citations write initials ("Pop V, Smith J"), nor a title that starts the sentence.
  private func numbersTitle(_ stream: TokenStream, numeral: String, previous: Int, end: Int)
    -> Bool
  {
    guard numeral == "V", stream[previous]?.isCapitalized == true,
      !stream.isMark(stream.skipSpace(end), ",;"), stream.isInlineSpace(previous - 1),
      let first = stream.previous(previous), let word = stream[first], word.isCapitalized,
      !word.isAllCaps, !tables.sentenceStarters.contains(word.text)
    else { return false }
    return !stream.startsLine(first) && !stream.isMark(stream.previous(first) ?? -1, ".!?")
  }
}
