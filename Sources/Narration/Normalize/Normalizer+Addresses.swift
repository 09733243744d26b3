/// Readers for street addresses: "1450 W Harbor Pkwy, Fairview, OR 97024" → "fourteen
/// fifty West Harbor Parkway, Fairview, Oregon nine seven zero two four".
extension Normalizer {
  /// Reads a house number, direction, street name and street type starting at `index`.
  func readAddress(_ stream: TokenStream, at index: Int) -> Reading? {
    let digits = stream.text(index)
    // A house number may carry one letter ("221B Baker Street").
    var letter = ""
    if let glued = stream[index + 1], glued.kind == .word, glued.text.utf8.count == 1 {
      letter = " " + glued.text.uppercased()
    }
    let space = letter.isEmpty ? index + 1 : index + 2
    guard (1...5).contains(digits.count), !digits.hasPrefix("0"), stream.startsFree(index),
      stream.isInlineSpace(space), let nextWord = stream[space + 1], nextWord.kind != .space
    else { return nil }
    // Cheap test first: a capital or an ordinal must follow the number.
    guard nextWord.isCapitalized || nextWord.kind == .number else { return nil }
    if digits.count == 4, let previous = stream.previous(index),
      tables.countCues.contains(stream.text(previous).lowercased())
        || ["in", "since", "by", "until", "from", "of", "to"].contains(stream.text(previous))
    {
      return nil
    }
    var words: [String] = [houseNumber(digits) + letter]
    var probe = space + 1
    if let direction = tables.directions[stream.text(probe)] {
      let after = stream.isMark(probe + 1, ".") ? probe + 2 : probe + 1
      if stream.isInlineSpace(after) {
        words.append(direction)
        probe = after + 1
      }
    }
    var names = 0
    while names <= 5, let token = stream[probe] {
      let lower = token.text.lowercased()
      // (A street type written as a whole word is capitalized: "a 2 GB drive" is no address.)
      if names > 0, token.kind == .word, let type = tables.streetTypes[lower],
        token.isCapitalized || lower != type.lowercased()
      {
        var end = probe + 1
        var spoken = type
        let period = stream.isMark(end, ".")
        if period { end += 1 }
        let quadrantAt = end + 1
        if stream.isInlineSpace(end), stream.text(quadrantAt).utf8.count == 2,
          let quadrant = tables.directions[stream.text(quadrantAt)], stream.endsFree(quadrantAt + 1)
        {
          // A quadrant after the street type: "1600 Pennsylvania Ave. NW" → "… Northwest".
          spoken += " " + quadrant
          end = quadrantAt + 1
        } else if period, periodEndsSentence(stream, at: end - 1, strong: false) {
          spoken += "."
        }
        guard stream.endsFree(end) else { return nil }
        words.append(spoken)
        return Reading(spoken: words.joined(separator: " "), end: end)
      }
      if token.kind == .word, token.isCapitalized {
        words.append(token.text)
        probe += 1
      } else if token.kind == .number, let suffix = stream[probe + 1], suffix.kind == .word,
        suffix.text.lowercased() == ordinalSuffix(token.text)
      {
        words.append(NumberSpeller.ordinal(token.text))
        probe += 2
      } else {
        return nil
      }
      names += 1
      guard stream.isInlineSpace(probe) else { return nil }
      probe += 1
    }
    return nil
  }

  /// A house number the way it is said: "twelve", "one twenty three", "twenty seven eighty
  /// eight", "twelve hundred"; five digits one by one.
  func houseNumber(_ digits: String) -> String {
    guard let value = Int(digits) else { return NumberSpeller.digits(digits) }
    switch digits.count {
    case 3:
      let rest = value % 100
      return NumberSpeller.cardinal(value / 100) + " "
        + (rest == 0 ? "hundred" : NumberSpeller.pair(rest))
    case 4:
      if value % 1000 == 0 { return NumberSpeller.cardinal(value) }
      let rest = value % 100
      return NumberSpeller.cardinal(value / 100) + " "
        + (rest == 0 ? "hundred" : NumberSpeller.pair(rest))
    case 5:
      return NumberSpeller.digits(digits)
    default:
      return NumberSpeller.cardinal(value)
    }
  }

  /// Reads a US state code after a city ("Fairview, OR 97024"), with its ZIP code, when a
  /// ZIP code follows or a street address came earlier on the line.
  func readState(_ stream: TokenStream, at index: Int) -> Reading? {
    let code = stream.text(index)
    // (The comma before the table: many two-letter words, few after a comma.)
    guard code.utf8.count == 2, let comma = stream.previous(index), stream.isMark(comma, ","),
      let state = tables.states[code], let city = stream.previous(comma),
      stream[city]?.isCapitalized ?? false
    else { return nil }
    var probe = index + 1
    if stream.isMark(probe, ","), stream.isInlineSpace(probe + 1) { probe += 1 }
    if stream.isInlineSpace(probe), let zip = stream[probe + 1], zip.kind == .number,
      zip.text.count == 5
    {
      var end = probe + 2
      var spoken = NumberSpeller.digits(zip.text, zero: true)
      if stream.isMark(end, "-"), let plus = stream[end + 1], plus.kind == .number,
        plus.text.count == 4
      {
        spoken += " " + NumberSpeller.digits(plus.text, zero: true)
        end += 2
      }
      guard stream.endsFree(end) else { return nil }
      let between = (index + 1..<probe + 1).map { stream.tokens[$0].text }.joined()
      return Reading(spoken: state + between + spoken, end: end)
    }
    guard stream.endsFree(index + 1), followsAddress(stream, before: comma) else { return nil }
    return Reading(spoken: state, end: index + 1)
  }

  private static let parties = ["R": "Republican", "D": "Democrat", "I": "Independent"]

  /// Reads a news-agency state abbreviation after a city or in a party label: "Louisville,
  /// Ky., said" → "Louisville, Kentucky, said"; "(R-Ky.)" → "(Republican of Kentucky)".
  func readAgencyState(_ stream: TokenStream, at index: Int) -> Reading? {
    // Cheap test first: a period or a dash follows.
    guard stream.isMark(index + 1, ".-") else { return nil }
    if stream.isMark(index + 1, "-"), let party = Self.parties[stream.text(index)],
      let state = apState(stream, at: index + 2), stream.startsFree(index)
    {
      let ends = periodEndsSentence(stream, at: state.period, strong: false)
      return Reading(
        spoken: party + " of " + state.name + (ends ? "." : ""), end: state.period + 1)
    }
    if stream.isMark(index + 1, "-"), let party = Self.parties[stream.text(index)],
      stream.startsFree(index), stream.endsFree(index + 3),
      tables.states.values.contains(stream.text(index + 2))
    {
      // A state written in full in a party label: "R-Ohio" → "Republican of Ohio".
      return Reading(spoken: party + " of " + stream.text(index + 2), end: index + 3)
    }
    guard let state = apState(stream, at: index), stream.isInlineSpace(index - 1),
      let before = stream.previous(index)
    else { return nil }
    // After a city and a comma ("Louisville, Ky."), or a word of place ("in Ky. and Tenn.").
    let afterCity =
      stream.isMark(before, ",")
      && (stream.previous(before).map { stream[$0]?.isCapitalized }
        == true)
    let afterPlaceWord = ["in", "of", "from", "near", "across", "and", "or", "outside"].contains(
      stream.text(before))
    // ("to Ore.", but not "to Pa." or "to Miss.", which are people as often.)
    let written = stream.text(index)
    let afterTo = stream.text(before) == "to" && written.count >= 3 && written != "Miss"
    guard afterCity || afterPlaceWord || afterTo else { return nil }
    let ends = periodEndsSentence(stream, at: state.period, strong: false)
    return Reading(spoken: state.name + (ends ? "." : ""), end: state.period + 1)
  }

  /// The state a news-agency abbreviation starting at `index` names ("Ky.", "N.Y.", "W.Va."),
  /// with the index of its last period.
  private func apState(_ stream: TokenStream, at index: Int) -> (name: String, period: Int)? {
    if let name = tables.apStates[stream.text(index)], stream.isMark(index + 1, ".") {
      return (name, index + 1)
    }
    guard stream.text(index).count == 1, stream.isMark(index + 1, "."), stream.isWord(index + 2),
      stream.isMark(index + 3, "."),
      let name = tables.apStates[stream.text(index) + "." + stream.text(index + 2)]
    else { return nil }
    return (name, index + 3)
  }

  /// Whether a street address ("123 Main St") comes earlier on the line, before `index`.
  private func followsAddress(_ stream: TokenStream, before index: Int) -> Bool {
    stream.indicesBack(from: index).contains { probe in
      stream.isNumber(probe) && stream.startsFree(probe) && readAddress(stream, at: probe) != nil
    }
  }
}
