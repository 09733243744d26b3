/// The items of a numbered list article ("1. Harbor Ferry", a paragraph, "2. Quay Bakery", …).
extension TextDumpCleaner {
  /// The fewest numbered headings in a row that make a list article.
  static let numberedItemsLength = 3

  /// The most logical lines from one numbered heading to the next.
  static let numberedItemStride = 12

  /// The most words of a numbered heading (the number, a name or a title).
  static let numberedHeadingWords = 12

  /// Marks the long lines without a full stop under a numbered list article's headings as prose.
  ///
  /// ``numberedItemsLength`` or more short lines that open with numbers that count up or down by
  /// one ("1. …", "2. …", "3.…"), each a few lines after the one before with text between them,
  /// head the items of the article, and the text under each is the item's paragraph.
  /// An item's paragraph often ends without a full stop (with a handle, a link or a price), and
  /// three such lines in a row would otherwise read as a list of teasers for other pages. A
  /// heading that ends with a colon ("4. Jane says:") heads a comment, not an item, and a dated
  /// one is a comment's or a teaser's, so neither counts. Only short lines that open with a digit
  /// are read, so this costs little.
  static func markNumberedItems(
    _ lines: [String], _ signals: [LineSignals], _ classes: inout [LineClass]
  ) {
    var headings: [Int] = []
    var number = 0
    var step = 0
    var texts = false
    func close() {
      guard headings.count >= numberedItemsLength, let last = headings.last else { return }
      // The last item's text, below its heading.
      var end = last + 1
      while end < lines.count, end - last <= numberedItemStride, classes[end].isBodyLike {
        end += 1
      }
      for index in headings[0]..<end where classes[index] == .fragment {
        classes[index] = .prose
      }
    }
    for index in lines.indices {
      switch classes[index] {
      case .short, .sentence:
        guard let value = headingNumber(lines[index], signals[index]) else { continue }
        let next = value - number
        if let previous = headings.last, index - previous <= numberedItemStride, texts,
          next == 1 || next == -1, step == 0 || next == step
        {
          headings.append(index)
          step = next
        } else {
          close()
          headings = [index]
          step = 0
        }
        number = value
        texts = false
      case .prose, .fragment:
        texts = true
      default:
        break
      }
    }
    close()
  }

  /// The number a line opens with when it reads as a numbered heading: one to three digits, a
  /// full stop or a closing bracket, then a title of at most ``numberedHeadingWords`` words
  /// that does not end with a colon.
  private static func headingNumber(_ line: String, _ signal: LineSignals) -> Int? {
    let bytes = line.utf8
    guard let first = bytes.first, ASCIIWord.isDigit(first), signal.words <= numberedHeadingWords,
      bytes.last != 0x3A
    else { return nil }
    var value = 0
    var digits = 0
    for byte in bytes {
      if ASCIIWord.isDigit(byte) {
        value = value * 10 + Int(byte - 0x30)
        digits += 1
        if digits > 3 { return nil }
        continue
      }
      guard byte == 0x2E || byte == 0x29 else { return nil }
      // A title after the mark, opening with a letter (not "1.5 million" or "2. (c)").
      let title = bytes.dropFirst(digits + 1).drop { $0 == 0x20 }
      guard let letter = title.first, letter >= 0x41 else { return nil }
      return value
    }
    return nil
  }

  /// The text of a list item's block, or `nil` for a line that is no item.
  ///
  /// A bulleted line loses its bullet, a numbered line stays whole ("37. Why do gulls fly over
  /// the sea?"). An item's number is the article's text (a countdown's place, a step of a
  /// how-to), where a bullet is only the dump's mark of a list.
  static func itemBlockText(_ line: String) -> String? {
    guard let item = listItemText(line) else { return nil }
    return hasBullet(line) ? item : line
  }
}
