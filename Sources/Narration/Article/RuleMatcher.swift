import Foundation

/// The cleaning rules compiled once for one cleaning run, and asked line by line.
///
/// Lines longer than ``maximumLineLength`` are never matched: chrome lines are short, and this
/// keeps a page that is one huge line from costing a regular-expression pass per rule.
struct RuleMatcher {
  /// The longest line (in UTF-8 bytes) that whole-line rules are tried on.
  static let maximumLineLength = 250

  /// A compiled rule and the words that let it be tried (`nil`: always tried).
  private struct Compiled {
    let id: String
    let regex: NSRegularExpression
    let keywords: Set<String>?
    let maxWords: Int
  }

  /// For each keyword, a bit per whole-line rule (sections first, then line rules) it unlocks.
  private let keywordIndex: [String: UInt64]
  /// The bits of rules tried on every line (no keywords, or beyond the 64 bits of a mask).
  private let alwaysTried: UInt64
  /// The most words a line may have for each rule bit below 63.
  private let maxWordsByBit: [Int]

  private let lineRules: [Compiled]
  private let sectionRules: [Compiled]
  private let elementRules: [Compiled]
  /// Lowercased words that end with a full stop without ending a sentence.
  let abbreviations: Set<String>
  /// The ids of section rules whose part of the page can sit inside an article.
  let interruptingSections: Set<String>

  init(_ rules: CleaningRules) {
    func compile(_ scope: CleaningRules.Rule.Scope, whole: Bool) -> [Compiled] {
      rules.rules.filter { ($0.scope ?? .line) == scope }.compactMap { rule in
        let pattern = whole ? "^(?:" + rule.pattern + ")$" : rule.pattern
        // Patterns were checked when the rule file was parsed; a failure here skips the rule.
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        else { return nil }
        return Compiled(
          id: rule.id, regex: regex,
          keywords: rule.keywords.map { Set($0.map { $0.lowercased() }) },
          maxWords: rule.maxWords ?? Int.max)
      }
    }
    lineRules = compile(.line, whole: true)
    sectionRules = compile(.section, whole: true)
    elementRules = compile(.element, whole: false)
    abbreviations = rules.abbreviations
    interruptingSections = Set(
      rules.rules.filter { $0.scope == .section && $0.interrupts == true }.map(\.id))
    var index: [String: UInt64] = [:]
    var always: UInt64 = 0
    for (bit, rule) in (sectionRules + lineRules).enumerated() {
      guard bit < 64 else { break }
      let mask: UInt64 = 1 << UInt64(bit)
      guard let keywords = rule.keywords else {
        always |= mask
        continue
      }
      for keyword in keywords { index[keyword, default: 0] |= mask }
    }
    if sectionRules.count + lineRules.count > 64 { always |= 1 << 63 }
    keywordIndex = index
    alwaysTried = always
    maxWordsByBit = (sectionRules + lineRules).prefix(63).map(\.maxWords)
  }

  /// The section rule, else the line rule, that matches a whole line (each `nil` when none does).
  func match(_ line: String) -> (section: String?, line: String?) {
    guard !line.isEmpty, line.utf8.count <= Self.maximumLineLength else { return (nil, nil) }
    var mask = candidates(line)
    guard mask != 0 else { return (nil, nil) }
    let words = line.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
    for (bit, maxWords) in maxWordsByBit.enumerated() where words > maxWords {
      mask &= ~(1 << UInt64(bit))
    }
    guard mask != 0 else { return (nil, nil) }
    let range = NSRange(line.startIndex..., in: line)
    for (bit, rule) in sectionRules.enumerated() where tried(bit, mask) {
      if rule.regex.firstMatch(in: line, range: range) != nil { return (rule.id, nil) }
    }
    for (offset, rule) in lineRules.enumerated() where tried(sectionRules.count + offset, mask) {
      if rule.regex.firstMatch(in: line, range: range) != nil { return (nil, rule.id) }
    }
    return (nil, nil)
  }

  private func tried(_ bit: Int, _ mask: UInt64) -> Bool {
    bit >= 63 ? mask & (1 << 63) != 0 : mask & (1 << UInt64(bit)) != 0
  }

  /// The bits of the rules whose keywords occur in a line (runs of letters and digits
  /// lowercased, `#` for any number, other symbols such as `©` on their own).
  private func candidates(_ line: String) -> UInt64 {
    var mask = alwaysTried
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var hasDigit = false
    func finish() {
      guard !word.isEmpty else { return }
      mask |= keywordIndex[String(decoding: word, as: UTF8.self)] ?? 0
      word.removeAll(keepingCapacity: true)
    }
    for scalar in line.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        switch value {
        case 0x61...0x7A: word.append(UInt8(value))
        case 0x41...0x5A: word.append(UInt8(value + 0x20))
        case 0x30...0x39:
          word.append(UInt8(value))
          hasDigit = true
        case 0x20: finish()
        default:
          finish()
          mask |= keywordIndex[String(scalar)] ?? 0
        }
      } else if scalar.properties.isAlphabetic {
        word.append(contentsOf: String(scalar).lowercased().utf8)
      } else {
        finish()
        mask |= keywordIndex[String(scalar)] ?? 0
      }
    }
    finish()
    if hasDigit { mask |= keywordIndex["#"] ?? 0 }
    return mask
  }

  /// The id of the first line rule that matches the whole line, if any.
  func lineRule(_ line: String) -> String? {
    match(line).line
  }

  /// The id of the first section rule that matches the whole line, if any.
  func sectionRule(_ line: String) -> String? {
    match(line).section
  }

  /// The id of the first element rule found in an element's class and id, if any.
  func elementRule(_ classAndID: String) -> String? {
    guard !classAndID.isEmpty else { return nil }
    let range = NSRange(classAndID.startIndex..., in: classAndID)
    return elementRules.first { $0.regex.firstMatch(in: classAndID, range: range) != nil }?.id
  }

}
