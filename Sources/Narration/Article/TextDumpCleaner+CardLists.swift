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
  static func markCardLists(_ lines: [String], _ classes: inout [LineClass]) {
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
      if let next = cardEnd(at: index, lines) {
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
  /// headline, or a marker alone above a headline, and then a summary.
  private static func cardEnd(at index: Int, _ lines: [String]) -> Int? {
    var headline = index
    if isBareMarker(lines[index]) {
      headline += 1
      guard headline < lines.count, listItemText(lines[headline]) == nil,
        isCardHeadline(lines[headline])
      else { return nil }
    } else {
      // Numbered lines are a how-to's steps or a list's entries above their paragraphs, and
      // a text browser marks a card with a bullet.
      guard hasBullet(lines[index]), !isDashed(lines[index]),
        let text = listItemText(lines[index]), isCardHeadline(text)
      else { return nil }
    }
    let summary = headline + 1
    guard summary < lines.count, listItemText(lines[summary]) == nil,
      !isBareMarker(lines[summary]),
      cardSummaryWords.contains(wordCount(lines[summary]))
    else { return nil }
    return summary + 1
  }

  /// Whether a line opens with a dash: a quotation's source ("– Jane Doe, Harbor Times")
  /// or a dialogue's turn more often than a text browser's marker, which is never a dash.
  private static func isDashed(_ line: String) -> Bool {
    line.hasPrefix("- ") || line.hasPrefix("– ") || line.hasPrefix("— ")
  }

  /// Whether a line is a list's marker alone, or before a picture's placeholders ("• [3]").
  private static func isBareMarker(_ line: String) -> Bool {
    // Asked of every line: a byte or two settle most (every bullet starts with "*", "+", "-"
    // or a byte beyond ASCII, and a marker with placeholders is short).
    guard let first = line.utf8.first, first == 0x2A || first == 0x2B || first >= 0xC2,
      line.utf8.count <= maximumMarkerLength
    else { return false }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !isDashed(trimmed), trimmed != "-", trimmed != "–" else { return false }
    if bullets.contains(where: { $0.dropLast() == trimmed }) { return true }
    guard let rest = listItemText(trimmed), rest.first == "[" else { return false }
    return rest.split(separator: " ").allSatisfy { $0.first == "[" && $0.last == "]" }
  }

  /// Whether text reads as a card's headline: a few words opening with a capital, a digit or a
  /// quotation mark, with no punctuation that closes a sentence or leads on at its end.
  private static func isCardHeadline(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.last,
      !first.properties.isLowercase, !".!?:;,…".contains(last),
      cardHeadlineWords.contains(wordCount(text))
    else { return false }
    return true
  }

  /// The number of words (runs between spaces) in a line.
  private static func wordCount(_ text: String) -> Int {
    text.split(separator: " ").count
  }
}
