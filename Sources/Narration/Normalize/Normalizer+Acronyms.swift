/// Readers for words in capitals: acronyms spelled or said as words ("GDP", "NATO"), and
/// initials joined by "&" ("AT&T").
extension Normalizer {
  /// Reads words in capitals letter by letter ("GDP" → "G.D.P") unless listed as said as words.
  func readAcronym(_ stream: TokenStream, at index: Int) -> Reading? {
    let token = stream.tokens[index]
    // Cheap test first: acronyms start with two capitals.
    let bytes = token.text.utf8
    guard bytes.count >= 2, let first = bytes.first, (65...90).contains(first),
      (65...90).contains(bytes[bytes.index(after: bytes.startIndex)])
    else { return nil }
    if let spoken = tables.acronyms[token.text], stream.startsFree(index),
      stream.endsFree(index + 1)
    {
      if tables.capitalWords.contains(token.text.lowercased()) {
        // An everyday word in a line of capitals is shouted, not an organization.
        let shouted = [stream.previous(index), stream.skipSpace(index + 1)].contains { side in
          guard let side, side != index, let word = stream[side] else { return false }
          return word.isAllCaps && word.text.count >= 2
        }
        if shouted { return nil }
      }
      return spoken == token.text ? nil : Reading(spoken: spoken, end: index + 1)
    }
    var text = Substring(token.text)
    var plural = ""
    if text.hasSuffix("'s") || text.hasSuffix("’s") {
      // A possessive, which eSpeak NG would drop after letters it spells: "the FBI's".
      plural = String(text.suffix(2))
      text = text.dropLast(2)
      if let spoken = tables.acronyms[String(text)] {
        return spoken == String(text) ? nil : Reading(spoken: spoken + plural, end: index + 1)
      }
    } else if text.hasSuffix("s"), text.count >= 3 {
      plural = "'s"
      text = text.dropLast()
    }
    guard (2...5).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isUppercase }),
      stream.endsFree(index + 1), !stream.isWord(index - 1), !stream.isNumber(index - 1),
      // The end of a file name: "README.DOS", "CHANGE.COM".
      !(stream.isMark(index - 1, ".") && stream.isWord(index - 2))
    else { return nil }
    if tables.capitalWords.contains(text.lowercased()) {
      // Between lower-case words ("a MAX of", "The END is"), eSpeak NG would spell a word it
      // does not know in capitals, so it gets the word in lower case. Elsewhere (a headline, a
      // name or a title at the start of a sentence) it stays as written.
      let sides = [stream.previous(index), stream.skipSpace(index + 1)]
      // The start of a line or a sentence may come before it: "MAX power", "Go. GET out".
      let opensClause =
        stream.startsLine(index)
        || stream.previous(index).map { stream.isMark($0, ".!?:;\"“(—") } == true
      let amongLowerCase = sides.allSatisfy { side in
        // The end of a clause may follow it, right after the word: "do NOT."
        if let side, side == index + 1, stream.isMark(side, ".,;:!?") { return true }
        if opensClause, (side ?? -1) < index { return true }
        guard let side, side != index, let word = stream[side], word.kind == .word else {
          return false
        }
        if word.text.first?.isLowercase ?? false { return true }
        // After a name spelled as letters: "the FBI CUT jobs".
        if side < index, word.isAllCaps, word.text.count >= 2,
          !tables.capitalWords.contains(word.text.lowercased()),
          !isPronounceable(Substring(word.text))
        {
          return true
        }
        // A capitalized everyday word before it, as at the start of a sentence ("The").
        return side < index && word.text.dropFirst().allSatisfy(\.isLowercase)
          && tables.capitalWords.contains(word.text.lowercased())
      }
      // A model name after its number: "the 737 MAX 9", "an iPhone 15 PRO".
      let afterModelNumber =
        stream.isInlineSpace(index - 1) && stream.isNumber(index - 2) && plural.isEmpty
        && namesModel(stream, at: index - 1)
      let lower = text.lowercased()
      guard amongLowerCase || afterModelNumber, !tables.capitalAcronyms.contains(lower) else {
        return nil
      }
      return Reading(spoken: token.text.lowercased(), end: index + 1)
    }
    if text.count >= 4, isPronounceable(text) { return nil }
    if text.allSatisfy({ "IVX".contains($0) }), Self.romanValue(String(text)) != nil { return nil }
    // Headlines in capitals: leave words among other long capitalized words alone.
    var neighbors = [stream.previous(index), stream.skipSpace(index + 1)]
    // Across a hyphen too: "NON-BINDING".
    if stream.isMark(index + 1, "-") { neighbors.append(index + 2) }
    if stream.isMark(index - 1, "-") { neighbors.append(index - 2) }
    for neighbor in neighbors {
      if let neighbor, let word = stream[neighbor], word.kind == .word, word.isAllCaps,
        word.text.count >= 5, neighbor != index
      {
        return nil
      }
    }
    // A short word shouted among other words in capitals: "I BET", "ME TOO"; or alone with
    // an exclamation mark: "HA!", "OW!".
    if tables.shoutedWords.contains(token.text.lowercased()) {
      if stream.isMark(index + 1, "!") { return nil }
      for neighbor in neighbors {
        guard let neighbor, neighbor != index, let word = stream[neighbor], word.kind == .word,
          word.isAllCaps
        else { continue }
        let lower = word.text.lowercased()
        if word.text == "I" || word.text == "A" || tables.capitalWords.contains(lower)
          || tables.shoutedWords.contains(lower)
          || (word.text.count >= 4 && word.text.count <= 5 && isPronounceable(Substring(word.text)))
        {
          return nil
        }
      }
    }
    return Reading(spoken: spell(String(text)) + plural, end: index + 1)
  }

  /// Reads capitals joined by "&" as letters: "AT&T" → "A.T and T", "P&O" → "P and O".
  ///
  /// Each side is one to three capitals; eSpeak NG would say "AT" as the word "at".
  func readInitialsAndInitials(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isMark(index + 1, "&"), stream.startsFree(index), let last = stream[index + 2],
      last.kind == .word
    else { return nil }
    let first = stream.text(index)
    var second = Substring(last.text)
    var possessive = ""
    if second.hasSuffix("'s") || second.hasSuffix("’s") {
      possessive = String(second.suffix(2))
      second = second.dropLast(2)
    }
    let initials = [Substring(first), second]
    guard
      initials.allSatisfy({ side in
        (1...3).contains(side.count) && side.allSatisfy { $0.isASCII && $0.isUppercase }
      }), stream.endsFree(index + 3)
    else { return nil }
    let spoken = spell(first) + " and " + spell(String(second)) + possessive
    return Reading(spoken: spoken, end: index + 3)
  }

  /// Letters to be said one by one: "G D P", or "N.B.A" when there is an "A" (which eSpeak NG
  /// would read as the article if it stood alone).
  func spell(_ letters: String) -> String {
    let upper = letters.uppercased()
    return upper.map(String.init).joined(separator: upper.contains("A") ? "." : " ")
  }

  /// Whether a word in capitals looks like one people say as a word ("NATO", "OPEC") rather
  /// than spell ("IUCN", "NSCAA", "NYPD").
  private func isPronounceable(_ text: Substring) -> Bool {
    let letters = Array(text)
    // Y counts as a vowel after the first letter ("KYIV", "LYON").
    var vowels = letters.enumerated().map { "AEIOU".contains($1) || ($0 > 0 && $1 == "Y") }
    // Two vowels first only as a digraph words start with ("EARN", "OUST"), not "IAEA".
    let digraphStart = ["EA", "AU", "OU", "OI", "EE", "OO"].contains(String(letters[0...1]))
    guard vowels.contains(true), !(vowels[0] && vowels[1]) || digraphStart else { return false }
    // Few words end in a "U" after two consonants ("ACLU"; "MENU" and "KANU" are words).
    if letters.last == "U", letters.count >= 3, !vowels[letters.count - 2],
      !vowels[letters.count - 3]
    {
      return false
    }
    if !vowels[0], !vowels[1], !tables.onsets.contains(String(letters[0...1]).lowercased()) {
      return false
    }
    // H or W after a vowel is part of it ("JOHN", "OHMS", "DOWN", "LAWN").
    for position in 1..<letters.count where "HW".contains(letters[position]) && vowels[position - 1]
    {
      vowels[position] = true
    }
    // Three consonants in a row must split into the end of one syllable and the start of the
    // next: "AL-PHA", "TER-MS", "AP-PLY", "BAT-CH"; not "ISBN", "IPCC".
    for start in 0..<(letters.count - 2)
    where !vowels[start] && !vowels[start + 1]
      && !vowels[start + 2]
    {
      let head = String(letters[start...(start + 1)]).lowercased()
      let tail = String(letters[(start + 1)...(start + 2)]).lowercased()
      let doubled = letters[start] == letters[start + 1] && "LSFTP".contains(letters[start])
      guard tables.onsets.contains(tail) || tables.codas.contains(head) || doubled else {
        return false
      }
      if start + 3 < letters.count, !vowels[start + 3] { return false }
    }
    // The consonants after the last vowel must end a word: "TERMS", "NORTH"; not "OCHL".
    let lastVowel = vowels.lastIndex(of: true) ?? 0
    let final = String(letters[(lastVowel + 1)...]).lowercased()
    switch final.count {
    // A plural "s" may follow any of them ("FLAGS", "TERMS").
    case 2: return tables.codas.contains(final) || final.first == final.last || final.last == "s"
    case 3:
      // "BATCH", "NORTH", "TERMS", "MIGHT", "WELLS".
      if ["ch", "sh", "th", "ck", "ht"].contains(String(final.suffix(2))) { return true }
      let head = String(final.prefix(2))
      return (tables.codas.contains(head) || head.first == head.last)
        && (tables.codas.contains(String(final.suffix(2))) || final.last == "s")
    default: return final.count <= 1
    }
  }
}
