/// Readers for ranges, records, scores, ratios and fractions: "10-15", "3 : 1", "3/4".
extension Normalizer {
  /// Reads "10-15", "2014–2022" and "52-48": the first number, then "to", leaving the second.
  func readRange(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    let dash = stream.skipSpace(number.end)
    guard stream.isMark(dash, "-–—"), stream.startsFree(index) || stream.isMark(index - 1, "$")
    else { return nil }
    let spacedBefore = dash != number.end
    let second = stream.skipSpace(dash + 1)
    let arithmetic = stream.number(at: second).map { stream.isMark(stream.skipSpace($0.end), "=") }
    guard spacedBefore == (second != dash + 1) || arithmetic == true,
      let other = stream.number(at: second),
      // A code that goes on ("7-220-kx-4"), not a range.
      !stream.isMark(other.end, "-")
        || !(stream.isNumber(other.end + 1) || stream.isWord(other.end + 1))
    else { return nil }
    if !spacedBefore, let variant = readModelVariant(stream, number, other, at: index) {
      return variant
    }
    if let span = readYearSpan(stream, number, other, at: index) { return span }
    // A date after a number that is no day is no end of a range: "Top 100 - 15th March".
    if number.value.map({ $0 > 31 }) ?? true, other.isPlain, other.integer.count <= 2,
      readDayMonth(stream, at: second) != nil
    {
      return nil
    }
    // A range of quantities ("1500-2000 km") is not a range of years.
    let first =
      unit(stream, at: other.end) != nil ? say(number) : say(number, stream: stream, at: index)
    if stream.isMark(stream.skipSpace(other.end), "=") {
      // Arithmetic: "7-3=4" → "seven minus three equals four".
      return Reading(spoken: say(number) + " minus ", end: second)
    }
    if other.integer.hasPrefix("0"), other.integer.count > 1 {
      // Seasons: "2003-04" → "two thousand three to four".
      guard number.integer.count == 4, other.integer.count == 2, other.isPlain else { return nil }
      let spoken = first + " to " + NumberSpeller.cardinal(other.integer)
      return Reading(spoken: spoken, end: other.end)
    }
    if isRecord(stream, number, other, at: index) {
      // A team's wins and losses: "a 10-2 record" → "ten and two"; no losses are "oh", as
      // sportscasters say it ("a 4-0 start" → "four and oh").
      if other.integer == "0" {
        return Reading(spoken: say(number) + " and oh", end: other.end)
      }
      return Reading(spoken: say(number) + " and ", end: second)
    }
    return Reading(spoken: first + " to ", end: second)
  }

  /// Whether two numbers with a dash are a team's record of wins and losses ("a 10-2 record",
  /// "the Jets are 2-5 this season"), by the words around them (score-context.tsv).
  private func isRecord(
    _ stream: TokenStream, _ number: WrittenNumber, _ other: WrittenNumber, at index: Int
  ) -> Bool {
    guard number.isPlain, other.isPlain, number.integer.count <= 3, other.integer.count <= 3,
      !other.integer.hasPrefix("0") || other.integer == "0", stream.endsFree(other.end)
    else { return false }
    func words(_ kind: String) -> Set<String> { tables.scoreContext[kind] ?? [] }
    // The words after the numbers, up to three, within the sentence.
    var after: [String] = []
    var probe = other.end
    while after.count < 3, stream.isInlineSpace(probe), let word = stream[probe + 1],
      word.kind == .word
    {
      after.append(word.text.lowercased())
      probe += 2
    }
    if let next = after.first, words("record").contains(next) { return true }
    // The words before, nearest first.
    var before: [String] = []
    for back in stream.indicesBack(from: index, limit: 12) where before.count < 4 {
      let token = stream.tokens[back]
      if token.kind == .mark, ".!?;:,".includes(token.text) { break }
      if token.kind == .word { before.append(token.text.lowercased()) }
    }
    if let record = before.firstIndex(where: { words("record").contains($0) }),
      before[..<record].allSatisfy({ words("link").contains($0) })
    {
      return true
    }
    // A verb of standing and a word of the season after, unless a word of results is what
    // stands: "the Jets are 2-5 this season", not "the score is 2-1 at home".
    return before.first.map { words("standing").contains($0) } == true
      && after.contains { words("season").contains($0) }
      && !before.dropFirst().prefix(2).contains { words("tally").contains($0) }
  }

  /// Whether nothing a number could count follows the number ending at `end`: the line ends,
  /// a mark of punctuation or a word that starts or joins a clause comes next.
  func endsClause(_ stream: TokenStream, at end: Int) -> Bool {
    guard let next = stream[end] else { return true }
    if next.kind == .space, next.breaksLine { return true }
    if next.kind == .mark { return ",.;:)!?".includes(next.text) && !stream.isNumber(end + 1) }
    guard next.kind == .space, let word = stream[end + 1] else { return next.kind == .space }
    if word.kind == .mark { return ",;:)".includes(word.text) }
    return word.kind == .word && tables.clauseWords.contains(word.text)
  }

  /// Reads ratios and scores written with a colon: "1:250,000", "3 : 1" → "one to ...".
  func readRatio(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    let colon = stream.skipSpace(number.end)
    guard stream.isMark(colon, ":"), stream.startsFree(index) else { return nil }
    let second = stream.skipSpace(colon + 1)
    guard (colon != number.end) == (second != colon + 1), let other = stream.number(at: second)
    else {
      return nil
    }
    if colon == number.end, number.isPlain, other.isPlain, stream.isMark(other.end, "-–"),
      let last = stream.number(at: other.end + 1), last.isPlain, stream.endsFree(last.end)
    {
      // A chapter and a range of verses: "Matthew 5:3-12" → "five three to twelve".
      let spoken = say(number) + " " + say(other) + " to " + say(last)
      return Reading(spoken: spoken, end: last.end)
    }
    return Reading(spoken: say(number) + " to ", end: second)
  }

  /// Reads "3/4" as "three quarters", "1/2" as "one half", "22/3" as "twenty two thirds" and
  /// "2 1/2" as "two and a half".
  func readFraction(_ stream: TokenStream, _ number: WrittenNumber, at index: Int)
    -> Reading?
  {
    // A whole number followed by a fraction: "2 1/2".
    if number.isPlain, stream.isInlineSpace(number.end),
      let part = fraction(stream, at: number.end + 1)
    {
      let words =
        part.numerator == 1 && part.spoken.hasPrefix("one ")
        ? "a" + part.spoken.dropFirst(3) : part.spoken
      let spoken = say(number) + " and " + words
      return Reading(spoken: spoken, end: part.end)
    }
    guard let part = fraction(stream, at: index) else { return nil }
    if part.end == number.end + 2, stream.isInlineSpace(part.end),
      let noun = stream[part.end + 1], noun.kind == .word, isCountedNoun(noun.text),
      !tables.shareNouns.contains(noun.text.lowercased()),
      let bottom = stream.number(at: number.end + 1), bottom.value ?? 0 > 2
    {
      // People counted: "9/10 people agree" → "nine out of ten people".
      return Reading(spoken: say(number) + " out of " + say(bottom), end: part.end)
    }
    return Reading(spoken: part.spoken, end: part.end)
  }

  /// A fraction "n/d" at `index` in plain numbers, with an optional ordinal ending ("1/4th").
  ///
  /// Two numbers that read as years ("1990/1991") are not a fraction.
  private func fraction(_ stream: TokenStream, at index: Int)
    -> (spoken: String, numerator: Int, end: Int)?
  {
    guard stream.startsFree(index) || stream.isInlineSpace(index - 1),
      !stream.isMark(index - 1, "/"),
      let top = stream.number(at: index), top.isPlain, stream.isMark(top.end, "/"),
      let bottom = stream.number(at: top.end + 1), bottom.isPlain, !stream.isMark(bottom.end, "/"),
      let numerator = top.value, let denominator = bottom.value, denominator > 0,
      !top.integer.hasPrefix("0"), !bottom.integer.hasPrefix("0"),
      !(top.integer.count == 4 && bottom.integer.count >= 2 && NumberSpeller.year(numerator) != nil)
    else { return nil }
    var end = bottom.end
    if let suffix = stream[end], suffix.kind == .word,
      suffix.text.lowercased() == ordinalSuffix(bottom.integer)
        || suffix.text.lowercased() == ordinalSuffix(bottom.integer) + "s"
    {
      end += 1
    }
    guard stream.endsFree(end), !stream.isMark(end, "-") || !stream.isWord(end + 1) else {
      return nil
    }
    return (fractionWords(numerator, denominator), numerator, end)
  }

  /// "one half", "three quarters", "five eighths".
  func fractionWords(_ numerator: Int, _ denominator: Int) -> String {
    let top = NumberSpeller.cardinal(numerator, british: british)
    if denominator == 1 { return top + " over one" }
    var bottom: String
    switch denominator {
    case 2: bottom = "half"
    case 4: bottom = "quarter"
    default: bottom = NumberSpeller.ordinal(of: NumberSpeller.cardinal(denominator))
    }
    if numerator != 1 { bottom = bottom == "half" ? "halves" : bottom + "s" }
    return top + " " + bottom
  }

  /// Reads school grades from kindergarten as American news says them: "K-12" → "K through
  /// twelve", "grades K-8" → "K through eight".
  ///
  /// Below ten only after "grade" or "grades", as "K-9" is as often a police dog.
  func readGradeSpan(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.tokens[index].text == "K", stream.isMark(index + 1, "-–"),
      stream.startsFree(index),
      let last = stream[index + 2], last.kind == .number, last.text.count <= 2,
      let grade = Int(last.text), (1...12).contains(grade), stream.endsFree(index + 3),
      !stream.isMark(index + 3, "-–")
    else { return nil }
    if grade < 10 {
      guard let before = stream.previous(index),
        ["grade", "grades"].contains(stream.text(before).lowercased())
      else { return nil }
    }
    return Reading(spoken: "K through " + NumberSpeller.cardinal(grade), end: index + 3)
  }
}
