/// Readers for tokens that start with digits: cardinals, decimals, ordinals, years, decades,
/// percentages, measures, ranges, fractions, and the dispatch to dates, times and telephones.
extension Normalizer {
  /// Reads whatever starts with the number at `index`.
  func readNumeric(_ stream: TokenStream, at index: Int) -> Reading? {
    if stream.isWord(index - 1),
      !(stream.isNumber(index - 2) && "xX".contains(stream.text(index - 1)))
    {
      // Inside a code glued to letters ("B2B", "kx5127", "H1N1", "FY2023"): the number alone,
      // or a version ("v2.0", "v1.2.3").
      if let version = readDottedNumber(stream, at: index) { return version }
      if let number = stream.number(at: index), number.fraction != nil, !number.grouped,
        stream.endsFree(number.end)
      {
        return Reading(spoken: say(number), end: number.end)
      }
      return Reading(spoken: codeNumber(stream.text(index)), end: index + 1)
    }
    if let reading = readYearPart(stream, at: index) ?? readCuedDigits(stream, at: index)
      ?? readEuropeanDecimal(stream, at: index) ?? readSpacedThousands(stream, at: index)
      ?? readSection(stream, at: index)
      ?? readMilitaryTime(stream, at: index) ?? readSeason(stream, at: index)
      ?? readTollFree(stream, at: index)
      ?? readFeetAndInches(stream, at: index)
    {
      return reading
    }
    if let reading = readNumericDate(stream, at: index) ?? readSlashedDay(stream, at: index)
      ?? readAddress(stream, at: index)
      ?? readDayMonth(stream, at: index)
      ?? readTime(stream, at: index) ?? readTelephone(stream, at: index)
      ?? readDottedNumber(stream, at: index) ?? readDigitGroups(stream, at: index)
    {
      return reading
    }
    if stream.isMark(index + 1, "/-"), stream.isNumber(index + 2), stream.endsFree(index + 3),
      stream.startsFree(index),
      let phrase = tables.expressions[
        stream.text(index) + stream.text(index + 1) + stream.text(index + 2)]
    {
      return Reading(spoken: phrase, end: index + 3)
    }
    guard let number = stream.number(at: index) else { return nil }
    let end = number.end
    let next = stream[end]
    if let reading = readApostropheDecade(stream, number, at: index) { return reading }
    if number.isPlain, number.integer.hasSuffix("0"), number.integer.count == 4,
      stream.isInlineSpace(end), stream.text(end + 1) == "s", stream.endsFree(end + 2)
    {
      // A decade whose "s" was split off ("the 1980 s"): eSpeak NG would say "ess". (Not
      // two digits: "80 s" may be seconds.)
      return Reading(spoken: decade(number.integer), end: end + 2)
    }
    if stream.isInlineSpace(end), stream.isMark(end + 1, "'’"), stream.text(end + 2) == "s",
      stream.endsFree(end + 3)
    {
      // A possessive split off, as tokenized text writes it ("Route 66 's history"): eSpeak NG
      // would say "ess".
      return Reading(spoken: say(number, stream: stream, at: index) + "'s", end: end + 3)
    }
    // Glued suffixes: 21st, 1990s, 5km, 5pm.
    if let next, next.kind == .word {
      return readSuffixed(stream, number, at: index, suffixAt: end)
    }
    if let minutes = number.fraction, minutes.count == 2, !number.grouped,
      let hour = number.value, (1...12).contains(hour), let value = Int(minutes), value < 60,
      let ampm = meridiem(stream, at: end)
    {
      // "10.30 pm": a time written with a point.
      var spoken = NumberSpeller.cardinal(hour)
      if value > 0 { spoken += " " + NumberSpeller.pair(value) }
      return Reading(spoken: spoken + " " + ampm.spoken, end: ampm.end)
    }
    if let reading = readDottedClock(stream, number, at: index) { return reading }
    if let reading = readCoordinate(stream, number) { return reading }
    if stream.isMark(end, "^") {
      // A power: "10^9" → "ten to the power of nine", "10^-3".
      let minus = stream.isMark(end + 1, "-−")
      if let power = stream.number(at: minus ? end + 2 : end + 1), power.isPlain,
        stream.endsFree(power.end)
      {
        var spoken = say(number) + " to the power of " + (minus ? "minus " : "") + say(power)
        var end = power.end
        if let unit = unit(stream, at: power.end) {
          // "3 × 10^8 m/s": the unit after the power.
          spoken += " " + unit.unit.plural
          end = unit.end
        }
        return Reading(spoken: spoken, end: end)
      }
    }
    if number.integer == "10", number.isPlain, let power = superscriptPower(stream, at: end) {
      // A power of ten in superscript: "10⁹" → "ten to the power of nine", "10⁻³". (Only of
      // ten: after other numbers a superscript is as often a footnote.)
      var spoken = "ten to the power of " + power.spoken
      var end = power.end
      if let unit = unit(stream, at: power.end) {
        spoken += " " + unit.unit.plural
        end = unit.end
      }
      return Reading(spoken: spoken, end: end)
    }
    if stream.isInlineSpace(end), stream.text(end + 1) == "x", stream.isInlineSpace(end + 2),
      let after = stream[end + 3]
    {
      // Dimensions spaced out: "914 x 15 m" → "nine hundred fourteen by fifteen meters"; a
      // multiple before a comparison: "10 x faster" → "ten times faster".
      if let second = stream.number(at: end + 3),
        !stream.isMark(stream.skipSpace(second.end), "=")
      {
        // (A power of ten after it is scientific notation: "3 x 10^8" → "three times".)
        let power = stream.isMark(second.end, "^⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
        return Reading(
          spoken: say(number, stream: stream, at: index) + (power ? " times" : " by"),
          end: end + 2)
      }
      if after.kind == .word, after.text.count > 3,
        after.text.hasSuffix("er")
          || ["more", "less"].contains(after.text)
      {
        return Reading(spoken: say(number) + " times", end: end + 2)
      }
    }
    if let reading = readEarlyYear(stream, number, at: index) { return reading }
    if let reading = readFraction(stream, number, at: index) ?? readMeasure(stream, number)
      ?? readPercent(stream, number) ?? readRange(stream, number, at: index)
      ?? readRatio(stream, number, at: index) ?? readTrailingCurrency(stream, number)
    {
      return reading
    }
    if stream.isNumber(end)
      || (next?.kind == .mark && stream.isNumber(end + 1) && next?.text == ".")
    {
      return nil
    }
    if number.isPlain, number.integer.count == 3, !number.integer.hasPrefix("0"),
      namesModel(stream, at: end)
    {
      // A model number before its name, said in pairs: "the 737 MAX" → "seven thirty seven".
      return Reading(spoken: houseNumber(number.integer), end: end)
    }
    return Reading(spoken: say(number, stream: stream, at: index), end: end)
  }

  /// Reads a number on its own: a year when it looks like one, else a cardinal or decimal.
  func say(_ number: WrittenNumber, stream: TokenStream, at index: Int) -> String {
    if number.isPlain, number.integer.count <= 4, !number.integer.hasPrefix("0"),
      let value = number.value, isEra(stream, after: number.end) || isEra(stream, before: index)
    {
      // A year of an era: "340 AD" → "three forty AD", "AD 79", "2500 BC".
      return NumberSpeller.eraYear(value, british: british)
    }
    if number.isPlain, number.integer.count == 4, let value = number.value, value > 2099,
      value % 1000 != 0, stream.isInlineSpace(index - 1), let code = stream[index - 2],
      code.isAllCaps, (2...5).contains(code.text.count),
      !tables.capitalWords.contains(code.text.lowercased()),
      !(stream.isInlineSpace(number.end)
        && stream[number.end + 1].map {
          $0.kind == .word && isCountedNoun($0.text)
        } == true)
    {
      // A model number after a code, said in pairs as house numbers are: "RTX 3080" →
      // "thirty eighty", "ISO 9001".
      return houseNumber(number.integer)
    }
    if number.isPlain, number.integer.count == 4, let value = number.value,
      let year = NumberSpeller.year(value, british: british),
      looksLikeYear(stream, after: number.end, before: index)
    {
      return year
    }
    return say(number)
  }

  /// Whether an era word ("AD", "B.C.") follows the number ending at `end`, after a space.
  private func isEra(_ stream: TokenStream, after end: Int) -> Bool {
    guard stream.isInlineSpace(end), let era = eraWord(stream, at: end + 1) else { return false }
    return stream.endsFree(era)
  }

  /// Whether an era word written before it ("AD 79") ends just before the number at `index`.
  private func isEra(_ stream: TokenStream, before index: Int) -> Bool {
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

  private static let superscripts: [String: Character] = [
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8",
    "⁹": "9",
  ]

  /// The exponent written in superscript digits at `index` ("⁹", "⁻¹²"), said as words, with
  /// the index after it; nil unless up to three digits end free there.
  private func superscriptPower(_ stream: TokenStream, at index: Int)
    -> (spoken: String, end: Int)?
  {
    let minus = stream.isMark(index, "⁻")
    var probe = minus ? index + 1 : index
    var digits = ""
    while let token = stream[probe], token.kind == .mark, let digit = Self.superscripts[token.text]
    {
      digits.append(digit)
      probe += 1
    }
    guard (1...3).contains(digits.count), stream.endsFree(probe) else { return nil }
    return ((minus ? "minus " : "") + NumberSpeller.cardinal(digits), probe)
  }

  /// Reads a number without context: cardinal, decimal, or digit by digit.
  func say(_ number: WrittenNumber) -> String {
    if let fraction = number.fraction {
      let integer = number.integer.count > NumberSpeller.maximumDigits ? "" : number.integer
      return NumberSpeller.decimal(integer: integer, fraction: fraction, british: british)
    }
    if !number.grouped, number.integer.count > 1,
      number.integer.hasPrefix("0")
        || number.integer.count > NumberSpeller.maximumUngroupedDigits
    {
      return NumberSpeller.digits(number.integer)
    }
    return NumberSpeller.cardinal(number.integer, british: british)
  }

  /// Whether a four-digit number between 1000 and 2099 is a year rather than a count.
  ///
  /// Counts that large are usually written with a comma ("1,500 soldiers"), so the number is a
  /// year ("the 1992 productions") unless a quantity word comes before it and a plural noun
  /// after ("about 1500 soldiers").
  private func looksLikeYear(_ stream: TokenStream, after end: Int, before index: Int) -> Bool {
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

  /// Reads a number with letters glued to it: ordinals, decades, units, "5pm", "5G".
  private func readSuffixed(
    _ stream: TokenStream, _ number: WrittenNumber, at index: Int, suffixAt end: Int
  ) -> Reading? {
    let suffix = stream.text(end)
    let free = stream.endsFree(end + 1)
    var ending = suffix.lowercased()
    var possessive = ""
    if ending.hasSuffix("'s") || ending.hasSuffix("’s") {
      possessive = String(suffix.suffix(2))
      ending.removeLast(2)
    }
    if number.fraction == nil, free, ending == ordinalSuffix(number.integer) {
      // "1st–3rd" → "first to third".
      let tail = possessive.isEmpty ? rangeTail(stream, at: end + 1) : ""
      let spoken = NumberSpeller.ordinal(number.integer, british: british) + possessive + tail
      return Reading(spoken: spoken, end: tail.isEmpty ? end + 1 : rangeEnd(stream, at: end + 1))
    }
    if ending == "d", free, number.isPlain, ["2", "3"].contains(number.integer.suffix(1)),
      ordinalSuffix(number.integer) != "th", let before = stream.previous(end - 1),
      stream.text(before).lowercased() == "the" || tables.months[stream.text(before)] != nil
        || (stream.isMark(before, ".") && tables.months[stream.text(before - 1)] != nil)
    {
      // Old style: "the 3d of May", "the 22d", "Oct. 3d, 1781".
      return Reading(spoken: NumberSpeller.ordinal(number.integer, british: british), end: end + 1)
    }
    if suffix == "s", number.isPlain, stream.isMark(end + 1, "."), stream.isInlineSpace(end + 2),
      let pence = stream.number(at: end + 3), pence.isPlain, stream.text(pence.end) == "d",
      stream.isMark(pence.end + 1, "."), stream.endsFree(pence.end + 1)
    {
      // Old British money: "3s. 6d." → "three shillings and six pence".
      let shillings = say(number) + (number.isOne ? " shilling" : " shillings")
      var spoken = shillings + " and " + say(pence) + (pence.isOne ? " penny" : " pence")
      if periodEndsSentence(stream, at: pence.end + 1, strong: false) { spoken += "." }
      return Reading(spoken: spoken, end: pence.end + 2)
    }
    if suffix == "s", number.isPlain, stream.isMark(end + 1, "."), stream.endsFree(end + 2),
      let pounds = stream.previous(index), stream.isInlineSpace(index - 1),
      (stream.isNumber(pounds) && stream.isMark(pounds - 1, "£"))
        || (stream.isMark(pounds, ".") && stream.text(pounds - 1) == "l"
          && stream.isNumber(pounds - 2))
    {
      // Shillings after pounds in old British money: "£5 5s.", "5l. 5s." → "five shillings".
      var spoken = say(number) + (number.isOne ? " shilling" : " shillings")
      if periodEndsSentence(stream, at: end + 1, strong: false) { spoken += "." }
      return Reading(spoken: spoken, end: end + 2)
    }
    if suffix == "l", number.fraction == nil, stream.isMark(end + 1, "."),
      stream.isInlineSpace(end + 2),
      let after = stream[end + 3],
      after.text.first?.isLowercase == true
        || (stream.number(at: end + 3).map {
          ["s", "d"].contains(stream.text($0.end)) && stream.isMark($0.end + 1, ".")
        } ?? false)
    {
      // Pounds in old British money, as books print them: "he paid 10l. for it", "10l. 5s."
      // → "ten pounds" (liters are written without a period).
      return Reading(spoken: say(number) + (number.isOne ? " pound" : " pounds"), end: end + 2)
    }
    if suffix == "d", number.isPlain, let value = number.value, (1...11).contains(value),
      stream.isMark(end + 1, "."), stream.endsFree(end + 2)
    {
      // Pence alone in old British money: "the fare was 6d." → "six pence".
      var spoken = say(number) + (number.isOne ? " penny" : " pence")
      if periodEndsSentence(stream, at: end + 1, strong: false) { spoken += "." }
      return Reading(spoken: spoken, end: end + 2)
    }
    if suffix == "ers", free, number.isPlain, number.integer.count <= 3 {
      // A team named by its number: "the 49ers" → "forty niners", "76ers" → "seventy sixers".
      let words = say(number)
      return Reading(spoken: words + (words.hasSuffix("e") ? "rs" : "ers"), end: end + 1)
    }
    if suffix == "s", number.isPlain, let value = number.value, (1...19).contains(value),
      stream.isMark(end + 1, "."), stream.isInlineSpace(end + 2),
      stream[end + 3]?.text.first?.isLowercase == true
    {
      // Shillings alone, mid-sentence: "she paid 5s. for it" (never twenty or more).
      return Reading(
        spoken: say(number) + (number.isOne ? " shilling" : " shillings"), end: end + 2)
    }
    if suffix == "s", number.isPlain, stream.startsFree(index), let value = number.value,
      (1...19).contains(value), stream.isMark(end + 1, "."), stream.endsFree(end + 2),
      stream[stream.skipSpace(end + 2)].map({ $0.isCapitalized || $0.kind == .mark }) ?? true,
      // (Counted in groups, it is the plural of the number: "in 2s and 3s.", "a pair of 7s.")
      !["and", "or", "in", "of", "by", "into"].contains(
        stream.previous(index).map { stream.text($0).lowercased() } ?? "")
    {
      // Shillings at the end of a sentence: "I gave him 2s." (never twenty or more).
      return Reading(
        spoken: say(number) + (number.isOne ? " shilling" : " shillings") + ".", end: end + 2)
    }
    if suffix == "s", number.isPlain, stream.startsFree(index), let value = number.value,
      value >= 20, stream.isMark(end + 1, "."), stream.endsFree(end + 2),
      // (A decade has its word before it: "the 1920s.", "in his 30s.", "the mid-1960s.")
      !["the", "early", "late", "mid", "his", "her", "their", "its", "my", "our", "your", "-"]
        .contains(stream.previous(index).map { stream.text($0).lowercased() } ?? ""),
      // (A round year-like number needs the money named: "the rent of 1920s. a" is no price.)
      (pricedPer(stream, after: end + 2) && (value < 1000 || value % 10 != 0))
        || hasOldMoney(stream, around: index)
    {
      // Shillings of twenty or more, as corn and wages were quoted: "wheat rose to 120s. a
      // quarter", "£2 and 45s." (a price follows, or old money is named in the line).
      var spoken = say(number) + " shillings"
      if periodEndsSentence(stream, at: end + 1, strong: false) { spoken += "." }
      return Reading(spoken: spoken, end: end + 2)
    }
    if suffix == "s", free, number.grouped, number.fraction == nil {
      // "1,000s of fans" → "thousands"; not seconds.
      return Reading(spoken: decade(number.integer), end: end + 1)
    }
    if suffix == "s", free, number.isPlain {
      let spoken = decade(number.integer) + rangeTail(stream, at: end + 1)
      return Reading(spoken: spoken, end: rangeEnd(stream, at: end + 1))
    }
    if suffix == "x" || suffix == "X", stream.isNumber(end + 1) {
      // Dimensions: "2x8" → "two by eight".
      return Reading(spoken: say(number) + " by ", end: end + 1)
    }
    if suffix == "x", free, stream.isInlineSpace(end + 1), stream.isWord(end + 2) {
      // A multiple: "3x faster", "a 2x champion" → "three times faster".
      return Reading(spoken: say(number) + " times", end: end + 1)
    }
    if free, let scale = tables.scales[suffix], isScaled(stream, scale, at: index, suffixAt: end) {
      // A count or amount in news style: "7.6m people", "2bn users", "raised 40k".
      return Reading(spoken: say(number) + " " + scale.singular, end: end + 1)
    }
    if free, suffix == "C" || suffix == "F", isTemperature(stream, number, suffixAt: end) {
      let scale = suffix == "C" ? "Celsius" : "Fahrenheit"
      let degrees = number.isOne ? " degree " : " degrees "
      return Reading(spoken: say(number) + degrees + scale, end: end + 1)
    }
    if suffix == "h", number.isPlain, let minutes = stream.number(at: end + 1), minutes.isPlain,
      ["m", "min"].contains(stream.text(minutes.end)), stream.endsFree(minutes.end + 1)
    {
      // "1h30m" → "one hour thirty minutes".
      let spoken =
        say(number) + (number.isOne ? " hour " : " hours ") + say(minutes)
        + (minutes.isOne ? " minute" : " minutes")
      return Reading(spoken: spoken, end: minutes.end + 1)
    }
    if suffix == "m", free, number.isPlain, let hours = stream.previous(index),
      stream.text(hours) == "h", stream.isNumber(hours - 1)
    {
      // A duration: "2h 15m" → "fifteen minutes", not meters.
      return Reading(spoken: say(number) + (number.isOne ? " minute" : " minutes"), end: end + 1)
    }
    if let reading = readMeasure(stream, number) { return reading }
    if let ampm = meridiem(stream, at: end), !number.grouped, let hour = number.value,
      (1...12).contains(hour)
    {
      // "5pm", and British "10.30pm".
      var spoken = NumberSpeller.cardinal(hour)
      if let minutes = number.fraction {
        guard minutes.count == 2, let value = Int(minutes), value < 60 else { return nil }
        if value > 0 {
          spoken += " " + NumberSpeller.pair(value)
        }
      }
      spoken += " " + ampm.spoken + rangeTail(stream, at: ampm.end)
      return Reading(spoken: spoken, end: rangeEnd(stream, at: ampm.end))
    }
    guard free else {
      // A code that goes on with more digits ("25d08A"): the number alone.
      guard stream.isNumber(end + 1), number.isPlain else { return nil }
      return Reading(spoken: codeNumber(number.integer), end: number.end)
    }
    // "5G", "3D", "4x4": the number, then the letters as written.
    return Reading(spoken: say(number) + " " + suffix, end: end + 1)
  }

  /// Whether a scale glued to a number ("7.6m", "40k", "2.5bn") is one rather than a unit.
  ///
  /// Spelled-out scales ("bn", "mln") always are; a single letter only before a counted noun
  /// ("7.6m people") or after a word about amounts or counts in the same sentence ("raised
  /// 7.6m", "viewers fell to 7.6m"), and never beside a word about size ("7.6m tall", "the
  /// budget for the 100m sprint"). amount-cues.tsv has the words.
  private func isScaled(
    _ stream: TokenStream, _ scale: NormalizerTables.Unit, at index: Int, suffixAt end: Int
  ) -> Bool {
    guard scale.tight else { return true }
    let spacedNext = stream.isInlineSpace(end + 1) ? stream[end + 2] : nil
    if let noun = spacedNext, noun.kind == .word {
      // ("the 110m hurdles" is a race, though "hurdles" is a plural noun.)
      if tables.measureCues.contains(noun.text.lowercased()) { return false }
      if isCountedNoun(noun.text) { return true }
    }
    if stream.isMark(end + 1, "-") { return false }
    var words = 0
    var amount = false
    for probe in stream.indicesBack(from: index) where words < 8 {
      let token = stream.tokens[probe]
      if token.kind == .mark, ".!?;".contains(token.text) { break }
      if token.kind == .word {
        let lower = token.text.lowercased()
        if tables.measureCues.contains(lower) { return false }
        if tables.amountCues.contains(lower) { amount = true }
        words += 1
      }
    }
    return amount
  }

  /// Whether a word after a number names things counted, not a measure: a plural noun in lower
  /// case ("viewers", "homes") or "people".
  private func isCountedNoun(_ word: String) -> Bool {
    if word == "people" { return true }
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"),
      word.first?.isLowercase ?? false, !tables.notPlurals.contains(word), tables.units[word] == nil
    else { return false }
    return true
  }

  /// Whether a "C" or "F" glued to a number is a temperature ("-5C", "highs of 35C (95F)")
  /// rather than a seat, a flat or a grade ("seat 14C", "Flat 3F").
  ///
  /// It is when the number is negative, follows the other scale in brackets, or has a
  /// temperature word shortly before it on the line or right after it.
  private func isTemperature(_ stream: TokenStream, _ number: WrittenNumber, suffixAt end: Int)
    -> Bool
  {
    guard let value = number.value, value <= 600 else { return false }
    let probe = end - (number.fraction == nil ? 1 : 3)
    if stream.isMark(probe - 1, "-−"), !stream.isNumber(probe - 2), !stream.isWord(probe - 2) {
      return true
    }
    // The other scale in brackets: "35C (95F)".
    if stream.isMark(probe - 1, "("), let other = stream.previous(probe - 1),
      stream.isNumber(other - 1), ["C", "F"].contains(stream.text(other))
    {
      return true
    }
    // A cue just after: "1C colder".
    if stream.isInlineSpace(end + 1), let next = stream[end + 2], next.kind == .word,
      tables.temperatureCues.contains(next.text.lowercased())
    {
      return true
    }
    var words = 0
    for index in stream.indicesBack(from: probe, limit: 40 - (end - probe)) where words < 8 {
      let token = stream.tokens[index]
      if token.kind == .word {
        if tables.temperatureCues.contains(token.text.lowercased()) { return true }
        words += 1
      }
      if token.kind == .mark, token.text.hasPrefix("°") { return true }
    }
    return false
  }

  /// Reads a time of day written with a point and no "am" or "pm", as British English does.
  ///
  /// "at 6.30" → "six thirty", "until 10.45" → "ten forty five". Only after a word that times
  /// follow (clock-cues.tsv), with minutes that are a multiple of five, nothing after the number
  /// that makes it a quantity, and no word about prices, rates or scores earlier in the sentence
  /// ("shares closed at 6.30" stays a decimal).
  private func readDottedClock(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    guard let minutesText = number.fraction, minutesText.count == 2, !number.grouped,
      number.integer.count <= 2, let hour = number.value, (1...23).contains(hour),
      let minutes = Int(minutesText), minutes < 60, minutes % 5 == 0,
      stream.endsFree(number.end), stream.isInlineSpace(index - 1),
      !stream.isMark(number.end, "%"), var cue = stream.previous(index)
    else { return nil }
    if tables.nearClockCues.contains(stream.text(cue).lowercased()),
      stream.isInlineSpace(cue - 1), let before = stream.previous(cue)
    {
      cue = before
    }
    if ["to", "and", "-", "–"].contains(stream.text(cue).lowercased()),
      stream.isInlineSpace(cue - 1),
      let minutes = stream.previous(cue), stream.isNumber(minutes), stream.isMark(minutes - 1, "."),
      let earlier = stream.number(at: minutes - 2), earlier.end == minutes + 1,
      readDottedClock(stream, earlier, at: minutes - 2) != nil
    {
      // The end of a span of times: "from 9.30 to 5.30".
    } else if tables.clockSpanCues.contains(stream.text(cue).lowercased()) {
      // The start of a span of times: "between 6.30 and 7.45".
      let and = number.end + 1
      guard stream.isInlineSpace(number.end), stream.text(and).lowercased() == "and",
        stream.isInlineSpace(and + 1), let other = stream.number(at: and + 2),
        let otherMinutes = other.fraction.flatMap({ $0.count == 2 ? Int($0) : nil }),
        !other.grouped, other.integer.count <= 2, let otherHour = other.value,
        (1...23).contains(otherHour), otherMinutes < 60, otherMinutes % 5 == 0
      else { return nil }
    } else if !tables.clockCues.contains(stream.text(cue).lowercased()) {
      return nil
    }
    if stream.isInlineSpace(number.end), let next = stream[number.end + 1] {
      if next.kind == .mark, "%".contains(next.text) { return nil }
      if next.kind == .word {
        let lower = next.text.lowercased()
        // ("in" after it is the word: "at 10.45 in the morning".)
        if isCountedNoun(next.text) || tables.scales[next.text] != nil
          || (tables.units[next.text] != nil && lower != "in")
          || tables.notClockCues.contains(lower)
          || ["per", "percent", "pc"].contains(lower)
        {
          return nil
        }
      }
    }
    var words = 0
    for probe in stream.indicesBack(from: cue) where words < 8 {
      let token = stream.tokens[probe]
      if token.kind == .mark {
        if ".!?;".contains(token.text) { break }
        // A currency sign nearby makes it a price ("from $5.50 at 6.30").
        if tables.currencies[token.text] != nil { return nil }
      }
      guard token.kind == .word else { continue }
      let lower = token.text.lowercased()
      if tables.notClockCues.contains(lower) || tables.amountCues.contains(lower) { return nil }
      words += 1
    }
    var spoken = NumberSpeller.cardinal(hour)
    if minutes == 0 {
      spoken += hour <= 12 ? " o'clock" : " hundred"
    } else {
      spoken += " " + NumberSpeller.pair(minutes)
    }
    return Reading(spoken: spoken, end: number.end)
  }

  /// Reads an angle in degrees and minutes, as in coordinates: "51°30′N" → "fifty one degrees
  /// thirty minutes north", "0°7′12″W".
  private func readCoordinate(_ stream: TokenStream, _ number: WrittenNumber) -> Reading? {
    let compass = ["N": "north", "S": "south", "E": "east", "W": "west"]
    guard stream.isMark(number.end, "°") else { return nil }
    // The period of a compass letter inside a sentence is the abbreviation's: "42° N., long.".
    func afterLetter(_ letter: Int) -> Int {
      guard stream.isMark(letter + 1, "."),
        stream.isMark(letter + 2, ",;:)")
          || (stream.isInlineSpace(letter + 2)
            && stream[letter + 3]?.text.first?.isLowercase == true)
      else { return letter + 1 }
      return letter + 2
    }
    // (Old books space the parts: "51° 30′ N.")
    guard let minutes = stream.number(at: stream.skipSpace(number.end + 1)),
      stream.isMark(minutes.end, "′'")
    else {
      // Decimal degrees: "40.71° N" → "forty point seven one degrees north".
      let letter = stream.skipSpace(number.end + 1)
      guard let direction = compass[stream.text(letter)], stream.endsFree(letter + 1),
        !stream.isMark(letter + 1, ".") || !stream.isWord(letter + 2)
      else { return nil }
      let degrees = number.isOne ? " degree " : " degrees "
      return Reading(spoken: say(number) + degrees + direction, end: afterLetter(letter))
    }
    // ("74°00′": the minutes and seconds as numbers, "zero", not "oh oh".)
    func value(_ part: WrittenNumber) -> String {
      guard part.isPlain, let whole = part.value else { return say(part) }
      return NumberSpeller.cardinal(whole)
    }
    var words = [value(number), number.isOne ? "degree" : "degrees"]
    words += [value(minutes), minutes.value == 1 ? "minute" : "minutes"]
    var end = minutes.end + 1
    if let seconds = stream.number(at: stream.skipSpace(end)), stream.isMark(seconds.end, "″\"") {
      words += [value(seconds), seconds.value == 1 && seconds.isPlain ? "second" : "seconds"]
      end = seconds.end + 1
    }
    let letter = stream.isInlineSpace(end) ? end + 1 : end
    if let direction = compass[stream.text(letter)], stream.endsFree(letter + 1),
      !stream.isMark(letter + 1, ".") || !stream.isWord(letter + 2)
    {
      words.append(direction)
      end = afterLetter(letter)
    }
    guard stream.endsFree(end) else { return nil }
    return Reading(spoken: words.joined(separator: " "), end: end)
  }

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

  /// Reads a number written with a decimal comma, European style: "1.234,56", and "3,5" before
  /// a percent sign, a unit, a currency or a scale word ("3,5 %", "2,5 million").
  private func readEuropeanDecimal(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index), stream.isMark(index + 1, ".,") else { return nil }
    var integer = stream.text(index)
    var probe = index + 1
    var grouped = false
    while stream.isMark(probe, "."), let group = stream[probe + 1], group.kind == .number,
      group.text.count == 3, integer.count <= 3 || grouped, integer.count <= 15
    {
      integer += group.text
      probe += 2
      grouped = true
    }
    guard integer.count <= 15, stream.isMark(probe, ","), let decimals = stream[probe + 1],
      decimals.kind == .number, stream.endsFree(probe + 2) || stream.isWord(probe + 2)
    else { return nil }
    let end = probe + 2
    if !grouped {
      // "3,5" alone could be a list; only with something that needs a quantity after it.
      guard integer.count <= 3, decimals.text.count <= 2, !integer.hasPrefix("0") || integer == "0"
      else { return nil }
      let after = stream.skipSpace(end)
      let follows =
        stream.isMark(after, "%€") || (stream[after].map { tables.scales[$0.text] != nil } ?? false)
        || unit(stream, at: end) != nil
      guard follows else { return nil }
    } else if decimals.text.count == 3 {
      return nil
    }
    let number = WrittenNumber(
      integer: integer, fraction: decimals.text, grouped: grouped, end: end)
    if let reading = readMeasure(stream, number) ?? readPercent(stream, number) {
      return reading
    }
    if stream.isInlineSpace(end), stream.isMark(end + 1, "€"), stream.endsFree(end + 2) {
      return Reading(spoken: say(number) + " euros", end: end + 2)
    }
    return Reading(spoken: say(number), end: end)
  }

  /// Reads a plain number digit by digit after a cue for codes, as in "card ending in 4213".
  ///
  /// "ending in 4213" → "ending in four two one three"; the cues are in digit-cues.tsv.
  private func readCuedDigits(_ stream: TokenStream, at index: Int) -> Reading? {
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
  private func readTollFree(_ stream: TokenStream, at index: Int) -> Reading? {
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

  /// Reads seasons and fiscal years written with a slash: "2019/20" → "twenty nineteen to
  /// twenty".
  private func readSeason(_ stream: TokenStream, at index: Int) -> Reading? {
    let digits = stream.text(index)
    guard digits.count == 4, stream.startsFree(index), stream.isMark(index + 1, "/"),
      let second = stream[index + 2], second.kind == .number, second.text.count == 2,
      stream.endsFree(index + 3), let value = Int(digits), let year = NumberSpeller.year(value),
      let next = Int(second.text), next == (value + 1) % 100
    else { return nil }
    return Reading(spoken: year + " to " + codeNumber(second.text), end: index + 3)
  }

  /// Reads sections of a code written "401(k)" or "501(c)(3)": "four oh one k".
  private func readSection(_ stream: TokenStream, at index: Int) -> Reading? {
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

  /// Reads heights and lengths in feet and inches: 5'11", 12", 6′ 2″.
  private func readFeetAndInches(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index), let number = stream.number(at: index), number.fraction == nil
    else { return nil }
    let mark = number.end
    if stream.isMark(mark, "'′"), let inches = stream.number(at: stream.skipSpace(mark + 1)),
      stream.isMark(inches.end, "\"″"), stream.endsFree(inches.end + 1)
    {
      let feet = say(number) + (number.isOne ? " foot " : " feet ")
      let rest = say(inches) + (inches.isOne ? " inch" : " inches")
      return Reading(spoken: feet + rest, end: inches.end + 1)
    }
    // A double quote after a number is inches when it does not close a quotation.
    guard stream.isMark(mark, "\"″"), stream.endsFree(mark + 1) else { return nil }
    if stream.text(mark) == "\"" {
      // Quotation marks before it on the line, not counting other inch marks.
      // (Looking back a bounded way, so long lines stay linear.)
      let quotes = (max(0, index - 120)..<index).filter {
        stream.isMark($0, "\"") && !stream.isNumber($0 - 1)
      }.count
      guard quotes % 2 == 0 else { return nil }
    }
    return Reading(spoken: say(number) + (number.isOne ? " inch" : " inches"), end: mark + 1)
  }

  /// The suffix an ordinal of these digits takes: "st" for 21, "th" for 11.
  func ordinalSuffix(_ digits: String) -> String {
    let lastTwo = Int(digits.suffix(2)) ?? 0
    if (11...13).contains(lastTwo) { return "th" }
    switch lastTwo % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }

  /// Whether a price's measure follows inside the sentence ("a quarter", "per ton").
  private func pricedPer(_ stream: TokenStream, after index: Int) -> Bool {
    guard stream.isInlineSpace(index), let word = stream[index + 1], word.kind == .word else {
      return false
    }
    return ["a", "an", "per", "each", "apiece"].contains(word.text)
  }

  /// Whether old British money is written near token `index` on its line.
  ///
  /// Pounds ("£3"), pence ("6d."), the words ("shillings", "pence") or another price in
  /// shillings ("56s. a quarter").
  private func hasOldMoney(_ stream: TokenStream, around index: Int) -> Bool {
    let words: Set<String> = ["shilling", "shillings", "pence", "penny", "guinea", "guineas"]
    // (Not the number's own "s.".)
    for probe in max(0, index - 30)..<min(stream.count, index + 30) where probe != index + 1 {
      let token = stream.tokens[probe]
      if token.kind == .space, token.text.contains(where: \.isNewline) {
        if probe < index { continue } else { break }
      }
      if token.text == "£" || words.contains(token.text.lowercased()) { return true }
      if token.text == "d", stream.isNumber(probe - 1), stream.isMark(probe + 1, ".") {
        return true
      }
      // Another price in shillings: "56s. a quarter, and barley 30s."
      if token.text == "s", stream.isNumber(probe - 1), stream.isMark(probe + 1, "."),
        pricedPer(stream, after: probe + 2)
      {
        return true
      }
    }
    return false
  }

  /// Reads decades written with an apostrophe: "the 1850's", "the 80's", "the 60 's".
  ///
  /// A year ending in zero followed by "'s" is a decade after "the", "in", "of", "early",
  /// "late" or "mid", or when two digits; otherwise it is a possessive ("1990's best film").
  private func readApostropheDecade(
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

  /// Reads "25%" and "25 %" as "twenty-five percent".
  func readPercent(_ stream: TokenStream, _ number: WrittenNumber) -> Reading? {
    let sign = stream.skipSpace(number.end)
    guard stream.isMark(sign, "%") else { return nil }
    if stream.isMark(sign + 1, "-–"), stream.isNumber(sign + 2) {
      // "48%-45%" → "forty eight percent to forty five percent".
      return Reading(spoken: say(number) + " percent to ", end: sign + 2)
    }
    return Reading(spoken: say(number) + " percent", end: sign + 1)
  }

  /// Reads a number followed by a unit ("64 km", "5kg", "-15°C", "200 km/h").
  func readMeasure(_ stream: TokenStream, _ number: WrittenNumber) -> Reading? {
    if stream.isMark(number.end, "/"),
      let unit = unit(stream, at: number.end + 1, afterSlash: true),
      !stream.isInlineSpace(number.end + 1)
    {
      // A density: "212.5/km²" → "two hundred twelve point five per square kilometers"
      // (the unit agrees with the number, as reference readings say it).
      let name = number.isOne ? unit.unit.singular : unit.unit.plural
      return Reading(spoken: say(number) + " per " + name, end: unit.end)
    }
    // "250 million kg": a scale word between the number and the unit.
    if stream.isInlineSpace(number.end), let scale = stream[number.end + 1],
      scale.kind == .word, let word = tables.scales[scale.text], !word.tight,
      let unit = unit(stream, at: number.end + 2)
    {
      return Reading(
        spoken: say(number) + " " + word.singular + " " + unit.unit.plural, end: unit.end)
    }
    if stream.isMark(number.end, "-"), let unit = unit(stream, at: number.end + 1),
      !stream.isInlineSpace(number.end + 1), !stream.isMark(unit.end, "-"),
      // A form or a code, not kelvins: "a Form 10-K".
      stream.text(number.end + 1) != "K"
    {
      // Before a noun: "a 10-km race" → "a ten kilometer race".
      let spoken = sayBeforeNoun(stream, number) + " " + unit.unit.singular
      return Reading(spoken: spoken, end: unit.end)
    }
    if number.fraction != nil, stream.isInlineSpace(number.end), stream.text(number.end + 1) == "s",
      stream.endsFree(number.end + 2), !stream.isMark(number.end + 2, "'’")
    {
      // A timing: "9.58 s" (a spaced "s" alone is only seconds after a decimal).
      return Reading(spoken: say(number) + " seconds", end: number.end + 2)
    }
    if stream.isInlineSpace(number.end), stream.text(number.end + 1) == "in" {
      // "3 in. of rain", "(30 in)": inches, though "in" alone is a word; with its period
      // before a word in lower case, or right before a closing bracket.
      let after = number.end + 2
      let dotted =
        stream.isMark(after, ".") && stream.isInlineSpace(after + 1)
        && stream[after + 2]?.text.first?.isLowercase == true
      if dotted || stream.isMark(after, ")") {
        let name = number.isOne ? " inch" : " inches"
        return Reading(spoken: say(number) + name, end: dotted ? after + 1 : after)
      }
    }
    if let stone = readStone(stream, number) { return stone }
    if let converted = readBracketedUnit(stream, number) { return converted }
    guard let unit = unit(stream, at: number.end) else { return nil }
    if unit.unit.singular == "meter", stream.text(unit.end - 1) == "m", let value = number.value,
      value < 100, stream.isMark(unit.end, "."), stream.isInlineSpace(unit.end + 1),
      let bearing = compassBearing(stream, at: unit.end + 2)
    {
      // Old gazetteers abbreviate miles with a period: "a town 12 m. N.E. of Lyons", "4 m.
      // south of the river" (meters take no period, and are seldom so few with a bearing).
      let miles = say(number) + (number.isOne ? " mile " : " miles ")
      return Reading(spoken: miles + bearing.spoken, end: bearing.end)
    }
    let hundreds = raceDistance(number, unit: unit.unit)
    if describesNoun(stream, number, unitEnd: unit.end) {
      // A measure used as an adjective: "a 100m sprint" → "a hundred meter sprint".
      let spoken = (hundreds ?? sayBeforeNoun(stream, number)) + " " + unit.unit.singular
      return Reading(spoken: spoken, end: unit.end)
    }
    let name = number.isOne ? unit.unit.singular : unit.unit.plural
    if let hundreds { return Reading(spoken: hundreds + " " + name, end: unit.end) }
    if stream.isMark(unit.end, "/"), !stream.isInlineSpace(unit.end + 1),
      let per = self.unit(stream, at: unit.end + 1, afterSlash: true)
    {
      // "12 kg/m" → "twelve kilograms per meter".
      return Reading(spoken: say(number) + " " + name + " per " + per.unit.singular, end: per.end)
    }
    // ("5 ft. 11 in.": each with its period.)
    let feetEnd = stream.isMark(unit.end, ".") ? unit.end + 1 : unit.end
    if unit.unit.singular == "foot", stream.isInlineSpace(feetEnd),
      let inches = stream.number(at: feetEnd + 1), stream.isInlineSpace(inches.end),
      stream.text(inches.end + 1) == "in", stream.endsFree(inches.end + 2),
      !["the", "a", "an", "his", "her", "their", "its"].contains(
        stream.text(stream.skipSpace(inches.end + 2)).lowercased())
    {
      // "5 ft 11 in": the inches too, though "in" alone is a word.
      var end = inches.end + 2
      if stream.isMark(end, "."), stream.isInlineSpace(end + 1),
        stream[end + 2]?.text.first?.isLowercase == true
      {
        end += 1
      }
      let rest = say(inches) + (inches.isOne ? " inch" : " inches")
      return Reading(spoken: say(number) + " " + name + " " + rest, end: end)
    }
    // "98.6° F. and the pulse": a period before a word in lower case is the abbreviation's.
    let period =
      stream.isMark(unit.end, ".") && stream.isInlineSpace(unit.end + 1)
      && stream[unit.end + 2]?.text.first?.isLowercase == true
    return Reading(spoken: say(number) + " " + name, end: period ? unit.end + 1 : unit.end)
  }

  /// Reads a conversion in brackets whose unit is a letter or two read as a unit only when
  /// glued ("t", "l", "s"): "8,000 long tons (8,100 t)" → "eight thousand one hundred tonnes",
  /// as encyclopedias print conversions, with the unit spaced and the bracket closing after it.
  private func readBracketedUnit(_ stream: TokenStream, _ number: WrittenNumber) -> Reading? {
    guard stream.isInlineSpace(number.end), let word = stream[number.end + 1],
      word.kind == .word, let unit = tables.units[word.text], unit.tight, !unit.perOnly,
      stream.isMark(number.end + 2, ")")
    else { return nil }
    var probe = number.end - 1
    while probe >= 0, stream.isNumber(probe) || stream.isMark(probe, ",.") { probe -= 1 }
    guard stream.isMark(probe, "(") || (stream.isMark(probe, "-−") && stream.isMark(probe - 1, "("))
    else { return nil }
    let name = number.isOne ? unit.singular : unit.plural
    return Reading(spoken: say(number) + " " + name, end: number.end + 2)
  }

  /// Reads a weight in stone, as British text gives a person's: "14 st." → "fourteen stone",
  /// "12st 7lb" → "twelve stone seven pounds".
  ///
  /// "st" alone is as often an ordinal ("11st" is a typo for one) or a split one ("21 st"), so
  /// it needs its period or pounds after it; "St." in capitals stays the street's.
  private func readStone(_ stream: TokenStream, _ number: WrittenNumber) -> Reading? {
    let spaced = stream.isInlineSpace(number.end)
    let start = spaced ? number.end + 1 : number.end
    guard number.isPlain, let value = number.value, (1...60).contains(value),
      stream.text(start) == "st", stream.endsFree(start + 1)
    else { return nil }
    var end = start + 1
    let period = stream.isMark(end, ".")
    if period { end += 1 }
    var spoken = say(number) + " stone"
    if stream.isInlineSpace(end), let pounds = stream.number(at: end + 1), pounds.isPlain,
      let weight = pounds.value, weight < 14,
      ["lb", "lbs"].contains(stream.text(stream.skipSpace(pounds.end))),
      stream.endsFree(stream.skipSpace(pounds.end) + 1)
    {
      spoken += " " + say(pounds) + (pounds.isOne ? " pound" : " pounds")
      end = stream.skipSpace(pounds.end) + 1
      if stream.isMark(end, "."), !periodEndsSentence(stream, at: end, strong: false) { end += 1 }
    } else if !period {
      return nil
    } else if period, periodEndsSentence(stream, at: end - 1, strong: false) {
      spoken += "."
    }
    return Reading(spoken: spoken, end: end)
  }

  /// Reads a unit symbol that no number comes before: after "per" ("inhabitants per km²" →
  /// "per square kilometer"), a unit of area or volume alone ("Area (km2)"), or before a number
  /// as a marker along a road ("at km 42" → "at kilometer forty two").
  func readUnitWithoutNumber(_ stream: TokenStream, at index: Int) -> Reading? {
    // (Most words are turned away here: neither "per" nor followed by a number or a power.)
    guard let following = stream[index + 1], following.kind != .word else { return nil }
    let written = stream.text(index)
    if following.kind == .space, written == "per" || written == "Per", stream.startsFree(index),
      stream.isInlineSpace(index + 1), !stream.isNumber(index + 2),
      let unit = unit(stream, at: index + 1), !unit.unit.tight, !unit.unit.perOnly,
      (index + 2..<unit.end).map({ stream.text($0) }).joined().count >= 2
    {
      return Reading(spoken: written + " " + unit.unit.singular, end: unit.end)
    }
    // (Written with its power: "km2", "m³"; not "sq ft", which may describe a noun.)
    if stream.isNumber(index + 1) || stream.isMark(index + 1, "²³"), stream.startsFree(index),
      let unit = unit(stream, at: index),
      unit.unit.plural.hasPrefix("square ") || unit.unit.plural.hasPrefix("cubic "),
      case let symbol = (index..<unit.end).map({ stream.text($0) }).joined(), symbol.count >= 2,
      let power = symbol.last, "23²³".contains(power)
    {
      // A unit of area or volume alone, as tables head their columns: "Area (km²)" → "Area
      // (square kilometers)"; eSpeak NG would say "km two".
      return Reading(spoken: unit.unit.plural, end: unit.end)
    }
    guard stream.isInlineSpace(index + 1), stream.isNumber(index + 2),
      let unit = tables.units[written], unit.marker, stream.startsFree(index),
      let number = stream.number(at: index + 2),
      stream.endsFree(number.end), !stream.isMark(number.end, "-–/"),
      let previous = stream.previous(index),
      ["at", "near", "from", "to", "past", "beyond", "around", "between", "and", "before", "after"]
        .contains(stream.text(previous))
    else { return nil }
    return Reading(spoken: unit.singular + " " + say(number), end: number.end)
  }

  /// The compass bearing written at `index` in words, with the index after it: "south",
  /// "N.E." → "northeast", "SW" → "southwest", "N." → "north" (a period inside the sentence
  /// is the abbreviation's).
  private func compassBearing(_ stream: TokenStream, at index: Int) -> (spoken: String, end: Int)? {
    let word = stream.text(index)
    if ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
      .contains(word)
    {
      return (word, index + 1)
    }
    let names: [Character: String] = ["N": "north", "S": "south", "E": "east", "W": "west"]
    var letters: [Character] = []
    var end = index
    while letters.count < 3, let token = stream[end], token.kind == .word,
      token.text.count <= 3 - letters.count, token.text.allSatisfy({ names[$0] != nil })
    {
      letters += Array(token.text)
      end += 1
      guard stream.isMark(end, "."), stream.isWord(end + 1) else { break }
      end += 1
    }
    guard !letters.isEmpty, stream.endsFree(end), letters.count > 1 || stream.isMark(end, ".")
    else { return nil }
    if stream.isMark(end, "."),
      stream.isMark(end + 1, ",;:)")
        || (stream.isInlineSpace(end + 1) && stream[end + 2]?.text.first?.isLowercase == true)
    {
      end += 1
    }
    let words = letters.compactMap { names[$0] }
    // "NE" is one word; "NNE" is "north northeast".
    let spoken =
      words.count == 3 ? words[0] + " " + words[1] + words[2] : words.joined()
    return (spoken, end)
  }

  /// A distance in meters between 1,100 and 1,900 written without a comma, in hundreds, as
  /// races are named: "the 1500m" → "fifteen hundred".
  private func raceDistance(_ number: WrittenNumber, unit: NormalizerTables.Unit) -> String? {
    guard unit.singular == "meter" || unit.singular == "metre", number.isPlain,
      let value = number.value, (1100...1900).contains(value), value % 100 == 0
    else { return nil }
    return NumberSpeller.cardinal(value / 100) + " hundred"
  }

  /// Reads a number whose thousands are set apart by single spaces, as SI style and many
  /// encyclopedias write them: "10 000" → "ten thousand", "1 234 567".
  ///
  /// The first group has one or two digits (three would be two numbers as often: "123 456"),
  /// and no digits, slash or point may follow the last group (telephone numbers, "2 142/1").
  private func readSpacedThousands(_ stream: TokenStream, at index: Int) -> Reading? {
    let first = stream.text(index)
    guard first.count <= 2, !first.hasPrefix("0"), stream.startsFree(index),
      !stream.isNumber(stream.previous(index) ?? -1)
    else { return nil }
    var digits = first
    var end = index + 1
    while stream.isInlineSpace(end), stream.text(end).unicodeScalars.count == 1,
      let group = stream[end + 1], group.kind == .number, group.text.count == 3,
      digits.count < NumberSpeller.maximumDigits
    {
      digits += group.text
      end += 2
    }
    guard end > index + 1, stream.endsFree(end),
      !stream.isMark(end, "/.,:") || !stream.isNumber(end + 1),
      !(stream.isInlineSpace(end) && stream.isNumber(end + 1))
    else { return nil }
    if end == index + 3, !stream.text(index + 2).hasPrefix("0"), namesModel(stream, at: end) {
      // Two numbers, the second naming a model: "35 737 MAX jets" → "thirty five seven thirty
      // seven MAX jets" ("10 000 MAX" stays ten thousand: no model number starts with zero).
      let spoken = say(WrittenNumber(integer: first, fraction: nil, grouped: false, end: index + 1))
      return Reading(spoken: spoken + " " + houseNumber(stream.text(index + 2)), end: end)
    }
    let number = WrittenNumber(integer: digits, fraction: nil, grouped: true, end: end)
    if let reading = readMeasure(stream, number) ?? readPercent(stream, number) {
      return reading
    }
    return Reading(spoken: say(number), end: end)
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

  /// Whether a number and its unit describe the noun after them, so the unit is singular.
  ///
  /// "a 100m sprint" is "a hundred meter sprint", "the 5 km loop" "the five kilometer loop".
  /// They do after "a" or "an" before any word in lower case, and before a noun listed in
  /// measure-nouns.tsv ("the 200m final"); not before a word about size ("1.8 m tall").
  private func describesNoun(_ stream: TokenStream, _ number: WrittenNumber, unitEnd: Int)
    -> Bool
  {
    guard !number.isOne, stream.isInlineSpace(unitEnd), let noun = stream[unitEnd + 1],
      noun.kind == .word, noun.text.first?.isLowercase == true
    else { return false }
    let lower = noun.text.lowercased()
    if tables.measureNouns.contains(lower) { return true }
    guard !tables.measureCues.contains(lower), !tables.notNouns.contains(lower),
      let start = numberStart(stream, number)
    else { return false }
    return isIndefiniteArticle(stream, before: start)
  }

  /// The index of the first token of `number` (its sign is not part of it).
  private func numberStart(_ stream: TokenStream, _ number: WrittenNumber) -> Int? {
    var start = number.end - 1
    if number.fraction != nil { start -= 2 }
    while start >= 2, stream.isMark(start - 1, ","), stream.isNumber(start - 2) { start -= 2 }
    return stream.isNumber(start) ? start : nil
  }

  /// Whether "a" or "an" stands right before token `index`.
  private func isIndefiniteArticle(_ stream: TokenStream, before index: Int) -> Bool {
    guard stream.isInlineSpace(index - 1), let article = stream.previous(index) else {
      return false
    }
    return ["a", "an"].contains(stream.text(article).lowercased())
  }

  /// Reads a number that describes a noun, as in "a 100-km race".
  ///
  /// After "a", a round hundred or thousand drops its "one": "a hundred kilometer race".
  func sayBeforeNoun(_ stream: TokenStream, _ number: WrittenNumber) -> String {
    let spoken = say(number)
    guard number.fraction == nil, ["100", "1000"].contains(number.integer),
      let start = numberStart(stream, number), isIndefiniteArticle(stream, before: start)
    else { return spoken }
    return String(spoken.dropFirst(4))
  }

  /// The unit written at `index` (after optional space), with the index after it.
  func unit(_ stream: TokenStream, at index: Int, afterSlash: Bool = false)
    -> (unit: NormalizerTables.Unit, end: Int)?
  {
    let spaced = stream.isInlineSpace(index)
    let start = spaced ? index + 1 : index
    guard let first = stream[start], first.kind != .space, first.kind != .number || !spaced
    else { return nil }
    var written = ""
    var best: (unit: NormalizerTables.Unit, end: Int)?
    var probe = start
    while probe < stream.count, probe - start < 5 {
      let token = stream.tokens[probe]
      if token.kind == .mark, token.text == ".", written == "sq" || written == "cu",
        stream.isInlineSpace(probe + 1)
      {
        // "850 sq. ft.": the period of "sq." is the abbreviation's.
        probe += 1
        continue
      }
      if token.kind == .space {
        guard token.text == " ", written == "sq" || written == "cu" || written == "°" else {
          break
        }
        if written == "°" {
          // "98.6° F": the scale after a spaced degree sign.
          probe += 1
          continue
        }
      }
      written += token.text
      probe += 1
      if token.kind == .word, let own = ownReading(of: written), stream.endsFree(probe) {
        // The user's lexicon has this unit ("km"): its reading wins, and nothing longer
        // ("km/h") is matched past it.
        return (NormalizerTables.Unit(singular: own, plural: own, tight: false), probe)
      }
      if written.unicodeScalars.count > tables.longestUnit { break }
      // Units in capitals ("12KG") read like their lower-case form.
      let lower =
        written.count >= 2 && written.allSatisfy(\.isUppercase) ? written.lowercased() : nil
      if let unit = tables.units[written] ?? lower.flatMap({ tables.units[$0] }),
        !(unit.tight && spaced), !unit.perOnly || afterSlash, stream.endsFree(probe),
        !(stream.isMark(probe, ".") && stream.isWord(probe + 1))
      {
        best = (unit, probe)
      }
    }
    return best
  }

  /// What the user's lexicon says for a single word, if it has it: the reading from
  /// ``NormalizerTables/lexicon``, or the word as written when a pronunciation ``Lexicon``
  /// (applied after normalizing) will say it.
  func ownReading(of written: String) -> String? {
    if let spoken = tables.lexicon[written] { return spoken }
    guard !tables.keptWords.isEmpty, let entries = tables.keptWords[written.lowercased()] else {
      return nil
    }
    let single = entries.contains { entry in
      !entry.word.contains(where: \.isWhitespace) && entry.accepts(Substring(written))
    }
    return single ? written : nil
  }

  /// Reads "10-15", "2014–2022" and "52-48": the first number, then "to", leaving the second.
  private func readRange(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    let dash = stream.skipSpace(number.end)
    guard stream.isMark(dash, "-–—"), stream.startsFree(index) || stream.isMark(index - 1, "$")
    else { return nil }
    let spacedBefore = dash != number.end
    let second = stream.skipSpace(dash + 1)
    let arithmetic = stream.number(at: second).map { stream.isMark(stream.skipSpace($0.end), "=") }
    guard spacedBefore == (second != dash + 1) || arithmetic == true,
      let other = stream.number(at: second),
      // A code that goes on ("7-220-kx-4"), not a range.
      !stream.isMark(other.end, "-")
        || !(stream.isNumber(other.end + 1) || stream.isWord(other.end + 1))
    else { return nil }
    if !spacedBefore, let variant = readModelVariant(stream, number, other, at: index) {
      return variant
    }
    if let span = readYearSpan(stream, number, other, at: index) { return span }
    // A date after a number that is no day is no end of a range: "Top 100 - 15th March".
    if number.value.map({ $0 > 31 }) ?? true, other.isPlain, other.integer.count <= 2,
      readDayMonth(stream, at: second) != nil
    {
      return nil
    }
    // A range of quantities ("1500-2000 km") is not a range of years.
    let first =
      unit(stream, at: other.end) != nil ? say(number) : say(number, stream: stream, at: index)
    if stream.isMark(stream.skipSpace(other.end), "=") {
      // Arithmetic: "7-3=4" → "seven minus three equals four".
      return Reading(spoken: say(number) + " minus ", end: second)
    }
    if other.integer.hasPrefix("0"), other.integer.count > 1 {
      // Seasons: "2003-04" → "two thousand three to four".
      guard number.integer.count == 4, other.integer.count == 2, other.isPlain else { return nil }
      let spoken = first + " to " + NumberSpeller.cardinal(other.integer)
      return Reading(spoken: spoken, end: other.end)
    }
    if isRecord(stream, number, other, at: index) {
      // A team's wins and losses: "a 10-2 record" → "ten and two".
      return Reading(spoken: say(number) + " and ", end: second)
    }
    return Reading(spoken: first + " to ", end: second)
  }

  /// Reads a model number with its variant after a dash, which no range could be since the
  /// second number is smaller: "the 787-9" → "seven eighty seven nine", "747-400" → "seven
  /// forty seven four hundred", "777-300ER".
  ///
  /// The variant is one digit or whole hundreds; not after a word for pages or lines, where
  /// "123-9" is a range written short, nor near a word of votes or results ("passed 410-9").
  private func readModelVariant(
    _ stream: TokenStream, _ number: WrittenNumber, _ other: WrittenNumber, at index: Int
  ) -> Reading? {
    guard number.isPlain, other.isPlain, number.integer.count == 3,
      !number.integer.hasPrefix("0"), let first = number.value, let second = other.value,
      second < first, (1...9).contains(second) || (second % 100 == 0 && second >= 100),
      !stream.isMark(index - 1, "$£€")
    else { return nil }
    var end = other.end
    var spoken = houseNumber(number.integer) + " " + NumberSpeller.cardinal(second)
    if let suffix = stream[end], suffix.kind == .word, suffix.isAllCaps, suffix.text.count <= 3,
      stream.endsFree(end + 1)
    {
      // "777-300ER": the letters of the variant.
      spoken += " " + spell(suffix.text)
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

  /// Whether two numbers with a dash are a team's record of wins and losses ("a 10-2 record",
  /// "the Jets are 2-5 this season"), by the words around them (score-context.tsv).
  private func isRecord(
    _ stream: TokenStream, _ number: WrittenNumber, _ other: WrittenNumber, at index: Int
  ) -> Bool {
    guard number.isPlain, other.isPlain, number.integer.count <= 3, other.integer.count <= 3,
      !other.integer.hasPrefix("0") || other.integer == "0", stream.endsFree(other.end)
    else { return false }
    func words(_ kind: String) -> Set<String> { tables.scoreContext[kind] ?? [] }
    // The words after the numbers, up to three, within the sentence.
    var after: [String] = []
    var probe = other.end
    while after.count < 3, stream.isInlineSpace(probe), let word = stream[probe + 1],
      word.kind == .word
    {
      after.append(word.text.lowercased())
      probe += 2
    }
    if let next = after.first, words("record").contains(next) { return true }
    // The words before, nearest first.
    var before: [String] = []
    for back in stream.indicesBack(from: index, limit: 12) where before.count < 4 {
      let token = stream.tokens[back]
      if token.kind == .mark, ".!?;:,".contains(token.text) { break }
      if token.kind == .word { before.append(token.text.lowercased()) }
    }
    if let record = before.firstIndex(where: { words("record").contains($0) }),
      before[..<record].allSatisfy({ words("link").contains($0) })
    {
      return true
    }
    return before.first.map { words("standing").contains($0) } == true
      && after.contains { words("season").contains($0) }
  }

  /// Reads a span of years in parentheses whose first year has three digits, as years.
  ///
  /// "the Tang dynasty (618–907)" → "six eighteen to nine oh seven", "Gregory of Tours (c. 538
  /// – 594)" → "circa five thirty eight to five ninety four".
  ///
  /// The parenthesis must follow a capitalized name or a word for a stretch of history
  /// (`span` in year-context.tsv), or hold "c." or "circa" before the years; the later year
  /// must be larger. Elsewhere ("pages 618–907", "(pp. 618–907)") the numbers stay counts.
  private func readYearSpan(
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
  private func readEarlyYear(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
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

  /// Whether nothing a number could count follows the number ending at `end`: the line ends,
  /// a mark of punctuation or a word that starts or joins a clause comes next.
  private func endsClause(_ stream: TokenStream, at end: Int) -> Bool {
    guard let next = stream[end] else { return true }
    if next.kind == .space, next.text.contains(where: \.isNewline) { return true }
    if next.kind == .mark { return ",.;:)!?".contains(next.text) && !stream.isNumber(end + 1) }
    guard next.kind == .space, let word = stream[end + 1] else { return next.kind == .space }
    if word.kind == .mark { return ",;:)".contains(word.text) }
    return word.kind == .word && tables.clauseWords.contains(word.text)
  }

  /// Reads ratios and scores written with a colon: "1:250,000", "3 : 1" → "one to ...".
  private func readRatio(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    let colon = stream.skipSpace(number.end)
    guard stream.isMark(colon, ":"), stream.startsFree(index) else { return nil }
    let second = stream.skipSpace(colon + 1)
    guard (colon != number.end) == (second != colon + 1), let other = stream.number(at: second)
    else {
      return nil
    }
    if colon == number.end, number.isPlain, other.isPlain, stream.isMark(other.end, "-–"),
      let last = stream.number(at: other.end + 1), last.isPlain, stream.endsFree(last.end)
    {
      // A chapter and a range of verses: "Matthew 5:3-12" → "five three to twelve".
      let spoken = say(number) + " " + say(other) + " to " + say(last)
      return Reading(spoken: spoken, end: last.end)
    }
    return Reading(spoken: say(number) + " to ", end: second)
  }

  /// Reads "3/4" as "three quarters", "1/2" as "one half", "22/3" as "twenty two thirds" and
  /// "2 1/2" as "two and a half".
  private func readFraction(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    // A whole number followed by a fraction: "2 1/2".
    if number.isPlain, stream.isInlineSpace(number.end),
      let part = fraction(stream, at: number.end + 1)
    {
      let words =
        part.numerator == 1 && part.spoken.hasPrefix("one ")
        ? "a" + part.spoken.dropFirst(3) : part.spoken
      let spoken = say(number) + " and " + words
      return Reading(spoken: spoken, end: part.end)
    }
    guard let part = fraction(stream, at: index) else { return nil }
    if part.end == number.end + 2, stream.isInlineSpace(part.end),
      let noun = stream[part.end + 1], noun.kind == .word, isCountedNoun(noun.text),
      !tables.shareNouns.contains(noun.text.lowercased()),
      let bottom = stream.number(at: number.end + 1), bottom.value ?? 0 > 2
    {
      // People counted: "9/10 people agree" → "nine out of ten people".
      return Reading(spoken: say(number) + " out of " + say(bottom), end: part.end)
    }
    return Reading(spoken: part.spoken, end: part.end)
  }

  /// A fraction "n/d" at `index` in plain numbers, with an optional ordinal ending ("1/4th").
  ///
  /// Two numbers that read as years ("1990/1991") are not a fraction.
  private func fraction(_ stream: TokenStream, at index: Int)
    -> (spoken: String, numerator: Int, end: Int)?
  {
    guard stream.startsFree(index) || stream.isInlineSpace(index - 1),
      !stream.isMark(index - 1, "/"),
      let top = stream.number(at: index), top.isPlain, stream.isMark(top.end, "/"),
      let bottom = stream.number(at: top.end + 1), bottom.isPlain, !stream.isMark(bottom.end, "/"),
      let numerator = top.value, let denominator = bottom.value, denominator > 0,
      !top.integer.hasPrefix("0"), !bottom.integer.hasPrefix("0"),
      !(top.integer.count == 4 && bottom.integer.count >= 2 && NumberSpeller.year(numerator) != nil)
    else { return nil }
    var end = bottom.end
    if let suffix = stream[end], suffix.kind == .word,
      suffix.text.lowercased() == ordinalSuffix(bottom.integer)
        || suffix.text.lowercased() == ordinalSuffix(bottom.integer) + "s"
    {
      end += 1
    }
    guard stream.endsFree(end), !stream.isMark(end, "-") || !stream.isWord(end + 1) else {
      return nil
    }
    return (fractionWords(numerator, denominator), numerator, end)
  }

  /// "one half", "three quarters", "five eighths".
  func fractionWords(_ numerator: Int, _ denominator: Int) -> String {
    let top = NumberSpeller.cardinal(numerator, british: british)
    if denominator == 1 { return top + " over one" }
    var bottom: String
    switch denominator {
    case 2: bottom = "half"
    case 4: bottom = "quarter"
    default: bottom = NumberSpeller.ordinal(of: NumberSpeller.cardinal(denominator))
    }
    if numerator != 1 { bottom = bottom == "half" ? "halves" : bottom + "s" }
    return top + " " + bottom
  }

  /// Reads codes of three or more hyphenated digit groups ("978-0-19-960563-7") group by group.
  func readDigitGroups(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index) else { return nil }
    var groups: [String] = []
    var probe = index
    while stream.isNumber(probe), groups.count < 12 {
      groups.append(stream.text(probe))
      guard stream.isMark(probe + 1, "-"), stream.isNumber(probe + 2) else { break }
      probe += 2
    }
    guard groups.count >= 3, stream.endsFree(probe + 1) else { return nil }
    let spoken = groups.map { NumberSpeller.digits($0) }.joined(separator: ", ")
    return Reading(spoken: spoken, end: probe + 1)
  }

  /// Reads numbers with several dots: IP addresses and versions ("1.1.3" → "one dot one dot
  /// three").
  func readDottedNumber(_ stream: TokenStream, at index: Int) -> Reading? {
    var parts: [String] = []
    var probe = index
    while stream.isNumber(probe), parts.count < 8 {
      parts.append(stream.text(probe))
      guard stream.isMark(probe + 1, "."), stream.isNumber(probe + 2) else { break }
      probe += 2
    }
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
