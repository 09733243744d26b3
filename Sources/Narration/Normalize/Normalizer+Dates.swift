/// Readers for dates ("Dec. 4, 2023", "4 December 2023", "2023-12-04", "12/04/2023") and times
/// of day ("12:22 AM", "5:34 p.m.", "9:00", "10:30 GMT").
extension Normalizer {
  /// The month named by the word at `index`, and the index after it (and its period).
  func month(_ stream: TokenStream, at index: Int, afterDay: Bool = false)
    -> (month: Int, end: Int, full: Bool)?
  {
    guard let token = stream[index], token.kind == .word, token.text.utf8.count <= 9,
      let initial = token.text.utf8.first, "JFMASONDjfmasond".utf8.contains(initial)
    else { return nil }
    // "july", "JAN" and "Sept" alike; every date reader wants a day or a year next to it.
    var text = token.text
    // "march" and "may" in lower case are words, unless a day comes first ("17 may 2010").
    if !afterDay, tables.monthWords.contains(text) { return nil }
    if tables.months[text] == nil {
      text = token.text.prefix(1).uppercased() + token.text.dropFirst().lowercased()
    }
    guard let month = tables.months[text] else { return nil }
    let full = NormalizerTables.monthNames[month - 1] == text
    let end = !full && stream.isMark(index + 1, ".") ? index + 2 : index + 1
    return (month, end, full)
  }

  /// A day of the month (1-31, optionally "4th") at `index`, with the index after it.
  private func day(_ stream: TokenStream, at index: Int) -> (day: Int, end: Int)? {
    guard let token = stream[index], token.kind == .number, token.text.count <= 2,
      let day = Int(token.text), (1...31).contains(day)
    else { return nil }
    var end = index + 1
    if let suffix = stream[end], suffix.kind == .word,
      ["st", "nd", "rd", "th"].contains(suffix.text)
    {
      end += 1
    }
    guard stream.endsFree(end), !stream.isMark(end, ":"),
      !(stream.isMark(end, ".,") && stream.isNumber(end + 1))
    else { return nil }
    return (day, end)
  }

  /// A four-digit year at `index` after an optional comma and space, with the index after it.
  private func year(_ stream: TokenStream, after index: Int) -> (spoken: String, end: Int)? {
    var probe = index
    var comma = ""
    if stream.isMark(probe, ",") {
      comma = ","
      probe += 1
    }
    let spaced = stream.isInlineSpace(probe)
    probe = stream.skipSpace(probe)
    guard spaced || (comma.isEmpty && stream.isMark(index - 1, "-")),
      let token = stream[probe], token.kind == .number, token.text.count == 4,
      let value = Int(token.text), let spoken = NumberSpeller.year(value, british: british),
      stream.endsFree(probe + 1), !stream.isMark(probe + 1, ",") || !stream.isNumber(probe + 2)
    else { return nil }
    return (comma + " " + spoken, probe + 1)
  }

  private func ordinal(_ day: Int) -> String {
    NumberSpeller.ordinal(of: NumberSpeller.cardinal(day))
  }

  /// Reads "Dec 4", "December 4, 2023", "Dec 4-6", "Oct-12-2021" and "Mar 2016" as dates.
  func readMonthDate(_ stream: TokenStream, at index: Int) -> Reading? {
    // Cheap test first: a day or year follows within three tokens ("Dec. 4", "May 2020").
    guard (1...3).contains(where: { stream.isNumber(index + $0) }),
      let month = month(stream, at: index),
      // (Or the second date of a range across months: "Nov. 30-Dec. 2".)
      stream.startsFree(index) || (stream.isMark(index - 1, "-–") && stream.isNumber(index - 2))
    else { return nil }
    let name = NormalizerTables.monthNames[month.month - 1]
    let separator = month.end
    let dayIndex = stream.isMark(separator, "-") ? separator + 1 : stream.skipSpace(separator)
    if dayIndex != separator, let day = day(stream, at: dayIndex) {
      var spoken = name + (british ? " the " : " ") + ordinal(day.day)
      var end = day.end
      if stream.isMark(end, "-–"), let other = self.day(stream, at: end + 1), other.day > day.day {
        spoken += " to " + ordinal(other.day)
        end = other.end
      }
      let yearStart = stream.isMark(end, "-") && stream.isMark(separator, "-") ? end + 1 : end
      if let year = year(stream, after: yearStart) {
        spoken += year.spoken
        end = year.end
      }
      return Reading(spoken: spoken, end: end)
    }
    // "Mar. 2016": say the month and let the year be read on its own.
    if !month.full, stream.isInlineSpace(separator), let next = stream[separator + 1],
      next.kind == .number, next.text.count == 4
    {
      return Reading(spoken: name, end: separator)
    }
    return nil
  }

  /// Reads "4 December 2023", "4th of December", "4–6 Dec." and "15-Jan-2020".
  func readDayMonth(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index), let day = day(stream, at: index) else { return nil }
    var probe = day.end
    var last: (day: Int, end: Int)?
    if stream.isMark(probe, "-–"), let other = self.day(stream, at: probe + 1), other.day > day.day
    {
      last = other
      probe = other.end
    } else if stream.isInlineSpace(probe), ["to", "-", "–"].contains(stream.text(probe + 1)),
      stream.isInlineSpace(probe + 2), let other = self.day(stream, at: probe + 3),
      other.day > day.day, stream.isInlineSpace(other.end),
      month(stream, at: other.end + 1, afterDay: true) != nil
    {
      // "from 1 to 5 May".
      last = other
      probe = other.end
    }
    let hyphen = stream.isMark(probe, "-")
    guard hyphen || stream.isInlineSpace(probe) else { return nil }
    probe += 1
    if !hyphen, stream.text(probe) == "of", stream.isInlineSpace(probe + 1) { probe += 2 }
    guard let month = month(stream, at: probe, afterDay: true) else { return nil }
    if !month.full, !hyphen, !stream.isMark(probe + 1, "."),
      stream.isWord(stream.skipSpace(month.end))
    {
      return nil
    }
    let afterThe = stream.previous(index).map { stream.text($0).lowercased() == "the" } ?? false
    var spoken = (afterThe ? "" : "the ") + ordinal(day.day)
    if let last { spoken += " to the " + ordinal(last.day) }
    spoken += " of " + NormalizerTables.monthNames[month.month - 1]
    var end = month.end
    let yearStart = hyphen && stream.isMark(end, "-") ? end + 1 : end
    if let year = year(stream, after: yearStart) {
      spoken += year.spoken
      end = year.end
    } else if stream.isMark(end - 1, "."), periodEndsSentence(stream, at: end - 1, strong: true) {
      // "the week to 3 Jan.": the period also ends the sentence.
      spoken += "."
    }
    return Reading(spoken: spoken, end: end)
  }

  /// Reads all-number dates: "2023-12-04" (ISO), "12/04/2023" (month first in American English,
  /// day first in British English, either when the other cannot be a month), "04.12.2023".
  func readNumericDate(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index), let separator = stream[index + 1], separator.kind == .mark,
      "-/.".includes(separator.text), stream.isNumber(index + 2),
      stream.isMark(index + 3, separator.text), stream.isNumber(index + 4),
      stream.endsFree(index + 5),
      !(stream.isMark(index + 5, separator.text) && stream.isNumber(index + 6))
    else { return nil }
    let parts = [stream.text(index), stream.text(index + 2), stream.text(index + 4)]
    guard let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
    var day: Int
    var month: Int
    var yearText: String
    if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2, separator.text != "." {
      (yearText, month, day) = (parts[0], b, c)
    } else if parts[0].count <= 2, parts[1].count <= 2, [2, 4].contains(parts[2].count) {
      yearText = parts[2]
      let dayFirst = separator.text == "." || (british ? b <= 12 || a > 12 : a > 12)
      (day, month) = dayFirst ? (a, b) : (b, a)
    } else {
      return nil
    }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    let year: String
    if yearText.count == 4 {
      guard let value = Int(yearText), let spoken = NumberSpeller.year(value, british: british)
      else { return nil }
      year = spoken
    } else {
      year =
        yearText.hasPrefix("0")
        ? "oh " + NumberSpeller.cardinal(yearText) : NumberSpeller.cardinal(yearText)
    }
    let name = NormalizerTables.monthNames[month - 1]
    // ISO dates ("2023-12-04") read day first; "2023/12/04" the way the dialect says dates.
    let dayFirstReading =
      (parts[0].count == 4 && separator.text == "-") || separator.text == "." || british
      || (parts[0].count <= 2 && a > 12)
    // ("the 2015-06-12 release": the article is already there.)
    let afterThe = stream.previous(index).map { stream.text($0).lowercased() == "the" } ?? false
    let spoken =
      dayFirstReading
      ? "\(afterThe ? "" : "the ")\(ordinal(day)) of \(name) \(year)"
      : "\(name) \(ordinal(day)), \(year)"
    return Reading(spoken: spoken, end: index + 5)
  }

  /// Reads a day of the year written with a slash after a word like "on": "on 12/25" →
  /// "on December twenty fifth" (British: "on the twenty fifth of December").
  func readSlashedDay(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index), stream.isMark(index + 1, "/"), let second = stream[index + 2],
      second.kind == .number, stream.endsFree(index + 3),
      !(stream.isMark(index + 3, "/.,") && stream.isNumber(index + 4)),
      let first = stream[index], first.text.count <= 2, second.text.count <= 2,
      let a = Int(first.text), let b = Int(second.text), let cue = stream.previous(index),
      stream.isInlineSpace(index - 1), tables.dateCues.contains(stream.text(cue).lowercased()),
      // A set phrase stays one: "after 9/11".
      tables.expressions[first.text + "/" + second.text] == nil
    else { return nil }
    var (month, day) = british ? (b, a) : (a, b)
    if !(1...12).contains(month) || !(1...31).contains(day) { (month, day) = (day, month) }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    let name = NormalizerTables.monthNames[month - 1]
    let spoken = british ? "the \(ordinal(day)) of \(name)" : "\(name) \(ordinal(day))"
    return Reading(spoken: spoken, end: index + 3)
  }

  /// "a.m."/"p.m." in any of their spellings at `index` (after optional space).
  func meridiem(_ stream: TokenStream, at index: Int) -> (spoken: String, end: Int)? {
    let start = stream.skipSpace(index)
    guard let token = stream[start], token.kind == .word else { return nil }
    let text = token.text.lowercased()
    if text == "am" || text == "pm", stream.endsFree(start + 1) {
      return (text == "am" ? "a.m" : "p.m", start + 1)
    }
    guard text == "a" || text == "p", stream.isMark(start + 1, "."),
      stream.text(start + 2).lowercased() == "m"
    else { return nil }
    var end = start + 3
    if stream.isMark(end, "."), !periodEndsSentence(stream, at: end, strong: false) { end += 1 }
    guard stream.endsFree(end) else { return nil }
    return (text == "a" ? "a.m" : "p.m", end)
  }

  /// Reads "12:22 AM", "5:34 p.m.", "9:00", "18:30 GMT" and "2:03:45".
  func readTime(_ stream: TokenStream, at index: Int) -> Reading? {
    // A time may follow a comma with no space ("11:20AM,2:40PM"), or a dash after another
    // time ("10:00–16:00").
    let afterTime =
      stream.isMark(index - 1, "-–—") && stream.isNumber(index - 2) && stream.isMark(index - 3, ":")
    guard stream.startsFree(index) || stream.isMark(index - 1, ",;") || afterTime,
      let hourText = stream[index]?.text, hourText.count <= 2,
      let hour = Int(hourText), hour <= 24, stream.isMark(index + 1, ":"),
      let minuteText = stream[index + 2]?.text, stream.isNumber(index + 2), minuteText.count == 2,
      let minutes = Int(minuteText), minutes < 60,
      // A ratio: "a 1:50 scale", "a 3:1 margin".
      !(stream.isInlineSpace(index + 3)
        && tables.ratioNouns.contains(stream.text(index + 4).lowercased()))
    else { return nil }
    var end = index + 3
    if stream.isMark(end, "."), let tenths = stream[end + 1], tenths.kind == .number,
      tenths.text.count <= 3, stream.endsFree(end + 2), !stream.isMark(end + 2, ".")
    {
      // A race time: "1:45.2" → "one forty five point two".
      let spoken =
        NumberSpeller.cardinal(hour) + " " + NumberSpeller.pair(minutes) + " point "
        + NumberSpeller.digits(tenths.text)
      return Reading(spoken: spoken, end: end + 2)
    }
    var seconds: Int?
    if stream.isMark(end, ":"), let text = stream[end + 1]?.text, stream.isNumber(end + 1),
      text.count == 2, let value = Int(text), value < 60
    {
      seconds = value
      end += 2
    }
    guard
      stream.endsFree(end) || meridiem(stream, at: end) != nil
        || tables.timeZones[stream.text(end)] != nil
    else { return nil }
    if let seconds, seconds > 0, let ampm = meridiem(stream, at: end), (1...12).contains(hour) {
      // A clock to the second: "11:59:59 p.m." → "eleven fifty nine and fifty nine seconds
      // p.m" ("10:00:00 p.m." keeps the reading of a duration below).
      var spoken = NumberSpeller.cardinal(hour)
      if minutes > 0 { spoken += " " + NumberSpeller.pair(minutes) }
      spoken += " and " + NumberSpeller.cardinal(seconds) + (seconds == 1 ? " second" : " seconds")
      return Reading(spoken: spoken + " " + ampm.spoken, end: ampm.end)
    }
    if let seconds {
      func unit(_ value: Int, _ name: String) -> String {
        NumberSpeller.cardinal(value) + " " + name + (value == 1 ? "" : "s")
      }
      let spoken =
        unit(hour, "hour") + " " + unit(minutes, "minute") + " and " + unit(seconds, "second")
      return Reading(spoken: spoken, end: end)
    }
    var spoken = NumberSpeller.cardinal(hour)
    let ampm = meridiem(stream, at: end)
    var zone: (spoken: String, end: Int)?
    let zoneStart = stream.skipSpace(ampm?.end ?? end)
    if let name = tables.timeZones[stream.text(zoneStart)],
      stream.endsFree(zoneStart + 1)
    {
      zone = (name, zoneStart + 1)
    }
    if minutes == 0 {
      // "9:00" and "23:00" alike: "twenty three o'clock"; the military "hundred" only before
      // a time zone or "hours" ("23:00 hours").
      let next = stream.text(stream.skipSpace(end))
      let hours = ["hours", "hrs"].contains(next)
      // ("12:00 noon" is "twelve noon".)
      let named = hour == 12 && ["noon", "midnight"].contains(next.lowercased())
      if ampm == nil, zone == nil, !named {
        spoken += hour < 24 && !hours ? " o'clock" : " hundred"
      }
      if ampm == nil, zone != nil, hour > 12 { spoken += " hundred" }
    } else if minutes < 10 {
      spoken += " oh " + NumberSpeller.cardinal(minutes)
    } else {
      spoken += " " + NumberSpeller.cardinal(minutes)
    }
    end = ampm?.end ?? end
    if let ampm { spoken += " " + ampm.spoken }
    if let zone {
      spoken += " " + zone.spoken
      end = zone.end
    }
    return Reading(spoken: spoken + rangeTail(stream, at: end), end: rangeEnd(stream, at: end))
  }

  /// " to " when a range goes on after token `index` ("5pm-7pm", "1960s–80s"), else "".
  func rangeTail(_ stream: TokenStream, at index: Int) -> String {
    rangeEnd(stream, at: index) > index ? " to " : ""
  }

  /// The index after a range dash at `index` that a number follows, or `index`.
  func rangeEnd(_ stream: TokenStream, at index: Int) -> Int {
    let dash = stream.skipSpace(index)
    guard stream.isMark(dash, "-–—") else { return index }
    let next = stream.skipSpace(dash + 1)
    guard (dash != index) == (next != dash + 1), stream.isNumber(next) else { return index }
    return next
  }

  /// Reads the time zone after a time of day that another reader said, as in "noon GMT".
  func readTimeZone(_ stream: TokenStream, at index: Int) -> Reading? {
    // (The time before it first: few words come after one.)
    guard stream.isInlineSpace(index - 1), let before = stream.previous(index) else { return nil }
    var cue = stream.text(before).lowercased()
    if cue == ".", let letter = stream[before - 1] { cue = letter.text.lowercased() }
    guard ["m", "am", "pm", "a.m", "p.m", "noon", "midnight"].contains(cue),
      let zone = tables.timeZones[stream.text(index)], stream.endsFree(index + 1)
    else { return nil }
    return Reading(spoken: zone, end: index + 1)
  }

  /// Reads a 24-hour time written as four digits before a time zone or "hours": "1400 GMT" →
  /// "fourteen hundred G M T", "0830 hours" → "oh eight thirty hours".
  func readMilitaryTime(_ stream: TokenStream, at index: Int) -> Reading? {
    let digits = stream.text(index)
    guard digits.count == 4, stream.startsFree(index), stream.endsFree(index + 1),
      let value = Int(digits), value / 100 <= 23, value % 100 < 60
    else { return nil }
    // Before a time zone, "hours" or "local time"; or with a leading zero after "at" ("at
    // 0630").
    let word = stream.isInlineSpace(index + 1) ? stream[index + 2] : nil
    let zoned =
      word.map { word in
        word.kind == .word && stream.endsFree(index + 3)
          && (tables.timeZones[word.text] != nil || ["hours", "hrs"].contains(word.text)
            || (word.text == "local" && stream.isInlineSpace(index + 3)
              && stream.text(index + 4) == "time"))
      } ?? false
    let cued =
      digits.hasPrefix("0") && stream.isInlineSpace(index - 1)
      && stream.previous(index).map { tables.clockCues.contains(stream.text($0).lowercased()) }
        == true
    guard zoned || cued else { return nil }
    let hour = value / 100
    let minutes = value % 100
    var spoken = digits.hasPrefix("0") ? "oh " : ""
    spoken += NumberSpeller.cardinal(hour)
    if hour == 0 { spoken = "zero" }
    if minutes == 0 {
      spoken += " hundred"
    } else {
      spoken += " " + NumberSpeller.pair(minutes)
    }
    return Reading(spoken: spoken, end: index + 1)
  }

  /// Reads a quarter or half of a year written as a code: "Q3 2023" → "the third quarter of
  /// twenty twenty three", "2Q22" → "the second quarter of twenty two", "H1 2024", "1H24".
  ///
  /// Only with a year right after it: "Q3" alone stays as written, as people say it.
  func readYearPart(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index), let first = stream[index], first.text.utf8.count == 1 else {
      return nil
    }
    let part: String
    let digit: String
    var yearIndex: Int
    if first.kind == .word {
      // "Q3 2023": the letter, its number, then a four-digit year.
      guard let name = tables.yearParts[first.text], stream.isNumber(index + 1),
        stream.isInlineSpace(index + 2)
      else { return nil }
      (part, digit, yearIndex) = (name, stream.text(index + 1), index + 3)
      guard stream.text(yearIndex).count == 4 else { return nil }
    } else {
      // "2Q22", "3Q 2023": the number first, the year glued or spaced.
      guard first.kind == .number, let letter = stream[index + 1], letter.kind == .word,
        let name = tables.yearParts[letter.text]
      else { return nil }
      (part, digit, yearIndex) = (name, first.text, index + 2)
      if stream.isInlineSpace(yearIndex) {
        yearIndex += 1
        guard stream.text(yearIndex).count == 4 else { return nil }
      }
    }
    guard let number = Int(digit), (1...(part == "half" ? 2 : 4)).contains(number),
      let yearToken = stream[yearIndex], yearToken.kind == .number,
      [2, 4].contains(yearToken.text.count), let value = Int(yearToken.text),
      stream.endsFree(yearIndex + 1),
      !(stream.isMark(yearIndex + 1, ".,:/-") && stream.isNumber(yearIndex + 2))
    else { return nil }
    let year: String
    if yearToken.text.count == 4 {
      guard (1900...2099).contains(value), let spoken = NumberSpeller.year(value, british: british)
      else { return nil }
      year = spoken
    } else {
      year = (value < 10 ? "oh " : "") + NumberSpeller.cardinal(value)
    }
    let before = stream.previous(index).map { stream.text($0).lowercased() } ?? ""
    let article = tables.periodDeterminers.contains(before) ? "" : "the "
    let ordinal = NumberSpeller.ordinal(of: NumberSpeller.cardinal(number))
    return Reading(spoken: article + ordinal + " " + part + " of " + year, end: yearIndex + 1)
  }
}
