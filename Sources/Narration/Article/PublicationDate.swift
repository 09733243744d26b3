import Foundation

/// Reads publication dates and timestamps as pages print them.
///
/// Examples: "Published Nov 28, 2026", "2026-11-28T09:30:00Z", "5 hours ago". Dates are read in
/// UTC; a date without a time is taken as midnight UTC of that day.
struct PublicationDate: Sendable {
  private let monthDayYear: NSRegularExpression?
  private let dayMonthYear: NSRegularExpression?
  private let isoDate: NSRegularExpression?
  private let numericDate: NSRegularExpression?
  private let dateLinePrefix: NSRegularExpression?
  private let timestamp: NSRegularExpression?

  /// The longest line (in characters) that can be a date line or a timestamp.
  static let maximumLength = 90

  private static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
  ]

  init() {
    let month =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
    func regex(_ pattern: String) -> NSRegularExpression? {
      // The patterns are fixed and known to compile (the tests use each); a failure matches
      // nothing.
      try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }
    monthDayYear = regex("\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
    dayMonthYear = regex(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + month + ",?\\s+(\\d{4})\\b")
    isoDate = regex("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b")
    numericDate = regex("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b")
    dateLinePrefix = regex(
      "^(?:(?:published|updated|posted|last updated|last modified|modified|created|written|date"
        + "|first published|originally published|released|on)\\b\\s*(?:on|at)?\\s*:?\\s*)?"
        + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
        + "(?:[\\d]|" + month + ")")
    timestamp = regex(
      "^(?:(?:updated|posted|published)\\s*:?\\s*(?:at\\s+)?)?"
        + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
        + "(?:\\s+[a-z]{2,5})?|\\d{1,2}\\s*[ap]\\.?m\\.?(?:\\s+[a-z]{2,5})?"
        + "|(?:about |over |almost )?(?:\\d+|an?|one)\\s*"
        + "(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?"
        + "|hours?|d|days?|w|weeks?|months?|y|years?)\\s+ago|just now|yesterday|today|now)$")
  }

  /// The first date found in a short text, or `nil`.
  func parse(_ text: String) -> Date? {
    Self.mayParse(text) ? read(text) : nil
  }

  /// The first date the expressions find in a short text, or `nil`: ``parse(_:)`` without
  /// its first cheap test.
  func read(_ text: String) -> Date? {
    if let date = iso8601(text) { return date }
    let range = NSRange(text.startIndex..., in: text)
    // The expressions cost far more than these scans of the bytes, which rule most lines out.
    let monthName = Self.hasMonthName(text)
    // Most dates are in plain ASCII, which a scan of the bytes reads as the expression would.
    if monthName,
      let found = Self.isPlainASCII(text)
        ? Self.firstMonthDayYear(text) : monthDayYearByExpression(text)
    {
      return Self.date(year: found.year, month: found.month, day: found.day)
    }
    if monthName, let match = dayMonthYear?.firstMatch(in: text, range: range),
      let day = Self.number(text, match.range(at: 1)),
      let month = Self.month(text, match.range(at: 2)),
      let year = Self.number(text, match.range(at: 3))
    {
      return Self.date(year: year, month: month, day: day)
    }
    if Self.digitRuns(text) >= 3, let match = isoDate?.firstMatch(in: text, range: range),
      let year = Self.number(text, match.range(at: 1)),
      let month = Self.number(text, match.range(at: 2)),
      let day = Self.number(text, match.range(at: 3))
    {
      return Self.date(year: year, month: month, day: day)
    }
    return nil
  }

  /// The month, day and year of the first "Nov 28, 2026" date that ``monthDayYear`` finds in a
  /// text, or `nil`.
  func monthDayYearByExpression(_ text: String) -> (month: Int, day: Int, year: Int)? {
    guard
      let match = monthDayYear?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let month = Self.month(text, match.range(at: 1)),
      let day = Self.number(text, match.range(at: 2)),
      let year = Self.number(text, match.range(at: 3))
    else { return nil }
    return (month, day, year)
  }

  /// Whether a text is all printable ASCII and tabs, where ``firstMonthDayYear(_:)`` reads as
  /// the expression does: its only spaces are spaces and tabs, its word characters letters,
  /// digits and `_`, and case is that of ASCII.
  static func isPlainASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }
  }

  /// The month names and their numbers, longest first, as bytes.
  private static let monthForms: [(name: [UInt8], month: Int)] = months.sorted {
    $0.key.count > $1.key.count || ($0.key.count == $1.key.count && $0.key < $1.key)
  }.map { (Array($0.key.utf8), $0.value) }

  /// The month, day and year of the first "Nov 28, 2026" date in a text of printable ASCII
  /// (see ``isPlainASCII(_:)``), as ``monthDayYear`` finds it, or `nil`.
  ///
  /// The expression, `\b(month)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b` without regard
  /// to case, reads one way at each start: the longest month name that is there (a shorter one
  /// is followed by a letter, where a full stop or a space must come), one or two digits (a
  /// third fails what follows), an ordinal's two letters when they are there, four digits that
  /// no word character follows.
  static func firstMonthDayYear(_ text: String) -> (month: Int, day: Int, year: Int)? {
    let bytes = Array(text.utf8)
    let count = bytes.count
    func isWord(_ byte: UInt8) -> Bool {
      ASCIIWord.isLetter(byte) || ASCIIWord.isDigit(byte) || byte == 0x5F
    }
    func isSpace(_ offset: Int) -> Bool {
      offset < count && (bytes[offset] == 0x20 || bytes[offset] == 0x09)
    }
    func isDigit(_ offset: Int) -> Bool { offset < count && ASCIIWord.isDigit(bytes[offset]) }
    func digits(_ offset: Int, _ length: Int) -> Int {
      bytes[offset..<(offset + length)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    func lowered(_ offset: Int) -> UInt8 { offset < count ? bytes[offset] | 0x20 : 0 }
    for start in bytes.indices
    where ASCIIWord.isLetter(bytes[start]) && (start == 0 || !isWord(bytes[start - 1])) {
      guard
        let form = monthForms.first(where: { form in
          start + form.name.count <= count
            && form.name.indices.allSatisfy { lowered(start + $0) == form.name[$0] }
        })
      else { continue }
      var offset = start + form.name.count
      if offset < count, bytes[offset] == 0x2E { offset += 1 }
      guard isSpace(offset) else { continue }
      while isSpace(offset) { offset += 1 }
      guard isDigit(offset) else { continue }
      let dayLength = isDigit(offset + 1) ? 2 : 1
      let day = digits(offset, dayLength)
      offset += dayLength
      let suffix = (lowered(offset), lowered(offset + 1))
      switch suffix {
      case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): offset += 2
      default: break
      }
      if offset < count, bytes[offset] == 0x2C { offset += 1 }
      guard isSpace(offset) else { continue }
      while isSpace(offset) { offset += 1 }
      guard (0..<4).allSatisfy({ isDigit(offset + $0) }),
        offset + 4 == count || !isWord(bytes[offset + 4])
      else { continue }
      return (form.month, day, digits(offset, 4))
    }
    return nil
  }

  /// Whether a short text holds a date: one that ``parse(_:)`` reads, or a numeric one with the
  /// day and the month in either order ("04/21/2022", "21.04.2022"), which `parse` leaves alone
  /// because it cannot tell which is which.
  func holdsDate(_ text: String) -> Bool {
    if parse(text) != nil { return true }
    guard Self.digitRuns(text) >= 3,
      let match = numericDate?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let first = Self.number(text, match.range(at: 1)),
      let second = Self.number(text, match.range(at: 2)),
      let year = Self.number(text, match.range(at: 3))
    else { return false }
    return Self.date(year: year, month: first, day: second) != nil
      || Self.date(year: year, month: second, day: first) != nil
  }

  /// The date of a line that is only a date, perhaps with a label and a time, or `nil`.
  ///
  /// Such lines look like "Published Nov 28, 2026" or "August 21, 2019 10:00 AM".
  func dateLine(_ line: String) -> Date? {
    guard line.utf8.count <= Self.maximumLength * 2, Self.hasYear(line), Self.mayHoldDate(line),
      Self.mayParse(line), Self.opensWithDigitOrMonth(line) || hasDateLinePrefix(line),
      line.split(separator: " ").count <= 10
    else { return nil }
    return read(line)
  }

  /// Whether the expression for a date line's opening reads a line: a label ("Published"), a
  /// weekday, then a digit or a month name.
  func hasDateLinePrefix(_ line: String) -> Bool {
    dateLinePrefix?.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
  }

  /// Whether a line opens with an ASCII digit or the first three letters of a month name, in
  /// either case: the openings of most date lines, which ``hasDateLinePrefix(_:)`` always reads
  /// (it needs no label or weekday), told without running the expression.
  static func opensWithDigitOrMonth(_ line: String) -> Bool {
    guard let first = line.utf8.first else { return false }
    return (first >= 0x30 && first <= 0x39) || opensWithMonthName(line.utf8)
  }

  /// Whether UTF-8 text opens with the first three letters of a month name, in either case
  /// ("Nov", "MARCH", "sept").
  static func opensWithMonthName(_ bytes: some Sequence<UInt8>) -> Bool {
    var start: UInt32 = 0
    var letters = 0
    for byte in bytes.prefix(3) {
      let lower = byte | 0x20
      guard lower >= 0x61 && lower <= 0x7A else { return false }
      start = start << 8 | UInt32(lower)
      letters += 1
    }
    return letters == 3 && monthStarts.contains(start)
  }

  /// Whether a text has four digits in a row (a year); dates without one are not read.
  static func hasYear(_ text: String) -> Bool {
    var run = 0
    for byte in text.utf8 {
      run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
      if run == 4 { return true }
    }
    return false
  }

  /// Whether a text has a month name or three numbers (a numeric date): a cheap test before
  /// the expressions, which lines such as "2019" or "Page 2" cannot pass.
  static func mayHoldDate(_ text: String) -> Bool {
    hasMonthName(text) || digitRuns(text) >= 3
  }

  /// Whether ``read(_:)`` could find a date in a text, by cheap scans of its bytes: the
  /// expressions cost far more, and many short lines with a year ("March 2019 (12)", an
  /// archive's link) hold no date.
  ///
  /// Every form `read` finds has a shape this passes: an ISO 8601 time stamp, three runs of
  /// digits (a numeric date), or a month name with a day before a year.
  static func mayParse(_ text: String) -> Bool {
    digitRuns(text) >= 3 || (hasMonthName(text) && hasDayBeforeYear(text))
      || isTimeStampShaped(text)
  }

  /// Whether a text has a run of one or two ASCII digits (a day) somewhere before a run of
  /// exactly four (a year), as both month-name forms do ("Nov 28, 2026", "28 November 2026").
  ///
  /// The expressions' `\d` also matches other scripts' digits, but the numbers they capture
  /// are read as ASCII, so a date that `read` returns has both runs.
  static func hasDayBeforeYear(_ text: String) -> Bool {
    var run = 0
    var day = false
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        run += 1
        continue
      }
      if run == 4 && day { return true }
      if run == 1 || run == 2 { day = true }
      run = 0
    }
    return run == 4 && day
  }

  /// The number of runs of digits in a text.
  static func digitRuns(_ text: String) -> Int {
    var runs = 0
    var inRun = false
    for byte in text.utf8 {
      let digit = byte >= 0x30 && byte <= 0x39
      if digit && !inRun { runs += 1 }
      inRun = digit
    }
    return runs
  }

  /// The first three letters of each month name, lowercase, packed into an integer (a list:
  /// searching twelve costs less than hashing for a set).
  private static let monthStarts: [UInt32] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map {
      $0.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

  /// Whether a run of ASCII letters in a text starts like a month name ("Nov", "November").
  static func hasMonthName(_ text: String) -> Bool {
    var start: UInt32 = 0
    var letters = 0
    for byte in text.utf8 {
      let lower = byte | 0x20
      guard lower >= 0x61 && lower <= 0x7A else {
        letters = 0
        start = 0
        continue
      }
      letters += 1
      if letters <= 3 { start = start << 8 | UInt32(lower) }
      if letters == 3, monthStarts.contains(start) { return true }
    }
    return false
  }

  /// Whether an ASCII byte is the first letter, in either case, of a word a timestamp can open
  /// with (see ``timestamp``).
  private static func opensTimestampWord(_ byte: UInt8) -> Bool {
    switch byte | 0x20 {
    case UInt8(ascii: "u"), UInt8(ascii: "p"), UInt8(ascii: "a"), UInt8(ascii: "o"),
      UInt8(ascii: "j"), UInt8(ascii: "y"), UInt8(ascii: "t"), UInt8(ascii: "n"):
      return true
    default: return false
    }
  }

  /// Whether a line could be a timestamp: it has a colon ("12:22"), a number before "am" or
  /// "pm", or ends with "ago", "now", "today" or "yesterday" (every form the expression reads).
  static func mayBeTimestamp(_ line: String) -> Bool {
    // The expression reads a line from its start: a digit, or a word it knows (a label, "an",
    // "one", "about", "just now", "yesterday"...); beyond ASCII, a digit of another script.
    guard let first = line.utf8.first,
      first >= 0x80 || (0x30...0x39).contains(first) || opensTimestampWord(first)
    else { return false }
    var afterDigit = false
    for byte in line.utf8 {
      if byte == 0x3A { return true }
      let lower = byte | 0x20
      if afterDigit && (lower == 0x61 || lower == 0x70) { return true }
      if byte >= 0x30 && byte <= 0x39 {
        afterDigit = true
      } else if byte != 0x20 {
        afterDigit = false
      }
    }
    return ["ago", "now", "today", "yesterday"].contains {
      TextDumpCleaner.hasSuffixIgnoringCase(line, $0)
    }
  }

  /// Whether a line is only a time or a relative time ("12:22 AM", "5 hours ago").
  func isTimestamp(_ line: String) -> Bool {
    guard line.utf8.count <= 48, Self.mayBeTimestamp(line) else { return false }
    return readsTimestamp(line)
  }

  /// Whether the timestamp expression reads a line: ``isTimestamp(_:)`` without its cheap tests.
  func readsTimestamp(_ line: String) -> Bool {
    timestamp?.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
  }

  /// Whether a text is shaped like an ISO 8601 time stamp ("2026-11-28T…"): only such text
  /// is worth a formatter's time.
  static func isTimeStampShaped(_ text: String) -> Bool {
    let bytes = Array(text.utf8.prefix(11))
    return text.utf8.count >= 11 && text.utf8.count <= 35 && bytes[4] == 0x2D
      && bytes[10] == 0x54 && bytes[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
  }

  private func iso8601(_ text: String) -> Date? {
    guard Self.isTimeStampShaped(text) else { return nil }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    // Made for each text: a formatter changes as it is set up and used, so one kept here could
    // not be shared by the threads a cleaner serves; texts shaped like a timestamp are few.
    let formatter = ISO8601DateFormatter()
    for options: ISO8601DateFormatter.Options in [
      [.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime],
    ] {
      formatter.formatOptions = options
      if let date = formatter.date(from: trimmed) { return date }
    }
    return nil
  }

  private static func number(_ text: String, _ range: NSRange) -> Int? {
    Range(range, in: text).flatMap { Int(text[$0]) }
  }

  /// The number of the month named in a range of a text ("Nov", "november.").
  private static func month(_ text: String, _ range: NSRange) -> Int? {
    guard let range = Range(range, in: text) else { return nil }
    // Without full stops at either end, trimmed scalar by scalar (no character set: this runs
    // on every date of a page).
    var name = Substring(text[range].lowercased()).unicodeScalars
    while name.first == "." { name.removeFirst() }
    while name.last == "." { name.removeLast() }
    return months[String(name)]
  }

  private static func date(year: Int, month: Int, day: Int) -> Date? {
    guard (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else {
      return nil
    }
    return utc.date(from: DateComponents(year: year, month: month, day: day))
  }

  /// The Gregorian calendar in UTC, made once: making one per date cost more than the reading.
  private static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }()
}
