/// Spells numbers as English words ("1,234.5" → "one thousand two hundred thirty-four point five").
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

  /// Spells a written number; digits past what scale words cover are read one by one.
  static func cardinal(_ written: String) -> String {
    let parts = written.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let integerDigits = parts[0].filter { $0.isASCII && $0.isNumber }
    var words = spellInteger(String(integerDigits))
    if parts.count == 2 {
      let fraction = parts[1].map { ones[Int(String($0)) ?? 0] }.joined(separator: " ")
      words += " point " + fraction
    }
    return words
  }

  /// Spells a string of decimal digits as an integer.
  static func spellInteger(_ digits: String) -> String {
    let trimmed = digits.drop { $0 == "0" }
    if trimmed.isEmpty { return "zero" }
    if trimmed.count > 3 * scales.count {
      return digits.map { ones[Int(String($0)) ?? 0] }.joined(separator: " ")
    }
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
      words.append(spellBelowThousand(group))
      if scale > 0 { words.append(scales[scale]) }
    }
    return words.joined(separator: " ")
  }

  /// Spells 1...999.
  static func spellBelowThousand(_ number: Int) -> String {
    var parts: [String] = []
    if number >= 100 {
      parts.append(ones[number / 100] + " hundred")
    }
    let rest = number % 100
    if rest >= 20 {
      parts.append(tens[rest / 10] + (rest % 10 > 0 ? "-" + ones[rest % 10] : ""))
    } else if rest > 0 {
      parts.append(ones[rest])
    }
    return parts.joined(separator: " ")
  }
}
