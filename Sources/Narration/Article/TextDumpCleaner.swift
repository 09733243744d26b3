import Foundation

/// Cleans a plain-text page dump (a line per block) by structural signals and boilerplate rules.
///
/// Every line is sorted into a class (prose, short sentence, short line, timestamp, rule match,
/// section label, …) and scored: long sentences score high, short chrome lines, runs of them and
/// timestamps score low. The article body is the contiguous run with the highest total that does
/// not cross a section label ("News Feed", "Comments"). Inside it, prose becomes paragraphs and
/// list items, short lines that introduce prose become headings, and everything else is dropped.
/// Title, byline and date are read from the lines just above the body.
struct TextDumpCleaner {
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
    /// them).
    case doubled
    /// Text above the article's byline or date inside the body's first lines: a photo's caption
    /// or a teaser, not the story (which starts below its header).
    case header
    /// A caption in a photo gallery: one of three or more in a row, each above its credit.
    case gallery
    /// A headline or summary in a list of teasers: three or more in a row, each above its
    /// "Read more" link.
    case teaserList
    /// The author's box at the end of the article: their name, then a few lines about them.
    case authorBox
    /// A short line between two lines of chrome that rules recognised: part of their box.
    case boxed
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
    let physical = TextLines.split(text)
    let units = Self.units(physical)
    let lines = units.map(\.text)
    let signals = units.map { $0.signals ?? LineSignals($0.text) }
    var classes = classify(lines, signals)
    let headline = PageHeadline.find(lines)
    let words = signals.map(\.effectiveWords)
    // Whether the rules were tried on each line (what they found goes into its class).
    var tried = [Bool](repeating: false, count: units.count)
    var parts: [Range<Int>] = []
    // The lines a line rule matched, in order (photo credits and "Read more" links among them).
    var ruleLines: [Int] = []
    func evaluate(_ range: Range<Int>) -> Bool {
      var changed = false
      defer { ruleLines.sort() }
      for index in range where !tried[index] {
        var hit: Hit = (nil, nil)
        for number in units[index].lines {
          // Text browsers set a marker before each item of a list (a menu's too): the rules
          // judge what the item says.
          let line = physical[number]
          hit = matcher.match(Self.listItemText(line) ?? line)
          if hit.section != nil || hit.line != nil { break }
        }
        tried[index] = true
        if let section = hit.section {
          classes[index] = .section(section)
          changed = true
        } else if let line = hit.line {
          classes[index] = .rule(line)
          ruleLines.append(index)
          changed = true
        }
      }
      return changed
    }
    for _ in 0..<8 {
      parts = selector(classes, words: words, rules: ruleLines, headline: headline).select()
      var zone =
        if let first = parts.first, let last = parts.last {
          max(
            0, first.lowerBound - Self.ruleMargin)..<min(
              units.count, last.upperBound + Self.ruleMargin)
        } else {
          0..<units.count
        }
      var changed = evaluate(zone)
      // A gallery that reaches the edge of the zone may have more of the article beyond it.
      while zone.lowerBound > 0, hasCredit(zone.prefix(Self.galleryStride), classes) {
        let lower = max(0, zone.lowerBound - Self.ruleMargin)
        changed = evaluate(lower..<zone.lowerBound) || changed
        zone = lower..<zone.upperBound
      }
      while zone.upperBound < units.count, hasCredit(zone.suffix(Self.galleryStride), classes) {
        let upper = min(units.count, zone.upperBound + Self.ruleMargin)
        changed = evaluate(zone.upperBound..<upper) || changed
        zone = zone.lowerBound..<upper
      }
      if !changed { break }
    }
    // Galleries and teaser lists are found among the rule lines the selection saw, so that
    // `--explain` gives the same article.
    let selectionRules = ruleLines
    if explainAll { _ = evaluate(0..<units.count) }
    var inBody = [Bool](repeating: false, count: units.count)
    for part in parts {
      for index in part { inBody[index] = true }
    }
    dropGalleryCaptions(&classes, inBody, rules: selectionRules)
    markTeaserLists(&classes, rules: selectionRules)
    dropEdges(parts, lines, &classes, &inBody)
    dropAuthorBox(parts, lines, &classes, &inBody)
    dropBoxedLines(lines, signals, &classes, &inBody)
    let listed = introducedLists(lines, classes, signals, &inBody)
    let meta = metadata(lines, classes, body: parts.first ?? 0..<0, headline: headline)
    if let standfirst = meta.standfirst { inBody[standfirst] = true }
    dropHeaderTexts(parts, meta, &classes, &inBody)
    let lead = leadCaption(parts, classes, signals, rules: selectionRules)
    let interior = Self.interiorShortLines(parts, classes)
    let headlines = Self.headlineLists(lines, signals, classes, inBody, listed: listed)
    var blocks: [ArticleBlock] = []
    var dropped: [DroppedLine] = []
    // Room for every line at once: growing a page's list step by step copies it over and over.
    dropped.reserveCapacity(physical.count)
    for index in units.indices {
      let line = lines[index]
      let range = (units[index].lines.lowerBound + 1)...(units[index].lines.upperBound + 1)
      func drop(_ reason: String) {
        for number in range where !physical[number - 1].isEmpty {
          dropped.append(DroppedLine(line: number, text: physical[number - 1], reason: reason))
        }
      }
      if meta.used.contains(index) {
        drop(meta.reasons[index] ?? "signal:metadata")
        continue
      }
      guard inBody[index] else {
        drop(Self.reason(classes[index]) ?? "signal:outside-article")
        continue
      }
      switch classes[index] {
      case .fragment where isCaption(index, classes), .short where isCaption(index, classes):
        drop("signal:caption")
      case .prose where index == lead && isCaption(index, classes),
        .sentence where index == lead && isCaption(index, classes):
        // The lead photo's caption is a sentence too, above its credit and the story.
        drop("signal:caption")
      case .prose, .sentence, .fragment, .teaser:
        if let item = Self.listItemText(line) {
          blocks.append(ArticleBlock(kind: .listItem, text: item, lines: range))
        } else {
          blocks.append(ArticleBlock(kind: .paragraph, text: line, lines: range))
        }
      case .short:
        let next = index + 1
        // A heading introduces prose or a list (the introduced list's items are items).
        if listed.contains(index) {
          blocks.append(ArticleBlock(kind: .listItem, text: line, lines: range))
        } else if headlines.contains(index) {
          drop("signal:headline-list")
        } else if Self.isHeading(line, signals[index]), !Self.hasBullet(line), next < units.count,
          inBody[next],
          [.prose, .sentence, .fragment].contains(classes[next]) || listed.contains(next)
            || (Self.listItemText(lines[next]) != nil && signals[next].words >= 3)
        {
          blocks.append(ArticleBlock(kind: .heading, text: line, lines: range))
        } else if let item = Self.listItemText(line), signals[index].words >= 3 {
          blocks.append(ArticleBlock(kind: .listItem, text: item, lines: range))
        } else if interior.contains(index) {
          let item = Self.listItemText(line)
          blocks.append(
            ArticleBlock(
              kind: item == nil ? .paragraph : .listItem, text: item ?? line, lines: range))
        } else {
          drop("signal:short-line")
        }
      default:
        drop(Self.reason(classes[index]) ?? "signal:short-line")
      }
    }
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
  /// it is as long as a wrapped line (a short one is a date or a time, not part of a paragraph). A joined line that a rule matches drops the whole
  /// unit.
  static func units(_ lines: [String]) -> [Unit] {
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
      let lastCharacter = beforeText.last,
      lastCharacter.isLetter || ",-–(“‘«%”’".contains(lastCharacter)
        || (lastCharacter.isNumber && before.length >= wrappedLineLength)
    else { return false }
    // A word with a capital after its first letter ("iOS", "eBay") starts a sentence of its own.
    let startsLower =
      first.properties.isLowercase
      && !line.utf8.prefix { $0 != 0x20 }.contains { $0 >= 0x41 && $0 <= 0x5A }
    // After a number, only a lowercase word or the paragraph's tail goes on with it (a line
    // of references ends in a number above a line of its own).
    guard
      startsLower || isTail
        || (blanks == 0 && before.length >= wrappedLineLength && signal.words >= 3
          && !lastCharacter.isNumber)
    else {
      return false
    }
    return listItemText(line) == nil && Byline.name(in: line) == nil
  }
}
