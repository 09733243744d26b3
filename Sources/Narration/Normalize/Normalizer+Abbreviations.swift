/// Readers for abbreviations and titles by context and for dotted initialisms: "Dr.", "St.",
/// "No. 3", "i.e.", "U.S.", "Ph.D.", and where their periods end a sentence.
extension Normalizer {
  /// Whether the period at `index` ends the sentence (so it must stay), not only an abbreviation.
  ///
  /// `strong` abbreviations ("etc.") end it before any capitalized word; others ("U.S.",
  /// "a.m.") only before words that usually start sentences ("The", "He").
  func periodEndsSentence(_ stream: TokenStream, at index: Int, strong: Bool) -> Bool {
    guard let next = stream[index + 1] else { return true }
    guard next.kind == .space else { return false }
    guard let word = stream[index + 2] else { return true }
    if next.breaksLine { return true }
    switch word.kind {
    case .word:
      guard word.isCapitalized else { return false }
      return strong || tables.sentenceStarters.contains(word.text)
    case .mark:
      // An amount ("approx. $20") goes on with the sentence.
      if tables.currencies[word.text] != nil { return false }
      return "\"“‘'([".includes(word.text) || !word.text.allSatisfy(\.isPunctuation)
    default: return false
    }
  }

  /// Reads runs of single letters with periods: "i.e.", "e.g.", "U.S.", "F.C.", "H.P".
  func readDotted(_ stream: TokenStream, at index: Int) -> Reading? {
    // (Cheap test first: both kinds have a period right after the first word.)
    guard stream.isMark(index + 1, ".") else { return nil }
    if let degree = readDottedDegree(stream, at: index) { return degree }
    if stream.text(index).count > 1 { return nil }
    guard stream.startsFree(index) || stream.isMark(index - 1, "."),
      !stream.isMark(index - 1, "."), stream.text(index).count == 1
    else { return nil }
    var letters: [String] = []
    var probe = index
    while let token = stream[probe], token.kind == .word, token.text.count == 1,
      stream.isMark(probe + 1, ".")
    {
      letters.append(token.text)
      probe += 2
      // "H.P ." and "U.S" without the last period.
      if let last = stream[probe], last.kind == .word, last.text.count == 1,
        !stream.isMark(probe + 1, "."), stream.endsFree(probe + 1)
      {
        letters.append(last.text)
        probe += 1
        break
      }
    }
    guard !letters.isEmpty else { return nil }
    let written = letters.joined(separator: ".").lowercased()
    // Whether the last token read was the final period.
    let periodIndex = stream.isMark(probe - 1, ".") ? probe - 1 : nil
    if letters.count == 1 {
      // (A numbered heading is the roman reader's: "I. INTRODUCTION", and so is a numeral
      // after a word that numbers: "Vol. I. London", "CHAPTER V. The Fall".)
      if isNumberedHeading(stream, at: index) { return nil }
      if Self.romanValue(letters[0]) != nil, var cue = stream.previous(index) {
        if stream.isMark(cue, "."), stream.isWord(cue - 1) { cue -= 1 }
        let word = stream.text(cue)
        if tables.romanCues.contains(word.prefix(1).uppercased() + word.dropFirst().lowercased()) {
          return nil
        }
      }
      if let periodIndex, let title = readLetterTitle(stream, at: index, period: periodIndex) {
        return title
      }
      // A single initial ("John W. Henry"): drop the period unless the sentence ends there.
      // Not "A." before a name, which without its period eSpeak NG says as the article ("A.
      // Conan Doyle"); before more initials it goes ("A. J. Ayer").
      let before = stream.previous(index).flatMap { stream[$0] }
      let article = letters[0] == "A" && (stream[probe + 1]?.text.count ?? 0) > 1
      guard let periodIndex, letters[0].first?.isUppercase ?? false, !article,
        !tables.letterCues.contains(before?.text.lowercased() ?? ""),
        stream.isInlineSpace(probe), stream[probe + 1]?.isCapitalized ?? false,
        !periodEndsSentence(stream, at: periodIndex, strong: false)
      else { return nil }
      return Reading(spoken: letters[0], end: probe)
    }
    if tables.dotted[written] == nil, isCompassPoint(letters.joined()),
      let bearing = compassBearing(stream, at: index),
      !(stream.isInlineSpace(probe)
        && stream[probe + 1].map { word in
          word.isCapitalized && !tables.sentenceStarters.contains(word.text)
        } == true)
    {
      // A point of the compass, as logs and gazetteers print it: "Wind N.E.; fine", "the
      // S.W. corner"; not initials before a name ("S.E. Hinton").
      return Reading(spoken: bearing.spoken, end: bearing.end)
    }
    var spoken = tables.dotted[written] ?? spell(letters.joined())
    if ["a.m", "p.m"].contains(written), rangeEnd(stream, at: probe) > probe {
      // A range of times: "8 a.m.-5 p.m." → "eight a.m to five p.m".
      return Reading(spoken: spoken + " to ", end: rangeEnd(stream, at: probe))
    }
    // ("i.e." ends a sentence only where the line does.)
    let lineEnds = stream[probe].map { $0.kind == .space && $0.breaksLine }
    if let periodIndex, !tables.innerDotted.contains(written) || lineEnds != false,
      periodEndsSentence(stream, at: periodIndex, strong: false)
    {
      spoken += "."
    }
    return Reading(spoken: spoken, end: probe)
  }

  /// Reads a title of one capital letter from the table before a name, as French ones are.
  ///
  /// "M. Poirot" → "Monsieur Poirot". The same letter is as often an initial ("J. M. Barrie", "George M. Cohan"), so it is a
  /// title only when no name or initial comes before it and a name of more than one letter
  /// follows.
  private func readLetterTitle(_ stream: TokenStream, at index: Int, period: Int) -> Reading? {
    let letter = stream.text(index)
    guard
      let title = tables.abbreviations[letter]?.first(where: { $0.context == .title }),
      stream.isInlineSpace(period + 1), let name = stream[period + 2], name.isCapitalized,
      name.text.count > 1, !tables.sentenceStarters.contains(name.text)
    else { return nil }
    if let before = stream.previous(index).flatMap({ stream[$0] }) {
      if before.isCapitalized, !tables.sentenceStarters.contains(before.text) { return nil }
      if before.kind == .mark, before.text == "." || before.text == "&" { return nil }
    }
    return Reading(spoken: title.spoken, end: period + 1)
  }

  /// Reads the scale after the word "degrees": "108 degrees F" → "… degrees Fahrenheit".
  func readDegreeScale(_ stream: TokenStream, at index: Int) -> Reading? {
    let letter = stream.text(index)
    guard letter == "F" || letter == "C", stream.endsFree(index + 1),
      !stream.isMark(index + 1, "'’-"), stream.isInlineSpace(index - 1),
      let degrees = stream.previous(index), stream.isNumber(degrees - 2),
      ["degrees", "degree", "deg"].contains(stream.text(degrees).lowercased())
    else { return nil }
    var end = index + 1
    var spoken = letter == "F" ? "Fahrenheit" : "Celsius"
    if stream.isMark(end, ".") {
      // The period is the abbreviation's, unless it also ends the sentence.
      if periodEndsSentence(stream, at: end, strong: false) { spoken += "." }
      end += 1
    }
    return Reading(spoken: spoken, end: end)
  }

  /// Reads short words joined by periods that the dotted table lists, as degrees are written:
  /// "Ph.D." → "P H D", "M.Sc." → "M S C"; eSpeak NG would say "dot".
  func readDottedDegree(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isMark(index + 1, "."), stream.text(index).count <= 3, stream.isWord(index + 2),
      stream.startsFree(index), !stream.isMark(index - 1, ".")
    else { return nil }
    var parts = [stream.text(index)]
    var probe = index + 1
    while stream.isMark(probe, "."), let part = stream[probe + 1], part.kind == .word,
      part.text.count <= 4, parts.count < 4
    {
      parts.append(part.text)
      probe += 2
    }
    let period = stream.isMark(probe, ".")
    // (Single letters throughout are the other reader's: "a.m.", "i.e.")
    guard parts.contains(where: { $0.count > 1 }),
      let found = tables.dotted[parts.joined(separator: ".").lowercased()],
      stream.endsFree(period ? probe + 1 : probe)
    else { return nil }
    if period, periodEndsSentence(stream, at: probe, strong: false) {
      return Reading(spoken: found + ".", end: probe + 1)
    }
    return Reading(spoken: found, end: period ? probe + 1 : probe)
  }

  /// Reads abbreviations from the table by context: "Dr Smith", "Main St", "No 3", "etc".
  func readAbbreviation(_ stream: TokenStream, at index: Int) -> Reading? {
    let written = stream.text(index)
    // (One look-up serves the weekdays and the rest: most words are in neither.)
    var found = tables.abbreviations[written]
    if stream.isMark(index + 1, "-–"), let first = weekday(in: found), stream.startsFree(index),
      let last = weekday(stream.text(index + 2)), stream.endsFree(index + 3)
    {
      // Opening hours: "Mon-Fri" → "Monday to Friday".
      return Reading(spoken: first + " to " + last, end: index + 3)
    }
    if let full = weekday(in: found), stream.startsFree(index), stream.isInlineSpace(index + 1),
      // ("The Sun 14 May edition" is a newspaper.)
      stream.previous(index).map({ stream.text($0).lowercased() != "the" }) ?? true,
      month(stream, at: index + 2) != nil
        || (stream.isNumber(index + 2) && stream.isInlineSpace(index + 3)
          && month(stream, at: index + 4, afterDay: true) != nil)
    {
      // A weekday without its period before a date: "Sat 14 June", "Mon Dec 4".
      return Reading(spoken: full, end: index + 1)
    }
    // A line in capitals ("MS. JONES") is read as if in lower case, before what the same
    // capitals stand for elsewhere ("MS. Harley 2253", a manuscript).
    if stream.isMark(index + 1, "."), written.count >= 2, written.allSatisfy(\.isUppercase),
      found == nil
        || (stream.isInlineSpace(index + 2)
          && stream[index + 3].map { $0.isAllCaps && $0.text.count >= 2 } == true)
    {
      // Headings in capitals: "VOL. II", "NO. 4", "MT. EVEREST"; not words that only
      // read in full by their period ("DEC." is a company as often as a month).
      let lower = tables.abbreviations[written.prefix(1) + written.dropFirst().lowercased()]?
        .filter { $0.context != .period }
      found = lower ?? found
    }
    guard let candidates = found, stream.startsFree(index) else { return nil }
    let hasPeriod = stream.isMark(index + 1, ".")
    let after = hasPeriod ? index + 2 : index + 1
    // "No.10": a number glued after the period.
    let gluedNumber = hasPeriod && stream.isNumber(after)
    guard stream.endsFree(after) || gluedNumber else { return nil }
    let nextIndex = stream.skipSpace(after)
    let spacedNext = nextIndex != after ? stream[nextIndex] : nil
    let nextIsName =
      (spacedNext?.isCapitalized ?? false)
      && !tables.sentenceStarters.contains(spacedNext?.text ?? "")
    let previous = stream.previous(index).flatMap { stream[$0] }
    // ("The St. Lawrence": a capitalized "The" is no name.)
    // After a name and a comma too, when no name follows: "Martin Luther King, Jr., was".
    let nameBeforeComma =
      previous?.text == "," && !nextIsName
      && stream.previous(index).flatMap(stream.previous).map { stream[$0]?.isCapitalized } == true
    let afterName =
      ((previous?.isCapitalized ?? false)
        && !tables.sentenceStarters.contains(previous?.text ?? ""))
      || previous?.kind == .number
      || ["th", "st", "nd", "rd"].contains(previous?.text ?? "") || nameBeforeComma
      // A firm's partners: "Smith & Co.".
      || previous?.text == "&"
    for candidate in candidates {
      guard
        hasPeriod || candidate.bare || [.any, .number, .degree].contains(candidate.context),
        !gluedNumber || candidate.context == .number
      else { continue }
      var strong = true
      switch candidate.context {
      case .title:
        // ("Pt. II" is a part: a numeral of several letters is no name.)
        let numeral =
          (spacedNext.map { $0.text.count > 1 && Self.romanValue($0.text) != nil } ?? false)
          && candidates.contains { $0.context == .number }
        // Two titles over one name: "Mr. and Mrs. Dashwood", "Dr. and Mrs. Smith".
        let pairedTitle =
          spacedNext?.text == "and" && stream.isInlineSpace(nextIndex + 1)
          && stream.isMark(nextIndex + 3, ".")
          && (tables.abbreviations[stream.text(nextIndex + 2)]?.contains { $0.context == .title }
            ?? false)
        // A name with a particle: "Mme. de Villefort", "Dr. van Helsing".
        let particleName =
          ["de", "van", "von", "du", "del", "della", "di", "da", "le", "la"].contains(
            spacedNext?.text ?? "") && stream.isInlineSpace(nextIndex + 1)
          && (stream[nextIndex + 2]?.isCapitalized ?? false)
        // A nobleman's title before it is no street name: "Lord St. Clair".
        // Nor is a saint's name after a place word: "the Hotel St. Germain".
        let afterTitle =
          tables.rulerTitles.contains(previous?.text ?? "")
          || (candidate.spoken.hasPrefix("Saint")
            && tables.saintPlaces.contains(previous?.text ?? ""))
        // A place named for what it is of: "the Mt. of Olives", "Ft. of the Pines".
        var placeOf = false
        if candidate.place, spacedNext?.text == "of", stream.isInlineSpace(nextIndex + 1) {
          var name = nextIndex + 2
          if stream.text(name) == "the", stream.isInlineSpace(name + 1) { name += 2 }
          placeOf = stream[name]?.isCapitalized ?? false
        }
        guard nextIsName || pairedTitle || particleName || placeOf, !numeral,
          !afterName || candidates.count == 1 || afterTitle
        else {
          continue
        }
        strong = false
      case .street:
        guard afterName, !(nextIsName && candidates.contains { $0.context == .title }) else {
          continue
        }
      case .number:
        // "No. IV" and "Vol. I", but not the pronoun after a word: "No. I won't."
        let word = tables.capitalWords.contains(written.lowercased())
        let roman =
          spacedNext.map {
            !(word && $0.text == "I")
              && (Self.romanValue($0.text) != nil || isLowercaseNumeral($0.text)
                || (hasPeriod && ["i", "v", "x"].contains($0.text)))
          } ?? false
        guard hasPeriod || candidate.spoken.hasPrefix("number"),
          spacedNext?.kind == .number || roman || gluedNumber
        else { continue }
        strong = false
      case .period:
        // After an article it is the word: "around the Sun.", "a Mon. morning" aside; not
        // one in capitals ("the MSS. of").
        let determiner =
          ["the", "a", "an", "this", "that"].contains(previous?.text.lowercased() ?? "")
          && !written.allSatisfy(\.isUppercase)
        guard hasPeriod, !determiner else { continue }
        // (Or another month before it: "in Nov. and Dec.".)
        let listed = stream.previous(index).flatMap(stream.previous).map { before in
          let word = stream.isMark(before, ".") ? before - 1 : before
          return ["and", "or", "to"].contains(previous?.text ?? "")
            && tables.months[stream.text(word)] != nil
        }
        if NormalizerTables.monthNames.contains(candidate.spoken), spacedNext?.kind != .number,
          previous?.kind != .number, listed != true,
          !tables.monthCues.contains(previous?.text.lowercased() ?? "")
        {
          // A month with no number beside it is a name or a word ("said Jan."), unless a
          // word about time comes before it ("in Sept.").
          continue
        }
      case .degree:
        // Only before degrees toward a compass point: "long. 70° W.", "lat. 51° 30′ N." (not
        // "a mile long. 70 people came", "is long. 90° bends"), or right after the degrees
        // it names: "in 47° 24′ lat.".
        if hasPeriod, followsCoordinate(stream, at: index) { break }
        guard let degrees = stream.number(at: nextIndex), stream.isMark(degrees.end, "°"),
          (degrees.end + 1..<degrees.end + 10).contains(where: {
            ["N", "S", "E", "W"].contains(stream.text($0)) && stream.endsFree($0 + 1)
          })
        else { continue }
      case .ordinal:
        // Only after an ordinal number: "the 3rd c. BC", "the 19th cent." (not "2 c. flour").
        guard hasPeriod, let suffix = stream.previous(index),
          ["th", "st", "nd", "rd"].contains(stream.text(suffix)), stream.isNumber(suffix - 1)
        else { continue }
        strong = false
      case .any:
        break
      }
      // Before its number ("Vol. I", "No. 5") the period ends nothing.
      let inner = candidate.inner || candidate.context == .number || candidate.context == .degree
      if hasPeriod, !inner, periodEndsSentence(stream, at: index + 1, strong: strong) {
        return Reading(spoken: candidate.spoken + ".", end: after)
      }
      return Reading(spoken: candidate.spoken, end: after)
    }
    return nil
  }

  /// Whether degrees, with minutes or a compass letter, end right before the word at `index`.
  ///
  /// "47° 24′ lat.", "17° long.", "40° 12′ N. lat."; not feet ("a boat 20' long.").
  private func followsCoordinate(_ stream: TokenStream, at index: Int) -> Bool {
    guard stream.isInlineSpace(index - 1), var mark = stream.previous(index) else { return false }
    let letters = ["N", "S", "E", "W"]
    if stream.isMark(mark, "."), letters.contains(stream.text(mark - 1)) {
      mark = stream.previous(mark - 1) ?? -1
    } else if letters.contains(stream.text(mark)) {
      mark = stream.previous(mark) ?? -1
    }
    guard stream.isNumber(mark - 1) else { return false }
    if stream.isMark(mark, "°") { return true }
    guard stream.isMark(mark, "′'″\"") else { return false }
    return (max(0, mark - 8)..<mark).contains { stream.isMark($0, "°") }
  }

  /// The day a weekday abbreviation stands for ("Fri" → "Friday"), from the table.
  private func weekday(_ written: String) -> String? {
    weekday(in: tables.abbreviations[written])
  }

  /// The day among a word's readings from the abbreviations table, if one is a weekday.
  private func weekday(in readings: [NormalizerTables.Abbreviation]?) -> String? {
    readings?.first { $0.spoken.hasSuffix("day") && $0.context == .period }?.spoken
  }
}
