/// Readers for years, eras and decades: "AD 79", "the 1850's", "80s", "2019/20", "in 793."
extension Normalizer {
  /// Whether an era word ("AD", "B.C.") follows the number ending at `end`, after a space.
  func isEra(_ stream: TokenStream, after end: Int) -> Bool {
    guard stream.isInlineSpace(end), let era = eraWord(stream, at: end + 1) else { return false }
    return stream.endsFree(era)
  }

  /// Whether an era word written before it ("AD 79") ends just before the number at `index`.
  func isEra(_ stream: TokenStream, before index: Int) -> Bool {
    guard stream.isInlineSpace(index - 1), let previous = stream.previous(index) else {
      return false
    }
    // "AD" alone; "A.D." is rarely written before the year.
    return stream.isWord(previous) && tables.eras.contains(stream.text(previous))
      && stream.startsFree(previous) && stream.text(previous) == "AD"
  }

  /// The end of an era word starting at `index` ("BC", "B.C.", "A.D"), if one is there.
  private func eraWord(_ stream: TokenStream, at index: Int) -> Int? {
    var letters = ""
    var probe = index
    while probe < index + 8, let token = stream[probe] {
      if token.kind == .word, token.isAllCaps, token.text.count <= 3 {
        letters += token.text
      } else if !(token.kind == .mark && token.text == "." && !letters.isEmpty) {
        break
      }
      probe += 1
    }
    // A final period ends the sentence as often as the abbreviation: leave it.
    if stream.isMark(probe - 1, ".") { probe -= 1 }
    return tables.eras.contains(letters) && probe > index ? probe : nil
  }

  /// Whether a four-digit number between 1000 and 2099 is a year rather than a count.
  ///
  /// Counts that large are usually written with a comma ("1,500 soldiers"), so the number is a
  /// year ("the 1992 productions") unless a quantity word comes before it and a plural noun
  /// after ("about 1500 soldiers").
  func looksLikeYear(_ stream: TokenStream, after end: Int, before index: Int) -> Bool {
    let nextWord = stream.skipSpace(end)
    guard stream.isInlineSpace(end), let word = stream[nextWord], word.kind == .word else {
      return true
    }
    let text = word.text
    guard text.count > 2, text.hasSuffix("s"), !text.hasSuffix("ss"),
      text.first?.isLowercase ?? false, !tables.notPlurals.contains(text),
      !tables.yearNouns.contains(text), let previous = stream.previous(index)
    else { return true }
    return !tables.countCues.contains(stream.text(previous).lowercased())
  }

  /// Reads seasons and fiscal years written with a slash: "2019/20" → "twenty nineteen to
  /// twenty".
  func readSeason(_ stream: TokenStream, at index: Int) -> Reading? {
    let digits = stream.text(index)
    guard digits.count == 4, stream.startsFree(index), stream.isMark(index + 1, "/"),
      let second = stream[index + 2], second.kind == .number, second.text.count == 2,
      stream.endsFree(index + 3), let value = Int(digits), let year = NumberSpeller.year(value),
      let next = Int(second.text), next == (value + 1) % 100
    else { return nil }
    return Reading(spoken: year + " to " + codeNumber(second.text), end: index + 3)
  }

  /// Reads decades written with an apostrophe: "the 1850's", "the 80's", "the 60 's".
  ///
  /// A year ending in zero followed by "'s" is a decade after "the", "in", "of", "early",
  /// "late" or "mid", or when two digits; otherwise it is a possessive ("1990's best film").
  func readApostropheDecade(
    _ stream: TokenStream, _ number: WrittenNumber, at index: Int
  ) -> Reading? {
    guard number.isPlain, number.integer.hasSuffix("0"), number.integer.count <= 4 else {
      return nil
    }
    let spaced = stream.isInlineSpace(number.end)
    let apostrophe = spaced ? number.end + 1 : number.end
    guard stream.isMark(apostrophe, "'’"), stream.text(apostrophe + 1) == "s",
      stream.endsFree(apostrophe + 2)
    else { return nil }
    let before = stream.previous(index).map { stream.text($0).lowercased() } ?? ""
    guard
      spaced || number.integer.count == 2
        || ["the", "in", "of", "early", "late", "mid"].contains(before)
    else { return nil }
    return Reading(spoken: decade(number.integer), end: apostrophe + 2)
  }

  /// Reads "1990s" as "nineteen nineties", "80s" as "eighties", "747s" as "seven forty-sevens".
  func decade(_ digits: String) -> String {
    // "100s of people" → "hundreds", "1000s" → "thousands".
    if digits == "100" { return "hundreds" }
    if digits == "1000" { return "thousands" }
    if digits.count == 4, let value = Int(digits), let year = NumberSpeller.year(value) {
      return NumberSpeller.plural(of: year)
    }
    return NumberSpeller.plural(of: NumberSpeller.cardinal(digits, british: british))
  }

  /// Reads a span of years in parentheses whose first year has three digits, as years.
  ///
  /// "the Tang dynasty (618–907)" → "six eighteen to nine oh seven", "Gregory of Tours (c. 538
  /// – 594)" → "circa five thirty eight to five ninety four".
  ///
  /// The parenthesis must follow a capitalized name or a word for a stretch of history
  /// (`span` in year-context.tsv), or hold "c." or "circa" before the years; the later year
  /// must be larger. Elsewhere ("pages 618–907", "(pp. 618–907)") the numbers stay counts.
  func readYearSpan(
    _ stream: TokenStream, _ number: WrittenNumber, _ other: WrittenNumber, at index: Int
  ) -> Reading? {
    guard number.isPlain, other.isPlain, number.integer.count == 3,
      (3...4).contains(other.integer.count), !number.integer.hasPrefix("0"),
      !other.integer.hasPrefix("0"), let start = number.value, let end = other.value,
      start < end, end <= 2099, stream.isMark(other.end, ")")
    else { return nil }
    var opening = index - 1
    if let circa = stream.previous(index), circa < index - 1 {
      // "(c. 538 – 594)", "(circa 538–594)": the parenthesis is before the circa.
      let word = stream.isMark(circa, ".") ? circa - 1 : circa
      guard ["c", "ca", "circa"].contains(stream.text(word).lowercased()) else { return nil }
      opening = word - 1
    }
    guard stream.isMark(opening, "(") else { return nil }
    if opening == index - 1 {
      guard let named = stream.previous(opening), stream.isWord(named) else { return nil }
      let word = stream.text(named)
      guard word.first?.isUppercase == true || tables.spanNouns.contains(word.lowercased())
      else { return nil }
    }
    let spoken =
      NumberSpeller.spanYear(start, british: british) + " to "
      + NumberSpeller.spanYear(end, british: british)
    return Reading(spoken: spoken, end: other.end)
  }

  /// Reads a three-digit number as a year where prose gives one: "raided in 793." → "seven
  /// ninety three", "from 410 to 476" → "four ten to four seventy six".
  ///
  /// A cue comes before it ("in", "since", "year", "c."; year-context.tsv) and nothing the
  /// number could count after it: the clause ends or goes on with a word like "the" or "and"
  /// ("in 793 homes" and "one in 500" stay counts). "from" needs a later year after "to" and
  /// no word about quantities before it ("rose from 410 to 476").
  func readEarlyYear(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    guard number.isPlain, number.integer.count == 3, !number.integer.hasPrefix("0"),
      let start = number.value, stream.startsFree(index), stream.isInlineSpace(index - 1),
      var cue = stream.previous(index)
    else { return nil }
    if stream.isMark(cue, "."), stream.isWord(cue - 1) { cue -= 1 }
    // ("In 793", not the code "CA 242".)
    let written = stream.text(cue)
    guard written.dropFirst().allSatisfy(\.isLowercase) else { return nil }
    let word = written.lowercased()
    let from = tables.yearSpanCues.contains(word)
    guard from || tables.earlyYearCues.contains(word) else { return nil }
    if let before = stream.previous(cue) {
      // "one in 500", "1 in 250": a chance, not a year.
      if stream.isNumber(before) || stream.text(before).lowercased() == "one" { return nil }
    }
    if from {
      var words = 0
      for probe in stream.indicesBack(from: cue, limit: 12) where words < 3 {
        guard stream.tokens[probe].kind == .word else { continue }
        if tables.changeCues.contains(stream.tokens[probe].text.lowercased()) { return nil }
        words += 1
      }
    }
    var spoken = NumberSpeller.spanYear(start, british: british)
    var end = number.end
    let joiner = stream.skipSpace(end)
    if stream.isInlineSpace(end), ["to", "and", "until", "or"].contains(stream.text(joiner)),
      stream.isInlineSpace(joiner + 1), let other = stream.number(at: joiner + 2), other.isPlain,
      (3...4).contains(other.integer.count), !other.integer.hasPrefix("0"),
      let last = other.value, last > start, last <= 2099
    {
      spoken += " " + stream.text(joiner) + " " + NumberSpeller.spanYear(last, british: british)
      end = other.end
    } else if from {
      return nil
    }
    guard endsClause(stream, at: end) else { return nil }
    return Reading(spoken: spoken, end: end)
  }
}
