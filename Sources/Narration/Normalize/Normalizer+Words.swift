/// Readers for words and marks: abbreviations and titles, dotted initialisms, acronyms, roman
/// numerals, symbols, and characters eSpeak NG would otherwise read aloud.
extension Normalizer {
  /// Whether the period at `index` ends the sentence (so it must stay), not only an abbreviation.
  ///
  /// `strong` abbreviations ("etc.") end it before any capitalized word; others ("U.S.",
  /// "a.m.") only before words that usually start sentences ("The", "He").
  func periodEndsSentence(_ stream: TokenStream, at index: Int, strong: Bool) -> Bool {
    guard let next = stream[index + 1] else { return true }
    guard next.kind == .space else { return false }
    guard let word = stream[index + 2] else { return true }
    if next.text.contains(where: \.isNewline) { return true }
    switch word.kind {
    case .word:
      guard word.isCapitalized else { return false }
      return strong || tables.sentenceStarters.contains(word.text)
    case .mark:
      // An amount ("approx. $20") goes on with the sentence.
      if tables.currencies[word.text] != nil { return false }
      return "\"“‘'([".contains(word.text) || !word.text.allSatisfy(\.isPunctuation)
    default: return false
    }
  }

  /// Reads runs of single letters with periods: "i.e.", "e.g.", "U.S.", "F.C.", "H.P".
  func readDotted(_ stream: TokenStream, at index: Int) -> Reading? {
    if let degree = readDottedDegree(stream, at: index) { return degree }
    if stream.text(index).count > 1 { return nil }
    guard stream.startsFree(index) || stream.isMark(index - 1, "."),
      !stream.isMark(index - 1, "."), stream.text(index).count == 1
    else { return nil }
    var letters: [String] = []
    var probe = index
    while let token = stream[probe], token.kind == .word, token.text.count == 1,
      stream.isMark(probe + 1, ".")
    {
      letters.append(token.text)
      probe += 2
      // "H.P ." and "U.S" without the last period.
      if let last = stream[probe], last.kind == .word, last.text.count == 1,
        !stream.isMark(probe + 1, "."), stream.endsFree(probe + 1)
      {
        letters.append(last.text)
        probe += 1
        break
      }
    }
    guard !letters.isEmpty else { return nil }
    let written = letters.joined(separator: ".").lowercased()
    // Whether the last token read was the final period.
    let periodIndex = stream.isMark(probe - 1, ".") ? probe - 1 : nil
    if letters.count == 1 {
      // (A numbered heading is the roman reader's: "I. INTRODUCTION", and so is a numeral
      // after a word that numbers: "Vol. I. London", "CHAPTER V. The Fall".)
      if isNumberedHeading(stream, at: index) { return nil }
      if Self.romanValue(letters[0]) != nil, var cue = stream.previous(index) {
        if stream.isMark(cue, "."), stream.isWord(cue - 1) { cue -= 1 }
        let word = stream.text(cue)
        if tables.romanCues.contains(word.prefix(1).uppercased() + word.dropFirst().lowercased()) {
          return nil
        }
      }
      if let periodIndex, let title = readLetterTitle(stream, at: index, period: periodIndex) {
        return title
      }
      // A single initial ("John W. Henry"): drop the period unless the sentence ends there.
      // Not "A." before a name, which without its period eSpeak NG says as the article ("A.
      // Conan Doyle"); before more initials it goes ("A. J. Ayer").
      let before = stream.previous(index).flatMap { stream[$0] }
      let article = letters[0] == "A" && (stream[probe + 1]?.text.count ?? 0) > 1
      guard let periodIndex, letters[0].first?.isUppercase ?? false, !article,
        !tables.letterCues.contains(before?.text.lowercased() ?? ""),
        stream.isInlineSpace(probe), stream[probe + 1]?.isCapitalized ?? false,
        !periodEndsSentence(stream, at: periodIndex, strong: false)
      else { return nil }
      return Reading(spoken: letters[0], end: probe)
    }
    var spoken = tables.dotted[written] ?? spell(letters.joined())
    if ["a.m", "p.m"].contains(written), rangeEnd(stream, at: probe) > probe {
      // A range of times: "8 a.m.-5 p.m." → "eight a.m to five p.m".
      return Reading(spoken: spoken + " to ", end: rangeEnd(stream, at: probe))
    }
    // ("i.e." ends a sentence only where the line does.)
    let lineEnds = stream[probe].map { $0.kind == .space && $0.text.contains(where: \.isNewline) }
    if let periodIndex, !tables.innerDotted.contains(written) || lineEnds != false,
      periodEndsSentence(stream, at: periodIndex, strong: false)
    {
      spoken += "."
    }
    return Reading(spoken: spoken, end: probe)
  }

  /// Reads a title of one capital letter from the table before a name, as French ones are.
  ///
  /// "M. Poirot" → "Monsieur Poirot". The same letter is as often an initial ("J. M. Barrie", "George M. Cohan"), so it is a
  /// title only when no name or initial comes before it and a name of more than one letter
  /// follows.
  private func readLetterTitle(_ stream: TokenStream, at index: Int, period: Int) -> Reading? {
    let letter = stream.text(index)
    guard
      let title = tables.abbreviations[letter]?.first(where: { $0.context == .title }),
      stream.isInlineSpace(period + 1), let name = stream[period + 2], name.isCapitalized,
      name.text.count > 1, !tables.sentenceStarters.contains(name.text)
    else { return nil }
    if let before = stream.previous(index).flatMap({ stream[$0] }) {
      if before.isCapitalized, !tables.sentenceStarters.contains(before.text) { return nil }
      if before.kind == .mark, before.text == "." || before.text == "&" { return nil }
    }
    return Reading(spoken: title.spoken, end: period + 1)
  }

  /// Reads the scale after the word "degrees": "108 degrees F" → "… degrees Fahrenheit".
  func readDegreeScale(_ stream: TokenStream, at index: Int) -> Reading? {
    let letter = stream.text(index)
    guard letter == "F" || letter == "C", stream.endsFree(index + 1),
      !stream.isMark(index + 1, "'’-"), stream.isInlineSpace(index - 1),
      let degrees = stream.previous(index), stream.isNumber(degrees - 2),
      ["degrees", "degree", "deg"].contains(stream.text(degrees).lowercased())
    else { return nil }
    var end = index + 1
    var spoken = letter == "F" ? "Fahrenheit" : "Celsius"
    if stream.isMark(end, ".") {
      // The period is the abbreviation's, unless it also ends the sentence.
      if periodEndsSentence(stream, at: end, strong: false) { spoken += "." }
      end += 1
    }
    return Reading(spoken: spoken, end: end)
  }

  /// Reads short words joined by periods that the dotted table lists, as degrees are written:
  /// "Ph.D." → "P H D", "M.Sc." → "M S C"; eSpeak NG would say "dot".
  func readDottedDegree(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.text(index).count <= 3, stream.isMark(index + 1, "."), stream.isWord(index + 2),
      stream.startsFree(index), !stream.isMark(index - 1, ".")
    else { return nil }
    var parts = [stream.text(index)]
    var probe = index + 1
    while stream.isMark(probe, "."), let part = stream[probe + 1], part.kind == .word,
      part.text.count <= 4, parts.count < 4
    {
      parts.append(part.text)
      probe += 2
    }
    let period = stream.isMark(probe, ".")
    // (Single letters throughout are the other reader's: "a.m.", "i.e.")
    guard parts.contains(where: { $0.count > 1 }),
      let found = tables.dotted[parts.joined(separator: ".").lowercased()],
      stream.endsFree(period ? probe + 1 : probe)
    else { return nil }
    if period, periodEndsSentence(stream, at: probe, strong: false) {
      return Reading(spoken: found + ".", end: probe + 1)
    }
    return Reading(spoken: found, end: period ? probe + 1 : probe)
  }

  /// Reads abbreviations from the table by context: "Dr Smith", "Main St", "No 3", "etc".
  func readAbbreviation(_ stream: TokenStream, at index: Int) -> Reading? {
    let written = stream.text(index)
    if stream.isMark(index + 1, "-–"), let first = weekday(written), stream.startsFree(index),
      let last = weekday(stream.text(index + 2)), stream.endsFree(index + 3)
    {
      // Opening hours: "Mon-Fri" → "Monday to Friday".
      return Reading(spoken: first + " to " + last, end: index + 3)
    }
    if let full = weekday(written), stream.startsFree(index), stream.isInlineSpace(index + 1),
      // ("The Sun 14 May edition" is a newspaper.)
      stream.previous(index).map({ stream.text($0).lowercased() != "the" }) ?? true,
      month(stream, at: index + 2) != nil
        || (stream.isNumber(index + 2) && stream.isInlineSpace(index + 3)
          && month(stream, at: index + 4, afterDay: true) != nil)
    {
      // A weekday without its period before a date: "Sat 14 June", "Mon Dec 4".
      return Reading(spoken: full, end: index + 1)
    }
    var found = tables.abbreviations[written]
    if found == nil, written.count >= 2, stream.isMark(index + 1, "."),
      written.allSatisfy(\.isUppercase)
    {
      // Headings in capitals: "VOL. II", "NO. 4", "MT. EVEREST"; not words that only
      // read in full by their period ("DEC." is a company as often as a month).
      found = tables.abbreviations[written.prefix(1) + written.dropFirst().lowercased()]?
        .filter { $0.context != .period }
    }
    guard let candidates = found, stream.startsFree(index) else { return nil }
    let hasPeriod = stream.isMark(index + 1, ".")
    let after = hasPeriod ? index + 2 : index + 1
    // "No.10": a number glued after the period.
    let gluedNumber = hasPeriod && stream.isNumber(after)
    guard stream.endsFree(after) || gluedNumber else { return nil }
    let nextIndex = stream.skipSpace(after)
    let spacedNext = nextIndex != after ? stream[nextIndex] : nil
    let nextIsName =
      (spacedNext?.isCapitalized ?? false)
      && !tables.sentenceStarters.contains(spacedNext?.text ?? "")
    let previous = stream.previous(index).flatMap { stream[$0] }
    // ("The St. Lawrence": a capitalized "The" is no name.)
    // After a name and a comma too, when no name follows: "Martin Luther King, Jr., was".
    let nameBeforeComma =
      previous?.text == "," && !nextIsName
      && stream.previous(index).flatMap(stream.previous).map { stream[$0]?.isCapitalized } == true
    let afterName =
      ((previous?.isCapitalized ?? false)
        && !tables.sentenceStarters.contains(previous?.text ?? ""))
      || previous?.kind == .number
      || ["th", "st", "nd", "rd"].contains(previous?.text ?? "") || nameBeforeComma
      // A firm's partners: "Smith & Co.".
      || previous?.text == "&"
    for candidate in candidates {
      guard
        hasPeriod || candidate.bare || [.any, .number, .degree].contains(candidate.context),
        !gluedNumber || candidate.context == .number
      else { continue }
      var strong = true
      switch candidate.context {
      case .title:
        // ("Pt. II" is a part: a numeral of several letters is no name.)
        let numeral =
          (spacedNext.map { $0.text.count > 1 && Self.romanValue($0.text) != nil } ?? false)
          && candidates.contains { $0.context == .number }
        // Two titles over one name: "Mr. and Mrs. Dashwood", "Dr. and Mrs. Smith".
        let pairedTitle =
          spacedNext?.text == "and" && stream.isInlineSpace(nextIndex + 1)
          && stream.isMark(nextIndex + 3, ".")
          && (tables.abbreviations[stream.text(nextIndex + 2)]?.contains { $0.context == .title }
            ?? false)
        // A name with a particle: "Mme. de Villefort", "Dr. van Helsing".
        let particleName =
          ["de", "van", "von", "du", "del", "della", "di", "da", "le", "la"].contains(
            spacedNext?.text ?? "") && stream.isInlineSpace(nextIndex + 1)
          && (stream[nextIndex + 2]?.isCapitalized ?? false)
        // A nobleman's title before it is no street name: "Lord St. Clair".
        // Nor is a saint's name after a place word: "the Hotel St. Germain".
        let afterTitle =
          tables.rulerTitles.contains(previous?.text ?? "")
          || (candidate.spoken.hasPrefix("Saint")
            && tables.saintPlaces.contains(previous?.text ?? ""))
        // A place named for what it is of: "the Mt. of Olives", "Ft. of the Pines".
        var placeOf = false
        if candidate.place, spacedNext?.text == "of", stream.isInlineSpace(nextIndex + 1) {
          var name = nextIndex + 2
          if stream.text(name) == "the", stream.isInlineSpace(name + 1) { name += 2 }
          placeOf = stream[name]?.isCapitalized ?? false
        }
        guard nextIsName || pairedTitle || particleName || placeOf, !numeral,
          !afterName || candidates.count == 1 || afterTitle
        else {
          continue
        }
        strong = false
      case .street:
        guard afterName, !(nextIsName && candidates.contains { $0.context == .title }) else {
          continue
        }
      case .number:
        // "No. IV" and "Vol. I", but not the pronoun after a word: "No. I won't."
        let word = tables.capitalWords.contains(written.lowercased())
        let roman =
          spacedNext.map {
            !(word && $0.text == "I")
              && (Self.romanValue($0.text) != nil || isLowercaseNumeral($0.text)
                || (hasPeriod && ["i", "v", "x"].contains($0.text)))
          } ?? false
        guard hasPeriod || candidate.spoken.hasPrefix("number"),
          spacedNext?.kind == .number || roman || gluedNumber
        else { continue }
        strong = false
      case .period:
        // After an article it is the word: "around the Sun.", "a Mon. morning" aside.
        let determiner = ["the", "a", "an", "this", "that"].contains(
          previous?.text.lowercased() ?? "")
        guard hasPeriod, !determiner else { continue }
        // (Or another month before it: "in Nov. and Dec.".)
        let listed = stream.previous(index).flatMap(stream.previous).map { before in
          let word = stream.isMark(before, ".") ? before - 1 : before
          return ["and", "or", "to"].contains(previous?.text ?? "")
            && tables.months[stream.text(word)] != nil
        }
        if NormalizerTables.monthNames.contains(candidate.spoken), spacedNext?.kind != .number,
          previous?.kind != .number, listed != true,
          !tables.monthCues.contains(previous?.text.lowercased() ?? "")
        {
          // A month with no number beside it is a name or a word ("said Jan."), unless a
          // word about time comes before it ("in Sept.").
          continue
        }
      case .degree:
        // Only before degrees toward a compass point: "long. 70° W.", "lat. 51° 30′ N." (not
        // "a mile long. 70 people came", "is long. 90° bends").
        guard let degrees = stream.number(at: nextIndex), stream.isMark(degrees.end, "°"),
          (degrees.end + 1..<degrees.end + 10).contains(where: {
            ["N", "S", "E", "W"].contains(stream.text($0)) && stream.endsFree($0 + 1)
          })
        else { continue }
      case .any:
        break
      }
      // Before its number ("Vol. I", "No. 5") the period ends nothing.
      let inner = candidate.inner || candidate.context == .number || candidate.context == .degree
      if hasPeriod, !inner, periodEndsSentence(stream, at: index + 1, strong: strong) {
        return Reading(spoken: candidate.spoken + ".", end: after)
      }
      return Reading(spoken: candidate.spoken, end: after)
    }
    return nil
  }

  /// The day a weekday abbreviation stands for ("Fri" → "Friday"), from the table.
  private func weekday(_ written: String) -> String? {
    tables.abbreviations[written]?.first { $0.spoken.hasSuffix("day") && $0.context == .period }?
      .spoken
  }

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
    if let reading = readLowercaseRoman(stream, at: index) ?? readClockHour(stream, at: index)
      ?? readRomanOrdinal(stream, at: index)
    {
      return reading
    }
    guard "IVXLCDM".utf8.contains(initial) else { return nil }
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
      // A ruler's name opening a sentence keeps its numeral before an adverb: "Elizabeth I
      // never married." (not "When I met Elizabeth I never knew").
      let opensSentence =
        tables.regnalNames.contains(cue) && tables.adverbCues.contains(word)
        && stream.previous(previousIndex).map { stop in
          stream.isMark(stop, "!?")
            || (stream.isMark(stop, ".") && tables.abbreviations[stream.text(stop - 1)] == nil
              && stream.text(stop - 1).count > 1)
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
      && (text.count > 1 || "IVX".contains(text))
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
    if unlistedRuler || listedRuler || heir {
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
    else { return nil }
    return Reading(spoken: NumberSpeller.cardinal(value) + possessive, end: end)
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

  /// Reads a chemical formula symbol by symbol: "H2SO4" → "H two S O four", "CO2" → "C O two".
  ///
  /// The letters and digits glued together must be element symbols (elements.tsv) and counts
  /// below 100, with two capitals side by side that eSpeak NG could read as a word ("SO", "CO").
  /// It takes two counts or more ("H2SO4"), symbols after a count ("N2O"), or one group of two
  /// or three symbols and one count from 2 to 9 ("SO2", "NH3"; not "COP26").
  func readFormula(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isNumber(index + 1), stream.startsFree(index),
      let first = stream[index]?.text.utf8.first, first >= UInt8(ascii: "A"),
      first <= UInt8(ascii: "Z")
    else { return nil }
    var parts: [String] = []
    var end = index
    var counts = 0
    var largest = 0
    var symbolsAfterCount = false
    var adjacentCapitals = false
    while let token = stream[end], token.kind == .word || token.kind == .number {
      if token.kind == .number {
        guard token.text.count <= 2, !token.text.hasPrefix("0"), let value = Int(token.text)
        else { return nil }
        parts.append(NumberSpeller.cardinal(value))
        counts += 1
        largest = max(largest, value)
      } else {
        guard let symbols = elementSymbols(token.text) else { return nil }
        if counts > 0 { symbolsAfterCount = true }
        if zip(token.text, token.text.dropFirst()).contains(where: {
          $0.isUppercase && $1.isUppercase
        }) {
          adjacentCapitals = true
        }
        parts += symbols
      }
      end += 1
    }
    let symbolCount = parts.count - counts
    guard adjacentCapitals, stream.endsFree(end),
      !stream.isMark(end, ".") || !stream.isNumber(end + 1),
      counts >= 2 || symbolsAfterCount
        || ((2...3).contains(symbolCount) && (2...9).contains(largest))
    else { return nil }
    return Reading(spoken: parts.joined(separator: " "), end: end)
  }

  /// The element symbols a word is made of ("SO" → "S", "O"; "NaCl" → "Na", "Cl"), or nil.
  private func elementSymbols(_ word: String) -> [String]? {
    var symbols: [String] = []
    var rest = Substring(word)
    while let first = rest.first {
      guard first.isASCII, first.isUppercase else { return nil }
      let two = rest.prefix(2)
      if two.count == 2, two.last?.isLowercase == true, tables.elements.contains(String(two)) {
        symbols.append(String(two))
        rest = rest.dropFirst(2)
      } else if tables.elements.contains(String(first)) {
        symbols.append(String(first))
        rest = rest.dropFirst()
      } else {
        return nil
      }
    }
    return symbols
  }

  /// Reads a roman numeral in lower case after a word before numbered things ("Psalm xxiii",
  /// "chapter xii", "type ii"), as a cardinal.
  ///
  /// It has two letters or more and is not an everyday word ("mix", "civil").
  private func readLowercaseRoman(_ stream: TokenStream, at index: Int) -> Reading? {
    let text = stream.text(index)
    guard text.first?.isLowercase == true, stream.endsFree(index + 1),
      let value = Self.romanValue(text.uppercased()),
      stream.isInlineSpace(index - 1), let previous = stream.previous(index)
    else { return nil }
    let afterPeriod = stream.isMark(previous, ".")
    let word = stream.text(afterPeriod ? previous - 1 : previous)
    let cue = word.prefix(1).uppercased() + word.dropFirst().lowercased()
    let numberedAbbreviation =
      afterPeriod
      && tables.abbreviations[word]?.contains { $0.context == .number } == true
    // A single letter only after an abbreviation with its period: "ch. v", "vol. i".
    guard isLowercaseNumeral(text) || (numberedAbbreviation && text.count == 1),
      tables.romanCues.contains(cue) || numberedAbbreviation
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

  /// Reads a book of the Bible and the chapter and verse after it, as a newsreader says them.
  ///
  /// "John 3:16" → "John three sixteen", "Gen. 1:3" → "Genesis one three", "Psalm 23:1-4" →
  /// "Psalm twenty three one to four".
  ///
  /// An abbreviation from bible-books.tsv counts only with its period; a time of day ("Mark
  /// 3:30 pm") is left to the clock.
  func readScripture(_ stream: TokenStream, at index: Int) -> Reading? {
    let written = stream.text(index)
    guard let book = tables.bibleBooks[written], stream.startsFree(index) else { return nil }
    var chapterIndex = index + 1
    if book != written {
      guard stream.isMark(chapterIndex, ".") else { return nil }
      chapterIndex += 1
    }
    guard stream.isInlineSpace(chapterIndex) else { return nil }
    chapterIndex += 1
    guard let chapter = stream[chapterIndex], chapter.kind == .number, chapter.text.count <= 3,
      !chapter.text.hasPrefix("0"), stream.isMark(chapterIndex + 1, ":"),
      let verse = stream[chapterIndex + 2], verse.kind == .number, verse.text.count <= 3,
      !verse.text.hasPrefix("0"), meridiem(stream, at: chapterIndex + 3) == nil
    else { return nil }
    var end = chapterIndex + 3
    var spoken =
      book + " " + NumberSpeller.cardinal(chapter.text) + " " + NumberSpeller.cardinal(verse.text)
    if stream.isMark(end, "-–"), let last = stream[end + 1], last.kind == .number,
      last.text.count <= 3, !last.text.hasPrefix("0"), stream.endsFree(end + 2)
    {
      spoken += " to " + NumberSpeller.cardinal(last.text)
      end += 2
    }
    guard stream.endsFree(end), !(stream.isMark(end, ".:") && stream.isNumber(end + 1)) else {
      return nil
    }
    return Reading(spoken: spoken, end: end)
  }

  /// Whether `token` is an initial ("G") or an abbreviated month ("Mar"), whose period may
  /// stand apart in tokenized text.
  func isInitialOrMonth(_ token: Token?) -> Bool {
    guard let token, token.kind == .word, token.isCapitalized else { return false }
    return token.text.utf8.count == 1 || tables.months[token.text] != nil
  }

  /// Reads the number before a book of the Bible that comes numbered, as an ordinal: "1
  /// Corinthians 13" → "First Corinthians thirteen", "II Kings 5:1" → "Second Kings five one".
  func readNumberedBook(_ stream: TokenStream, at index: Int) -> Reading? {
    let written = stream.text(index)
    // Cheap test first: one digit, or a roman numeral of up to three I's.
    guard written.utf8.count <= 3, let first = written.utf8.first, first == 0x49 || first <= 0x39
    else { return nil }
    let ordinal: String
    switch written {
    case "1", "I": ordinal = "First"
    case "2", "II": ordinal = "Second"
    case "3", "III": ordinal = "Third"
    default: return nil
    }
    let bookIndex = index + 2
    guard stream.isInlineSpace(index + 1),
      let needsVerse = tables.numberedBooks[
        stream.text(bookIndex)], stream.startsFree(index)
    else { return nil }
    if let scripture = readScripture(stream, at: bookIndex) {
      return Reading(spoken: ordinal + " " + scripture.spoken, end: scripture.end)
    }
    guard !needsVerse, let book = tables.bibleBooks[stream.text(bookIndex)] else { return nil }
    var end = bookIndex + 1
    var spoken = ordinal + " " + book
    if book != stream.text(bookIndex) {
      // An abbreviation counts only with its period ("1 Cor. 13").
      guard stream.isMark(end, ".") else { return nil }
      if periodEndsSentence(stream, at: end, strong: false) { spoken += "." }
      end += 1
    }
    guard stream.endsFree(end) else { return nil }
    return Reading(spoken: spoken, end: end)
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
      text.count > 1 || "IVX".contains(text), Self.romanValue(text) != nil
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

  /// Reads words in capitals letter by letter ("GDP" → "G.D.P") unless listed as said as words.
  func readAcronym(_ stream: TokenStream, at index: Int) -> Reading? {
    let token = stream.tokens[index]
    // Cheap test first: acronyms start with two capitals.
    let bytes = token.text.utf8
    guard bytes.count >= 2, let first = bytes.first, (65...90).contains(first),
      (65...90).contains(bytes[bytes.index(after: bytes.startIndex)])
    else { return nil }
    if let spoken = tables.acronyms[token.text], stream.startsFree(index),
      stream.endsFree(index + 1)
    {
      if tables.capitalWords.contains(token.text.lowercased()) {
        // An everyday word in a line of capitals is shouted, not an organization.
        let shouted = [stream.previous(index), stream.skipSpace(index + 1)].contains { side in
          guard let side, side != index, let word = stream[side] else { return false }
          return word.isAllCaps && word.text.count >= 2
        }
        if shouted { return nil }
      }
      return spoken == token.text ? nil : Reading(spoken: spoken, end: index + 1)
    }
    var text = Substring(token.text)
    var plural = ""
    if text.hasSuffix("'s") || text.hasSuffix("’s") {
      // A possessive, which eSpeak NG would drop after letters it spells: "the FBI's".
      plural = String(text.suffix(2))
      text = text.dropLast(2)
      if let spoken = tables.acronyms[String(text)] {
        return spoken == String(text) ? nil : Reading(spoken: spoken + plural, end: index + 1)
      }
    } else if text.hasSuffix("s"), text.count >= 3 {
      plural = "'s"
      text = text.dropLast()
    }
    guard (2...5).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isUppercase }),
      stream.endsFree(index + 1), !stream.isWord(index - 1), !stream.isNumber(index - 1),
      // The end of a file name: "README.DOS", "CHANGE.COM".
      !(stream.isMark(index - 1, ".") && stream.isWord(index - 2))
    else { return nil }
    if tables.capitalWords.contains(text.lowercased()) {
      // Between lower-case words ("a MAX of", "The END is"), eSpeak NG would spell a word it
      // does not know in capitals, so it gets the word in lower case. Elsewhere (a headline, a
      // name or a title at the start of a sentence) it stays as written.
      let sides = [stream.previous(index), stream.skipSpace(index + 1)]
      // The start of a line or a sentence may come before it: "MAX power", "Go. GET out".
      let opensClause =
        stream.startsLine(index)
        || stream.previous(index).map { stream.isMark($0, ".!?:;\"“(—") } == true
      let amongLowerCase = sides.allSatisfy { side in
        // The end of a clause may follow it, right after the word: "do NOT."
        if let side, side == index + 1, stream.isMark(side, ".,;:!?") { return true }
        if opensClause, (side ?? -1) < index { return true }
        guard let side, side != index, let word = stream[side], word.kind == .word else {
          return false
        }
        if word.text.first?.isLowercase ?? false { return true }
        // After a name spelled as letters: "the FBI CUT jobs".
        if side < index, word.isAllCaps, word.text.count >= 2,
          !tables.capitalWords.contains(word.text.lowercased()),
          !isPronounceable(Substring(word.text))
        {
          return true
        }
        // A capitalized everyday word before it, as at the start of a sentence ("The").
        return side < index && word.text.dropFirst().allSatisfy(\.isLowercase)
          && tables.capitalWords.contains(word.text.lowercased())
      }
      // A model name after its number: "the 737 MAX 9", "an iPhone 15 PRO".
      let afterModelNumber =
        stream.isInlineSpace(index - 1) && stream.isNumber(index - 2) && plural.isEmpty
        && namesModel(stream, at: index - 1)
      let lower = text.lowercased()
      guard amongLowerCase || afterModelNumber, !tables.capitalAcronyms.contains(lower) else {
        return nil
      }
      return Reading(spoken: token.text.lowercased(), end: index + 1)
    }
    if text.count >= 4, isPronounceable(text) { return nil }
    if text.allSatisfy({ "IVX".contains($0) }), Self.romanValue(String(text)) != nil { return nil }
    // Headlines in capitals: leave words among other long capitalized words alone.
    var neighbors = [stream.previous(index), stream.skipSpace(index + 1)]
    // Across a hyphen too: "NON-BINDING".
    if stream.isMark(index + 1, "-") { neighbors.append(index + 2) }
    if stream.isMark(index - 1, "-") { neighbors.append(index - 2) }
    for neighbor in neighbors {
      if let neighbor, let word = stream[neighbor], word.kind == .word, word.isAllCaps,
        word.text.count >= 5, neighbor != index
      {
        return nil
      }
    }
    // A short word shouted among other words in capitals: "I BET", "ME TOO"; or alone with
    // an exclamation mark: "HA!", "OW!".
    if tables.shoutedWords.contains(token.text.lowercased()) {
      if stream.isMark(index + 1, "!") { return nil }
      for neighbor in neighbors {
        guard let neighbor, neighbor != index, let word = stream[neighbor], word.kind == .word,
          word.isAllCaps
        else { continue }
        let lower = word.text.lowercased()
        if word.text == "I" || word.text == "A" || tables.capitalWords.contains(lower)
          || tables.shoutedWords.contains(lower)
          || (word.text.count >= 4 && word.text.count <= 5 && isPronounceable(Substring(word.text)))
        {
          return nil
        }
      }
    }
    return Reading(spoken: spell(String(text)) + plural, end: index + 1)
  }

  /// Reads capitals joined by "&" as letters: "AT&T" → "A.T and T", "P&O" → "P and O".
  ///
  /// Each side is one to three capitals; eSpeak NG would say "AT" as the word "at".
  func readInitialsAndInitials(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isMark(index + 1, "&"), stream.startsFree(index), let last = stream[index + 2],
      last.kind == .word
    else { return nil }
    let first = stream.text(index)
    var second = Substring(last.text)
    var possessive = ""
    if second.hasSuffix("'s") || second.hasSuffix("’s") {
      possessive = String(second.suffix(2))
      second = second.dropLast(2)
    }
    let initials = [Substring(first), second]
    guard
      initials.allSatisfy({ side in
        (1...3).contains(side.count) && side.allSatisfy { $0.isASCII && $0.isUppercase }
      }), stream.endsFree(index + 3)
    else { return nil }
    let spoken = spell(first) + " and " + spell(String(second)) + possessive
    return Reading(spoken: spoken, end: index + 3)
  }

  /// Letters to be said one by one: "G D P", or "N.B.A" when there is an "A" (which eSpeak NG
  /// would read as the article if it stood alone).
  func spell(_ letters: String) -> String {
    let upper = letters.uppercased()
    return upper.map(String.init).joined(separator: upper.contains("A") ? "." : " ")
  }

  /// Whether a word in capitals looks like one people say as a word ("NATO", "OPEC") rather
  /// than spell ("IUCN", "NSCAA", "NYPD").
  private func isPronounceable(_ text: Substring) -> Bool {
    let letters = Array(text)
    // Y counts as a vowel after the first letter ("KYIV", "LYON").
    var vowels = letters.enumerated().map { "AEIOU".contains($1) || ($0 > 0 && $1 == "Y") }
    // Two vowels first only as a digraph words start with ("EARN", "OUST"), not "IAEA".
    let digraphStart = ["EA", "AU", "OU", "OI", "EE", "OO"].contains(String(letters[0...1]))
    guard vowels.contains(true), !(vowels[0] && vowels[1]) || digraphStart else { return false }
    // Few words end in a "U" after two consonants ("ACLU"; "MENU" and "KANU" are words).
    if letters.last == "U", letters.count >= 3, !vowels[letters.count - 2],
      !vowels[letters.count - 3]
    {
      return false
    }
    if !vowels[0], !vowels[1], !tables.onsets.contains(String(letters[0...1]).lowercased()) {
      return false
    }
    // H or W after a vowel is part of it ("JOHN", "OHMS", "DOWN", "LAWN").
    for position in 1..<letters.count where "HW".contains(letters[position]) && vowels[position - 1]
    {
      vowels[position] = true
    }
    // Three consonants in a row must split into the end of one syllable and the start of the
    // next: "AL-PHA", "TER-MS", "AP-PLY", "BAT-CH"; not "ISBN", "IPCC".
    for start in 0..<(letters.count - 2)
    where !vowels[start] && !vowels[start + 1]
      && !vowels[start + 2]
    {
      let head = String(letters[start...(start + 1)]).lowercased()
      let tail = String(letters[(start + 1)...(start + 2)]).lowercased()
      let doubled = letters[start] == letters[start + 1] && "LSFTP".contains(letters[start])
      guard tables.onsets.contains(tail) || tables.codas.contains(head) || doubled else {
        return false
      }
      if start + 3 < letters.count, !vowels[start + 3] { return false }
    }
    // The consonants after the last vowel must end a word: "TERMS", "NORTH"; not "OCHL".
    let lastVowel = vowels.lastIndex(of: true) ?? 0
    let final = String(letters[(lastVowel + 1)...]).lowercased()
    switch final.count {
    // A plural "s" may follow any of them ("FLAGS", "TERMS").
    case 2: return tables.codas.contains(final) || final.first == final.last || final.last == "s"
    case 3:
      // "BATCH", "NORTH", "TERMS", "MIGHT", "WELLS".
      if ["ch", "sh", "th", "ck", "ht"].contains(String(final.suffix(2))) { return true }
      let head = String(final.prefix(2))
      return (tables.codas.contains(head) || head.first == head.last)
        && (tables.codas.contains(String(final.suffix(2))) || final.last == "s")
    default: return final.count <= 1
    }
  }

  /// Rewrites British spellings the American voice would mispronounce ("organisation").
  func readSpelling(_ stream: TokenStream, at index: Int) -> Reading? {
    let text = stream.text(index)
    guard !british, text.count >= 7 else { return nil }
    for (britishEnding, americanEnding) in tables.americanEndings
    where text.hasSuffix(britishEnding) {
      return Reading(spoken: text.dropLast(britishEnding.count) + americanEnding, end: index + 1)
    }
    return nil
  }

  /// Reads words joined by a slash that are set phrases: "and/or" → "and or", "y/y" → "year
  /// on year" (from the expressions table).
  func readWordSymbols(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isMark(index + 1, "/"), stream.isWord(index + 2), stream.startsFree(index),
      stream.endsFree(index + 3),
      let phrase = tables.expressions[stream.text(index) + "/" + stream.text(index + 2)]
    else { return nil }
    return Reading(spoken: phrase, end: index + 3)
  }

  /// The end of a run of footnote marks glued to the text before it, if one starts at `index`.
  ///
  /// The marks are "[1]", "[2][3]" or "[a]".
  ///
  /// After a word it must end a clause or come before a word in lower case ("novels[4] and"),
  /// so that an index in code ("x[1] = 5") stays.
  private func footnoteEnd(_ stream: TokenStream, at index: Int) -> Int? {
    guard let before = stream[index - 1], before.kind != .space else { return nil }
    let afterPunctuation = before.kind == .mark && ".,;:)\"”'’".contains(before.text)
    var end = index
    var edited = false
    while stream.isMark(end, "[") {
      if let mark = stream[end + 1], stream.isMark(end + 2, "]"),
        (mark.kind == .number && mark.text.count <= 3)
          || (afterPunctuation && mark.kind == .word && mark.text.count == 1
            && mark.text.first?.isLowercase == true)
      {
        end += 3
      } else if let next = editorMarkEnd(stream, at: end) {
        end = next
        edited = true
      } else {
        break
      }
    }
    guard end > index else { return nil }
    if afterPunctuation || edited || stream[end] == nil || stream.isMark(end, ".,;:!?)") {
      return end
    }
    guard stream.isInlineSpace(end), stream[end + 1]?.text.first?.isLowercase == true,
      stream.isWord(end + 1)
    else { return nil }
    return end
  }

  /// The end of an editor's note in brackets that starts at `index`, if one does: "[citation
  /// needed]", "[when?]", "[note 3]" (editor-marks.tsv).
  private func editorMarkEnd(_ stream: TokenStream, at index: Int) -> Int? {
    guard stream.isWord(index + 1) else { return nil }
    var written = ""
    var probe = index + 1
    while let token = stream[probe], probe - index < 16, !stream.isMark(probe, "]") {
      if token.kind == .space {
        guard stream.isInlineSpace(probe) else { return nil }
        written += " "
      } else {
        written += "–—".contains(token.text) ? "-" : token.text.lowercased()
      }
      probe += 1
    }
    guard stream.isMark(probe, "]") else { return nil }
    if tables.editorMarks.contains(written) { return probe + 1 }
    // A numbered note: "[note 3]", "[nb 2]", "[n 1]".
    let words = written.split(separator: " ")
    guard words.count == 2, tables.editorNotes.contains(String(words[0])),
      let number = stream[probe - 1], number.kind == .number || number.text.count == 1
    else { return nil }
    return probe + 1
  }

  /// The end of a phonetic transcription that starts at `index` with "[" or "/", if one does:
  /// "[bɛʁˈliːn]", "/ˈlʌndən/".
  ///
  /// It is known by a character only the International Phonetic Alphabet uses (a stress or
  /// length mark, "ə", "ɪ"); eSpeak NG would name each symbol, a listener wants none of it.
  /// Only inside parentheses, where encyclopedias put it ("Berlin (German: [bɛʁˈliːn])"): a
  /// transcription on its own is text about sounds, or a pronunciation for the synthesizer.
  func transcriptionEnd(_ stream: TokenStream, at index: Int) -> Int? {
    let close = stream.text(index) == "[" ? "]" : "/"
    let opening = stream.indicesBack(from: index, limit: 30).first { stream.isMark($0, "()") }
    guard let opening, stream.isMark(opening, "(") else { return nil }
    var phonetic = false
    var probe = index + 1
    while let token = stream[probe], probe - index < 40, !stream.isMark(probe, close) {
      if token.kind == .space, !stream.isInlineSpace(probe) { return nil }
      if token.kind == .number { return nil }
      if !phonetic {
        phonetic = token.text.unicodeScalars.contains { (0x250...0x2FF).contains($0.value) }
      }
      probe += 1
    }
    guard phonetic, stream.isMark(probe, close), probe > index + 1 else { return nil }
    return probe + 1
  }

  /// Reads a mark: currency, minus sign, handles, "'90s", ".5", or a symbol from the table.
  func readMark(_ stream: TokenStream, at index: Int) -> Reading? {
    let text = stream.text(index)
    if let reading = readCurrencySymbol(stream, at: index) { return reading }
    switch text {
    case "—", "―":
      return readGluedDash(stream, at: index)
    case "-", "−", "–":
      if text == "–", let reading = readGluedDash(stream, at: index) { return reading }
      if let offset = readZoneOffset(stream, at: index) { return offset }
      if text != "−", let reading = readDashBetweenDates(stream, at: index) { return reading }
      // A minus sign: "-15°C", "(-2)"; not a dash between words or numbers.
      // Spaced before and glued after, it is a minus even after a number ("5 -3").
      guard stream.isNumber(index + 1),
        stream.startsFree(index) || stream.isMark(index - 1, "=?!;,"),
        text == "−" || stream.isInlineSpace(index - 1)
          || !(stream.previous(index).map { stream.isNumber($0) } ?? false)
      else { return nil }
      return Reading(spoken: "minus ", end: index + 1)
    case "+":
      if let reading = readTelephone(stream, at: index) { return reading }
      if let offset = readZoneOffset(stream, at: index) { return offset }
      if stream.isNumber(index - 1), stream.endsFree(index + 1), !stream.isMark(index + 1, "+"),
        !stream.isNumber(stream.skipSpace(index + 1))
      {
        // "18+", "$250+": "and more".
        return Reading(spoken: " plus", end: index + 1)
      }
      // Arithmetic: "2+3" → "two plus three".
      guard let before = stream.previous(index), stream.isNumber(before),
        stream.isNumber(stream.skipSpace(index + 1))
      else { return nil }
      let spaced = stream.isInlineSpace(index - 1)
      return Reading(
        spoken: (spaced ? "" : " ") + "plus" + (stream.isInlineSpace(index + 1) ? "" : " "),
        end: index + 1)
    case "(":
      return readTelephone(stream, at: index)
    case "[", "{":
      if text == "[", let index = footnoteEnd(stream, at: index) {
        // A footnote mark glued to the text ("founded in 1850.[1]") is not read.
        return Reading(spoken: "", end: index)
      }
      if text == "[", let end = transcriptionEnd(stream, at: index) {
        return Reading(spoken: "", end: end)
      }
      return readPhonemes(stream, at: index)
    case "<", ">":
      if text == "<", let tag = readTag(stream, at: index) { return tag }
      return readComparison(stream, at: index)
    case "~" where stream.isNumber(index + 1) && stream.startsFree(index):
      // "~5 km" → "about five kilometers".
      return Reading(spoken: "about ", end: index + 1)
    case "@":
      return readHandle(stream, at: index)
    case "#":
      if stream.isNumber(index + 1), stream.startsFree(index) {
        return Reading(spoken: "number ", end: index + 1)
      }
      if stream.isInlineSpace(index + 1), stream.isNumber(index + 2), stream.startsFree(index) {
        return Reading(spoken: "number", end: index + 1)
      }
      return readHandle(stream, at: index)
    case "'", "’", "‘":
      // "'90s" → "nineties", "'99" → "ninety nine", "'05" → "oh five".
      guard stream.startsFree(index), let digits = stream[index + 1], digits.kind == .number,
        digits.text.count == 2, let value = Int(digits.text)
      else { return nil }
      if stream.text(index + 2) == "s", stream.endsFree(index + 3) {
        return Reading(spoken: decade(digits.text), end: index + 3)
      }
      guard stream.endsFree(index + 2), !stream.isMark(index + 2, "'’") else { return nil }
      let year = (value < 10 ? "oh " : "") + NumberSpeller.cardinal(value)
      return Reading(spoken: year, end: index + 2)
    case "."
    where stream.isInlineSpace(index - 1) && stream.isInlineSpace(index + 1)
      && (stream[index + 2]?.text.first?.isLowercase ?? false):
      // A period standing alone before a lower-case word: eSpeak NG would say "dot".
      return Reading(spoken: "", end: index + 1)
    case "."
    where stream.isInlineSpace(index - 1) && stream.isInlineSpace(index + 1)
      && (stream.isNumber(index + 2) || stream.isMark(index + 2, "&"))
      && isInitialOrMonth(stream[index - 2]):
      // An initial's or a month's period set apart, as tokenized text writes it ("Mills , G .
      // 2007", "30 Mar . 2011", "Smith , J . & Jones"): eSpeak NG would say "dot".
      return Reading(spoken: "", end: index + 2)
    case ".":
      // ".5" → "point five"; also after a comparison ("n>.5").
      guard stream.startsFree(index) || stream.isMark(index - 1, "<>="),
        stream.isNumber(index + 1), stream.endsFree(index + 2)
      else { return nil }
      if stream.isInlineSpace(index + 2),
        ["caliber", "calibre", "cal"].contains(stream.text(index + 3).lowercased())
      {
        // A gun's bore: ".22 caliber" → "twenty two caliber".
        return Reading(spoken: NumberSpeller.cardinal(stream.text(index + 1)), end: index + 2)
      }
      return Reading(
        spoken: "point " + NumberSpeller.digits(stream.text(index + 1)), end: index + 2)
    case "/":
      if let end = transcriptionEnd(stream, at: index) { return Reading(spoken: "", end: end) }
      // A stray slash: at the start or end of a line or a sentence, or glued to a bracket
      // (markup left over: "</b>", "<br/>").
      let before = stream.previous(index).flatMap { stream[$0] }
      let after = stream[stream.skipSpace(index + 1)]
      let brackets = "<>[](){}"
      guard
        before == nil || after == nil || ".,;:!?".contains(after?.text ?? "")
          || stream.isMark(index - 1, brackets) || stream.isMark(index + 1, brackets)
      else { return nil }
      return Reading(spoken: "", end: index + 1)
    case "×":
      if let reading = readDimensionSign(stream, at: index) { return reading }
    case "%":
      return Reading(spoken: "percent", end: index + 1)
    case "!", "?":
      // "1!hello": eSpeak NG names a mark glued between words ("exclamation"); a space after
      // it reads as the end of a sentence.
      guard let before = stream[index - 1], before.kind == .word || before.kind == .number,
        let after = stream[index + 1], after.kind == .word || after.kind == .number
      else { return nil }
      return Reading(spoken: text + " ", end: index + 1)
    case "&" where stream.text(index + 1) == "c" && stream.endsFree(index + 2):
      // "&c." is the old way of writing "etc.".
      guard stream.isMark(index + 2, ".") else {
        return Reading(spoken: "etcetera", end: index + 2)
      }
      let ends = periodEndsSentence(stream, at: index + 2, strong: true)
      return Reading(spoken: "etcetera" + (ends ? "." : ""), end: index + 3)
    case "&":
      let spaced = stream.isInlineSpace(index - 1) || index == 0
      let spacedAfter = stream.isInlineSpace(index + 1) || index + 1 == stream.count
      return Reading(spoken: (spaced ? "" : " ") + "and" + (spacedAfter ? "" : " "), end: index + 1)
    default:
      break
    }
    if let spoken = tables.symbols[text] {
      if spoken.isEmpty { return Reading(spoken: "", end: index + 1) }
      if stream.isNumber(index - 1), let scalar = text.unicodeScalars.first,
        scalar.properties.numericType == .numeric
      {
        // A vulgar fraction after a whole number: "3¾" → "three and three quarters".
        let part = spoken.hasPrefix("one ") ? "a " + spoken.dropFirst(4) : spoken
        return Reading(spoken: " and " + part, end: index + 1)
      }
      let spaced = stream.isInlineSpace(index - 1) || index == 0
      let spacedAfter = stream.isInlineSpace(index + 1) || index + 1 == stream.count
      return Reading(
        spoken: (spaced ? "" : " ") + spoken + (spacedAfter ? "" : " "), end: index + 1)
    }
    if isPictograph(text) { return Reading(spoken: "", end: index + 1) }
    if text.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
      return Reading(spoken: " ", end: index + 1)
    }
    return nil
  }

  /// Reads a dash glued between a stop and the next word as a space: "1801.—I have",
  /// "My dear sister,—I", "as follows:—the".
  ///
  /// Old books print a stop and a dash together; eSpeak NG would say "dot" or "colon" there,
  /// or run the words together over the comma. The stop keeps its pause.
  func readGluedDash(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isMark(index - 1, ".,;:!?") else { return nil }
    var end = index + 1
    while stream.isMark(end, "—―–") { end += 1 }
    guard stream.isWord(end) else { return nil }
    return Reading(spoken: " ", end: end)
  }

  /// Reads a multiplication sign between measurements as "by": "1.2 × 0.8 m", "30 × 40 cm",
  /// "2 × 3 × 4 m"; elsewhere ("3 × 10^8") it stays "times".
  func readDimensionSign(_ stream: TokenStream, at index: Int) -> Reading? {
    let spaced = stream.isInlineSpace(index - 1)
    guard spaced == stream.isInlineSpace(index + 1), let before = stream.previous(index),
      stream.isNumber(before), let second = stream.number(at: spaced ? index + 2 : index + 1),
      !stream.isMark(second.end, "^")
    else { return nil }
    let next = stream.skipSpace(second.end)
    guard stream.isMark(next, "×") || unit(stream, at: second.end) != nil else { return nil }
    return Reading(spoken: spaced ? "by" : " by ", end: index + 1)
  }

  /// Reads an offset from universal time after "UTC" or "GMT": "UTC+1" → "U T C plus one",
  /// "UTC+05:30" → "plus five thirty", "GMT-5" → "minus five".
  func readZoneOffset(_ stream: TokenStream, at index: Int) -> Reading? {
    guard let zone = stream.previous(index), zone == index - 1,
      ["UTC", "GMT"].contains(stream.text(zone)), let hours = stream[index + 1],
      hours.kind == .number, hours.text.count <= 2, let hour = Int(hours.text)
    else { return nil }
    var spoken = (stream.text(index) == "+" ? " plus " : " minus ") + NumberSpeller.cardinal(hour)
    var end = index + 2
    if stream.isMark(end, ":"), let minutes = stream[end + 1], minutes.kind == .number,
      minutes.text.count == 2, let minute = Int(minutes.text), minute < 60
    {
      if minute > 0 { spoken += " " + NumberSpeller.pair(minute) }
      end += 2
    }
    guard stream.endsFree(end) else { return nil }
    return Reading(spoken: spoken, end: end)
  }

  /// Passes a bracketed ARPAbet pronunciation through as written: "[K AE1 T]".
  ///
  /// It is meant for the synthesizer, not to be read out; spelled as letters and numbers it
  /// would be noise. Symbols are in arpabet.tsv.
  func readPhonemes(_ stream: TokenStream, at index: Int) -> Reading? {
    let close = stream.text(index) == "[" ? "]" : "}"
    var probe = index + 1
    var symbols = 0
    var stressed = 0
    while probe < stream.count, probe - index < 80 {
      guard let token = stream[probe], token.kind == .word else { return nil }
      if tables.arpabetVowels.contains(token.text) {
        if let digit = stream[probe + 1], digit.kind == .number {
          guard ["0", "1", "2"].contains(digit.text) else { return nil }
          stressed += 1
          probe += 1
        }
      } else if !tables.arpabetConsonants.contains(token.text) {
        return nil
      }
      symbols += 1
      probe += 1
      if stream.isMark(probe, close) { break }
      guard stream.isInlineSpace(probe), stream.text(probe) == " " else { return nil }
      probe += 1
    }
    guard stream.isMark(probe, close), symbols >= 2, stressed >= 1 else { return nil }
    let written = (index...probe).map { stream.tokens[$0].text }.joined()
    return Reading(spoken: written, end: probe + 1)
  }

  /// Reads a dash between two dates or times whose first part another rule has read, as
  /// "to": "14 March 1879 – 18 April 1955", "1 May–June 1990", "9am – 5pm".
  ///
  /// The dash is spaced on both sides or on neither, after a number that stands free, and
  /// before a month name or (spaced) a number.
  func readDashBetweenDates(_ stream: TokenStream, at index: Int) -> Reading? {
    let spaced = stream.isInlineSpace(index - 1)
    guard spaced == stream.isInlineSpace(index + 1), let before = stream.previous(index) else {
      return nil
    }
    var start = before
    if stream.isWord(start), stream.isNumber(start - 1) {
      start -= 1
    } else if spaced, tables.eras.contains(stream.text(start)), stream.isInlineSpace(start - 1),
      stream.isNumber(start - 2)
    {
      // A year of an era: "63 BC – AD 14".
      start -= 2
    }
    guard stream.isNumber(start), !stream.isWord(start - 1), !stream.isMark(start - 1, "-–.,/:")
    else { return nil }
    // A bare number that is neither a day nor a year ends no date: "Top 100 - 15th March"
    // (but "9am – 5pm", "300 BC – 200 BC").
    let digits = stream.text(start)
    guard start != before || digits.count == 4 || (Int(digits).map { $0 <= 31 } ?? false)
    else { return nil }
    let after = spaced ? index + 2 : index + 1
    // (A glued day after the dash is left alone: the date rules need it to stand free.)
    guard let next = stream[after],
      (spaced && next.kind == .number) || (next.kind == .word && tables.months[next.text] != nil)
        || (spaced && next.text == "AD" && stream.isInlineSpace(after + 1)
          && stream.isNumber(after + 2))
    else { return nil }
    return Reading(spoken: spaced ? "to" : " to ", end: index + 1)
  }

  /// Reads a comparison sign between a value and a number as words, since eSpeak NG is silent.
  ///
  /// "p < 0.05" → "p less than zero point oh five", "x>5" → "x greater than five". Spaced on
  /// both sides or glued on both sides, so markup ("<b>"), quoting ("> text") and "<3" stay.
  func readComparison(_ stream: TokenStream, at index: Int) -> Reading? {
    let spacedBefore = stream.isInlineSpace(index - 1)
    let spacedAfter = stream.isInlineSpace(index + 1)
    let next = spacedAfter ? index + 2 : index + 1
    guard spacedBefore == spacedAfter, let before = stream.previous(index),
      stream.isWord(before) || stream.isNumber(before) || stream.isMark(before, ")%"),
      stream.isNumber(next) || (stream.isMark(next, ".") && stream.isNumber(next + 1))
    else { return nil }
    if stream.text(index) == ">" {
      // The end of a tag ("<pitch=-.3>5") is markup.
      var probe = index - 1
      while probe >= 0, index - probe < 60, !stream.isMark(probe, ">") {
        if stream.isMark(probe, "<") { return nil }
        probe -= 1
      }
    }
    let words = stream.text(index) == "<" ? "less than" : "greater than"
    return Reading(spoken: spacedBefore ? words : " " + words + " ", end: index + 1)
  }

  /// Reads a bare markup tag ("<cue/>", "<em>", "</em>") as written: it is markup, not text
  /// to say, so it passes through; it is only kept apart from digits glued to it.
  ///
  /// Only a name between "<" or "</" and ">" or "/>" counts: "<https://…>", "a < b" and tags
  /// with attributes (whose values may need reading) are left to the other rules.
  func readTag(_ stream: TokenStream, at index: Int) -> Reading? {
    let closing = stream.isMark(index + 1, "/")
    let name = closing ? index + 2 : index + 1
    guard stream.isWord(name) else { return nil }
    var end = name + 1
    if !closing, stream.isMark(end, "/") { end += 1 }
    guard stream.isMark(end, ">") else { return nil }
    end += 1
    var spoken = (index..<end).map { stream.tokens[$0].text }.joined()
    if stream.isNumber(index - 1) { spoken = " " + spoken }
    if stream.isNumber(end) { spoken += " " }
    return Reading(spoken: spoken, end: end)
  }

  /// Emoji and pictographs, which eSpeak NG would describe aloud ("grinning face").
  private func isPictograph(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, !first.isASCII else { return false }
    return first.properties.isEmojiPresentation
      || (first.properties.isEmoji && first.value > 0x2100
        && first.properties.generalCategory == .otherSymbol)
  }
}
