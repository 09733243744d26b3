import Foundation

/// Cleans a plain-text page dump (a line per block) by structural signals and boilerplate rules.
///
/// Every line is sorted into a class (prose, short sentence, short line, timestamp, rule match,
/// section label, …) and scored: long sentences score high, short chrome lines, runs of them and
/// timestamps score low. The article body is the contiguous run with the highest total that does
/// not cross a section label ("News Feed", "Comments"). Inside it, prose becomes paragraphs and
/// list items, short lines that introduce prose become headings, and everything else is dropped.
/// Title, byline and date are read from the lines just above the body.
struct TextDumpCleaner: Sendable {
  let matcher: RuleMatcher
  let dates: PublicationDate

  /// What a line is, as far as the cleaner can tell from the line and its repetitions.
  enum LineClass: Equatable {
    case prose
    /// A long line that stops without sentence punctuation: a caption, teaser or list entry
    /// more often than a paragraph.
    case fragment
    /// A long line that trails off with an ellipsis: a teaser for another page.
    case teaser
    case sentence
    case short
    case repeated
    case timestamp
    case dateLine
    case byline
    case packedList
    /// A line of text given twice: the same as the line next to it, or opening with the same
    /// words twice over (an image's alternative text and its caption, as text browsers dump
    /// them), or the body's first paragraph that the next ones say again (the page's summary or
    /// the lead photo's caption above the story).
    case doubled
    /// Text above the article's byline or date inside the body's first lines: a photo's caption
    /// or a teaser, not the story (which starts below its header).
    case header
    /// Text above the paragraph that opens with the story's dateline ("HARBOR CITY (Harbor
    /// Wire) — …"): a caption or a summary, not the story.
    case aboveDateline
    /// A caption in a photo gallery: one of three or more in a row, each above its credit.
    case gallery
    /// A headline or summary in a list of teasers: three or more in a row, each above its
    /// "Read more" link.
    case teaserList
    /// The author's box at the end of the article: their name, then a few lines about them.
    case authorBox
    /// A short line between two lines of chrome that rules recognised: part of their box.
    case boxed
    /// A line of a comment thread: the comments' names, dates and text (see
    /// ``markCommentThreads(_:_:_:)``).
    case comment
    /// A line of a block of program code: the article's example, kept as it stands (see
    /// ``markCode(_:_:)``).
    case code
    /// The time of a live page's post, or its writer's name below it (see
    /// ``markLiveEntries(_:_:_:)``): it parts the story's posts, as a subheading does.
    case liveStamp
    case rule(String)
    case section(String)

    /// Whether the line reads as body text: prose, a short sentence or a long fragment.
    var isBodyLike: Bool {
      switch self {
      case .prose, .sentence, .fragment: return true
      default: return false
      }
    }
  }

  init(matcher: RuleMatcher, dates: PublicationDate = PublicationDate()) {
    self.matcher = matcher
    self.dates = dates
  }

  /// One logical line: a physical line, or a paragraph hard-wrapped over several lines.
  struct Unit {
    var text: String
    /// 0-based indices of the first and last physical line.
    var lines: ClosedRange<Int>
    /// The signals of a unit of one line (`nil` once lines are joined), to save reading it twice.
    var signals: LineSignals?
  }

  /// A unit's rule matches: a section label, or a line rule.
  typealias Hit = (section: String?, line: String?)

  /// How far beyond the chosen body rules are tried, in logical lines.
  static let ruleMargin = 24

  /// Cleans a dump.
  ///
  /// Rules are regular expressions and cost far more than the structural signals, so they are
  /// tried only on the lines around the body the signals pick (which is then picked again,
  /// until no new rule matches), or on every line when `explainAll` asks for the reason of
  /// every dropped line.
  func clean(_ text: String, explainAll: Bool = false) -> CleaningResult {
    let physical = Self.withoutTableBorders(TextLines.split(text))
    let wrapped = Self.isHardWrapped(physical)
    let units = Self.units(physical, wrapWidth: wrapped ? Self.wrapWidth(physical) : nil)
    let lines = units.map(\.text)
    let signals = units.map { $0.signals ?? LineSignals($0.text) }
    let headline = PageHeadline.find(lines)
    var shapes = classify(lines, signals)
    Self.markCode(units, &shapes)
    Self.markCaptionEchoes(lines, &shapes)
    Self.markCardLists(lines, units, physical, &shapes)
    markCommentThreads(lines, signals, &shapes)
    Self.markLiveEntries(lines, signals, &shapes)
    Self.markDatedCards(lines, signals, &shapes)
    Self.markNumberedItems(lines, signals, &shapes)
    Self.markQuantityLists(lines, signals, &shapes)
    var trial = RuleTrial(matcher: matcher, physical: physical, units: units, classes: shapes)
    let parts = selectBody(
      &trial, words: signals.map(\.effectiveWords), headline: headline,
      tables: Self.tableLines(units, lines, signals, shapes))
    // Galleries and teaser lists are found among the rule lines the selection saw, so that
    // `--explain` gives the same article.
    let selectionRules = trial.ruleLines
    if explainAll { _ = trial.evaluate(0..<units.count) }
    var classes = trial.classes
    markNamedDates(lines, signals, parts, &classes)
    var inBody = [Bool](repeating: false, count: units.count)
    for part in parts {
      for index in part { inBody[index] = true }
    }
    dropGalleryCaptions(&classes, inBody, rules: selectionRules)
    markTeaserLists(&classes, rules: selectionRules)
    // The author's box first: a biography in it is the box's, whatever edge rule reads it.
    dropAuthorBox(parts, lines, &classes, &inBody)
    dropEdges(parts, lines, &classes, &inBody)
    dropBoxedLines(lines, signals, &classes, &inBody)
    dropTeaserLinks(signals, &classes, &inBody)
    dropFormBoxes(lines, signals, &classes, &inBody)
    let listed = introducedLists(lines, classes, signals, &inBody)
    let meta = metadata(lines, classes, body: parts.first ?? 0..<0, headline: headline)
    if let standfirst = meta.standfirst { inBody[standfirst] = true }
    dropHeaderTexts(parts, meta, &classes, &inBody)
    dropAboveDateline(parts, lines, &classes, &inBody)
    dropRepeatedOpening(lines, &classes, &inBody)
    let headlines = Self.headlineLists(lines, signals, classes, inBody, listed: listed)
    let layout = Layout(
      inBody: inBody, meta: meta, lead: leadCaption(parts, classes, signals, rules: selectionRules),
      listed: listed, headlines: headlines.lists,
      interior: Self.interiorShortLines(parts, classes), subheadings: headlines.subheadings,
      wrapped: wrapped)
    let (blocks, dropped) = self.blocks(units, physical, signals, classes, layout)
    let article = Article(
      title: meta.title, byline: meta.byline, published: meta.published, blocks: blocks)
    return CleaningResult(article: article, dropped: dropped)
  }

  /// Groups physical lines into logical ones, joining the lines of hard-wrapped paragraphs.
  ///
  /// A line continues the one before when that one stops mid-sentence (no closing punctuation,
  /// several words) and it starts with a lowercase word, or follows with no blank line between
  /// and is itself several words long, or is the paragraph's last word or two with its full
  /// stop. The line before may end in a word, a comma, a dash or a typographic quotation mark
  /// (a dump wraps wherever the width runs out; straight quotes end code), or in a number when
  /// it is as long as a wrapped line (a short one is a date or a time, not part of a paragraph).
  /// In a dump that wraps its lines at `wrapWidth` columns (see ``wrapWidth(_:)``), a full line
  /// goes on in the next one more often still (see ``goesOnWrapped(_:_:with:_:width:)``). A
  /// joined line that a rule matches drops the whole unit.
  static func units(_ lines: [String], wrapWidth: Int? = nil) -> [Unit] {
    var units: [Unit] = []
    // Room for every line at once: growing a page's list step by step copies it over and over.
    units.reserveCapacity(lines.count)
    var blanks = 0
    var previous: LineSignals?
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        blanks += 1
        continue
      }
      let signal = LineSignals(line)
      if let last = units.last, let before = previous,
        continues(before, last.text, with: signal, line, blanks: blanks)
          || (blanks == 0 && goesOnWrapped(before, last.text, with: signal, line, width: wrapWidth))
      {
        units[units.count - 1].text += " " + line
        units[units.count - 1].lines = last.lines.lowerBound...index
        units[units.count - 1].signals = nil
      } else {
        units.append(Unit(text: line, lines: index...index, signals: signal))
      }
      previous = signal
      blanks = 0
    }
    return units
  }

  /// The least length of a line that a dump wrapped (at 72 to 80 columns, most often).
  static let wrappedLineLength = 50

  private static func continues(
    _ before: LineSignals, _ beforeText: String, with signal: LineSignals, _ line: String,
    blanks: Int
  ) -> Bool {
    // The last word or two of a wrapped paragraph, with its full stop, on a line of its own.
    let isTail =
      blanks == 0 && before.length >= wrappedLineLength && signal.words <= 2
      && signal.endsSentence && signal.hasLowercase
    guard blanks <= 1, !before.endsSentence, before.words >= 3, before.hasLowercase,
      !before.unspacedScript, signal.words >= 2 || isTail, let first = line.unicodeScalars.first,
      let last = lastCharacter(beforeText),
      last.goesOn || (last.isNumber && before.length >= wrappedLineLength)
    else { return false }
    // A word with a capital after its first letter ("iOS", "eBay") starts a sentence of its own.
    let startsLower =
      (first.isASCII ? first.value >= 0x61 && first.value <= 0x7A : first.properties.isLowercase)
      && !line.utf8.prefix { $0 != 0x20 }.contains { $0 >= 0x41 && $0 <= 0x5A }
    // After a number, only a lowercase word or the paragraph's tail goes on with it (a line
    // of references ends in a number above a line of its own).
    guard
      startsLower || isTail
        || (blanks == 0 && before.length >= wrappedLineLength && signal.words >= 3
          && !last.isNumber)
    else {
      return false
    }
    return listItemText(line) == nil && Byline.name(in: line) == nil
  }

  /// What a line's last character says about the line going on in the next one: whether a
  /// wrapped paragraph goes on after it (a letter, a comma, a dash, an opening bracket or
  /// quotation mark, a typographic closing quote, a per cent sign), and whether it is a number.
  ///
  /// Reads the last byte alone when it and the byte before are ASCII (the last byte is then
  /// the last character): this is asked of nearly every line of a dump.
  private static func lastCharacter(_ text: String) -> (goesOn: Bool, isNumber: Bool)? {
    let bytes = text.utf8
    guard let lastByte = bytes.last else { return nil }
    if lastByte < 0x80,
      bytes.count == 1 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] < 0x80
    {
      switch lastByte {
      case 0x41...0x5A, 0x61...0x7A, 0x2C, 0x2D, 0x28, 0x25: return (true, false)
      case 0x30...0x39: return (false, true)
      default: return (false, false)
      }
    }
    guard let character = text.last else { return nil }
    return (character.isLetter || ",-–(“‘«%”’".contains(character), character.isNumber)
  }
}
