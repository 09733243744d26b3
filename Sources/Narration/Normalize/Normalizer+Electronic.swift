/// Readers for web addresses, e-mail addresses, handles, hashtags and telephone numbers, read
/// the way people say them ("kyivindependent dot com", "at nytimes", "plus three eight oh...").
extension Normalizer {
  private static let separatorNames: [String: String] = [
    ".": "dot", "/": "slash", "@": "at", "-": "dash", "_": "underscore", ":": "colon",
    "?": "question mark", "=": "equals", "&": "ampersand", "#": "hash", "~": "tilde",
    "%": "percent",
    "+": "plus",
  ]

  /// Reads a web address, e-mail address or bare domain starting at `index`.
  func readElectronic(_ stream: TokenStream, at index: Int) -> Reading? {
    // Cheap test first: an address has a mark glued between its first parts.
    guard let next = stream[index + 1],
      next.kind == .mark ? ".@:-_&+".includes(next.text) : next.kind != .space,
      let after = stream[index + 2], after.kind != .space, stream.startsFree(index)
    else { return nil }
    // The run of characters up to the next space, without closing punctuation.
    var end = index
    while end < stream.count, stream.tokens[end].kind != .space, end - index < 200 { end += 1 }
    while end > index, stream.isMark(end - 1, ".,;:!?)]}\"'”’>") { end -= 1 }
    guard end - index >= 3 else { return nil }
    let first = stream.text(index).lowercased()
    var start = index
    var kind = 0
    var words: [String] = []
    if ["http", "https", "ftp", "sftp", "file"].contains(first), stream.isMark(index + 1, ":"),
      stream.isMark(index + 2, "/"), stream.isMark(index + 3, "/")
    {
      // The scheme is read as written: "h t t p s colon slash slash".
      words.append(first == "file" ? first : spell(first))
      start = index + 1
      kind = 1
    } else if first == "www", stream.isMark(index + 1, ".") {
      kind = 1
    } else if let at = (index..<end).first(where: { stream.isMark($0, "@") }), at > index,
      (at..<end).contains(where: { stream.isMark($0, ".") }), stream.isWord(end - 1)
    {
      kind = 2
    } else if isDomain(stream, from: index, to: end)
      || (index..<end).first(where: { stream.isMark($0, "/") }).map({
        isDomain(stream, from: index, to: $0)
      }) == true
    {
      kind = 3
    }
    guard kind > 0, start < end else { return nil }
    // A trailing slash is not read.
    let last = stream.isMark(end - 1, "/") && end - 1 > start + 2 ? end - 1 : end
    // Where the path starts: the first single slash (not the scheme's "//").
    let path = (start..<last).first {
      stream.isMark($0, "/") && !stream.isMark($0 - 1, "/") && !stream.isMark($0 + 1, "/")
        && !stream.isMark($0 - 1, ":")
    }
    for probe in start..<last {
      let token = stream.tokens[probe]
      switch token.kind {
      case .word:
        let isTLD =
          stream.isMark(probe - 1, ".") && (probe == last - 1 || stream.isMark(probe + 1, "/"))
        words.append(addressWord(token.text, topLevel: isTLD))
      case .number:
        words.append(addressNumber(stream, at: probe, inPath: path.map { probe > $0 } ?? false))
      case .mark:
        words.append(Self.separatorNames[token.text] ?? token.text)
      case .space:
        break
      }
    }
    return Reading(spoken: words.joined(separator: " "), end: end)
  }

  /// A number in an address: a port and round thousands as numbers ("colon eighty", "rtx dash
  /// six thousand"), a date in a path as a date ("slash twenty fourteen slash oh six slash
  /// nineteen"), anything else digit by digit ("slash three oh eight two five four").
  private func addressNumber(_ stream: TokenStream, at index: Int, inPath: Bool) -> String {
    let digits = stream.text(index)
    func isYear(_ probe: Int) -> Bool {
      guard stream.isNumber(probe), stream.text(probe).count == 4,
        let value = Int(stream.text(probe))
      else { return false }
      return (1900...2099).contains(value)
    }
    func isShort(_ probe: Int) -> Bool { stream.isNumber(probe) && stream.text(probe).count <= 2 }
    if inPath, stream.isMark(index - 1, "/"), isYear(index), stream.isMark(index + 1, "/"),
      isShort(index + 2), let value = Int(digits),
      let year = NumberSpeller.year(value, british: british)
    {
      // "/2014/06/19/": a year, then its month and day.
      return year
    }
    let datePart =
      inPath && digits.count <= 2 && stream.isMark(index - 1, "/") && stream.isMark(index - 3, "/")
      && (isYear(index - 2)
        || (isShort(index - 2) && stream.isMark(index - 5, "/")
          && isYear(index - 4)))
    if datePart || (digits.count <= 2 && stream.isMark(index - 1, ":")) {
      return digits.hasPrefix("0") ? NumberSpeller.digits(digits) : NumberSpeller.cardinal(digits)
    }
    if inPath, digits.count == 4, !digits.hasPrefix("0"), digits.hasSuffix("000") {
      return NumberSpeller.cardinal(digits)
    }
    return NumberSpeller.digits(digits)
  }

  /// Whether tokens form "name.name.tld" with a known final part ("kyivindependent.com").
  private func isDomain(_ stream: TokenStream, from start: Int, to end: Int) -> Bool {
    guard end - start >= 3, stream.isWord(end - 1), stream.isMark(end - 2, "."),
      tables.topLevelDomains[stream.text(end - 1)] != nil
    else { return false }
    var longest = 0
    for probe in start..<end {
      let token = stream.tokens[probe]
      if token.kind == .mark, !".-/_".includes(token.text) { return false }
      if token.kind == .word { longest = max(longest, token.text.count) }
    }
    return longest >= 3 && stream.text(end - 1).first?.isLowercase == true
  }

  /// One part of an address: known parts from the table, words as words, the rest spelled out.
  private func addressWord(_ text: String, topLevel: Bool) -> String {
    if topLevel, let spoken = tables.topLevelDomains[text.lowercased()], !spoken.isEmpty {
      return spoken
    }
    if let spoken = tables.domainWords[text.lowercased()] { return spoken }
    let vowels = text.lowercased().filter { "aeiouy".contains($0) }
    if text.count <= 3 && vowels.isEmpty || text.count == 1 {
      return spell(text)
    }
    return splitCamelCase(text)
  }

  /// "KyivIndependent" → "Kyiv Independent", "BBCBreaking" → "BBC Breaking".
  func splitCamelCase(_ text: String) -> String {
    var out = ""
    let characters = Array(text)
    for (position, character) in characters.enumerated() {
      if position > 0, character.isUppercase {
        let previous = characters[position - 1]
        // A word after capitals starts at its own capital: "BBC|Breaking".
        let afterCapitals =
          previous.isUppercase && position + 1 < characters.count
          && characters[position + 1].isLowercase && position >= 2
          && characters[position - 2].isUppercase
        if previous.isLowercase || afterCapitals { out.append(" ") }
      }
      out.append(character)
    }
    return out
  }

  /// Reads "@handle" as "at handle" and "#tag" as "hashtag tag".
  func readHandle(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index), let word = stream[index + 1], word.kind == .word else {
      return nil
    }
    var end = index + 2
    var name = splitCamelCase(word.text)
    while stream.isMark(end, "_"), let more = stream[end + 1], more.kind != .space {
      name += " " + (more.kind == .number ? NumberSpeller.digits(more.text) : more.text)
      end += 2
    }
    if stream.isNumber(end) {
      // A year in a tag is said as one ("#Election2024"), and so is a short number
      // ("#COVID19").
      let digits = stream.text(end)
      let year = digits.count == 4 ? Int(digits).flatMap { NumberSpeller.year($0) } : nil
      let short = digits.count <= 2 && !digits.hasPrefix("0")
      name +=
        " " + (year ?? (short ? NumberSpeller.cardinal(digits) : NumberSpeller.digits(digits)))
      end += 1
    }
    guard stream.endsFree(end) else { return nil }
    if stream.text(index) == "#", let previous = stream.previous(index),
      stream.text(previous).lowercased() == "hashtag"
    {
      // "the hashtag #MeToo": the word is already said.
      return Reading(spoken: name, end: end)
    }
    return Reading(spoken: (stream.text(index) == "@" ? "at " : "hashtag ") + name, end: end)
  }

  /// Whether a word that introduces a telephone number comes just before `index`.
  private func phoneCue(_ stream: TokenStream, before index: Int) -> Bool {
    var probe = stream.previous(index)
    if let colon = probe, stream.isMark(colon, ":.") { probe = stream.previous(colon) }
    guard let probe else { return false }
    return [
      "call", "phone", "tel", "telephone", "fax", "dial", "hotline", "text", "mobile", "cell",
    ]
    .contains(stream.text(probe).lowercased())
  }

  /// Reads telephone numbers digit by digit in groups: "+1-202-555-0143", "(123) 456-7890",
  /// "+380 44 123 4567", "212.555.0147", "1-800-555-0199".
  func readTelephone(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.startsFree(index) else { return nil }
    var probe = index
    let plus = stream.isMark(probe, "+")
    if plus { probe += 1 }
    var groups: [String] = []
    var separators = Set<String>()
    var open = false
    var parentheses = false
    var end = probe
    // Groups of digits joined by "-", ".", single spaces and parentheses.
    while probe < stream.count, groups.count < 7 {
      let token = stream.tokens[probe]
      if token.kind == .number {
        // (British numbers have groups of five and six: "01632 960983".)
        let trunk = (groups.first ?? token.text).hasPrefix("0")
        guard token.text.count <= (trunk ? 6 : 4) else { return nil }
        groups.append(token.text)
        probe += 1
        end = probe
      } else if token.text == "(", !open, !stream.isWord(probe - 1), stream.isNumber(probe + 1) {
        open = true
        probe += 1
      } else if token.text == ")", open {
        open = false
        parentheses = true
        probe += 1
        end = probe
      } else if ["-", ".", " "].contains(token.text),
        stream.isNumber(probe + 1)
          || (stream.isMark(probe + 1, "(") && stream.isNumber(probe + 2))
      {
        if token.text != "-" || !stream.isMark(probe - 1, ")") { separators.insert(token.text) }
        probe += 1
      } else {
        break
      }
    }
    let digits = groups.reduce(0) { $0 + $1.count }
    let lengths = groups.map(\.count)
    if lengths == [3, 4], separators == ["-"], !plus, !parentheses, stream.endsFree(end),
      groups[1].hasPrefix("0") || phoneCue(stream, before: index)
    {
      // A local number: "555-0143", "call 555-1234".
      let spoken = groups.map { NumberSpeller.digits($0) }.joined(separator: ", ")
      return Reading(spoken: spoken, end: end)
    }
    // Spaced groups ("0344 811 0072", "call 202 555 0143") only with a national trunk "0"
    // in front or a word about calling before them.
    let spacedOnly =
      separators == [" "] && !plus && !parentheses && groups.count <= 4
      && lengths.allSatisfy({ $0 >= 3 })
      && ((groups.first?.hasPrefix("0") == true && (10...11).contains(digits))
        || phoneCue(stream, before: index))
    guard !open, groups.count >= 3 || (spacedOnly && groups.count == 2),
      (9...15).contains(digits), stream.endsFree(end),
      let last = lengths.last, let first = lengths.first,
      separators.count <= 1 || (separators == [" ", "-"] && (plus || parentheses)),
      !separators.contains(" ") || plus || parentheses || spacedOnly,
      !separators.contains(".") || groups.count == 3,
      lengths.dropFirst().dropLast().allSatisfy({ $0 >= 2 }),
      last >= 3 || (groups.count >= 4 && lengths[lengths.count - 2] == 4),
      first <= 3 || groups.count == 3 || spacedOnly
    else { return nil }
    // A North American toll-free or premium-rate code is said in hundreds: "1-800-555-0199"
    // → "one, eight hundred, five five five, …".
    let area = groups.first == "1" && groups.count == 4 ? 1 : 0
    let national = groups.count - area == 3 && lengths[area + 1] == 3 && lengths[area + 2] == 4
    let spoken = groups.enumerated().map { position, group in
      national && position == area && ["800", "900"].contains(group)
        ? NumberSpeller.cardinal(group) : NumberSpeller.digits(group)
    }.joined(separator: ", ")
    return Reading(spoken: (plus ? "plus " : "") + spoken, end: end)
  }
}
