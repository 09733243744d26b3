/// Passes that drop lines from the chosen body (an edge plea, the author's box, a box of
/// chrome) or take lines into it (an introduced list), and the captions and headline lists the
/// blocks leave out.
extension TextDumpCleaner {
  /// Drops the paragraphs at the edges of the body's parts that an edge rule matches (a
  /// newsletter plea, an author's biography), when the body has enough paragraphs to spare them.
  ///
  /// The edge is the first and last paragraphs of each part (``CleaningRules/edgeWindow``), and
  /// goes on inward past them while each paragraph it reaches is matched: chrome at the end of a
  /// story comes in runs (a disclaimer above a disclosure above a plea), and the paragraph next
  /// to one is at the edge too, as a paragraph past the story's own is not.
  func dropEdges(
    _ parts: [Range<Int>], _ lines: [String], _ classes: inout [LineClass], _ inBody: inout [Bool]
  ) {
    let texts = parts.map { part in
      part.filter { [.prose, .sentence, .fragment, .teaser].contains(classes[$0]) }
    }
    let window = CleaningRules.edgeWindow
    guard texts.map(\.count).reduce(0, +) > window.start + window.end else { return }
    for text in texts {
      for (order, reach) in [(text.reversed(), window.end), (Array(text), window.start)] {
        var tried = 0
        var matched = false
        for index in order where inBody[index] {
          guard tried < reach || matched else { break }
          tried += 1
          guard let id = matcher.edgeRule(lines[index]) else {
            matched = false
            continue
          }
          classes[index] = .rule(id)
          inBody[index] = false
          matched = true
        }
      }
    }
  }

  /// Drops the author's box at the end of the body: a line that is a person's name (or "About"
  /// and the name), above one
  /// of the last paragraphs, which names them again in its first words ("Jane is a reporter…",
  /// "I'm Jane and…"), and everything from there to the end.
  ///
  /// Pages put the box right after the story, where it reads as more of it; a story's own
  /// paragraphs seldom follow a line that is just a name. A name's words are proper nouns, so a
  /// line whose words the story also uses in lower case ("Harbor Clock Tower" in a story about
  /// the tower) is a subheading instead.
  func dropAuthorBox(
    _ parts: [Range<Int>], _ lines: [String], _ classes: inout [LineClass], _ inBody: inout [Bool]
  ) {
    guard let last = parts.last else { return }
    let texts = parts.flatMap { part in part.filter { classes[$0].isBodyLike && inBody[$0] } }
    let window = CleaningRules.edgeWindow
    guard texts.count > window.start + window.end else { return }
    for index in texts.suffix(window.end) where index > last.lowerBound {
      let name = index - 1
      let person = Self.boxName(lines[name])
      guard [.short, .repeated].contains(classes[name]), Self.looksLikeName(person),
        Self.namesAgain(lines[index], person)
      else { continue }
      let names = person.split(separator: " ").map { $0.lowercased() }
      guard !Self.usesInLowerCase(names, texts.lazy.map { lines[$0] }) else { continue }
      for line in name..<last.upperBound {
        classes[line] = .authorBox
        inBody[line] = false
      }
      return
    }
  }

  /// Whether a text uses one of `words` in lower case: as the letters of one of its words
  /// between spaces ("harbor" in "the “harbor,” they"; not in "the harbor's"), the first of
  /// them small.
  static func usesInLowerCase(_ words: [String], _ lines: some Sequence<String>) -> Bool {
    var letters: [UInt8] = []
    for line in lines {
      for word in line.utf8.split(separator: 0x20) {
        guard word.allSatisfy({ $0 < 0x80 }) else {
          // Other letters than A-Z and a-z, and the cases of other scripts, are Unicode's.
          let letters = String(decoding: word, as: UTF8.self).filter(\.isLetter)
          if letters.first?.isLowercase == true, words.contains(letters) { return true }
          continue
        }
        letters.removeAll(keepingCapacity: true)
        for byte in word where ASCIIWord.isLetter(byte) { letters.append(byte) }
        guard let first = letters.first, first >= 0x61 else { continue }
        if words.contains(where: { $0.utf8.elementsEqual(letters) }) { return true }
      }
    }
    return false
  }

  /// The name in the heading of an author's box: the line, or what follows its "About" ("About
  /// Jane Doe").
  static func boxName(_ line: String) -> String {
    line.hasPrefix("About ") ? String(line.dropFirst("About ".count)) : line
  }

  /// The least words of a line in a list of headlines inside the body.
  static let headlineListWords = 4

  /// The short lines of the body that stand in a run of two or more headline-like lines (a
  /// capital first, at least ``headlineListWords`` words, no closing punctuation): links to other
  /// stories that pages set between two paragraphs, as a story's own subheading stands alone.
  ///
  /// A run whose last line shares a word with the paragraph right below it (see
  /// ``sharesWord(_:_:)``) is the story's own pair of subheadings instead (a section's title and
  /// its first part's, "Method 1" above "Soaking the seeds"): a heading names what follows it,
  /// a link names another story.
  ///
  /// Returns the lines of the headline lists, and the lines of such pairs above their last line
  /// (which is a heading anyway, above its paragraph).
  static func headlineLists(
    _ lines: [String], _ signals: [LineSignals], _ classes: [LineClass], _ inBody: [Bool],
    listed: Set<Int>
  ) -> (lists: Set<Int>, subheadings: Set<Int>) {
    func isHeadline(_ index: Int) -> Bool {
      classes[index] == .short && inBody[index] && !listed.contains(index)
        && signals[index].words >= headlineListWords && lines[index].first?.isUppercase == true
        && isHeading(lines[index], signals[index])
    }
    var found: Set<Int> = []
    var subheadings: Set<Int> = []
    var index = 0
    while index < lines.count {
      var end = index
      while end < lines.count, isHeadline(end) { end += 1 }
      if end - index >= 2 {
        if introducesParagraph(end - 1, lines, signals, classes, inBody) {
          subheadings.formUnion(index..<(end - 1))
        } else {
          found.formUnion(index..<end)
        }
      }
      index = max(end, index + 1)
    }
    return (found, subheadings)
  }

  /// Whether the line at `index` is right above a paragraph of the body, of at least
  /// ``subheadedParagraphWords`` words, that shares a word with it (a shorter line of prose may
  /// be one more headline, one that ends with a question mark).
  private static func introducesParagraph(
    _ index: Int, _ lines: [String], _ signals: [LineSignals], _ classes: [LineClass],
    _ inBody: [Bool]
  ) -> Bool {
    let next = index + 1
    return next < lines.count && inBody[next] && classes[next] == .prose
      && signals[next].words >= subheadedParagraphWords && sharesWord(lines[index], lines[next])
  }

  /// The least words of the paragraph below a pair of subheadings.
  static let subheadedParagraphWords = 16

  /// The least letters of a word that a heading and the paragraph below it share: shorter ones
  /// are mostly function words ("the", "and", "for").
  static let sharedWordLength = 4

  /// Whether a heading and a paragraph share a word of at least ``sharedWordLength`` letters or
  /// digits, ignoring case.
  static func sharesWord(_ heading: String, _ paragraph: String) -> Bool {
    func words(_ text: String) -> Set<String> {
      Set(
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.lazy
          .filter { $0.count >= sharedWordLength }.map(String.init))
    }
    let headingWords = words(heading)
    return !headingWords.isEmpty && !headingWords.isDisjoint(with: words(paragraph))
  }

  /// The most words of a line that chrome around it makes part of the chrome.
  static let boxedLineWords = 20

  /// Drops the short lines of the body that sit between two lines of chrome that rules
  /// recognised (a newsletter box's blurb between its title and its button, a plea between
  /// share buttons): what a box holds is the box's.
  ///
  /// Photo credits do not count as such chrome: pages set paragraphs between two photos.
  func dropBoxedLines(
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
  func introducedLists(
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
  static func interiorShortLines(_ parts: [Range<Int>], _ classes: [LineClass]) -> Set<Int> {
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

  /// Drops the text that the body opens with above the byline or date: a photo's caption, or a
  /// teaser of the story, which starts below its header (a standfirst is kept).
  ///
  /// More than ``maximumHeaderTexts`` such lines are the story's own opening above a date set
  /// after it, and stay.
  func dropHeaderTexts(
    _ parts: [Range<Int>], _ meta: Metadata, _ classes: inout [LineClass], _ inBody: inout [Bool]
  ) {
    guard let anchor = meta.anchor, let first = parts.first?.lowerBound, first < anchor else {
      return
    }
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

  /// How many of the paragraphs after the body's first one may repeat it.
  static let openingRepeatReach = 4
  /// How many words in a row a repeat of the opening shares with it.
  static let openingRepeatRun = 5
  /// The least share of the opening's words that the paragraphs after it repeat.
  static let openingRepeatShare = 0.8
  /// The least words of an opening that may be dropped as a repeat.
  static let openingRepeatWords = 8

  /// Drops the body's first paragraph when the paragraphs right after it say it again: it is
  /// the page's summary or the lead photo's caption, dumped above the story that opens with the
  /// same sentences (runs of ``openingRepeatRun`` words in a row, covering at least
  /// ``openingRepeatShare`` of its words, within ``openingRepeatReach`` paragraphs).
  func dropRepeatedOpening(_ lines: [String], _ classes: inout [LineClass], _ inBody: inout [Bool])
  {
    // The first paragraph of text and the few after it.
    var texts: [Int] = []
    for index in lines.indices where inBody[index] && classes[index].isBodyLike {
      texts.append(index)
      if texts.count > Self.openingRepeatReach { break }
    }
    guard let first = texts.first else { return }
    let words = Self.wordHashes(of: lines[first])
    guard words.count >= Self.openingRepeatWords else { return }
    let later = texts.dropFirst().map { Self.wordHashes(of: lines[$0]) }
    let repeated = Self.repeatedWords(of: words, in: later)
    guard Double(repeated) >= Self.openingRepeatShare * Double(words.count) else { return }
    classes[first] = .doubled
    inBody[first] = false
  }

  /// The words of a paragraph as ``repeatedWords(of:in:)`` compares them: a hash of each
  /// lowercased run of letters and digits (the words of ``ReferenceText/words(of:)``).
  ///
  /// An ASCII word equals only the same bytes: its hash is the FNV-1a hash of them, top bit
  /// clear. Any other word's is the standard library's hash of it as a string, top bit set,
  /// which is the same for a word written in another canonical form (an accent as a scalar of
  /// its own). Two different words share a hash with a chance of about 2^-63.
  static func wordHashes(of text: String) -> [UInt64] {
    var hashes: [UInt64] = []
    let top: UInt64 = 1 << 63
    ReferenceText.forEachWord(of: text) { _, bytes, word in
      let bytes = UnsafeBufferPointer(rebasing: bytes[word])
      if bytes.allSatisfy({ $0 < 0x80 }) {
        hashes.append(RuleMatcher.hash(bytes) & ~top)
      } else {
        let hash = UInt64(bitPattern: Int64(String(decoding: bytes, as: UTF8.self).hashValue))
        hashes.append(hash | top)
      }
    }
    return hashes
  }

  /// How many of an opening's words the runs of ``openingRepeatRun`` words in a row that the
  /// paragraphs after it have again cover (words as ``wordHashes(of:)`` gives them).
  static func repeatedWords(of words: [UInt64], in later: [[UInt64]]) -> Int {
    let run = openingRepeatRun
    guard words.count >= run else { return 0 }
    // Each distinct word of the opening gets a number, and a run of words is its numbers
    // packed into one integer (12 bits each): a later paragraph costs a dictionary look-up a
    // word, not a hash of every run. Beyond 4,095 distinct words, numbers could not be packed
    // apart; such an opening is no summary or caption, and counts as not repeated.
    var numbers: [UInt64: UInt64] = [:]
    func number(_ word: UInt64) -> UInt64? { numbers[word] }
    var count: UInt64 = 0
    for word in words where numbers[word] == nil {
      count += 1
      numbers[word] = count
    }
    guard count < 4096 else { return 0 }
    func runs(_ numbered: [UInt64?]) -> [UInt64?] {
      guard numbered.count >= run else { return [] }
      return (0...(numbered.count - run)).map { start in
        var packed: UInt64 = 0
        for number in numbered[start..<(start + run)] {
          // A word the opening does not have breaks every run through it.
          guard let number else { return nil }
          packed = packed << 12 | number
        }
        return packed
      }
    }
    var found: Set<UInt64> = []
    for paragraph in later {
      for case let packed? in runs(paragraph.map(number)) { found.insert(packed) }
    }
    var covered = [Bool](repeating: false, count: words.count)
    for (start, packed) in runs(words.map(number)).enumerated() {
      guard let packed, found.contains(packed) else { continue }
      for index in start..<(start + run) { covered[index] = true }
    }
    return covered.filter { $0 }.count
  }

  /// The body's first line of text, when it may be the lead photo's caption: short enough,
  /// above a credit of a few words, and not one of a slideshow's captions.
  func leadCaption(
    _ parts: [Range<Int>], _ classes: [LineClass], _ signals: [LineSignals], rules: [Int]
  ) -> Int? {
    parts.first.flatMap { part in part.first { classes[$0].isBodyLike } }.flatMap {
      signals[$0].words <= Self.leadCaptionWords && $0 + 1 < signals.count
        && signals[$0 + 1].words <= Self.leadCreditWords
        && !isInGallery($0, classes, rules: rules)
        ? $0 : nil
    }
  }

  /// The most words of a sentence at the top of the body that a photo credit below makes the
  /// lead photo's caption (a longer one is the story's first paragraph, above its first photo).
  static let leadCaptionWords = 30
  /// The most words of the credit under the lead photo (a longer line is a caption of its own).
  static let leadCreditWords = 10

  /// Whether the line at `index` is a photo caption: a long line without a full stop just above
  /// a photo credit ("Reuters", "(Image: …)").
  func isCaption(_ index: Int, _ classes: [LineClass]) -> Bool {
    guard index + 1 < classes.count, case .rule(let id) = classes[index + 1] else { return false }
    return matcher.captionMarkers.contains(id)
  }
}
