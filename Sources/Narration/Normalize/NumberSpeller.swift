/// Spells numbers as English words: cardinals, ordinals, years, decimals and digit strings.
///
/// Compound numbers are written with a space ("forty nine"): eSpeak NG reduces the vowel of
/// "forty" before a hyphen, which a listener hears as a different word.
/// `british` adds the "and" British English puts after hundreds ("one hundred and five").
enum NumberSpeller {
  private static let ones = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
  ]
  private static let tens = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  ]
  private static let scales = [
    "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion",
  ]
  private static let irregularOrdinals = [
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
  ]

  /// Longest digit string read as a whole number; longer ones are read digit by digit.
  static let maximumDigits = 3 * scales.count
  /// Longest digit string without thousands separators read as a whole number: nobody writes
  /// quadrillions without commas, so longer runs are codes or account numbers.
  static let maximumUngroupedDigits = 15

  /// Reads each digit on its own, zero as "oh" the way people read codes, telephone numbers
  /// and decimals ("042" → "oh four two", "3.05" → "three point oh five").
  static func digits(_ digits: some StringProtocol, zero: Bool = false) -> String {
    var words: [String] = []
    words.reserveCapacity(digits.count)
    for character in digits {
      if let value = character.wholeNumberValue, value < 10 {
        words.append(value == 0 && !zero ? "oh" : ones[value])
      }
    }
    return words.joined(separator: " ")
  }

  /// Spells a string of decimal digits as a whole number, or digit by digit past the limit.
  static func cardinal(_ digits: some StringProtocol, british: Bool = false) -> String {
    let trimmed = digits.drop { $0 == "0" }
    if trimmed.isEmpty { return "zero" }
    if trimmed.count > maximumDigits { return Self.digits(digits) }
    var groups: [Int] = []
    var end = trimmed.endIndex
    while end > trimmed.startIndex {
      let start =
        trimmed.index(end, offsetBy: -3, limitedBy: trimmed.startIndex) ?? trimmed.startIndex
      groups.append(Int(trimmed[start..<end]) ?? 0)
      end = start
    }
    var words: [String] = []
    for (scale, group) in groups.enumerated().reversed() where group > 0 {
      if british, scale == 0, groups.count > 1, group < 100 { words.append("and") }
      words.append(belowThousand(group, british: british))
      if scale > 0 { words.append(scales[scale]) }
    }
    return words.joined(separator: " ")
  }

  /// Spells a whole number.
  static func cardinal(_ number: Int, british: Bool = false) -> String {
    number < 0
      ? "minus " + cardinal(String(-number), british: british)
      : cardinal(String(number), british: british)
  }

  /// Spells 1...999.
  static func belowThousand(_ number: Int, british: Bool = false) -> String {
    var parts: [String] = []
    if number >= 100 { parts.append(ones[number / 100] + " hundred") }
    let rest = number % 100
    if number >= 100, rest > 0, british { parts.append("and") }
    if rest >= 20 {
      parts.append(tens[rest / 10] + (rest % 10 > 0 ? " " + ones[rest % 10] : ""))
    } else if rest > 0 {
      parts.append(ones[rest])
    }
    return parts.joined(separator: " ")
  }

  /// Reads a number with a decimal part ("3.14" → "three point one four").
  static func decimal(
    integer: some StringProtocol, fraction: some StringProtocol, british: Bool = false
  ) -> String {
    let whole = integer.isEmpty ? "" : cardinal(integer, british: british) + " "
    // "2.0" is "two point zero"; zeros among other digits are "oh" ("3.05", "2.00").
    return whole + "point " + (fraction == "0" ? "zero" : digits(fraction))
  }

  /// Turns the last word of a spelled number into its ordinal ("twenty one" → "twenty first").
  static func ordinal(of words: String) -> String {
    var head = ""
    var last = Substring(words)
    if let cut = words.lastIndex(where: { $0 == " " || $0 == "-" }) {
      head = String(words[...cut])
      last = words[words.index(after: cut)...]
    }
    if let irregular = irregularOrdinals[String(last)] { return head + irregular }
    if last.hasSuffix("y") { return head + last.dropLast() + "ieth" }
    return head + last + "th"
  }

  /// Spells an ordinal number ("21" → "twenty first").
  static func ordinal(_ digits: some StringProtocol, british: Bool = false) -> String {
    ordinal(of: cardinal(digits, british: british))
  }

  /// Reads a number below 100 as the second half of a pair: minutes on a clock, the last two
  /// digits of a house or model number ("5" → "oh five", "45" → "forty five").
  static func pair(_ value: Int) -> String {
    value < 10 ? "oh " + cardinal(value) : cardinal(value)
  }

  /// Makes the last word of a spelled number plural ("nineteen ninety" → "nineteen nineties").
  static func plural(of words: String) -> String {
    if words.hasSuffix("y") { return words.dropLast() + "ies" }
    if words.hasSuffix("x") { return words + "es" }
    return words + "s"
  }

  /// Reads a year of an era ("AD", "BC"), which may be short or far back.
  ///
  /// "340" → "three forty", "79" → "seventy nine", "2500" → "twenty five hundred", "3000" →
  /// "three thousand".
  static func eraYear(_ value: Int, british: Bool = false) -> String {
    if let year = year(value, british: british) { return year }
    guard (100...9999).contains(value), value % 1000 != 0 else {
      return cardinal(value, british: british)
    }
    let rest = value % 100
    if rest == 0 { return belowThousand(value / 100) + " hundred" }
    // "604" → "six oh four", as a year in a span is said; not past a thousand ("2205 BC").
    if rest < 10 {
      return value < 1000 ? spanYear(value, british: british) : cardinal(value, british: british)
    }
    return belowThousand(value / 100) + " " + belowThousand(rest)
  }

  /// Reads a year of a span of years ("618–907"), which may have three digits.
  ///
  /// "618" → "six eighteen", "907" → "nine oh seven", "600" → "six hundred"; from 1000 on, as
  /// ``year(_:british:)`` reads it.
  static func spanYear(_ value: Int, british: Bool = false) -> String {
    guard (100...999).contains(value) else {
      return year(value, british: british) ?? cardinal(value, british: british)
    }
    let rest = value % 100
    let head = ones[value / 100]
    if rest == 0 { return head + " hundred" }
    return head + " " + pair(rest)
  }

  /// Reads a year the way people say it ("1994" → "nineteen ninety four", "2001" → "two
  /// thousand one", "1908" → "nineteen oh eight"); nil outside 1000...2099.
  static func year(_ value: Int, british: Bool = false) -> String? {
    guard (1000...2099).contains(value) else { return nil }
    let century = value / 100
    let rest = value % 100
    if (2000...2009).contains(value) || value % 1000 == 0 {
      return cardinal(value, british: british)
    }
    let head = belowThousand(century)
    if rest == 0 { return head + " hundred" }
    if rest < 10 { return head + " oh " + ones[rest] }
    return head + " " + belowThousand(rest)
  }
}
