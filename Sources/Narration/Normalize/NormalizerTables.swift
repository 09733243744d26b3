import Foundation

/// The data the normalizer's rules read: abbreviations, units, currencies, months and the rest.
///
/// Bundled tables live in `Resources/Normalizer/` as tab-separated files whose lines starting
/// with `#` are notes. ``lexicon`` is the hook for a user's own readings: a word found there is
/// replaced before any rule looks at it.
public struct NormalizerTables: Sendable {
  /// An abbreviation's reading and the context it applies in.
  struct Abbreviation: Sendable, Hashable {
    enum Context: String, Sendable, Hashable {
      case title, street, number, period, any, degree, ordinal
    }
    var spoken: String
    var context: Context
    /// Also read in full when written without its period.
    var bare: Bool
    /// Never ends a sentence ("cf.", "viz."): its period is always dropped.
    var inner = false
    /// A title naming a place, also read in full before "of" and a name: the Mount of Olives.
    var place = false
  }

  /// A unit's singular and plural reading.
  struct Unit: Sendable, Hashable {
    var singular: String
    var plural: String
    /// Only when written right after the number ("5m").
    var tight: Bool
    /// Only after a slash ("$1/d").
    var perOnly = false
    /// Also before a number, as a marker along a road or river ("at km 42").
    var marker = false
    /// Also spaced after the number when written with its period before "of".
    ///
    /// "2 l. of water": the letter alone is no unit.
    var dotted = false
  }

  /// A currency's names.
  struct Currency: Sendable, Hashable {
    var singular: String
    var plural: String
    var minorSingular: String
    var minorPlural: String
  }

  /// The user's own readings of whole words ("Kyiv" → "Keev"), applied first.
  public var lexicon: [String: String]
  /// Words and phrases of a pronunciation ``Lexicon`` that the normalizer leaves exactly as
  /// written (so "Dr." or "NATO" reach the lexicon), keyed by their first word in lower case.
  var keptWords: [String: [LexiconEntry]] = [:]
  var abbreviations: [String: [Abbreviation]]
  var dotted: [String: String]
  /// Dotted abbreviations that never end a sentence ("i.e."): their period is always dropped.
  var innerDotted: Set<String>
  var symbols: [String: String]
  var units: [String: Unit]
  var longestUnit: Int
  var currencies: [String: Currency]
  var scales: [String: Unit]
  var months: [String: Int]
  /// Month names that are also everyday words ("march", "may"): months only when capitalized.
  var monthWords: Set<String>
  var timeZones: [String: String]
  var acronyms: [String: String]
  var regnalNames: Set<String>
  /// Common first names that rulers also bore ("Michael"): rulers' before a numeral that is
  /// not a lone "I".
  var rulerNames: Set<String>
  var romanCues: Set<String>
  /// Words after a lone "I" that make it the pronoun ("Henry I think"), lower case.
  var pronounCues: Set<String>
  /// Adverbs among ``pronounCues`` before which a ruler's name opening a sentence keeps its
  /// numeral ("Elizabeth I never married").
  var adverbCues: Set<String> = []
  /// Words after which a roman numeral up to XII is an hour on a clock face ("struck XII").
  var hourCues: Set<String>
  /// Books of the Bible and their abbreviations, with the name said for each ("Gen" →
  /// "Genesis"); a chapter and verse after one is read "three sixteen", not as a clock.
  var bibleBooks: [String: String]
  /// Books of the Bible that come numbered ("1 Corinthians"), as written, and whether the
  /// number is theirs only before a chapter and verse ("1 John 3:16", as "2 Kings" may be kings).
  var numberedBooks: [String: Bool]
  /// Names with a letter that is no numeral ("Malcolm X"), as "name letter".
  var lettered: Set<String>
  /// Numerals that before a noun are letters ("IV fluids", "XX chromosomes").
  var letteredNumerals: Set<String> = []
  /// Titles after a ruler's numeral that mark it as a ruler's ("Odo IV, Count of Blois").
  var rulerTitles: Set<String>
  var domainWords: [String: String]
  var topLevelDomains: [String: String]
  var sentenceStarters: Set<String>
  /// Short everyday words that stay words when written in capitals ("THE", "NOW").
  var capitalWords: Set<String>
  /// Capital words that news also writes as acronyms ("ICE" agents): these stay as written
  /// even between lower-case words.
  var capitalAcronyms: Set<String>
  /// Short words said as words in capitals only beside other words in capitals ("I BET").
  var shoutedWords: Set<String>
  /// Words after which a single capital letter is named, not an initial ("Plan B.").
  var letterCues: Set<String>
  /// Consonant pairs that can start an English word ("bl", "st"), for telling acronyms apart.
  var onsets: Set<String>
  /// Consonant pairs that can end an English syllable ("rm", "nd"), for the same test.
  var codas: Set<String>
  /// Numbers with a slash said as set phrases ("24/7" → "twenty four seven").
  var expressions: [String: String]
  /// Quantity words that make a following number a count ("about 1500 soldiers").
  var countCues: Set<String>
  /// Plural nouns that a year before them describes ("2019 levels"), lower case.
  var yearNouns: Set<String>
  /// Words after which a span of years in parentheses is written ("the Tang dynasty (618–907)").
  var spanNouns: Set<String>
  /// Capitalized place words after which a street abbreviation before a name is Saint.
  ///
  /// "the Hotel St. Germain" → "the Hotel Saint Germain".
  var saintPlaces: Set<String>
  /// Words that make "10-2" a team's record, said with "and", by kind (score-context.tsv):
  /// `record`, `link`, `standing`, `season`, and `tally` for votes and results; lower case.
  var scoreContext: [String: Set<String>]
  /// Words before a three-digit number that make it a year ("in 793."), lower case.
  var earlyYearCues: Set<String>
  /// Words that start a span of years ("from 410 to 476"), lower case.
  var yearSpanCues: Set<String>
  /// Words about quantities that keep "from 410 to 476" a count ("rose"), lower case.
  var changeCues: Set<String>
  /// Words that may follow such a year without making it a count ("the", "and").
  var clauseWords: Set<String>
  /// Era words that make a number next to them a year ("340 AD", "AD 79"), in capitals.
  var eras: Set<String>
  /// Words ending in "s" that are not plural nouns ("was", "his").
  var notPlurals: Set<String>
  /// Words after which numbers are read digit by digit ("ending in"), lower case.
  var digitCues: Set<String>
  /// Words after which three or four digits are said in pairs ("Room 101"), lower case.
  var pairCues: Set<String>
  /// Emergency numbers said digit by digit ("911"), and whether they are wherever they stand
  /// alone (true) or only next to a word in ``callWords``.
  var emergencyNumbers: [String: Bool]
  /// Words about calling that make a number next to them an emergency number ("dial 999").
  var callWords: Set<String>
  /// Words near a number that make a glued "C" or "F" a temperature ("highs of 35C"), lower case.
  var temperatureCues: Set<String>
  /// Street types by lower-case written form ("expy" → "Expressway").
  var streetTypes: [String: String]
  /// Compass directions in addresses ("N" → "North").
  var directions: [String: String]
  /// US state codes ("CA" → "California").
  var states: [String: String]
  /// News-agency state abbreviations written with a period ("Ky" → "Kentucky").
  var apStates: [String: String]
  /// Words before a number that make a glued "m", "k" or "b" a scale ("raised 7.6m"), lower case.
  var amountCues: Set<String>
  /// Words near a number that keep a glued "m" a unit ("7.6m tall"), lower case.
  var measureCues: Set<String>
  /// Nouns that a measure before them describes ("the 200m final"), lower case.
  var measureNouns: Set<String>
  /// Plural nouns of measure that a fraction divides ("3/4 cups"), with the names of units.
  var shareNouns: Set<String>
  /// Words after "a 5 km" that are not a noun it describes ("a 10 km or so"), lower case.
  var notNouns: Set<String>
  /// Words right before "6.30" that make it a time of day in British style ("at"), lower case.
  var clockCues: Set<String>
  /// Words before "6.30" that make it a time when "and" and another time follow ("between
  /// 6.30 and 7.45"), lower case.
  var clockSpanCues: Set<String>
  /// Words allowed between a clock cue and "6.30" ("at about"), lower case.
  var nearClockCues: Set<String>
  /// Words earlier in the sentence that keep "6.30" a number ("shares closed at"), lower case.
  var notClockCues: Set<String>
  /// Nouns right after "1:50" that make it a ratio, not a time ("a 1:50 scale"), lower case.
  var ratioNouns: Set<String>
  /// ARPAbet vowel symbols ("AH"), which may carry a stress digit.
  var arpabetVowels: Set<String>
  /// ARPAbet consonant symbols ("HH").
  var arpabetConsonants: Set<String>
  /// Words before "12/25" that make it a day of the year, lower case.
  var dateCues: Set<String>
  /// Words before an abbreviated month with no number next to it that make it the month ("in
  /// Sept."), lower case.
  var monthCues: Set<String>
  /// Parts of a year written as codes ("Q" → "quarter", "H" → "half").
  var yearParts: [String: String]
  /// Words after which a part of a year takes no "the" ("its Q3 2023 results"), lower case.
  var periodDeterminers: Set<String>
  /// Editors' notes in brackets that are not read ("citation needed"), lower case.
  var editorMarks: Set<String>
  /// Words that number an editor's note in brackets ("note" in "[note 3]"), lower case.
  var editorNotes: Set<String>
  /// British spellings that eSpeak NG's American voice says differently, by word ending.
  var americanEndings: [(british: String, american: String)]
  /// Chemical element symbols ("H", "Na"), for formulas ("H2SO4").
  var elements: Set<String> = []
  /// Chemical element names in lower case ("uranium"), for isotopes ("uranium-235").
  var elementNames: Set<String> = []

  /// Month names as spoken, January first.
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Loads the tables that ship with narrate.
  public static func bundled() throws(NarrationError) -> NormalizerTables {
    var files: [String: [[String]]] = [:]
    for name in [
      "abbreviations", "dotted", "symbols", "units", "currencies", "scales", "months", "timezones",
      "acronyms", "roman", "domains", "sentence-starters", "capital-words", "spellings",
      "year-context", "expressions", "addresses", "digit-cues", "temperature-cues", "shouted-words",
      "periods", "amount-cues", "arpabet", "date-cues", "measure-nouns", "clock-cues",
      "editor-marks", "bible-books", "score-context", "saint-places", "elements",
    ] {
      files[name] = parseRows(try Resources.text(at: Resources.url("Normalizer/\(name).tsv")))
    }
    return NormalizerTables(rows: files)
  }

  /// Builds tables from parsed rows, keyed by file name without extension.
  init(rows files: [String: [[String]]]) {
    func rows(_ name: String) -> [[String]] { files[name] ?? [] }
    func field(_ row: [String], _ index: Int) -> String { index < row.count ? row[index] : "" }
    lexicon = [:]
    abbreviations = [:]
    for row in rows("abbreviations") where row.count >= 3 {
      let context = Abbreviation.Context(rawValue: row[2]) ?? .period
      let flags = Set(row.dropFirst(3))
      abbreviations[row[0], default: []].append(
        Abbreviation(
          spoken: row[1], context: context, bare: flags.contains("bare"),
          inner: flags.contains("inner"), place: flags.contains("place")))
    }
    dotted = [:]
    innerDotted = []
    for row in rows("dotted") where row.count >= 2 {
      dotted[row[0].lowercased()] = row[1]
      if field(row, 2) == "inner" { innerDotted.insert(row[0].lowercased()) }
    }
    symbols = [:]
    for row in rows("symbols") { symbols[row[0]] = field(row, 1) }
    units = [:]
    for row in rows("units") where row.count >= 3 {
      let flags = Set(row.dropFirst(3))
      units[row[0]] = Unit(
        singular: row[1], plural: row[2], tight: flags.contains("tight"),
        perOnly: flags.contains("per"), marker: flags.contains("marker"),
        dotted: flags.contains("dotted"))
    }
    longestUnit = units.keys.map(\.unicodeScalars.count).max() ?? 0
    currencies = [:]
    for row in rows("currencies") where row.count >= 3 {
      currencies[row[0]] = Currency(
        singular: row[1], plural: row[2], minorSingular: field(row, 3),
        minorPlural: field(row, 4))
    }
    scales = [:]
    for row in rows("scales") where row.count >= 2 {
      scales[row[0]] = Unit(singular: row[1], plural: row[1], tight: field(row, 2) == "tight")
    }
    months = [:]
    monthWords = []
    for row in rows("months") where row.count >= 2 {
      months[row[0]] = Int(row[1])
      if field(row, 2) == "word" { monthWords.insert(row[0].lowercased()) }
    }
    timeZones = [:]
    for row in rows("timezones") where row.count >= 2 { timeZones[row[0]] = row[1] }
    acronyms = [:]
    for row in rows("acronyms") where row.count >= 2 { acronyms[row[0]] = row[1] }
    regnalNames = []
    rulerNames = []
    romanCues = []
    rulerTitles = []
    lettered = []
    pronounCues = []
    hourCues = []
    for row in rows("roman") where row.count >= 2 {
      switch row[0] {
      case "regnal": regnalNames.insert(row[1])
      case "name": rulerNames.insert(row[1])
      case "title": rulerTitles.insert(row[1])
      case "letter": lettered.insert(row[1])
      case "letters": letteredNumerals.insert(row[1])
      case "pronoun": pronounCues.insert(row[1].lowercased())
      case "adverb":
        pronounCues.insert(row[1].lowercased())
        adverbCues.insert(row[1].lowercased())
      case "hour": hourCues.insert(row[1].lowercased())
      default: romanCues.insert(row[1])
      }
    }
    bibleBooks = [:]
    numberedBooks = [:]
    for row in rows("bible-books") where row.count >= 2 {
      bibleBooks[row[0]] = row[1]
      switch field(row, 2) {
      case "numbered": numberedBooks[row[0]] = false
      case "numbered-verse": numberedBooks[row[0]] = true
      default: break
      }
    }
    domainWords = [:]
    topLevelDomains = [:]
    for row in rows("domains") where row.count >= 2 {
      if row[1] == "tld" {
        topLevelDomains[row[0]] = field(row, 2)
      } else {
        domainWords[row[0]] = row[1]
      }
    }
    sentenceStarters = Set(rows("sentence-starters").map { $0[0] })
    capitalWords = []
    capitalAcronyms = []
    onsets = []
    codas = []
    letterCues = []
    for row in rows("capital-words") {
      if row[0] == "letter", row.count >= 2 {
        letterCues.insert(row[1])
      } else if row[0] == "onset", row.count >= 2 {
        onsets.insert(row[1])
      } else if row[0] == "coda", row.count >= 2 {
        codas.insert(row[1])
      } else if row[0] == "acronym", row.count >= 2 {
        capitalAcronyms.insert(row[1])
      } else {
        capitalWords.insert(row[0])
      }
    }
    expressions = [:]
    for row in rows("expressions") where row.count >= 2 { expressions[row[0]] = row[1] }
    countCues = Set(rows("year-context").filter { $0.count >= 2 && $0[0] == "count" }.map { $0[1] })
    yearNouns = Set(
      rows("year-context").filter { $0.count >= 2 && $0[0] == "yearnoun" }.map { $0[1] })
    eras = Set(rows("year-context").filter { $0.count >= 2 && $0[0] == "era" }.map { $0[1] })
    func yearWords(_ kind: String) -> Set<String> {
      Set(rows("year-context").filter { $0.count >= 2 && $0[0] == kind }.map { $0[1] })
    }
    saintPlaces = Set(rows("saint-places").map { $0[0] })
    scoreContext = [:]
    for row in rows("score-context") where row.count >= 2 {
      scoreContext[row[0], default: []].insert(row[1])
    }
    earlyYearCues = yearWords("early")
    yearSpanCues = yearWords("from")
    changeCues = yearWords("change")
    clauseWords = yearWords("clause")
    spanNouns = Set(
      rows("year-context").filter { $0.count >= 2 && $0[0] == "span" }.map { $0[1] })
    notPlurals = Set(
      rows("year-context").filter { $0.count >= 2 && $0[0] == "notplural" }.map { $0[1] })
    digitCues = []
    emergencyNumbers = [:]
    callWords = []
    pairCues = []
    for row in rows("digit-cues") {
      if row[0] == "emergency", row.count >= 2 {
        emergencyNumbers[row[1]] = field(row, 2) == "always"
      } else if row[0] == "call", row.count >= 2 {
        callWords.insert(row[1].lowercased())
      } else if row[0] == "pairs", row.count >= 2 {
        pairCues.insert(row[1].lowercased())
      } else {
        digitCues.insert(row[0].lowercased())
      }
    }
    temperatureCues = Set(rows("temperature-cues").map { $0[0].lowercased() })
    shoutedWords = Set(rows("shouted-words").map { $0[0].lowercased() })
    streetTypes = [:]
    directions = [:]
    states = [:]
    apStates = [:]
    for row in rows("addresses") where row.count >= 3 {
      switch row[0] {
      case "street": streetTypes[row[1].lowercased()] = row[2]
      case "direction": directions[row[1]] = row[2]
      case "state": states[row[1]] = row[2]
      case "ap": apStates[row[1]] = row[2]
      default: break
      }
    }
    amountCues = []
    measureCues = []
    for row in rows("amount-cues") where row.count >= 2 {
      if row[0] == "amount" { amountCues.insert(row[1].lowercased()) }
      if row[0] == "measure" { measureCues.insert(row[1].lowercased()) }
    }
    measureNouns = []
    notNouns = []
    // (Units said only after a slash, like "$5/person", are not measures.)
    shareNouns = Set(units.values.filter { !$0.perOnly }.flatMap { [$0.singular, $0.plural] })
    for row in rows("measure-nouns") where row.count >= 2 {
      if row[0] == "noun" { measureNouns.insert(row[1].lowercased()) }
      if row[0] == "not" { notNouns.insert(row[1].lowercased()) }
      if row[0] == "share" { shareNouns.insert(row[1].lowercased()) }
    }
    clockCues = []
    clockSpanCues = []
    notClockCues = []
    nearClockCues = []
    ratioNouns = []
    for row in rows("clock-cues") where row.count >= 2 {
      if row[0] == "ratio" { ratioNouns.insert(row[1].lowercased()) }
      if row[0] == "cue" { clockCues.insert(row[1].lowercased()) }
      if row[0] == "span" { clockSpanCues.insert(row[1].lowercased()) }
      if row[0] == "not" { notClockCues.insert(row[1].lowercased()) }
      if row[0] == "near" { nearClockCues.insert(row[1].lowercased()) }
    }
    arpabetVowels = Set(rows("arpabet").filter { $0.count >= 2 && $0[0] == "vowel" }.map { $0[1] })
    arpabetConsonants = Set(
      rows("arpabet").filter { $0.count >= 2 && $0[0] == "consonant" }.map { $0[1] })
    dateCues = Set(rows("date-cues").filter { field($0, 1) != "month" }.map { $0[0].lowercased() })
    monthCues = dateCues.union(rows("date-cues").map { $0[0].lowercased() })
    yearParts = [:]
    periodDeterminers = []
    for row in rows("periods") where row.count >= 2 {
      if row[0] == "part", row.count >= 3 {
        yearParts[row[1]] = row[2]
      } else if row[0] == "determiner" {
        periodDeterminers.insert(row[1].lowercased())
      }
    }
    editorMarks = []
    editorNotes = []
    for row in rows("editor-marks") where row.count >= 2 {
      if row[0] == "mark" { editorMarks.insert(row[1].lowercased()) }
      if row[0] == "note" { editorNotes.insert(row[1].lowercased()) }
    }
    americanEndings = rows("spellings").filter { $0.count >= 2 }.map { ($0[0], $0[1]) }
    elements = Set(rows("elements").map { $0[0] })
    elementNames = Set(rows("elements").filter { $0.count >= 2 }.map { $0[1] })
  }

  /// Returns these tables with the user's own word readings added (later entries win).
  public func withLexicon(_ entries: [String: String]) -> NormalizerTables {
    var copy = self
    copy.lexicon.merge(entries) { _, new in new }
    return copy
  }

  /// Returns these tables with a pronunciation lexicon's words left as written.
  ///
  /// The lexicon itself runs after normalization (see ``ScriptBuilder``); without this, a rule
  /// would already have rewritten "Dr." or "NATO" and the user's entry would never match.
  public func withLexicon(_ lexicon: Lexicon) -> NormalizerTables {
    var copy = self
    for entry in lexicon.entries {
      guard let first = entry.word.split(whereSeparator: \.isWhitespace).first else { continue }
      copy.keptWords[first.lowercased(), default: []].append(entry)
    }
    return copy
  }

  /// Splits a tab-separated table into rows of fields, skipping notes and blank lines.
  static func parseRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard let first = fields.first, !first.isEmpty else { continue }
      rows.append(fields)
    }
    return rows
  }
}
