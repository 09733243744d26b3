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
    // Text that the body opens with above the byline or date is not the story, which starts
    // below its header: a photo's caption, or a teaser of the story (a standfirst is kept).
    // More such lines are the story's own opening above a date set after it.
    if let anchor = meta.anchor, let first = parts.first?.lowerBound, first < anchor {
      let above = (first..<anchor).filter { index in
        inBody[index] && classes[index].isBodyLike && index != meta.standfirst
      }
      if above.count <= Self.maximumHeaderTexts {
        for index in above {
          classes[index] = .header
          inBody[index] = false
        }
      }
    }

    // The body's first line of text, when it may be the lead photo's caption: short enough,
    // above a credit of a few words, and not one of a slideshow's captions.
    let lead = parts.first.flatMap { part in part.first { classes[$0].isBodyLike } }.flatMap {
      signals[$0].words <= Self.leadCaptionWords && $0 + 1 < units.count
        && signals[$0 + 1].words <= Self.leadCreditWords
        && !isInGallery($0, classes, rules: selectionRules)
        ? $0 : nil
    }
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

  // MARK: - Classes and scores

  private func classify(_ lines: [String], _ signals: [LineSignals]) -> [LineClass] {
    // Long lines are not counted: they are prose, or chrome that other signals catch.
    let hashes = lines.map { $0.utf8.count <= 160 ? RuleMatcher.hash($0.utf8) : 0 }
    let counts = LineCounter(hashes)
    var classes = [LineClass](repeating: .short, count: lines.count)
    for index in lines.indices {
      let line = lines[index]
      let signal = signals[index]
      let mayBeTime = signal.words <= 10 && Self.mayBeTime(line)
      if mayBeTime && signal.words <= 6 && dates.isTimestamp(line) {
        classes[index] = .timestamp
      } else if mayBeTime && dates.dateLine(line) != nil {
        classes[index] = .dateLine
      } else if signal.words <= Self.maximumDatesWords, isDates(line) {
        classes[index] = .dateLine
      } else if Byline.name(in: line) != nil {
        classes[index] = .byline
      } else if Self.isPackedList(line) {
        classes[index] = .packedList
      } else if signal.isProse, Self.isDoubled(index, lines, signal) {
        classes[index] = .doubled
      } else if signal.isProse {
        if Self.endsWithEllipsis(line) {
          classes[index] = .teaser
        } else {
          classes[index] = signal.endsSentence || signal.unspacedScript ? .prose : .fragment
        }
      } else if counts[hashes[index]] >= 2 {
        classes[index] = .repeated
      } else if signal.isShortSentence {
        classes[index] = .sentence
      } else {
        classes[index] = .short
      }
    }
    return classes
  }

  /// The score of each line: positive for prose, negative for chrome, stronger in runs.
  static func scores(_ classes: [LineClass], words: [Int]) -> [Double] {
    var scores = [Double](repeating: 0, count: classes.count)
    // Lengths of runs of consecutive non-prose lines (blank lines do not break a run).
    var runStart = 0
    var runLength = 0
    func closeRun(at end: Int) {
      guard runLength >= 3 else { return }
      for index in runStart..<end where scores[index] < 0 { scores[index] -= 1.5 }
    }
    for (index, lineClass) in classes.enumerated() {
      switch lineClass {
      case .prose: scores[index] = Double(words[index])
      case .fragment: scores[index] = Double(words[index]) * 0.25
      case .teaser: scores[index] = -2
      case .sentence: scores[index] = 1
      case .short: scores[index] = -2
      case .repeated, .doubled, .header, .rule, .dateLine, .byline, .gallery, .teaserList,
        .authorBox,
        .boxed:
        scores[index] = -3
      case .packedList: scores[index] = -6
      case .timestamp: scores[index] = -10
      case .section: scores[index] = -20
      }
      if lineClass == .prose || lineClass == .sentence || lineClass == .fragment {
        closeRun(at: index)
        runLength = 0
      } else {
        if runLength == 0 { runStart = index }
        runLength += 1
      }
    }
    closeRun(at: classes.count)
    // Headline lists: three or more long lines without sentence punctuation, with no prose or
    // short sentence between them, are teasers for other pages rather than paragraphs. A line
    // longer than any teaser is a paragraph that lost its full stop, and ends the list as prose
    // does.
    var listStart = 0
    var fragments = 0
    func closeList(at end: Int) {
      guard fragments >= Self.headlineListLength else { return }
      for index in listStart..<end where classes[index] == .fragment { scores[index] = -1 }
    }
    for (index, lineClass) in classes.enumerated()
    where lineClass == .prose || lineClass == .sentence || lineClass == .fragment {
      if lineClass == .fragment, words[index] <= Self.maximumTeaserWords {
        if fragments == 0 { listStart = index }
        fragments += 1
      } else {
        closeList(at: index)
        fragments = 0
      }
    }
    closeList(at: classes.count)
    return scores
  }

  /// How many long lines without sentence punctuation in a row make a list of headlines.
  static let headlineListLength = 3
  /// The most words of a line in a list of headlines (a headline with its summary, or a long
  /// photo caption of an agency).
  static let maximumTeaserWords = 120

  /// Drops the paragraphs at the edges of the body's parts that an edge rule matches (a
  /// newsletter plea, an author's biography), when the body has enough paragraphs to spare them.
  private func dropEdges(
    _ parts: [Range<Int>], _ lines: [String], _ classes: inout [LineClass], _ inBody: inout [Bool]
  ) {
    let texts = parts.map { part in
      part.filter { [.prose, .sentence, .fragment, .teaser].contains(classes[$0]) }
    }
    let window = CleaningRules.edgeWindow
    guard texts.map(\.count).reduce(0, +) > window.start + window.end else { return }
    for text in texts {
      for index in Set(text.prefix(window.start) + text.suffix(window.end)) {
        guard let id = matcher.edgeRule(lines[index]) else { continue }
        classes[index] = .rule(id)
        inBody[index] = false
      }
    }
  }

  /// Drops the author's box at the end of the body: a line that is a person's name, above one
  /// of the last paragraphs, which names them again in its first words ("Jane is a reporter…",
  /// "I'm Jane and…"), and everything from there to the end.
  ///
  /// Pages put the box right after the story, where it reads as more of it; a story's own
  /// paragraphs seldom follow a line that is just a name. A name's words are proper nouns, so a
  /// line whose words the story also uses in lower case ("Harbor Clock Tower" in a story about
  /// the tower) is a subheading instead.
  private func dropAuthorBox(
    _ parts: [Range<Int>], _ lines: [String], _ classes: inout [LineClass], _ inBody: inout [Bool]
  ) {
    guard let last = parts.last else { return }
    let texts = parts.flatMap { part in part.filter { classes[$0].isBodyLike && inBody[$0] } }
    let window = CleaningRules.edgeWindow
    guard texts.count > window.start + window.end else { return }
    for index in texts.suffix(window.end) where index > last.lowerBound {
      let name = index - 1
      guard [.short, .repeated].contains(classes[name]), Self.looksLikeName(lines[name]),
        Self.namesAgain(lines[index], lines[name])
      else { continue }
      let common = Set(
        texts.flatMap { lines[$0].split(separator: " ") }.map { $0.filter(\.isLetter) }.filter {
          $0.first?.isLowercase == true
        })
      guard !lines[name].split(separator: " ").contains(where: { common.contains($0.lowercased()) })
      else { continue }
      for line in name..<last.upperBound {
        classes[line] = .authorBox
        inBody[line] = false
      }
      return
    }
  }

  /// The least words of a line in a list of headlines inside the body.
  static let headlineListWords = 4

  /// The short lines of the body that stand in a run of two or more headline-like lines (a
  /// capital first, at least ``headlineListWords`` words, no closing punctuation): links to other
  /// stories that pages set between two paragraphs, as a story's own subheading stands alone.
  static func headlineLists(
    _ lines: [String], _ signals: [LineSignals], _ classes: [LineClass], _ inBody: [Bool],
    listed: Set<Int>
  ) -> Set<Int> {
    func isHeadline(_ index: Int) -> Bool {
      classes[index] == .short && inBody[index] && !listed.contains(index)
        && signals[index].words >= headlineListWords && lines[index].first?.isUppercase == true
        && isHeading(lines[index], signals[index])
    }
    var found: Set<Int> = []
    var index = 0
    while index < lines.count {
      var end = index
      while end < lines.count, isHeadline(end) { end += 1 }
      if end - index >= 2 { found.formUnion(index..<end) }
      index = max(end, index + 1)
    }
    return found
  }

  /// The most words of a line that chrome around it makes part of the chrome.
  static let boxedLineWords = 20

  /// Drops the short lines of the body that sit between two lines of chrome that rules
  /// recognised (a newsletter box's blurb between its title and its button, a plea between
  /// share buttons): what a box holds is the box's.
  ///
  /// Photo credits do not count as such chrome: pages set paragraphs between two photos.
  private func dropBoxedLines(
    _ lines: [String], _ signals: [LineSignals], _ classes: inout [LineClass],
    _ inBody: inout [Bool]
  ) {
    func isChrome(_ index: Int) -> Bool {
      guard case .rule(let id) = classes[index] else { return false }
      return !matcher.captionMarkers.contains(id)
    }
    for index in lines.indices.dropFirst().dropLast() where inBody[index] {
      guard classes[index].isBodyLike, signals[index].words <= Self.boxedLineWords,
        isChrome(index - 1), isChrome(index + 1)
      else { continue }
      classes[index] = .boxed
      inBody[index] = false
    }
  }

  /// How many words at the start of a paragraph may come before the name it repeats.
  static let authorNameReach = 3

  /// Whether one of the first words of `paragraph` is the first word of `name` (the person's
  /// first name, as in "Jane is a reporter…" or "I'm Jane and…").
  static func namesAgain(_ paragraph: String, _ name: String) -> Bool {
    guard let first = name.split(separator: " ").first, first.count >= 2 else { return false }
    return paragraph.split(separator: " ").prefix(authorNameReach).contains { word in
      word.prefix { $0.isLetter || $0 == "-" } == first
    }
  }

  /// The most short lines that a line ending with a colon introduces as a list.
  static let introducedListLength = 12

  /// The short lines that a paragraph of the body ending with a colon introduces ("The new
  /// rules are:"), which a copied page gives without their bullets; they join the body.
  ///
  /// The items must be plain short lines (no rule, date or repetition) of two words or more,
  /// and at most ``introducedListLength`` of them: a longer run is a menu, not a list. An
  /// introduction that an edge rule matches (a plea) introduces no list.
  private func introducedLists(
    _ lines: [String], _ classes: [LineClass], _ signals: [LineSignals], _ inBody: inout [Bool]
  ) -> Set<Int> {
    var listed: Set<Int> = []
    for index in lines.indices where inBody[index] && lines[index].hasSuffix(":") {
      // "You may also like:" and "Join now to get:" introduce teasers and perks instead.
      guard classes[index].isBodyLike, matcher.edgeRule(lines[index]) == nil else { continue }
      var end = index + 1
      while end < lines.count, classes[end] == .short, signals[end].words >= 2,
        signals[end].hasLowercase
      {
        end += 1
      }
      let items = (index + 1)..<end
      guard !items.isEmpty, items.count <= Self.introducedListLength else { continue }
      for item in items {
        listed.insert(item)
        inBody[item] = true
      }
    }
    return listed
  }

  /// The short lines between two lines of text inside a part of the body: a run of at most
  /// ``introducedListLength`` (a short reply, a list without a colon, a line cut by a link) is
  /// the story's own.
  private static func interiorShortLines(_ parts: [Range<Int>], _ classes: [LineClass]) -> Set<Int>
  {
    var interior: Set<Int> = []
    for part in parts {
      var index = part.lowerBound + 1
      while index < part.upperBound {
        guard classes[index] == .short, classes[index - 1].isBodyLike else {
          index += 1
          continue
        }
        var end = index
        while end < part.upperBound, classes[end] == .short { end += 1 }
        if end < part.upperBound, classes[end].isBodyLike, end - index <= introducedListLength {
          interior.formUnion(index..<end)
        }
        index = end
      }
    }
    return interior
  }

  /// The most words of a sentence at the top of the body that a photo credit below makes the
  /// lead photo's caption (a longer one is the story's first paragraph, above its first photo).
  static let leadCaptionWords = 30
  /// The most words of the credit under the lead photo (a longer line is a caption of its own).
  static let leadCreditWords = 10

  /// Whether the line at `index` is a photo caption: a long line without a full stop just above
  /// a photo credit ("Reuters", "(Image: …)").
  private func isCaption(_ index: Int, _ classes: [LineClass]) -> Bool {
    guard index + 1 < classes.count, case .rule(let id) = classes[index + 1] else { return false }
    return matcher.captionMarkers.contains(id)
  }

  /// The body selector for lines of the given classes.
  private func selector(
    _ unmarked: [LineClass], words: [Int], rules: [Int], headline: Int?
  ) -> BodySelector {
    var classes = unmarked
    markTeaserLists(&classes, rules: rules)
    let barriers = classes.map { lineClass -> BodySelector.Barrier in
      guard case .section(let id) = lineClass else { return .none }
      return matcher.interruptingSections.contains(id) ? .interrupting : .ending
    }
    return BodySelector(
      scores: Self.scores(classes, words: words), barriers: barriers,
      bodyLike: classes.map(\.isBodyLike),
      prose: classes.map { $0 == .prose },
      recognised: classes.map { lineClass in
        if case .rule = lineClass { return true }
        return false
      },
      skippable: galleryLines(unmarked, rules: rules), headline: headline,
      closing: Set(
        classes.indices.filter { index in
          guard case .section(let id) = classes[index] else { return false }
          return matcher.closingSections.contains(id)
        }))
  }

  static func reason(_ lineClass: LineClass) -> String? {
    switch lineClass {
    case .prose, .sentence, .short, .fragment: return nil
    case .teaser: return "signal:teaser"
    case .repeated: return "signal:repeated-line"
    case .timestamp: return "signal:timestamp"
    case .dateLine: return "signal:date-line"
    case .byline: return "signal:byline"
    case .packedList: return "signal:packed-list"
    case .doubled: return "signal:doubled-line"
    case .header: return "signal:above-byline"
    case .gallery: return "signal:gallery"
    case .teaserList: return "signal:teaser-list"
    case .authorBox: return "signal:author-box"
    case .boxed: return "signal:chrome-box"
    case .rule(let id): return "rule:\(id)"
    case .section(let id): return "section:\(id)"
    }
  }

  // MARK: - Line shapes

  /// A line that could be a heading: a few words, no sentence or clause punctuation at its end.
  static func isHeading(_ line: String, _ signals: LineSignals) -> Bool {
    guard (1...16).contains(signals.words), let last = line.last else { return false }
    return !".,;:|)]".contains(last) && !line.hasPrefix("(")
  }

  /// The most words of a line of several dates ("Published: … | Updated: …").
  static let maximumDatesWords = 30

  /// Whether a line is two or three date lines between bars: the header of a story, like one.
  ///
  /// Such a line reads "PUBLISHED: November 8, 2026 at 4:56 p.m. | UPDATED: November 9, 2026".
  /// The cheap tests (a bar, a digit) come first.
  func isDates(_ line: String) -> Bool {
    guard line.utf8.contains(0x7C), Self.mayBeTime(line) else { return false }
    let parts = line.split(separator: "|")
    return (2...3).contains(parts.count)
      && parts.allSatisfy { part in
        let text = part.trimmingCharacters(in: .whitespaces)
        return dates.dateLine(text) != nil
      }
  }

  /// A cheap test before the date expressions: times and dates have a digit, relative times
  /// end in "ago", and a few words stand alone.
  static func mayBeTime(_ line: String) -> Bool {
    if line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
    if hasSuffixIgnoringCase(line, "ago") { return true }
    guard line.utf8.count <= 9 else { return false }
    return ["just now", "yesterday", "today", "now"].contains(line.lowercased())
  }

  /// Whether a line trails off with an ellipsis ("…", "...", "[…]").
  static func endsWithEllipsis(_ line: String) -> Bool {
    var dots = 0
    for scalar in line.unicodeScalars.reversed() {
      switch scalar {
      case " ", "]", "»", "›", ">", "\"", "”":
        if dots > 0 { return false }
      case "…": return dots == 0
      case ".":
        dots += 1
        if dots == 3 { return true }
      default: return false
      }
    }
    return false
  }

  /// The least words of a line that is the same words twice over: fewer are a figure of
  /// speech ("very, very"), not a caption given twice.
  static let doubledWords = 4
  /// The least words said twice at the start of a line that goes on after them: a press
  /// release's paragraph may open with the company's name in bold and then name it again
  /// ("Harbor Ferries Ltd Harbor Ferries Ltd runs…"), a caption is longer.
  static let doubledOpeningWords = 8

  /// The longest line (in UTF-8 bytes) looked at for words said twice: a caption given twice
  /// with its credit fits, a longer line is a paragraph (this also bounds the work a line costs).
  static let maximumDoubledLength = 1200

  /// Whether the line at `index` is given twice (see ``LineClass/doubled``).
  ///
  /// A paragraph of the story seldom stands twice in a row or opens by saying its first words
  /// twice; a photo's caption often does in a dump, once as the image's text and once below it.
  /// The dump's first line (the page's title) does not count: the headline under it may repeat
  /// it.
  static func isDoubled(_ index: Int, _ lines: [String], _ signal: LineSignals) -> Bool {
    let line = lines[index]
    let count = line.utf8.count
    for other in [index - 1, index + 1] where other > 0 && other < lines.count && index > 0 {
      if lines[other].utf8.count == count, lines[other] == line { return true }
    }
    guard signal.words >= 2 * doubledWords, count <= maximumDoubledLength else { return false }
    return line.utf8.withContiguousStorageIfAvailable(opensDoubled)
      ?? Array(line.utf8).withUnsafeBufferPointer(opensDoubled)
  }

  /// Whether the bytes are the same words twice over (at least ``doubledWords`` of them), or
  /// open with at least ``doubledOpeningWords`` words said twice.
  private static func opensDoubled(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first != 0x20 else { return false }
    var words = 0
    var index = 1
    while 2 * index + 1 <= bytes.count {
      if bytes[index] == 0x20 {
        words += 1
        let end = 2 * index + 1
        if words >= (end == bytes.count ? doubledWords : doubledOpeningWords),
          bytes[index + 1] == first, end == bytes.count || bytes[end] == 0x20,
          bytes[0..<index].elementsEqual(bytes[(index + 1)..<end])
        {
          return true
        }
      }
      index += 1
    }
    return false
  }

  /// Several list items packed into one line ("Key developments: * A * B * C"): teaser lists.
  static func isPackedList(_ line: String) -> Bool {
    line.utf8.withContiguousStorageIfAvailable(packedMarkers)
      ?? Array(line.utf8).withUnsafeBufferPointer(packedMarkers)
  }

  /// Counts " X " where X is a bullet or a bar (* • | · ▪), on the last four UTF-8 bytes.
  private static func packedMarkers(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var markers = 0
    var window: UInt32 = 0
    for byte in bytes {
      if byte == 0x20 {
        let two = window & 0xFFFF
        let three = window & 0xFF_FFFF
        if two == 0x202A || two == 0x207C || three == 0x20_C2B7 || window == 0x20E2_80A2
          || window == 0x20E2_96AA
        {
          markers += 1
          if markers >= 2 { return true }
        }
      }
      window = window << 8 | UInt32(byte)
    }
    return false
  }

  /// The markers of a bulleted line, with the space after them.
  ///
  /// "+ ", "□ " and "○ " are how lynx and w3m mark the items of a nested list.
  static let bullets = ["• ", "* ", "- ", "– ", "· ", "▪ ", "◦ ", "‣ ", "+ ", "□ ", "○ "]

  /// The bullets' UTF-8 bytes: asked of every line, so compared byte by byte.
  private static let bulletBytes = bullets.map { Array($0.utf8) }

  /// The length in UTF-8 bytes of the bullet a line starts with, if it does.
  private static func bulletLength(_ line: String) -> Int? {
    let bytes = line.utf8
    // Every bullet starts with "*", "+", "-" or a byte of a character beyond ASCII.
    guard let first = bytes.first, first == 0x2A || first == 0x2B || first == 0x2D || first >= 0xC2
    else { return nil }
    return bulletBytes.first { bytes.starts(with: $0) }?.count
  }

  /// Whether a line starts with a bullet: an item of a list (a menu, in a text browser's dump),
  /// never a heading, whatever follows it.
  static func hasBullet(_ line: String) -> Bool {
    bulletLength(line) != nil
  }

  /// The text of a bulleted or numbered line without its marker, or `nil` for other lines.
  ///
  /// Asked of every line the rules are tried on, so it reads bytes: one or two digits, then ". "
  /// or ") ", make a number.
  static func listItemText(_ line: String) -> String? {
    let bytes = line.utf8
    var length = bulletLength(line)
    if length == nil {
      let digits = bytes.prefix(3).prefix { $0 >= 0x30 && $0 <= 0x39 }.count
      if (1...2).contains(digits),
        bytes.dropFirst(digits).starts(with: [0x2E, 0x20])
          || bytes.dropFirst(digits).starts(with: [0x29, 0x20])
      {
        length = digits + 2
      }
    }
    return length.map { String(line[bytes.index(bytes.startIndex, offsetBy: $0)...]) }
  }

  /// Whether a line starts with an ASCII prefix (given in lowercase), ignoring case.
  static func hasPrefixIgnoringCase(_ line: String, _ prefix: String) -> Bool {
    var bytes = line.utf8.makeIterator()
    for expected in prefix.utf8 {
      guard let byte = bytes.next(), byte | 0x20 == expected || byte == expected else {
        return false
      }
    }
    return true
  }

  /// Whether a line ends with an ASCII suffix (given in lowercase), ignoring case.
  static func hasSuffixIgnoringCase(_ line: String, _ suffix: String) -> Bool {
    var bytes = line.utf8.reversed().makeIterator()
    for expected in suffix.utf8.reversed() {
      guard let byte = bytes.next(), byte | 0x20 == expected || byte == expected else {
        return false
      }
    }
    return true
  }

  /// A line that could be a person's name: two to five words, each capitalised.
  static func looksLikeName(_ line: String) -> Bool {
    let words = line.split(separator: " ")
    guard (2...5).contains(words.count), line.utf8.count <= 60 else { return false }
    return words.allSatisfy { word in
      word.first?.isUppercase == true
        || ["de", "van", "von", "da", "der", "and", "&"].contains(word)
    }
  }

  // MARK: - Metadata

  private struct Metadata {
    var title: String?
    var byline: String?
    var published: Date?
    var used: Set<Int> = []
    var reasons: [Int: String] = [:]
    /// The standfirst (the sentence between headline and byline that sums the story up), which
    /// belongs to the article although it sits above the body.
    var standfirst: Int?
    /// The first line of the article's header that was read (its byline or date), if any.
    var anchor: Int?
  }

  /// The most lines of text that the body may open with above the byline or date for them to be
  /// the header's (a caption and a teaser), not the story's.
  static let maximumHeaderTexts = 2

  /// The most lines from the headline down to the byline or date of an article's header.
  static let headerLines = 8

  /// The least words of a standfirst: a summary sentence, not a label or a link.
  static let minimumStandfirstWords = 8

  /// The standfirst just above the header line at `anchor`, or `nil`.
  ///
  /// It is a sentence of some length (often without a full stop) that directly precedes the
  /// byline or date and directly follows a heading-like line (the headline, which may be long
  /// enough to read as a fragment), skipping lines a rule recognised (a "Close" button). News
  /// pages very often set their summary there, apart from the body's paragraphs.
  ///
  /// When the line that repeats the page's title (`pageHeadline`) stands above the header, the
  /// standfirst follows it: a line between them is a photo's caption or a second headline.
  private func standfirst(
    above anchor: Int, _ lines: [String], _ classes: [LineClass], pageHeadline: Int?
  ) -> Int? {
    func previous(_ index: Int) -> Int? {
      var index = index - 1
      var skipped = 0
      while index >= 0, skipped < 2, case .rule = classes[index] {
        index -= 1
        skipped += 1
      }
      return index >= 0 ? index : nil
    }
    guard let candidate = previous(anchor),
      [.prose, .sentence, .fragment].contains(classes[candidate]),
      LineSignals(lines[candidate]).words >= Self.minimumStandfirstWords,
      let headline = previous(candidate),
      [.short, .repeated, .fragment].contains(classes[headline])
    else { return nil }
    if let pageHeadline, pageHeadline < anchor, anchor - pageHeadline <= Self.headerLines,
      pageHeadline != headline
    {
      return nil
    }
    let signal = LineSignals(lines[headline])
    guard signal.words >= 2, signal.words <= Self.maximumHeadlineWords,
      let last = lines[headline].last
    else { return nil }
    // The line that repeats the page's title is the headline, however it ends.
    if headline == pageHeadline { return candidate }
    return ".,;:|)]".contains(last) || lines[headline].hasPrefix("(") ? nil : candidate
  }

  /// The most words of a headline above a standfirst: a long headline reads as a fragment.
  static let maximumHeadlineWords = 24

  /// Reads the title, byline and date from the lines just above (and at the top of) the body.
  ///
  /// When no line above the byline or date reads as the headline, the line that repeats the
  /// page's title (`headline`, see ``PageHeadline``) is it, however long, if no paragraph of the
  /// body comes before it: a long headline reads as a fragment and would open the body.
  private func metadata(
    _ lines: [String], _ classes: [LineClass], body: Range<Int>, headline: Int?
  ) -> Metadata {
    var meta = Metadata()
    guard !body.isEmpty else { return meta }
    // The header of an article sits just above its first paragraph, or in its first lines.
    let windowStart = max(0, body.lowerBound - 16)
    let windowEnd = min(body.upperBound, body.lowerBound + 6)
    var anchor: Int?
    for index in windowStart..<windowEnd {
      let line = lines[index]
      switch classes[index] {
      case .byline where meta.byline == nil:
        meta.byline = Byline.name(in: line)
        meta.used.insert(index)
        meta.reasons[index] = "signal:byline"
        anchor = anchor ?? index
      case .short where meta.byline == nil && ["by", "by:"].contains(line.lowercased()):
        let next = index + 1
        if next < windowEnd, Self.looksLikeName(lines[next]) {
          meta.byline = lines[next]
          meta.used.formUnion([index, next])
          meta.reasons[index] = "signal:byline"
          meta.reasons[next] = "signal:byline"
          anchor = anchor ?? index
        }
      case .dateLine where meta.published == nil:
        // A line of several dates gives the first ("Published: … | Updated: …").
        meta.published =
          dates.dateLine(line)
          ?? line.split(separator: "|").first.flatMap {
            dates.dateLine($0.trimmingCharacters(in: .whitespaces))
          }
        meta.used.insert(index)
        meta.reasons[index] = "signal:date-line"
        anchor = anchor ?? index
      default: break
      }
    }
    let firstLine = lines.first { !$0.isEmpty }
    // The headline is the heading-like line nearest above the byline or date; a line that repeats
    // the page's first line (its <title>) wins over a nearer subtitle.
    if let anchor {
      meta.standfirst = standfirst(above: anchor, lines, classes, pageHeadline: headline)
    }
    meta.anchor = anchor
    let titleEnd = meta.standfirst ?? anchor ?? body.lowerBound
    var candidates: [Int] = []
    var index = titleEnd - 1
    var seen = 0
    scan: while index >= windowStart, seen < (anchor == nil ? 3 : 6) {
      switch classes[index] {
      case .prose, .sentence, .fragment, .teaser: break scan
      case .short, .repeated:
        seen += 1
        let signal = LineSignals(lines[index])
        if Self.isHeading(lines[index], signal), signal.words >= 2 { candidates.append(index) }
      default: seen += 1
      }
      index -= 1
    }
    let chosen: Int?
    if let repeatedFirst = candidates.first(where: { lines[$0] == firstLine && $0 > 0 }) {
      chosen = repeatedFirst
    } else if anchor != nil, let first = candidates.first {
      chosen = first
    } else if let headline, headline >= windowStart, headline < windowEnd,
      !(body.lowerBound..<max(body.lowerBound, headline)).contains(where: { classes[$0] == .prose })
    {
      chosen = headline
    } else {
      chosen = nil
    }
    if let chosen {
      meta.title = lines[chosen]
      meta.used.insert(chosen)
      meta.reasons[chosen] = "signal:title"
    }
    return meta
  }
}
