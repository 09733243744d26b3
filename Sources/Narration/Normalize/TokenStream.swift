/// Read-only access to a line's tokens with the small look-arounds the rules need.
struct TokenStream {
  let tokens: [Token]

  var count: Int { tokens.count }

  /// The text of token `index`, or "" past either end.
  func text(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].text : ""
  }

  /// The token at `index`, or nil past either end.
  subscript(_ index: Int) -> Token? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  func isNumber(_ index: Int) -> Bool { self[index]?.kind == .number }
  func isWord(_ index: Int) -> Bool { self[index]?.kind == .word }
  func isMark(_ index: Int, _ marks: String) -> Bool {
    guard let token = self[index], token.kind == .mark else { return false }
    return marks.includes(token.text)
  }

  /// Collects a run of numbers joined by one `mark` ("978-0-19", "1.1.3"), at most `limit` of them.
  ///
  /// Returns their texts and the index where the run stopped: the last number taken, or the
  /// number after it when the run goes on past `limit`.
  func numberRun(from index: Int, joinedBy mark: String, limit: Int) -> (
    texts: [String], end: Int
  ) {
    var texts: [String] = []
    var probe = index
    while isNumber(probe), texts.count < limit {
      texts.append(text(probe))
      guard isMark(probe + 1, mark), isNumber(probe + 2) else { break }
      probe += 2
    }
    return (texts, probe)
  }

  /// Whether token `index` is space that stays within the line (no line break).
  func isInlineSpace(_ index: Int) -> Bool {
    guard let token = self[index], token.kind == .space else { return false }
    return !token.breaksLine
  }

  /// Whether token `index` is the first of its line, after any space.
  func startsLine(_ index: Int) -> Bool {
    var probe = index - 1
    if isInlineSpace(probe) { probe -= 1 }
    guard let token = self[probe] else { return true }
    return token.kind == .space || token.breaksLine
  }

  /// `index`, or the index after it when token `index` is inline space.
  func skipSpace(_ index: Int) -> Int { isInlineSpace(index) ? index + 1 : index }

  /// The nearest token before `index` that is not space, if any.
  func previous(_ index: Int) -> Int? {
    var probe = index - 1
    if probe >= 0, tokens[probe].kind == .space { probe -= 1 }
    return probe >= 0 ? probe : nil
  }

  /// The indices before `index` on the same line, nearest first, at most `limit` tokens back
  /// (a bound, so that looking back from every number of a long line stays linear).
  func indicesBack(from index: Int, limit: Int = 40) -> some Sequence<Int> {
    (max(0, index - limit + 1)..<min(index, tokens.count)).reversed().lazy.prefix { probe in
      tokens[probe].kind != .space || !tokens[probe].breaksLine
    }
  }

  /// Whether nothing letter- or digit-like is glued to the start of token `index`.
  func startsFree(_ index: Int) -> Bool {
    guard let before = self[index - 1] else { return true }
    return before.kind == .space || (before.kind == .mark && "([{<\"'“‘«/".includes(before.text))
  }

  /// Whether no letter or digit is glued to the end of token `index - 1` (so a match ends here).
  func endsFree(_ index: Int) -> Bool {
    guard let after = self[index] else { return true }
    return after.kind == .space || after.kind == .mark
  }

  /// The digits of a whole number starting at `index`, with its extent; nil if not a number.
  func number(at index: Int) -> WrittenNumber? {
    guard isNumber(index) else { return nil }
    var integer = tokens[index].text
    var end = index + 1
    var grouped = false
    if integer.count <= 3 {
      while isMark(end, ","), isNumber(end + 1), tokens[end + 1].text.count == 3 {
        integer += tokens[end + 1].text
        end += 2
        grouped = true
      }
    }
    var fraction: String?
    if isMark(end, "."), isNumber(end + 1), !(isMark(end + 2, ".") && isNumber(end + 3)) {
      fraction = tokens[end + 1].text
      end += 2
    }
    return WrittenNumber(integer: integer, fraction: fraction, grouped: grouped, end: end)
  }
}

/// A number as written: its integer digits (separators removed), decimal digits and extent.
struct WrittenNumber {
  var integer: String
  var fraction: String?
  /// Written with thousands separators ("1,234").
  var grouped: Bool
  /// The index of the first token after the number.
  var end: Int

  /// Whether the number is exactly one (for singular units).
  var isOne: Bool { integer == "1" && fraction == nil }
  /// The integer value, when small enough to compute with.
  var value: Int? { integer.count <= 15 ? Int(integer) : nil }
  /// A plain integer with no separators or decimals.
  var isPlain: Bool { !grouped && fraction == nil }
}
