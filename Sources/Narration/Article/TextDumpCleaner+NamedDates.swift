import Foundation

/// Lines that give a writer's name (or a commenter's) with a date or a reading time: a story's
/// byline as pages set it, or the head of a comment.
extension TextDumpCleaner {
  /// The most words of a line of a name and a date ("Jo Ruiz | March 3, 2026 | 4 min read").
  static let namedDateWords = 14
  /// The most words before the date in a part that gives a name and then a date ("Jo Ruiz March
  /// 3, 2026"); a longer text before a date is a sentence that names one.
  static let nameBeforeDateWords = 4
  /// The most words of the date (and time) after such a name ("July 6, 2015 at 6:57 pm").
  static let namedDateTailWords = 7

  /// Marks the lines of the body and of its header above it that give a name with a date or a
  /// reading time (see ``isNamedDate(_:_:)``) as date lines.
  ///
  /// Only these lines are read, after the body is chosen: the test costs more than the signals
  /// every line gets, and such a line elsewhere is chrome anyway.
  func markNamedDates(
    _ lines: [String], _ signals: [LineSignals], _ parts: [Range<Int>],
    _ classes: inout [LineClass]
  ) {
    guard let first = parts.first, let last = parts.last else { return }
    let header = max(0, first.lowerBound - Self.headerReach)
    for index in header..<last.upperBound {
      switch classes[index] {
      case .short, .sentence, .fragment, .repeated:
        if isNamedDate(lines[index], signals[index]) { classes[index] = .dateLine }
      default: break
      }
    }
  }

  /// How many lines above the body the header's date may stand (as the metadata reads it).
  static let headerReach = 16

  /// Whether a line gives a name and a date, or a reading time, and nothing else: "Jo Ruiz |
  /// March 3, 2026", "Jo Ruiz · 4 min read", "jo_ruiz 17 September 2020 14:17", "Jo
  /// RuizMarch 3, 2026" (a name and a date set side by side, glued in a copy), "5 min read".
  ///
  /// The line is cut at its separators (a bar, a middle dot, a bullet, a spaced dash); each part
  /// must be a date or time, a reading time, a byline, a name, or a name with a date after it, and
  /// one part at least must be a date or a reading time (a menu's "Home | World News" is not a
  /// byline). A sentence that mentions a date ends with its full stop, or has more words before
  /// the date than a name.
  func isNamedDate(_ line: String, _ signal: LineSignals) -> Bool {
    guard signal.words <= Self.namedDateWords else { return false }
    var text = Substring(line)
    var dated = false
    if Self.hasSuffixIgnoringCase(line, "read"), let rest = Self.withoutReadingTime(text) {
      dated = true
      text = rest
    }
    // Cheap scans first: a date needs a year, and a day before it or two more numbers.
    guard
      dated
        || (signal.hasDigit && PublicationDate.hasYear(line)
          && (PublicationDate.hasDayBeforeYear(line) || PublicationDate.digitRuns(line) >= 3))
    else { return false }
    // "a.m." and "p.m." close a time, not a sentence.
    if signal.endsSentence, !Self.hasSuffixIgnoringCase(line, "m.") { return false }
    let parts = Self.separatedParts(text)
    guard !parts.isEmpty else { return dated }
    // The whole line was read as a date before this test.
    let whole = parts.count == 1 && parts[0].utf8.count == line.utf8.count
    for part in parts {
      let part = String(part)
      if !whole && (dates.dateLine(part) != nil || dates.isTimestamp(part)) {
        dated = true
      } else if Byline.name(in: part) != nil || Self.looksLikeName(part) {
        continue
      } else if nameBeforeDate(part) {
        dated = true
      } else {
        return false
      }
    }
    return dated
  }

  /// Whether a part of a line is a name, then a date: "Jo Ruiz March 3, 2026", a commenter's
  /// handle before the date ("jo_ruiz 17 September 2020 14:17"), or a name glued to the date
  /// ("Jo RuizMarch 3, 2026").
  ///
  /// The date starts at the first word that opens with a digit or a month name, or at a month
  /// name glued to the word before it; the date expressions run once, on what follows.
  private func nameBeforeDate(_ part: String) -> Bool {
    guard let start = Self.dateStart(in: part) else { return false }
    let name = part[..<start].trimmingCharacters(in: .whitespaces)
    let date = String(part[start...])
    let nameWords = name.split(separator: " ").count
    guard (1...Self.nameBeforeDateWords).contains(nameWords),
      date.split(separator: " ").count <= Self.namedDateTailWords,
      nameWords == 1 ? !name.contains(where: { ".,;:!?".contains($0) }) : Self.looksLikeName(name)
    else { return false }
    return dates.dateLine(date) != nil
  }

  /// Where a date may start in a text after a name: the first word after the first that opens
  /// with a digit or a month name, or a capital month name right after a lowercase letter.
  static func dateStart(in text: String) -> String.Index? {
    let bytes = text.utf8
    var previous: UInt8 = 0x20
    var index = bytes.startIndex
    var words = 0
    while index < bytes.endIndex {
      let byte = bytes[index]
      let wordStart = previous == 0x20 && byte != 0x20
      if wordStart { words += 1 }
      let glued = previous >= 0x61 && previous <= 0x7A && byte >= 0x41 && byte <= 0x5A
      if (wordStart && words > 1) || glued {
        if wordStart, byte >= 0x30 && byte <= 0x39 { return index }
        if PublicationDate.opensWithMonthName(bytes[index...]) { return index }
      }
      previous = byte
      index = bytes.index(after: index)
    }
    return nil
  }

  /// The text before a reading time that ends it ("Jo Ruiz · 4 min read" gives "Jo Ruiz"), or
  /// `nil` when the text does not end with one.
  ///
  /// A reading time is a number of minutes and "read": "4 min read", "4 mins read", "4-minute
  /// read", "12 minutes read". A copy may glue it to a year before it ("March 3, 20264 min read"):
  /// a run of five or six digits ends in the minutes.
  static func withoutReadingTime(_ text: Substring) -> Substring? {
    var rest = text.dropLast("read".count)
    guard rest.last == " " else { return nil }
    rest = rest.dropLast()
    let unit = ["minutes", "minute", "mins", "min.", "min"].first { unit in
      rest.lowercased().hasSuffix(unit)
    }
    guard let unit else { return nil }
    rest = rest.dropLast(unit.count)
    if rest.last == " " || rest.last == "-" { rest = rest.dropLast() }
    let digits = rest.reversed().prefix { $0.isASCII && $0.isNumber }.count
    guard (1...6).contains(digits) else { return nil }
    // Five or six digits: a year, then the minutes.
    rest = rest.dropLast(digits > 4 ? digits - 4 : digits)
    return rest.trimmingCharacters(in: Self.separatorCharacters)[...]
  }

  /// The characters that separate the parts of a byline, and the spaces around them.
  static let separatorCharacters = CharacterSet(charactersIn: " |·•-–—")

  /// The parts of a line between its separators (a bar, a middle dot, a bullet, or a dash with
  /// spaces either side), without the spaces around them; empty parts are left out.
  ///
  /// Reads bytes: the separators are "|", "·" (C2 B7), "•" (E2 80 A2), and "-", "–" (E2 80 93)
  /// or "—" (E2 80 94) between spaces.
  static func separatedParts(_ text: Substring) -> [Substring] {
    let bytes = text.utf8
    var parts: [Substring] = []
    var start = bytes.startIndex
    var index = bytes.startIndex
    var previous: UInt8 = 0
    func cut(_ end: String.Index, next: String.Index) {
      parts.append(trimmed(text[start..<end]))
      start = next
    }
    while index < bytes.endIndex {
      let byte = bytes[index]
      let next = bytes.index(after: index)
      let following = next < bytes.endIndex ? bytes[next] : 0
      if byte == 0x7C {
        cut(index, next: next)
      } else if byte == 0x2D, previous == 0x20, following == 0x20 {
        cut(index, next: next)
      } else if byte == 0xC2, following == 0xB7 {
        cut(index, next: bytes.index(after: next))
      } else if byte == 0xE2, following == 0x80 {
        let third = bytes.index(after: next)
        if third < bytes.endIndex {
          let last = bytes[third]
          let after = bytes.index(after: third)
          let spaced = previous == 0x20 && after < bytes.endIndex && bytes[after] == 0x20
          if last == 0xA2 || ((last == 0x93 || last == 0x94) && spaced) {
            cut(index, next: after)
          }
        }
      }
      previous = byte
      index = next
    }
    parts.append(trimmed(text[start...]))
    return parts.filter { !$0.isEmpty }
  }

  /// Text without the spaces at either end.
  private static func trimmed(_ text: Substring) -> Substring {
    let bytes = text.utf8
    guard let first = bytes.firstIndex(where: { $0 != 0x20 }),
      let last = bytes.lastIndex(where: { $0 != 0x20 })
    else { return text[text.endIndex...] }
    return text[first..<bytes.index(after: last)]
  }
}
