import Foundation

/// Lists of story cards as text browsers dump them: a headline and a summary per item.
extension TextDumpCleaner {
  /// The fewest items in a row that make a list of cards.
  static let cardListLength = 2
  /// The fewest and most words of a card's headline.
  static let cardHeadlineWords = 3...16
  /// The fewest and most words of a card's summary.
  static let cardSummaryWords = 3...45
  /// The longest line (in UTF-8 bytes) that is a marker alone or before placeholders.
  static let maximumMarkerLength = 40

  /// Marks the lines of lists of story cards as `.teaserList`.
  ///
  /// A text browser dumps each item of a list of links to other stories (related stories, the
  /// site's latest) as its headline after the list's marker and its summary on the line below,
  /// without a marker ("* Ferry fares rise again" above "The council approved the rise on
  /// Monday."); when the item opens with a picture, the marker stands alone (or before the
  /// picture's placeholder, "• [3]") above the headline. Two or more such items in a row are a
  /// list of cards. An item of the story's own lists holds one paragraph (a list item that goes
  /// on below its marker opens with a headline, with no closing punctuation, only in a card).
  ///
  /// A dump may join a headline and its summary into one logical line, as it joins the lines of
  /// a wrapped paragraph (a long headline runs on into the line below it): such a line is a card
  /// when its first physical line is the headline and the rest the summary.
  static func markCardLists(
    _ lines: [String], _ units: [Unit], _ physical: [String], _ classes: inout [LineClass]
  ) {
    // The width a dump wraps its lines at (its longest line), read when a card needs it.
    var width: Int?
    let wrapWidth = {
      if let width { return width }
      let longest = physical.lazy.map(\.utf8.count).max() ?? 0
      width = longest
      return longest
    }
    var index = 0
    var run: [Int] = []
    var cards = 0
    func close() {
      if cards >= cardListLength {
        for line in run { classes[line] = .teaserList }
      }
      run = []
      cards = 0
    }
    while index < lines.count {
      if let next = cardEnd(at: index, lines, units, physical, width: wrapWidth) {
        run.append(contentsOf: index..<next)
        cards += 1
        index = next
      } else {
        close()
        index += 1
      }
    }
    close()
  }

  /// The index after the card that starts at `index`, if one does: a list item whose text is a
  /// headline, or a marker alone above a headline, and then a summary (on the line below, or
  /// joined to the headline's logical line).
  private static func cardEnd(
    at index: Int, _ lines: [String], _ units: [Unit], _ physical: [String],
    width: () -> Int
  ) -> Int? {
    var headline = index
    let text: String
    if isBareMarker(lines[index]) {
      headline += 1
      guard headline < lines.count, listItemText(lines[headline]) == nil else { return nil }
      text = lines[headline]
    } else {
      // Numbered lines are a how-to's steps or a list's entries above their paragraphs, and
      // a text browser marks a card with a bullet.
      guard hasBullet(lines[index]), !isDashed(lines[index]),
        let item = listItemText(lines[index])
      else { return nil }
      text = item
    }
    guard isCardHeadline(text) else {
      return joinsSummary(units[headline], physical, bulleted: headline == index, width: width)
        ? headline + 1 : nil
    }
    let summary = headline + 1
    guard summary < lines.count, listItemText(lines[summary]) == nil,
      !isBareMarker(lines[summary]),
      cardSummaryWords.contains(words(in: lines[summary].utf8))
    else { return nil }
    return summary + 1
  }

  /// Whether a logical line is a card's headline joined to its summary: its first physical line
  /// a headline (after the item's marker when `bulleted`, with no sentence that ends inside it),
  /// the rest a summary's few words that open with a capital.
  ///
  /// The headline must end short of the dump's wrap `width` (by ``wrapMargin`` with the next
  /// line's first word): a dump wrapped at 80 columns breaks a long list item there, and its
  /// first line is no headline.
  private static func joinsSummary(
    _ unit: Unit, _ physical: [String], bulleted: Bool, width: () -> Int
  ) -> Bool {
    guard unit.lines.count >= 2 else { return false }
    let first = physical[unit.lines.lowerBound]
    let text = bulleted ? listItemText(first) : first
    guard let text, bulleted || listItemText(first) == nil, isCardHeadline(text) else {
      return false
    }
    let rest = physical[(unit.lines.lowerBound + 1)...unit.lines.upperBound].filter {
      !$0.isEmpty
    }
    // The summary opens a sentence of its own, and the headline holds none that ends.
    guard let opening = rest.first?.unicodeScalars.first, !opening.properties.isLowercase,
      !text.contains(". "), !text.contains("? "), !text.contains("! ")
    else { return false }
    let nextWord = rest.first?.utf8.prefix { $0 != 0x20 }.count ?? 0
    return first.utf8.count + 1 + nextWord + wrapMargin <= width()
      && cardSummaryWords.contains(rest.reduce(0) { $0 + words(in: $1.utf8) })
  }

  /// How far short of a dump's wrap width a headline and the next word end when the line break
  /// after the headline is the page's, not the dump's (list items are indented).
  static let wrapMargin = 8

  /// Whether a line opens with a dash: a quotation's source ("– Jane Doe, Harbor Times")
  /// or a dialogue's turn more often than a text browser's marker, which is never a dash.
  private static func isDashed(_ line: String) -> Bool {
    line.hasPrefix("- ") || line.hasPrefix("– ") || line.hasPrefix("— ")
  }

  /// The bullets without their space, as bytes, but the dash ones (which never mark a card).
  private static let bulletStarts = bullets.map { Array($0.utf8.dropLast()) }.filter {
    $0 != Array("-".utf8) && $0 != Array("–".utf8)
  }

  /// Whether a line is a list's marker alone, or before a picture's placeholders ("• [3]").
  private static func isBareMarker(_ line: String) -> Bool {
    // Asked of every line: a few bytes settle most (a marker with placeholders is short, and
    // starts with a bullet: lines come trimmed).
    // Every such bullet opens with "*", "+" or a character beyond ASCII.
    guard line.utf8.count <= maximumMarkerLength, let first = line.utf8.first,
      first == 0x2A || first == 0x2B || first >= 0xC2,
      bulletStarts.contains(where: { $0[0] == first && line.utf8.starts(with: $0) })
    else { return false }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !isDashed(trimmed), trimmed != "-", trimmed != "–" else { return false }
    if bullets.contains(where: { $0.dropLast() == trimmed }) { return true }
    guard let rest = listItemText(trimmed), rest.first == "[" else { return false }
    return rest.split(separator: " ").allSatisfy { $0.first == "[" && $0.last == "]" }
  }

  /// Whether text reads as a card's headline: a few words opening with a capital, a digit or a
  /// quotation mark, with no punctuation that closes a sentence or leads on at its end.
  static func isCardHeadline(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.last,
      !first.properties.isLowercase, !".!?:;,…".contains(last),
      cardHeadlineWords.contains(words(in: text.utf8))
    else { return false }
    return true
  }
}
