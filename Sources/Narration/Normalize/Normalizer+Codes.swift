/// Readers for numbers in codes and model names: "card ending in 4213", "401(k)", "v1.2.3".
extension Normalizer {
  /// A number inside a code: short ones as numbers ("B two A"), three digits in pairs the way
  /// flights and models are said ("MH370" → "MH three seventy"), long ones or ones with a
  /// leading zero digit by digit ("kx five one two seven", "d oh eight").
  func codeNumber(_ digits: String) -> String {
    if digits.count == 4, let value = Int(digits), (1900...2099).contains(value),
      let year = NumberSpeller.year(value)
    {
      // "FY2023", "T2000": years and round model numbers.
      return year
    }
    if digits.count == 4, !digits.hasPrefix("0"), digits.hasSuffix("000") {
      return NumberSpeller.cardinal(digits)
    }
    if digits.count == 3, !digits.hasPrefix("0") { return houseNumber(digits) }
    return digits.count >= 4 || (digits.count > 1 && digits.hasPrefix("0"))
      ? NumberSpeller.digits(digits) : NumberSpeller.cardinal(digits)
  }

  /// Reads a plain number digit by digit after a cue for codes, as in "card ending in 4213".
  ///
  /// "ending in 4213" → "ending in four two one three"; the cues are in digit-cues.tsv.
  func readCuedDigits(_ stream: TokenStream, at index: Int) -> Reading? {
    let digits = stream.text(index)
    if let always = tables.emergencyNumbers[digits], stream.startsFree(index),
      stream.endsFree(index + 1) || stream.isMark(index + 1, ".,;:!?)"),
      !(stream.isMark(index + 1, ".,") && stream.isNumber(index + 2))
    {
      // "call 911", "a 999 call"; "Porsche 911" is a model.
      let before = stream.previous(index).map { stream.isWord($0) ? stream.text($0) : "" } ?? ""
      let next = stream.isInlineSpace(index + 1) ? stream.text(index + 2).lowercased() : ""
      let called = tables.callWords.contains(before.lowercased()) || tables.callWords.contains(next)
      let afterName =
        before.first?.isUppercase == true && !tables.sentenceStarters.contains(before)
        && !tables.callWords.contains(before.lowercased())
      if called || (always && !afterName) {
        return Reading(spoken: NumberSpeller.digits(digits), end: index + 1)
      }
    }
    guard digits.count >= 2, !tables.digitCues.isEmpty, stream.startsFree(index),
      stream.endsFree(index + 1) || stream.isMark(index + 1, ".,;:!?)"),
      !(stream.isMark(index + 1, ".,") && stream.isNumber(index + 2)),
      var cue = stream.previous(index)
    else { return nil }
    if stream.isMark(cue, ".:"), let word = stream.previous(cue) { cue = word }
    guard stream.isWord(cue) else { return nil }
    let last = stream.text(cue).lowercased()
    var matched = tables.digitCues.contains(last)
    if !matched, let before = stream.previous(cue), stream.isWord(before) {
      matched = tables.digitCues.contains(stream.text(before).lowercased() + " " + last)
    }
    // An airline's code may come between: "Flight BA 117".
    let coded =
      stream.text(cue).count == 2 && stream[cue]?.isAllCaps == true
      && stream.previous(cue).map { tables.pairCues.contains(stream.text($0).lowercased()) }
        == true
    if !matched, (3...4).contains(digits.count), !digits.hasPrefix("0"),
      tables.pairCues.contains(last) || coded, stream.endsFree(index + 1)
    {
      // "Room 101" → "one oh one", "Flight 1549" → "fifteen forty nine".
      return Reading(spoken: houseNumber(digits), end: index + 1)
    }
    guard matched else { return nil }
    return Reading(spoken: NumberSpeller.digits(digits), end: index + 1)
  }

  /// Reads toll-free numbers spelled with words: "1-800-FIX-ROOF" → "one, eight hundred, fix
  /// roof" (the words said as words, not spelled like acronyms).
  func readTollFree(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index) else { return nil }
    var probe = index
    var words: [String] = []
    if stream.text(index) == "1", stream.isMark(index + 1, "-") {
      words.append("one")
      probe += 2
    }
    let prefix = stream.text(probe)
    guard ["800", "888", "877", "866", "855", "844", "833"].contains(prefix),
      stream.isMark(probe + 1, "-"), let word = stream[probe + 2], word.kind == .word,
      word.isAllCaps
    else { return nil }
    words.append(prefix == "800" ? "eight hundred" : NumberSpeller.digits(prefix))
    var tail: [String] = []
    var end = probe + 2
    while let part = stream[end], part.kind == .word || part.kind == .number, tail.count < 8 {
      tail.append(part.kind == .word ? part.text.lowercased() : NumberSpeller.digits(part.text))
      end += 1
      guard stream.isMark(end, "-"), let next = stream[end + 1], next.kind != .space else { break }
      end += 1
    }
    guard stream.endsFree(end) else { return nil }
    words.append(tail.joined(separator: " "))
    return Reading(spoken: words.joined(separator: ", "), end: end)
  }

  /// Reads sections of a code written "401(k)" or "501(c)(3)": "four oh one k".
  func readSection(_ stream: TokenStream, at index: Int) -> Reading? {
    let digits = stream.text(index)
    guard digits.count == 3, stream.startsFree(index), stream.isMark(index + 1, "("),
      let letter = stream[index + 2], letter.kind == .word, letter.text.count == 1,
      stream.isMark(index + 3, ")")
    else { return nil }
    var words = [houseNumber(digits), letter.text]
    var end = index + 4
    while stream.isMark(end, "("), let part = stream[end + 1], part.kind != .space,
      part.text.count <= 2, stream.isMark(end + 2, ")")
    {
      words.append(part.kind == .number ? NumberSpeller.cardinal(part.text) : part.text)
      end += 3
    }
    guard stream.endsFree(end) else { return nil }
    return Reading(spoken: words.joined(separator: " "), end: end)
  }

  /// Whether a model name in capitals follows the number ending at `end`: an everyday word
  /// written in capitals ("737 MAX", "15 PRO"), not an acronym ("500 NHS staff") and not a
  /// headline in capitals ("500 MAX OUT"), and not after a code in capitals ("HLRT 827 AT") or
  /// before a name ("1 UP Staff").
  func namesModel(_ stream: TokenStream, at end: Int) -> Bool {
    guard stream.isInlineSpace(end), let model = stream[end + 1], model.kind == .word,
      model.isAllCaps, model.text.count >= 2, stream.endsFree(end + 2)
    else { return false }
    let lower = model.text.lowercased()
    guard tables.capitalWords.contains(lower) || tables.shoutedWords.contains(lower),
      !tables.capitalAcronyms.contains(lower), tables.currencies[model.text] == nil
    else { return false }
    let after = stream.skipSpace(end + 2)
    if let code = stream.previous(end - 1), let word = stream[code], word.isAllCaps,
      word.text.count >= 2
    {
      return false
    }
    return !(stream[after].map { $0.kind == .word && $0.isCapitalized } ?? false)
  }

  /// Reads a model number with its variant after a dash, which no range could be since the
  /// second number is smaller: "the 787-9" → "seven eighty seven nine", "747-400" → "seven
  /// forty seven four hundred", "777-300ER".
  ///
  /// The variant is one digit or whole hundreds; not after a word for pages or lines, where
  /// "123-9" is a range written short, nor near a word of votes or results ("passed 410-9").
  ///
  /// Whole hundreds above a model number that is not round ("737-800") could end a range, so
  /// they are a variant only with a sign no range has: a plural ("737-800s"), letters glued
  /// after it ("737-900ER"), or a count before it ("20 737-800 jets").
  func readModelVariant(
    _ stream: TokenStream, _ number: WrittenNumber, _ other: WrittenNumber, at index: Int
  ) -> Reading? {
    guard number.isPlain, other.isPlain, number.integer.count == 3,
      !number.integer.hasPrefix("0"), let first = number.value, let second = other.value,
      (1...9).contains(second) || (second % 100 == 0 && second >= 100),
      !stream.isMark(index - 1, "$£€")
    else { return nil }
    var end = other.end
    let letters = stream[end].map {
      $0.kind == .word && $0.isAllCaps && $0.text.count <= 3 && stream.endsFree(end + 1)
    }
    let plural = stream.text(end) == "s" && stream.endsFree(end + 1)
    if second >= first {
      let counted = stream.isInlineSpace(index - 1) && stream.isNumber(index - 2)
      guard second >= 100, first % 10 != 0,
        plural || counted || (letters == true && unit(stream, at: end) == nil)
      else { return nil }
    }
    var spoken = houseNumber(number.integer) + " " + NumberSpeller.cardinal(second)
    if letters == true, let suffix = stream[end] {
      // "777-300ER": the letters of the variant.
      spoken += " " + spell(suffix.text)
      end += 1
    } else if plural, second >= 100 {
      // "737-800s": several of the variant.
      spoken = NumberSpeller.plural(of: spoken)
      end += 1
    }
    guard stream.endsFree(end) else { return nil }
    let tally = tables.scoreContext["tally"] ?? []
    if stream.isInlineSpace(end), tally.contains(stream.text(end + 1).lowercased()) {
      return nil
    }
    var words = 0
    for back in stream.indicesBack(from: index, limit: 12) where words < 4 {
      guard stream.tokens[back].kind == .word else { continue }
      if tally.contains(stream.tokens[back].text.lowercased()) { return nil }
      words += 1
    }
    if let cue = stream.previous(index) {
      let word = stream.isMark(cue, ".") ? stream.text(cue - 1) : stream.text(cue)
      if ["p", "pp", "page", "pages", "l", "ll", "line", "lines", "vv", "verses"].contains(
        word.lowercased())
      {
        return nil
      }
    }
    return Reading(spoken: spoken, end: end)
  }

  /// Reads codes of three or more hyphenated digit groups ("978-0-19-960563-7") group by group.
  func readDigitGroups(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index) else { return nil }
    let (groups, probe) = stream.numberRun(from: index, joinedBy: "-", limit: 12)
    guard groups.count >= 3, stream.endsFree(probe + 1) else { return nil }
    let spoken = groups.map { NumberSpeller.digits($0) }.joined(separator: ", ")
    return Reading(spoken: spoken, end: probe + 1)
  }

  /// Reads numbers with several dots: IP addresses and versions ("1.1.3" → "one dot one dot
  /// three").
  func readDottedNumber(_ stream: TokenStream, at index: Int) -> Reading? {
    let (parts, runEnd) = stream.numberRun(from: index, joinedBy: ".", limit: 8)
    var probe = runEnd
    // A letter may close a version or a section: "0.9.7c", "17.3.2a".
    var letter = ""
    if let last = stream[probe + 1], last.kind == .word, last.text.count <= 2,
      last.text.allSatisfy(\.isLowercase), stream.endsFree(probe + 2)
    {
      letter = " " + last.text
      probe += 1
    }
    guard parts.count >= 3, stream.endsFree(probe + 1) else { return nil }
    // Addresses ("192.168.0.1") digit by digit; versions ("1.10.3") as numbers.
    let address = letter.isEmpty && parts.count == 4 && parts.allSatisfy { $0.count <= 3 }
    // Addresses say "zero" ("one nine two dot one six eight dot zero dot one").
    let spoken = parts.map { part in
      !address && part.count <= 2 && !(part.hasPrefix("0") && part.count > 1)
        ? NumberSpeller.cardinal(part) : NumberSpeller.digits(part, zero: address)
    }
    return Reading(spoken: spoken.joined(separator: " dot ") + letter, end: probe + 1)
  }
}
