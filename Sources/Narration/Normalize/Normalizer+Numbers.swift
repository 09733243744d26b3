/// Readers for tokens that start with digits: cardinals, decimals, ordinals, percentages,
/// suffixed numbers, and the dispatch to years, measures, codes, ranges, dates and times.
extension Normalizer {
  /// Reads whatever starts with the number at `index`.
  func readNumeric(_ stream: TokenStream, at index: Int) -> Reading? {
    if stream.isWord(index - 1),
      !(stream.isNumber(index - 2) && "xX".includes(stream.text(index - 1)))
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
    if number.isPlain, (3...4).contains(number.integer.count), let value = number.value,
      value % 100 == 0, stream.isInlineSpace(end), stream.text(end + 1) == "block",
      stream.isInlineSpace(end + 2), stream.text(end + 3) == "of"
    {
      // A city block by its first house number, as police reports give places: "the 2400
      // block of Elm St." → "twenty four hundred block".
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
      var spoken = shillings + " and " + oldPence(pence)
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
      stream.isMark(end + 1, "."), stream.endsFree(end + 2),
      // Not a numbered part: "under subsection 6d.".
      !(stream.previous(index).map { before in
        let word = stream.text(before)
        return tables.romanCues.contains(word.prefix(1).uppercased() + word.dropFirst())
      } ?? false)
    {
      // Pence alone in old British money: "the fare was 6d." → "sixpence".
      var spoken = oldPence(number)
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
      if token.kind == .mark, ".!?;".includes(token.text) { break }
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
  func isCountedNoun(_ word: String) -> Bool {
    if word == "people" { return true }
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"),
      word.first?.isLowercase ?? false, !tables.notPlurals.contains(word), tables.units[word] == nil
    else { return false }
    return true
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
      if next.kind == .mark, "%".includes(next.text) { return nil }
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
        if ".!?;".includes(token.text) { break }
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

  /// Pence in old British money as said: "one penny", and from two to eleven one word, as the
  /// coins and sums were named ("sixpence", "threepence"); more as "twelve pence".
  private func oldPence(_ pence: WrittenNumber) -> String {
    if pence.isOne { return say(pence) + " penny" }
    guard let value = pence.value, (2...11).contains(value) else { return say(pence) + " pence" }
    return NumberSpeller.cardinal(value) + "pence"
  }

  /// Reads an angle in degrees and minutes, as in coordinates: "51°30′N" → "fifty one degrees
  /// thirty minutes north", "0°7′12″W".
  private func readCoordinate(_ stream: TokenStream, _ number: WrittenNumber) -> Reading? {
    guard stream.isMark(number.end, "°") else { return nil }
    let compass = ["N": "north", "S": "south", "E": "east", "W": "west"]
    // The period of a compass letter inside a sentence is the abbreviation's: "42° N., long.".
    func afterLetter(_ letter: Int) -> Int {
      guard stream.isMark(letter + 1, "."),
        stream.isMark(letter + 2, ",;:)")
          || (stream.isInlineSpace(letter + 2)
            && stream[letter + 3]?.text.first?.isLowercase == true)
      else { return letter + 1 }
      return letter + 2
    }
    // A point between the four, in capitals: "42° NE", "42° N.E." → "northeast", "SSW".
    func pointBetween(_ letter: Int) -> (spoken: String, end: Int)? {
      guard let token = stream[letter], token.kind == .word, token.text.allSatisfy(\.isUppercase),
        let bearing = compassBearing(stream, at: letter)
      else { return nil }
      let letters = (letter..<bearing.end).filter(stream.isWord).map(stream.text).joined()
      return isCompassPoint(letters) ? bearing : nil
    }
    // (Old books space the parts: "51° 30′ N.")
    guard let minutes = stream.number(at: stream.skipSpace(number.end + 1)),
      stream.isMark(minutes.end, "′'")
    else {
      // Decimal degrees: "40.71° N" → "forty point seven one degrees north".
      let letter = stream.skipSpace(number.end + 1)
      let degrees = number.isOne ? " degree " : " degrees "
      if let bearing = pointBetween(letter) {
        return Reading(spoken: say(number) + degrees + bearing.spoken, end: bearing.end)
      }
      guard let direction = compass[stream.text(letter)], stream.endsFree(letter + 1),
        !stream.isMark(letter + 1, ".") || !stream.isWord(letter + 2)
      else { return nil }
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
    if let bearing = pointBetween(letter) {
      words.append(bearing.spoken)
      end = bearing.end
    } else if let direction = compass[stream.text(letter)], stream.endsFree(letter + 1),
      !stream.isMark(letter + 1, ".") || !stream.isWord(letter + 2)
    {
      words.append(direction)
      end = afterLetter(letter)
    }
    guard stream.endsFree(end) else { return nil }
    return Reading(spoken: words.joined(separator: " "), end: end)
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
      if token.kind == .space, token.breaksLine {
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

  /// Reads a number whose thousands are set apart by single spaces, as SI style and many
  /// encyclopedias write them: "10 000" → "ten thousand", "1 234 567".
  ///
  /// The first group has one or two digits (three would be two numbers as often: "123 456"),
  /// and no digits, slash or point may follow the last group (telephone numbers, "2 142/1").
  private func readSpacedThousands(_ stream: TokenStream, at index: Int) -> Reading? {
    let first = stream.text(index)
    guard stream.startsFree(index), !stream.isNumber(stream.previous(index) ?? -1),
      let (digits, end) = spacedDigits(stream, at: index)
    else { return nil }
    if stream.isMark(end, "-–"), stream.isNumber(end + 1) {
      if let (upper, last) = spacedDigits(stream, at: end + 1) {
        // A range of such numbers: "10 000–15 000 km" → "ten thousand to fifteen thousand
        // kilometers".
        let number = WrittenNumber(integer: upper, fraction: nil, grouped: true, end: last)
        let right = readMeasure(stream, number) ?? readPercent(stream, number)
        let lower = say(WrittenNumber(integer: digits, fraction: nil, grouped: true, end: end))
        return Reading(
          spoken: lower + " to " + (right?.spoken ?? say(number)), end: right?.end ?? last)
      }
      if end == index + 3, !stream.text(index + 2).hasPrefix("0"), stream.text(end + 1).count <= 3 {
        // A count before a model and its variant, not one number: "20 737-800s" → "twenty",
        // then the model is read on its own.
        let count = WrittenNumber(integer: first, fraction: nil, grouped: false, end: index + 1)
        return Reading(spoken: say(count), end: index + 1)
      }
    }
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

  /// The digits of a number whose thousands are set apart by single spaces, starting at
  /// `index`, and the index after its last group; nil unless at least one group follows a
  /// first group of one or two digits, and nothing but the end of the number comes after.
  private func spacedDigits(_ stream: TokenStream, at index: Int) -> (String, Int)? {
    let first = stream.text(index)
    guard first.count <= 2, !first.hasPrefix("0") else { return nil }
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
    return (digits, end)
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
}
