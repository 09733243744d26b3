/// Lists of quantities in a page dump: a recipe's ingredients ("2 cups flour", "½ tsp salt"),
/// short lines that read as chrome by shape but are the article's own.
extension TextDumpCleaner {
  /// The fewest lines that open with a quantity in a list of them.
  static let quantityListLength = 3

  /// The most lines in a row without a quantity between two items of a list (a group's label
  /// such as "For the sauce:", an item without an amount such as "Salt to taste").
  static let quantityListGap = 2

  /// How a line opens with a quantity.
  enum QuantityShape {
    case none
    /// The line is a quantity alone ("1 1/2"): a page that sets an item's amount apart from
    /// its name, as a text browser dumps it, puts the name on the next line.
    case bare
    /// A quantity and then a word in lowercase ("2 cups flour", "120g noodles").
    case item
  }

  /// Marks the lines of quantity lists as short sentences, so that they count as text.
  ///
  /// A list is ``quantityListLength`` or more items, at most ``quantityListGap`` short lines
  /// apart, each a line that opens with a quantity (digits, a fraction) followed by a word in
  /// lowercase, of two words or more, or a quantity alone above such a word ("1/4" above "cup
  /// butter"). The short lines between the first item and the last are the list's too. A
  /// headline or a name after a number starts with a capital ("5 Ways to …", "3 Harbor
  /// Street"), a table's measure has no word after its number ("16g"), and a count in a header
  /// ("12 comments") stands alone, so none of them makes a list. Only short lines that open with
  /// a digit, a fraction or a bullet are read, so this costs little.
  static func markQuantityLists(
    _ lines: [String], _ signals: [LineSignals], _ classes: inout [LineClass]
  ) {
    var items: [Int] = []
    func close() {
      defer { items.removeAll() }
      guard items.count >= quantityListLength, let first = items.first, let last = items.last
      else { return }
      for index in first...last where classes[index] == .short || classes[index] == .repeated {
        classes[index] = .sentence
      }
    }
    var index = 0
    while index < lines.count {
      guard mayBeItem(classes[index]) else {
        close()
        index += 1
        continue
      }
      switch quantityShape(lines[index], signals[index]) {
      case .item:
        items.append(index)
      case .bare
      where index + 1 < lines.count && mayBeItem(classes[index + 1])
        && signals[index + 1].words >= 2 && startsLowercase(lines[index + 1]):
        items.append(index)
        items.append(index + 1)
        index += 1
      default:
        if let last = items.last, index - last > quantityListGap { close() }
      }
      index += 1
    }
    close()
  }

  /// Whether a line of this class may be an item of a quantity list (or a line between two): a
  /// short line, never a paragraph.
  private static func mayBeItem(_ lineClass: LineClass) -> Bool {
    switch lineClass {
    case .short, .repeated, .sentence: return true
    default: return false
    }
  }

  /// How a line opens with a quantity (after a bullet): digits, fractions ("1/2", "½"),
  /// decimal points, ranges ("1-2", "1 – 1½") and spaces, then a word in lowercase or the end.
  static func quantityShape(_ line: String, _ signal: LineSignals) -> QuantityShape {
    let bytes = line.utf8
    guard let head = bytes.first,
      ASCIIWord.isDigit(head) || head >= 0xC2 || head == 0x2A
        || head == 0x2B || head == 0x2D
    else { return .none }
    var index = bytes.index(bytes.startIndex, offsetBy: bulletLength(line) ?? 0)
    var amounts = false
    var first = true
    while index < bytes.endIndex {
      let byte = bytes[index]
      var width = 1
      switch byte {
      case 0x30...0x39:
        amounts = true
      case 0x20, 0x2F, 0x2E, 0x2C, 0x2D:
        // Spaces, slashes, points and hyphens go between amounts, never before the first.
        if first { return .none }
      case 0xC2, 0xE2:
        // A vulgar fraction ("¼", "⅓": U+00BC…U+00BE, U+2150…U+215E), or an en dash between
        // two amounts.
        let rest = bytes[index...].dropFirst()
        if byte == 0xC2, let next = rest.first, (0xBC...0xBE).contains(next) {
          width = 2
          amounts = true
        } else if byte == 0xE2, rest.starts(with: [0x85]), let next = rest.dropFirst().first,
          (0x90...0x9E).contains(next)
        {
          width = 3
          amounts = true
        } else if byte == 0xE2, !first, rest.starts(with: [0x80, 0x93]) {
          width = 3
        } else {
          return first ? .none : (amounts && signal.words >= 2 ? lowercaseAt(line, index) : .none)
        }
      default:
        guard !first, amounts, signal.words >= 2 else { return .none }
        return lowercaseAt(line, index)
      }
      first = false
      index = bytes.index(index, offsetBy: width)
    }
    return amounts ? .bare : .none
  }

  /// `.item` when the character at a UTF-8 index of a line is a lowercase letter.
  private static func lowercaseAt(_ line: String, _ index: String.UTF8View.Index) -> QuantityShape {
    startsLowercase(line[index...]) ? .item : .none
  }

  /// Whether a text starts with a lowercase letter.
  private static func startsLowercase(_ text: some StringProtocol) -> Bool {
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
    return text.unicodeScalars.first?.properties.isLowercase ?? false
  }
}
