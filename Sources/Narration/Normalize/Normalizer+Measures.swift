/// Readers for measures and units: "64 km", "5kg", "14 st.", 5'11", "per km²", "-5C".
extension Normalizer {
  private static let superscripts: [String: Character] = [
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8",
    "⁹": "9",
  ]

  /// The exponent written in superscript digits at `index` ("⁹", "⁻¹²"), said as words, with
  /// the index after it; nil unless up to three digits end free there.
  func superscriptPower(_ stream: TokenStream, at index: Int)
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

  /// Whether a "C" or "F" glued to a number is a temperature ("-5C", "highs of 35C (95F)")
  /// rather than a seat, a flat or a grade ("seat 14C", "Flat 3F").
  ///
  /// It is when the number is negative, follows the other scale in brackets, or has a
  /// temperature word shortly before it on the line or right after it.
  func isTemperature(_ stream: TokenStream, _ number: WrittenNumber, suffixAt end: Int)
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

  /// Reads heights and lengths in feet and inches: 5'11", 12", 6′ 2″.
  func readFeetAndInches(_ stream: TokenStream, at index: Int) -> Reading? {
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
    if stream.isInlineSpace(number.end), let letter = stream[number.end + 1],
      letter.kind == .word, let dotted = tables.units[letter.text], dotted.dotted,
      stream.isMark(number.end + 2, "."), stream.isInlineSpace(number.end + 3),
      stream.text(number.end + 4) == "of"
    {
      // "2 l. of water": a unit that is a letter alone, known by its period and what it is a
      // measure of (old books print pounds so: "owed 40 l. to the miller").
      let name = number.isOne ? dotted.singular : dotted.plural
      return Reading(spoken: say(number) + " " + name, end: number.end + 3)
    }
    if number.fraction == nil, stream.isInlineSpace(number.end), stream.text(number.end + 1) == "l",
      stream.isMark(number.end + 2, "."), stream.isInlineSpace(number.end + 3),
      let after = stream[number.end + 4],
      (after.kind == .word && after.text.first?.isLowercase == true && after.text != "of")
        || (stream.number(at: number.end + 4).map {
          ["s", "d"].contains(stream.text($0.end)) && stream.isMark($0.end + 1, ".")
        } ?? false)
    {
      // Pounds in old British money, spaced as some books print them: "500 l. a year", "20
      // l. 5s." (liters are "of" something, above).
      return Reading(
        spoken: say(number) + (number.isOne ? " pound" : " pounds"), end: number.end + 3)
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

  /// Whether capitals name a point between the four of the compass: "NE", "SW", and with a
  /// letter of the two before them, "NNE", "WSW" (not "NEW", "WE").
  func isCompassPoint(_ letters: String) -> Bool {
    let point = letters.suffix(2)
    return point.count == 2 && letters.count <= 3 && "NS".contains(point.prefix(1))
      && "EW".contains(point.suffix(1)) && (letters.count == 2 || point.contains(letters.prefix(1)))
  }

  /// The compass bearing written at `index` in words, with the index after it: "south",
  /// "N.E." → "northeast", "SW" → "southwest", "N." → "north" (a period inside the sentence
  /// is the abbreviation's).
  func compassBearing(_ stream: TokenStream, at index: Int) -> (spoken: String, end: Int)? {
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
}
