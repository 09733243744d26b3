/// Readers for marks and symbols: currency, minus signs, handles, dashes between dates,
/// comparisons, and characters eSpeak NG would otherwise read aloud.
extension Normalizer {
  /// Whether `token` is an initial ("G") or an abbreviated month ("Mar"), whose period may
  /// stand apart in tokenized text.
  func isInitialOrMonth(_ token: Token?) -> Bool {
    guard let token, token.kind == .word, token.isCapitalized else { return false }
    return token.text.utf8.count == 1 || tables.months[token.text] != nil
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
        before == nil || after == nil || ".,;:!?".includes(after?.text ?? "")
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

  /// Emoji and pictographs, which eSpeak NG would describe aloud ("grinning face").
  private func isPictograph(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, !first.isASCII else { return false }
    return first.properties.isEmojiPresentation
      || (first.properties.isEmoji && first.value > 0x2100
        && first.properties.generalCategory == .otherSymbol)
  }
}
