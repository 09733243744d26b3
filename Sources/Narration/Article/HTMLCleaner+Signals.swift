/// Signals that a single block of the chosen container is not article text: the title at the
/// end of a breadcrumb, a dateline, script shown as text, a line too short to speak.
extension HTMLCleaner {
  /// Whether a block is the article's title after a short trail of links to the sections
  /// above it: the breadcrumb "Home › News › Title".
  static func isTitleTrail(_ block: Block, title: String?) -> Bool {
    guard block.kind != .heading, let title, title.split(separator: " ").count >= 3,
      block.text.count > title.count, block.text.hasSuffix(title)
    else { return false }
    let trail = block.text.count - title.count
    return block.text.split(separator: " ").count - title.split(separator: " ").count <= 4
      && block.linkCharacters * 2 >= trail
  }

  /// The blocks of small boxes that hold a picture or video beside a few short lines: the
  /// picture's caption and credit.
  ///
  /// Pages set a caption in a box of its own beside the picture (`<div><img><div>The ferry at
  /// dawn.</div><div>Photo: Jo Ruiz</div></div>`) under names no element rule knows. The box is
  /// the nearest of a line's enclosing block elements (up to ``captionBoxLevels``) that holds
  /// the picture itself. With a credit in it (a line that a caption-marking rule,
  /// ``RuleMatcher/captionMarkers``, matches) it may hold up to ``captionBox`` blocks and
  /// characters; without one, up to ``bareCaptionBox``, paragraphs only (a heading or list items
  /// beside a picture are a card or the steps of a recipe), with the picture beside the text's
  /// own element rather than inside it (an icon in a paragraph), when the element around such
  /// boxes holds at least as much text beside them (not the slides of a slideshow), and only
  /// when the story outside them is long enough for an article (``minimumArticleLength``), so
  /// that a photo post keeps its few lines.
  ///
  /// A `figure` that holds a picture says what it is: all its text (up to ``figureCaption``
  /// characters, not a quotation) is the caption, set in whatever elements, with the same
  /// checks against slideshows and photo posts as a box without a credit.
  func captionBoxes(_ blocks: [Block], containers: [Int: Container], selected: Set<Int>)
    -> Set<Int>
  {
    var credited: Set<Int> = []
    var bare: Set<Int> = []
    for index in selected where blocks[index].kind != .quote {
      let block = blocks[index]
      if let figure = block.ancestors.prefix(Self.captionBoxLevels).first(where: {
        containers[$0]?.pictured == true
      }), let box = containers[figure], box.characters <= Self.figureCaption {
        bare.insert(figure)
        continue
      }
      guard block.characters <= Self.captionBox.characters else { continue }
      guard
        let box = block.ancestors.prefix(Self.captionBoxLevels).first(where: {
          containers[$0]?.media == true
        }),
        !credited.contains(box), let container = containers[box],
        container.blocks <= Self.captionBox.blocks,
        container.characters <= Self.captionBox.characters
      else { continue }
      if let rule = matcher.lineRule(block.text), matcher.captionMarkers.contains(rule) {
        credited.insert(box)
      } else if box != block.ancestors.first, container.blocks <= Self.bareCaptionBox.blocks,
        container.characters <= Self.bareCaptionBox.characters,
        (container.firstBlock...container.lastBlock).allSatisfy({ blocks[$0].kind == .paragraph })
      {
        bare.insert(box)
      }
    }
    // The slides of a slideshow are boxes of a picture and a few lines too, but those lines are
    // the story: a caption is a small part of the text beside it.
    var byParent: [Int: [Int]] = [:]
    for box in bare.subtracting(credited) {
      byParent[containers[box]?.parent ?? box, default: []].append(box)
    }
    let besideText = byParent.filter { parent, group in
      let inside = group.reduce(0) { $0 + (containers[$1]?.characters ?? 0) }
      return (containers[parent]?.characters ?? 0) - inside >= inside
    }.values.joined()
    let captions = Self.blocks(in: credited, containers)
    let uncredited = Self.blocks(in: Set(besideText), containers)
    let story = selected.subtracting(captions).subtracting(uncredited)
      .reduce(0) { $0 + blocks[$1].characters }
    return story >= Self.minimumArticleLength ? captions.union(uncredited) : captions
  }

  /// The blocks of small boxes around a form or its fields: a newsletter sign-up ("Get the
  /// morning briefing", a plea, an address field), a search box, a poll.
  ///
  /// The form itself goes before scoring (it is chrome by tag); its box's heading and plea
  /// are short lines and a sentence that would otherwise read as part of the story. The box is
  /// the block element right around the form (and around the text's own element, up to
  /// ``captionBoxLevels`` up), it holds up to ``fieldBox`` blocks and characters, and the
  /// story outside it is long enough for an article (``minimumArticleLength``), so that a
  /// short page whose text shares its box with a form keeps its text.
  func fieldBoxes(_ blocks: [Block], containers: [Int: Container], selected: Set<Int>)
    -> Set<Int>
  {
    var boxes: Set<Int> = []
    var seen: Set<Int> = []
    for index in selected {
      // The box is around the text's own element: a field inside it is part of the text.
      for id in blocks[index].ancestors.dropFirst().prefix(Self.captionBoxLevels)
      where containers[id]?.fields == true {
        guard seen.insert(id).inserted, let box = containers[id],
          box.blocks <= Self.fieldBox.blocks,
          box.characters <= Self.fieldBox.characters
        else { break }
        boxes.insert(id)
        break
      }
    }
    let inside = Self.blocks(in: boxes, containers)
    let outside = selected.subtracting(inside).reduce(0) { $0 + blocks[$1].characters }
    return outside >= Self.minimumArticleLength ? inside : []
  }

  /// The blocks of small boxes that hold two or more buttons: controls, not the story.
  ///
  /// An audio player ("Listen to this article", "6 min" beside Play and Speed), a bar to share,
  /// save or give the article, a cookie notice with its Accept and Refuse buttons, a poll: the
  /// buttons go before scoring (they are chrome by tag) and leave their box's short lines and
  /// notice, which would otherwise read as part of the story. The box is the nearest of a
  /// line's enclosing block elements (up to ``captionBoxLevels``) with two buttons inside; it
  /// holds up to ``buttonBox`` blocks and characters, and the story outside it is long enough
  /// for an article (``minimumArticleLength``); it is not a heading's own element (a heading
  /// with buttons to scale a recipe). Boxes side by side that hold more text than the
  /// element around them holds beside them are the posts of a page of short posts (each with
  /// its Share and Reply buttons), and stay.
  func buttonBoxes(_ blocks: [Block], containers: [Int: Container], selected: Set<Int>)
    -> Set<Int>
  {
    var boxes: Set<Int> = []
    for index in selected {
      guard
        let id = blocks[index].ancestors.prefix(Self.captionBoxLevels).first(where: {
          (containers[$0]?.buttons ?? 0) >= 2
        }), let box = containers[id], box.blocks <= Self.buttonBox.blocks,
        box.characters <= Self.buttonBox.characters,
        // A heading with buttons inside it (a recipe's "Ingredients" with its 1x, 2x, 3x) is a
        // heading still.
        id != blocks[index].ancestors.first || blocks[index].kind != .heading
      else { continue }
      boxes.insert(id)
    }
    var byParent: [Int: [Int]] = [:]
    for box in boxes { byParent[containers[box]?.parent ?? box, default: []].append(box) }
    let besideText = byParent.filter { parent, group in
      let inside = group.reduce(0) { $0 + (containers[$1]?.characters ?? 0) }
      return (containers[parent]?.characters ?? 0) - inside >= inside
    }.values.joined()
    let inside = Self.blocks(in: Set(besideText), containers)
    let outside = selected.subtracting(inside).reduce(0) { $0 + blocks[$1].characters }
    return outside >= Self.minimumArticleLength ? inside : []
  }

  /// The most blocks and characters a box of buttons holds.
  static let buttonBox = (blocks: 4, characters: 400)

  /// The blocks inside the given boxes (block elements, by id).
  static func blocks(in boxes: Set<Int>, _ containers: [Int: Container]) -> Set<Int> {
    Set(boxes.compactMap { containers[$0] }.flatMap { $0.firstBlock...$0.lastBlock })
  }

  /// The most blocks and characters a sign-up or search box holds around its form.
  static let fieldBox = (blocks: 4, characters: 300)

  /// The most characters of text a `figure` with a picture holds for all of it to be the
  /// picture's caption and credit; more, and the figure wraps a story.
  static let figureCaption = 600

  /// The most blocks and characters a box with a picture, its caption and its credit holds.
  static let captionBox = (blocks: 4, characters: 400)

  /// The most blocks and characters a box with a picture and a caption without a credit holds.
  static let bareCaptionBox = (blocks: 3, characters: 300)

  /// How many enclosing block elements up from a line the box of a picture or a form can be.
  static let captionBoxLevels = 4

  /// Whether a block only says when (and perhaps by whom) the article was written: a short
  /// line with a date and no sentence ("Oct 13, 2020 @ 4:48 pm", "By Jo Ruiz / June 12, 2020",
  /// "Written: 2023-11-07 15:03 / Updated: 2023-11-07 15:30").
  func isDateline(_ block: Block) -> Bool {
    guard block.characters <= 160, block.kind != .listItem else { return false }
    if dates.isTimestamp(block.text) { return true }
    guard PublicationDate.hasYear(block.text), let last = block.text.last,
      !".!?\"”’)".contains(last), block.text.split(separator: " ").count <= 18
    else { return false }
    return dates.holdsDate(block.text)
  }

  /// Whether a block holds a date and next to no words, whatever it ends with.
  ///
  /// Labels, times and zones only ("PUBLISHED: May 8, 2023 at 11:30 a.m. | UPDATED: …"); a
  /// heading too (a blog's date above a post). A sentence that mentions a date has lowercase
  /// words of three letters or more; such a line has at most one ("at", "pm" are shorter).
  func isBareDate(_ block: Block) -> Bool {
    guard block.characters <= 120, block.kind != .listItem, PublicationDate.hasYear(block.text)
    else { return false }
    // Runs of ASCII letters (other letters end a run): enough for labels, months and zones.
    var lowercaseWords = 0
    var run = 0
    var lowercaseStart = false
    for byte in block.text.utf8 {
      let lower = byte >= 0x61 && byte <= 0x7A
      if lower || (byte >= 0x41 && byte <= 0x5A) {
        if run == 0 { lowercaseStart = lower }
        run += 1
        if run == 3 && lowercaseStart {
          lowercaseWords += 1
          if lowercaseWords > 1 { return false }
        }
      } else {
        run = 0
      }
    }
    return dates.holdsDate(block.text)
  }

  /// Whether a block is a short line, not a sentence, around a date or time that the page marks
  /// as one (a `time` element).
  ///
  /// Such a line is the byline and date of a story in any language ("Lucía Ferrer Publicado
  /// el 5 de mayo de 2026, 09:30"), which the English-only date readings miss. Not a heading (a
  /// live post's time and title) nor a list item (a timeline's years).
  static func isTimeLine(_ block: Block) -> Bool {
    guard block.timed, block.kind == .paragraph, block.characters <= 160 else { return false }
    let signals = LineSignals(block.text)
    return !signals.endsSentence && signals.words <= 18
  }

  /// Whether a block only says at what time a post went up: the header of an update on a live
  /// page ("posted at 16:20", "23.30 AEDT Updated at 23.30 AEDT", "4:05pm BST").
  ///
  /// Every word is a time of day (hours and minutes, with a colon or a full stop), "am" or
  /// "pm", a time zone (two to five capitals) or a word that labels a time (``timeLabels``);
  /// at least one is a time, and a time with a full stop ("10.30", which may be a number or a
  /// price: "0.15 EUR") counts only beside a label.
  static func isPostTime(_ block: Block) -> Bool {
    guard block.kind != .listItem, block.characters <= 60 else { return false }
    var times = 0
    var dotted = false
    var labelled = false
    for word in block.text.split(separator: " ") {
      let bare = String(
        word.drop(while: timePunctuation.contains).reversed().drop(while: timePunctuation.contains)
          .reversed())
      if bare.isEmpty { continue }
      let lower = bare.lowercased()
      if timeLabels.contains(lower) {
        labelled = true
      } else if ["am", "pm", "a.m.", "p.m."].contains(lower) {
        continue
      } else if bare.count <= 5, bare.allSatisfy({ $0.isASCII && $0.isUppercase }),
        bare.count >= 2
      {
        continue
      } else if let separator = clockSeparator(lower) {
        times += 1
        dotted = dotted || separator == "."
      } else {
        return false
      }
    }
    return times > 0 && (labelled || !dotted)
  }

  /// The marks around the words of a post's time ("16:20 |", "(BST)").
  private static let timePunctuation: Set<Character> = [
    ",", ":", "|", "·", "•", "–", "—", "-", "(", ")",
  ]

  /// The words that label the time of a post.
  static let timeLabels: Set<String> = [
    "posted", "updated", "published", "edited", "last", "at", "on", "time",
  ]

  /// The separator of a time of day ("16:20", "4.05pm", "23.30"), or nil when a word is none.
  private static func clockSeparator(_ word: String) -> Character? {
    var text = Substring(word)
    for suffix in ["a.m.", "p.m.", "am", "pm"] where text.hasSuffix(suffix) {
      text = text.dropLast(suffix.count)
      break
    }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    let separator: Character = parts.count == 2 ? ":" : "."
    let pieces =
      parts.count == 2 ? parts : text.split(separator: ".", omittingEmptySubsequences: false)
    guard pieces.count == 2, let hour = Int(pieces[0]), let minute = Int(pieces[1]),
      (1...2).contains(pieces[0].count), pieces[1].count == 2, hour < 24, minute < 60
    else { return nil }
    return separator
  }

  /// Whether a text is a label of a few words that ends in a colon ("Release date:"), which
  /// says nothing without the value after it.
  static func isLabel(_ text: String) -> Bool {
    text.hasSuffix(":") && text.split(separator: " ").count <= 3
  }

  /// Whether a text is program code that the page shows as text, such as script from a
  /// `<script/>` tag that the parser closed at once: braces, semicolons, equals signs,
  /// backslashes and straight double quotes (the keys and strings of the data that scripts
  /// carry), which prose hardly has together, make up a twentieth of it, with braces and
  /// semicolons both present.
  static func isScriptText(_ text: String) -> Bool {
    var marks = 0
    var braces = 0
    var semicolons = 0
    var length = 0
    for byte in text.utf8 {
      // Count characters, not bytes: continuation bytes of UTF-8 do not start one.
      if byte & 0xC0 != 0x80 { length += 1 }
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "}"):
        marks += 1
        braces += 1
      case UInt8(ascii: ";"):
        marks += 1
        semicolons += 1
      case UInt8(ascii: "="), UInt8(ascii: "\\"), UInt8(ascii: "\""): marks += 1
      default: break
      }
    }
    return braces >= 2 && semicolons >= 2 && marks * 20 > length
  }

  /// Whether a block is the links to the pages of a paginated article or list ("Page 1 of 3
  /// 2 3 Next »", "« Prev 1 2 3 … 9 Next"): links, page numbers of which two follow each other
  /// ("2 3", unlike a score "Arsenal 2 Chelsea 1"), and at most four words, not a sentence.
  static func isPager(_ block: Block) -> Bool {
    guard block.linkCharacters > 0, block.characters <= 120 else { return false }
    var words = 0
    var previous: Int?
    var consecutive = false
    for token in block.text.split(separator: " ") {
      let number = token.allSatisfy(\.isASCII) ? Int(token) : nil
      if let number, let previous, number == previous + 1 { consecutive = true }
      previous = number
      if number == nil && token.contains(where: \.isLetter) { words += 1 }
    }
    return consecutive && words <= 4 && !LineSignals(block.text).endsSentence
  }

  /// Whether a block is worth speaking: a sentence, or a list item or line of a few words.
  ///
  /// - Parameter inStory: whether the block lies between the story's first and last prose
  ///   paragraphs. There any line with a letter or digit is the story's own, as in Readability
  ///   and trafilatura: the cells of a table, the items of a list after a colon, the lines of
  ///   a verse. Before the first and after the last, a short line is the page's (a credit, a
  ///   date, a share bar).
  static func isSpeakable(_ block: Block, inStory: Bool) -> Bool {
    if block.tag == "pre" { return true }
    if inStory, block.text.unicodeScalars.contains(where: Self.isLetterOrDigit) { return true }
    let signals = LineSignals(block.text)
    if signals.endsSentence || signals.effectiveWords >= 6 { return true }
    return block.kind == .listItem && signals.effectiveWords >= 2
  }

  /// Whether a character is a letter or a decimal digit.
  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
  }
}
