import Foundation

/// The cleaning rules compiled once for one cleaning run, and asked line by line.
///
/// Lines longer than ``maximumLineLength`` are never matched: chrome lines are short, and this
/// keeps a page that is one huge line from costing a regular-expression pass per rule. Most
/// lines are settled by cheap checks before any regular expression runs: a rule's keywords
/// (looked up by a hash of each word's bytes), its word limit, literal phrases (a set look-up),
/// literal beginnings and endings, and the pieces of text its pattern requires (read from the
/// pattern by ``PatternLiterals``).
struct RuleMatcher: Sendable {
  /// The longest line (in UTF-8 bytes) that whole-line rules are tried on.
  static let maximumLineLength = 250

  /// A compiled rule and the checks that let it be tried.
  ///
  /// A class: a line is asked of many rules, and a rule read out of a list is then one
  /// reference to count instead of one per field.
  fileprivate final class Compiled: Sendable {
    let id: String
    let regex: LazyRegularExpression?
    /// Whole lines, lowercased and without trailing punctuation.
    let phrases: Set<String>
    /// Lowercased literal pieces.
    let pieces: PieceSet
    /// Lowercased literal beginnings and endings, as bytes.
    let starts: [[UInt8]]
    let ends: [[UInt8]]
    let keywords: Set<String>?
    let maxWords: Int
    /// What every match of the pattern in an ASCII line holds (see ``PatternLiterals``); `nil`
    /// when the pattern says nothing.
    let required: RequiredPieces?

    init(
      id: String, regex: LazyRegularExpression?, phrases: Set<String>, pieces: PieceSet,
      starts: [[UInt8]], ends: [[UInt8]], keywords: Set<String>?, maxWords: Int,
      required: RequiredPieces?
    ) {
      self.id = id
      self.regex = regex
      self.phrases = phrases
      self.pieces = pieces
      self.starts = starts
      self.ends = ends
      self.keywords = keywords
      self.maxWords = maxWords
      self.required = required
    }

    /// The literal beginnings and endings that every match of the rule has, when the rule
    /// matches by its pattern alone (no phrases or pieces) and gives some; `nil` otherwise.
    var edges: (starts: [[UInt8]], ends: [[UInt8]])? {
      guard regex != nil, phrases.isEmpty, pieces.isEmpty, !starts.isEmpty || !ends.isEmpty,
        !starts.contains(where: \.isEmpty), !ends.contains(where: \.isEmpty)
      else { return nil }
      return (starts, ends)
    }

    /// Whether the rule matches a whole line (`lowered` is the line in lowercase, and `ascii`
    /// says whether it is all ASCII).
    func matches(_ line: String, lowered: String, ascii: Bool) -> Bool {
      if !phrases.isEmpty, phrases.contains(RuleMatcher.phraseKey(lowered)) { return true }
      if !pieces.isEmpty, pieces.found(in: lowered) { return true }
      guard let regex else { return false }
      if !starts.isEmpty || !ends.isEmpty {
        guard RuleMatcher.hasEdge(lowered, starts: starts, ends: ends) else { return false }
      }
      if ascii, let required, !required.met(by: lowered) { return false }
      return regex.matches(in: line)
    }
  }

  /// The whole-line rules each keyword unlocks (see ``KeywordIndex``).
  private let keywords: KeywordIndex
  /// The edge rules each keyword unlocks.
  private let edgeKeywords: KeywordIndex
  /// For each number of words up to one past the largest word limit of a rule, the bits of
  /// the rules (below bit 63) whose limit a line of that many words is over, cleared.
  private let withinWordLimits: [UInt64]
  /// The rules a line may match by its first and by its last byte (see ``EdgeBytes``).
  private let edgeBytes: EdgeBytes

  private let lineRules: [Compiled]
  /// The line rules also tried on the end of a long line (see
  /// ``CleaningRules/Rule/matchesLongLineEnd``).
  private let longLineEndRules: [Compiled]
  private let sectionRules: [Compiled]
  private let elementRules: [Compiled]
  private let edgeRules: [Compiled]
  private let embedRules: [Compiled]
  /// Lowercased words that end with a full stop without ending a sentence.
  let abbreviations: Set<String>
  /// The ids of section rules whose part of the page can sit inside an article.
  let interruptingSections: Set<String>
  /// The ids of section rules whose part of the page closes an article (see
  /// ``CleaningRules/Rule/closes``).
  let closingSections: Set<String>
  /// The ids of line rules whose lines close an article in a text dump (see
  /// ``CleaningRules/Rule/closes``).
  let closingLines: Set<String>
  /// The ids of line rules that match photo credits (see ``CleaningRules/Rule/marksCaption``).
  let captionMarkers: Set<String>
  /// The ids of line rules that match the links closing teasers (see
  /// ``CleaningRules/Rule/marksTeaser``).
  let teaserMarkers: Set<String>
  /// The ids of line rules that match the lines of sign-up forms (see
  /// ``CleaningRules/Rule/marksForm``).
  let formMarkers: Set<String>

  init(_ rules: CleaningRules) {
    func compile(_ scope: CleaningRules.Rule.Scope, whole: Bool) -> [Compiled] {
      rules.rules.filter { ($0.scope ?? .line) == scope }.map { rule in
        // Compiled when a line first reaches it: most lines are settled before any pattern.
        let regex = rule.pattern.map {
          LazyRegularExpression(
            pattern: whole ? "^(?:" + $0 + ")$" : $0, options: [.caseInsensitive])
        }
        let lower = { (texts: [String]?) in (texts ?? []).map { $0.lowercased() } }
        return Compiled(
          id: rule.id, regex: regex, phrases: Set(lower(rule.phrases).map(Self.phraseKey)),
          pieces: PieceSet(lower(rule.contains).map { Array($0.utf8) }),
          starts: lower(rule.startsWith).map { Array($0.utf8) },
          ends: lower(rule.endsWith).map { Array(Self.withoutTrailingStops($0).utf8) },
          keywords: rule.keywords.map { Set($0.map { $0.lowercased() }) },
          maxWords: rule.maxWords ?? Int.max,
          // Searched patterns (HTML classes, addresses) are run without this check.
          required: whole
            ? rule.pattern.flatMap(PatternLiterals.required).map(RequiredPieces.init) : nil)
      }
    }
    lineRules = compile(.line, whole: true)
    let endIDs = Set(rules.rules.filter { $0.matchesLongLineEnd == true }.map(\.id))
    longLineEndRules = lineRules.filter { endIDs.contains($0.id) }
    sectionRules = compile(.section, whole: true)
    elementRules = compile(.element, whole: false)
    edgeRules = compile(.edge, whole: true)
    embedRules = compile(.embed, whole: false)
    abbreviations = rules.abbreviations
    interruptingSections = Set(
      rules.rules.filter { $0.scope == .section && $0.interrupts == true }.map(\.id))
    closingSections = Set(
      rules.rules.filter { $0.scope == .section && $0.closes == true }.map(\.id))
    closingLines = Set(
      rules.rules.filter { ($0.scope ?? .line) == .line && $0.closes == true }.map(\.id))
    captionMarkers = Set(
      rules.rules.filter { ($0.scope ?? .line) == .line && $0.marksCaption == true }.map(\.id))
    teaserMarkers = Set(
      rules.rules.filter { ($0.scope ?? .line) == .line && $0.marksTeaser == true }.map(\.id))
    formMarkers = Set(
      rules.rules.filter { ($0.scope ?? .line) == .line && $0.marksForm == true }.map(\.id))
    keywords = KeywordIndex(sectionRules + lineRules)
    edgeKeywords = KeywordIndex(edgeRules)
    edgeBytes = EdgeBytes((sectionRules + lineRules).map(\.edges))
    let limits = (sectionRules + lineRules).prefix(63).map(\.maxWords)
    let largest = limits.filter { $0 != Int.max }.max() ?? 0
    withinWordLimits = (0...(largest + 1)).map { words in
      var mask = UInt64.max
      for (bit, maxWords) in limits.enumerated() where words > maxWords {
        mask &= ~(1 << UInt64(bit))
      }
      return mask
    }
  }

  /// The section rule, else the line rule, that matches a whole line (each `nil` when none does).
  func match(_ line: String) -> (section: String?, line: String?) {
    guard !line.isEmpty else { return (nil, nil) }
    guard line.utf8.count <= Self.maximumLineLength else { return (nil, longLineEndRule(line)) }
    var (mask, words) = candidates(line)
    mask &= edgeBytes.possible(line)
    guard mask != 0 else { return (nil, nil) }
    mask &= withinWordLimits[min(words, withinWordLimits.count - 1)]
    guard mask != 0 else { return (nil, nil) }
    let (lowered, ascii) = Self.lowercased(line)
    // By index: a rule is only read when its bit is set.
    for bit in sectionRules.indices where tried(bit, mask) {
      let rule = sectionRules[bit]
      if rule.matches(line, lowered: lowered, ascii: ascii) { return (rule.id, nil) }
    }
    for offset in lineRules.indices where tried(sectionRules.count + offset, mask) {
      let rule = lineRules[offset]
      if rule.matches(line, lowered: lowered, ascii: ascii) { return (nil, rule.id) }
    }
    return (nil, nil)
  }

  /// The most bytes of a long line whose end the rules that ask for it are tried on.
  static let longLineEnd = 160

  /// The first rule for long line ends that matches the end of a long line closing with a
  /// bracket (a caption ending with its credit), if any; lines of more than four times the
  /// limit are left alone.
  private func longLineEndRule(_ line: String) -> String? {
    guard !longLineEndRules.isEmpty, line.utf8.last == 0x29,
      line.utf8.count <= 4 * Self.maximumLineLength
    else { return nil }
    let end = String(String.UnicodeScalarView(line.unicodeScalars.suffix(Self.longLineEnd)))
    let (lowered, ascii) = Self.lowercased(end)
    return longLineEndRules.first { $0.matches(end, lowered: lowered, ascii: ascii) }?.id
  }

  private func tried(_ bit: Int, _ mask: UInt64) -> Bool {
    bit >= 63 ? mask & (1 << 63) != 0 : mask & (1 << UInt64(bit)) != 0
  }

  /// The bits of the rules whose keywords occur in a line, and its number of words (see
  /// ``KeywordIndex/candidates(_:)``).
  private func candidates(_ line: String) -> (mask: UInt64, words: Int) {
    // One reference to hold for the scan, whatever the tables it reads.
    let keywords = keywords
    return line.utf8.withContiguousStorageIfAvailable(keywords.candidates)
      ?? Array(line.utf8).withUnsafeBufferPointer(keywords.candidates)
  }

  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  /// The FNV-1a hash of some bytes.
  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    // A string's bytes are read quickest as one buffer.
    bytes.withContiguousStorageIfAvailable(hash(buffer:))
      ?? bytes.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
  }

  /// The FNV-1a hash of a buffer of bytes.
  private static func hash(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
    buffer.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
  }

  /// A line in lowercase, as `String.lowercased()` gives it (each scalar's lowercase
  /// mapping), and whether the line is all ASCII.
  ///
  /// Lowercases ASCII a byte at a time, and only looks up the mapping of the scalars beyond it:
  /// the standard library looks up every scalar of a line that has a single one (a curly quote).
  static func lowercased(_ line: String) -> (text: String, ascii: Bool) {
    let asciiText = line.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for (offset, byte) in bytes.enumerated() { buffer[offset] = ASCIIWord.lowercased(byte) }
        return bytes.count
      }
    }
    if let text = asciiText ?? nil { return (text, true) }
    // A lowercase mapping is at most twice as long as its scalar in UTF-8 ("İ" gives "i̇").
    let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * line.utf8.count) {
      buffer -> String? in
      var count = 0
      for scalar in line.unicodeScalars {
        if scalar.isASCII {
          buffer[count] = ASCIIWord.lowercased(UInt8(scalar.value))
          count += 1
          continue
        }
        for byte in scalar.properties.lowercaseMapping.utf8 {
          guard count < buffer.count else { return nil }
          buffer[count] = byte
          count += 1
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
    return (text ?? line.lowercased(), !line.utf8.contains { $0 >= 0x80 })
  }

  /// A lowercased line as ``Compiled/phrases`` holds it: without surrounding spaces and
  /// trailing punctuation and arrows.
  static func phraseKey(_ lowered: String) -> String {
    var scalars = Substring(lowered).unicodeScalars
    while let last = scalars.last, " .!:…>»›→|".unicodeScalars.contains(last) {
      scalars.removeLast()
    }
    while let first = scalars.first, first == " " { scalars.removeFirst() }
    return String(scalars)
  }

  /// A text without trailing spaces and full stops.
  static func withoutTrailingStops(_ text: String) -> Substring {
    var end = text.endIndex
    while end > text.startIndex {
      let before = text.index(before: end)
      guard text[before] == " " || text[before] == "." else { break }
      end = before
    }
    return text[..<end]
  }

  /// Whether a text starts with one of `starts` or ends, before trailing spaces and full stops,
  /// with one of `ends`.
  static func hasEdge(_ text: String, starts: [[UInt8]], ends: [[UInt8]]) -> Bool {
    func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      for start in starts where start.count <= bytes.count {
        if bytes[0..<start.count].elementsEqual(start) { return true }
      }
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2E { end -= 1 }
      for ending in ends where ending.count <= end {
        if bytes[(end - ending.count)..<end].elementsEqual(ending) { return true }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(check)
      ?? Array(text.utf8).withUnsafeBufferPointer(check)
  }

  /// Whether a text contains some bytes.
  static func contains(_ text: String, _ piece: [UInt8]) -> Bool {
    guard let first = piece.first else { return true }
    func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard bytes.count >= piece.count else { return false }
      var start = 0
      while start <= bytes.count - piece.count {
        if bytes[start] == first, bytes[start..<(start + piece.count)].elementsEqual(piece) {
          return true
        }
        start += 1
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(search)
      ?? Array(text.utf8).withUnsafeBufferPointer(search)
  }

  /// The id of the first line rule that matches the whole line, if any.
  func lineRule(_ line: String) -> String? {
    match(line).line
  }

  /// The id of the first section rule that matches the whole line, if any.
  func sectionRule(_ line: String) -> String? {
    match(line).section
  }

  /// The id of the first edge rule that matches a whole line, if any.
  ///
  /// Edge rules are few and asked only about the first and last paragraphs of an article:
  /// their keywords are the only pre-check, which spares the long paragraphs a regular
  /// expression each.
  ///
  /// A paragraph too long to be tried whole is tried by its label alone, when it opens with one
  /// ("Disclaimer (varies by section): News articles on this site…"): a long plea or disclaimer
  /// says what it is before its colon, where a story's paragraph does not.
  func edgeRule(_ line: String) -> String? {
    guard !line.isEmpty else { return nil }
    guard line.utf8.count <= Self.maximumLineLength * 2 else {
      return Self.label(of: line).flatMap(edgeRule)
    }
    let edgeKeywords = edgeKeywords
    let mask =
      line.utf8.withContiguousStorageIfAvailable(edgeKeywords.candidates)?.mask
      ?? Array(line.utf8).withUnsafeBufferPointer(edgeKeywords.candidates).mask
    guard mask != 0 else { return nil }
    let (lowered, ascii) = Self.lowercased(line)
    for bit in edgeRules.indices where tried(bit, mask) {
      let rule = edgeRules[bit]
      if rule.matches(line, lowered: lowered, ascii: ascii) { return rule.id }
    }
    return nil
  }

  /// The most bytes before the colon that ends a paragraph's label.
  static let labelLength = 80
  /// The most words of a paragraph's label.
  static let labelWords = 8

  /// The text before a colon near the start of `line` ("Disclaimer" in "Disclaimer: …"), when
  /// it is short enough to be a label.
  static func label(of line: String) -> String? {
    guard let colon = line.utf8.prefix(labelLength).firstIndex(of: UInt8(ascii: ":")) else {
      return nil
    }
    let label = line[..<colon]
    guard !label.isEmpty, label.split(separator: " ").count <= labelWords else { return nil }
    return String(label)
  }

  /// The id of the first element rule found in an element's class and id, if any.
  func elementRule(_ classAndID: String) -> String? {
    guard !classAndID.isEmpty else { return nil }
    return elementRules.first { $0.regex?.matches(in: classAndID) == true }?.id
  }

  /// The id of the first embed rule found in an address that a quote cites or links to, if any.
  func embedRule(_ address: String) -> String? {
    guard !address.isEmpty else { return nil }
    return embedRules.first { $0.regex?.matches(in: address) == true }?.id
  }

}

/// The whole-line rules each keyword unlocks, and the scan of a line for its keywords.
///
/// A class: a line's scan reads several tables, and holds one reference for them all.
private final class KeywordIndex: Sendable {
  /// For the hash of each keyword, a bit per whole-line rule it unlocks (sections first).
  ///
  /// A hash collision only lets a rule be tried needlessly.
  let table: IntegerKeyTable<UInt64>
  /// The bits of rules tried on every line (no keywords, or beyond the 64 bits of a mask).
  let always: UInt64
  /// The rule bits of each byte read as a symbol on its own ("/", "_", "["), looked up once.
  let symbols: [UInt64]
  /// The rule bits of `#`, the keyword of any number.
  let number: UInt64

  /// The index of some rules' keywords, a rule's bit its place among them (past the 63rd, they
  /// share bit 63 and are always tried).
  init(_ rules: [RuleMatcher.Compiled]) {
    var index: [UInt64: UInt64] = [:]
    var always: UInt64 = 0
    for (bit, rule) in rules.enumerated() {
      guard bit < 64 else { break }
      let mask: UInt64 = 1 << UInt64(bit)
      guard let keywords = rule.keywords else {
        always |= mask
        continue
      }
      for keyword in keywords { index[TokenHash.of(keyword.utf8), default: 0] |= mask }
    }
    if rules.count > 64 { always |= 1 << 63 }
    let table = IntegerKeyTable(index, missing: 0)
    self.table = table
    self.always = always
    symbols = (0...255).map { table[TokenHash.of([UInt8($0)])] }
    number = table[TokenHash.of("#".utf8)]
  }

  /// The bits of the rules whose keywords occur in a line (runs of letters and digits
  /// lowercased, `#` for any number, other symbols such as `©` on their own), and the number
  /// of words (runs of characters between spaces).
  func candidates(_ bytes: UnsafeBufferPointer<UInt8>) -> (mask: UInt64, words: Int) {
    var mask = always
    var state = TokenHash.start
    var inKeyword = false
    var hasDigit = false
    var words = 1
    var decoder = UTF8Accumulator()
    // Where the multi-byte sequence being decoded started: its bytes are the scalar's UTF-8,
    // hashed as they stand instead of through a string made for each scalar.
    var start = 0
    let keywordByte = TokenHash.keywordByte
    for offset in bytes.indices {
      let byte = bytes[offset]
      if decoder.isPending {
        guard let scalar = decoder.add(byte) else { continue }
        let raw = UnsafeBufferPointer(rebasing: bytes[start...offset])
        let properties = scalar.properties
        if properties.isAlphabetic {
          if properties.changesWhenLowercased {
            for byte in String(scalar).lowercased().utf8 { state = TokenHash.add(byte, to: state) }
          } else {
            for byte in raw { state = TokenHash.add(byte, to: state) }
          }
          inKeyword = true
        } else {
          if inKeyword { mask |= table[TokenHash.finish(state)] }
          (state, inKeyword) = (TokenHash.start, false)
          mask |= table[TokenHash.of(raw)]
        }
        continue
      }
      // Letters (in lowercase) and digits go on a keyword.
      let letter = keywordByte[Int(byte)]
      if letter != 0 {
        state = TokenHash.add(letter, to: state)
        inKeyword = true
        if letter <= 0x39 { hasDigit = true }
        continue
      }
      if byte >= 0xC0 && byte < 0xF8 {
        decoder.start(byte)
        start = offset
        continue
      }
      if inKeyword { mask |= table[TokenHash.finish(state)] }
      (state, inKeyword) = (TokenHash.start, false)
      if byte == 0x20 {
        words += 1
      } else {
        mask |= symbols[Int(byte)]
      }
    }
    if inKeyword { mask |= table[TokenHash.finish(state)] }
    if hasDigit { mask |= number }
    return (mask, words)
  }
}

/// The hash of a keyword's bytes, taken a byte at a time as a line is read.
///
/// A rotation and an exclusive or per byte (no multiplication to wait for), mixed once at the
/// end of the keyword. A collision only lets a rule be tried needlessly.
private enum TokenHash {
  static let start: UInt64 = 0x9E37_79B9_7F4A_7C15

  @inline(__always)
  static func add(_ byte: UInt8, to state: UInt64) -> UInt64 {
    (state << 5 | state >> 59) ^ UInt64(byte)
  }

  @inline(__always)
  static func finish(_ state: UInt64) -> UInt64 {
    let mixed = (state ^ state >> 31) &* 0xFF51_AFD7_ED55_8CCD
    return mixed ^ mixed >> 33
  }

  static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
    finish(bytes.reduce(start) { add($1, to: $0) })
  }

  /// For each byte, itself in lowercase when it is an ASCII letter or digit, else 0.
  static let keywordByte: [UInt8] = (0...255).map { byte in
    switch byte {
    case 0x30...0x39, 0x61...0x7A: UInt8(byte)
    case 0x41...0x5A: UInt8(byte + 0x20)
    default: 0
    }
  }
}
