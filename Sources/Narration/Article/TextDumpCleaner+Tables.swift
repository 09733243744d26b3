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
}
