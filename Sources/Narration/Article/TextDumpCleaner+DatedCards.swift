/// Lists of story cards that give each story's date (and writer) under its headline.
extension TextDumpCleaner {
  /// The fewest dated cards in a row that make a list.
  static let datedCardLength = 3

  /// The most words of a card's kicker, the section name above its headline ("POLITICS").
  static let kickerWords = 3

  /// Marks the lines of lists of dated story cards as `.teaserList`.
  ///
  /// A list of other stories (the site's highlights, the writer's other stories) gives each
  /// story's headline, often a one-line summary, and then its date, often after its writer's
  /// byline; a kicker may stand above the headline ("POLITICS"). Three or more such cards in a
  /// row, each right below the one before, are a list: a story names its date and writer once,
  /// in its header, and its paragraphs are longer than a summary.
  static func markDatedCards(
    _ lines: [String], _ signals: [LineSignals], _ classes: inout [LineClass]
  ) {
    var cards: [Range<Int>] = []
    func close() {
      if cards.count >= datedCardLength {
        for card in cards {
          for index in card { classes[index] = .teaserList }
        }
      }
      cards = []
    }
    for index in classes.indices where classes[index] == .dateLine {
      guard let start = cardStart(before: index, lines, signals, classes) else {
        close()
        continue
      }
      if let last = cards.last, last.upperBound != start { close() }
      cards.append(start..<(index + 1))
    }
    close()
  }

  /// Whether a line's text opens with a capital letter, a digit or a quotation mark.
  private static func opensWithCapital(_ line: String) -> Bool {
    guard let first = (listItemText(line) ?? line).unicodeScalars.first else { return false }
    return !first.properties.isLowercase
  }

  /// Where the card whose date is at `date` starts, if the lines above the date read as a
  /// card: a byline, a headline with its summary (or one of them), and a kicker.
  private static func cardStart(
    before date: Int, _ lines: [String], _ signals: [LineSignals], _ classes: [LineClass]
  ) -> Int? {
    var index = date - 1
    if index >= 0, classes[index] == .byline { index -= 1 }
    guard index >= 0 else { return nil }
    if signals[index].words > cardHeadlineWords.upperBound + cardSummaryWords.upperBound {
      return nil
    }
    // A summary: one line of a sentence or two, below the headline or joined to it (a dump
    // joins lines with no blank line between, as it joins a wrapped paragraph's).
    if index > 0, classes[index] == .sentence || classes[index] == .prose,
      cardSummaryWords.contains(signals[index].words),
      classes[index - 1] != .prose,
      isCardHeadline(listItemText(lines[index - 1]) ?? lines[index - 1])
    {
      index -= 1
    } else if !classes[index].isBodyLike || !opensWithCapital(lines[index]) {
      return nil
    }
    if index > 0, !classes[index - 1].isBodyLike, classes[index - 1] != .dateLine,
      classes[index - 1] != .byline, signals[index - 1].words <= kickerWords
    {
      index -= 1
    }
    return index
  }
}
