/// Tables in a page dump: rows of cells that a text browser prints a line each, with no blank
/// line between them.
extension TextDumpCleaner {
  /// The fewest rows in a row that make a table.
  static let tableRows = 5

  /// Which lines belong to tables of figures, which the body may reach across (empty when no
  /// line does).
  ///
  /// A text browser prints a table's rows one below the other with no blank line between
  /// them, where it sets a blank line between paragraphs and between most boxes of a page. A
  /// table of figures is ``tableRows`` or more such lines in a row, none a sentence, a label,
  /// a comment or an item of a list (a menu, a numbered list of links), three in four or more
  /// with two numbers or more (a row's cells of figures; a list of links may number its
  /// items). A story sets such a table between its paragraphs (results, prices, a timetable),
  /// so the table does not count toward the gap between two parts of the story (as a photo
  /// gallery does not, see ``BodySelector/skippable``); its own lines stay out of the body.
  static func tableLines(
    _ units: [Unit], _ lines: [String], _ signals: [LineSignals], _ classes: [LineClass]
  ) -> [Bool] {
    var tables: [Bool] = []
    var start = 0
    func close(at end: Int) {
      let rows = end - start
      // The numbers are counted only in a run of rows long enough: few lines are.
      guard rows >= tableRows,
        4 * (start..<end).count(where: { numbers(in: lines[$0]) >= 2 }) >= 3 * rows
      else { return }
      if tables.isEmpty { tables = [Bool](repeating: false, count: units.count) }
      for index in start..<end { tables[index] = true }
    }
    func isRow(_ index: Int) -> Bool {
      switch classes[index] {
      case .prose, .sentence, .code, .comment, .section: return false
      default: return !signals[index].endsSentence && !isListItem(lines[index])
      }
    }
    for index in units.indices {
      let row = isRow(index)
      let follows =
        index > start && units[index].lines.lowerBound == units[index - 1].lines.upperBound + 1
      if !row || !follows {
        close(at: index)
        start = row ? index : index + 1
      }
    }
    close(at: units.count)
    return tables
  }

  /// How many numbers a line gives: runs of digits, with the points and commas inside them.
  private static func numbers(in line: String) -> Int {
    var count = 0
    var inNumber = false
    for byte in line.utf8 {
      if ASCIIWord.isDigit(byte) {
        if !inNumber { count += 1 }
        inNumber = true
      } else if !(inNumber && (byte == 0x2E || byte == 0x2C)) {
        inNumber = false
      }
    }
    return count
  }

  /// A dump's lines with the borders w3m draws around a table's cells taken out.
  ///
  /// w3m draws a table that has borders with box-drawing characters (U+2500 to U+257F): a
  /// line of them between rows ("├──────┼─────┤") and a bar between cells ("│Harbor │1998
  /// │The ferry…│"). A line of borders alone becomes a blank line, which parts rows as a blank
  /// line parts paragraphs, and a row that opens with a border keeps its cells' text with a
  /// space in place of each border, so that a row of prose reads as prose. Lines that open
  /// otherwise are left as they stand.
  ///
  /// Reads bytes: a box-drawing character is E2 94 or E2 95 and one byte more in UTF-8, and a
  /// line that does not open with an E2 byte is passed over at once.
  static func withoutTableBorders(_ lines: [String]) -> [String] {
    var result = lines
    for (index, line) in lines.enumerated() where line.utf8.first == 0xE2 {
      let bytes = Array(line.utf8)
      guard isBoxDrawing(bytes, at: 0) else { continue }
      var text: [UInt8] = []
      var position = 0
      while position < bytes.count {
        let border = isBoxDrawing(bytes, at: position)
        if border || bytes[position] == 0x20 {
          // A border or a space between cells: one space, never two.
          if let last = text.last, last != 0x20 { text.append(0x20) }
          position += border ? 3 : 1
        } else {
          text.append(bytes[position])
          position += 1
        }
      }
      if text.last == 0x20 { text.removeLast() }
      result[index] = String(decoding: text, as: UTF8.self)
    }
    return result
  }

  /// Whether the bytes at `position` are a box-drawing character (U+2500 to U+257F).
  private static func isBoxDrawing(_ bytes: [UInt8], at position: Int) -> Bool {
    position + 2 < bytes.count && bytes[position] == 0xE2
      && (bytes[position + 1] == 0x94 || bytes[position + 1] == 0x95)
  }
}
