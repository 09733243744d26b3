import Foundation

/// Tests of a single line's shape: a heading, dates, a line given twice, a packed list, a
/// bullet or a number, a person's name.
extension TextDumpCleaner {
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
  /// The cheap tests (a bar, a digit, from the line's signals) come first.
  func isDates(_ line: String, _ signal: LineSignals) -> Bool {
    guard signal.hasBar, Self.mayBeTime(line, signal) else { return false }
    let parts = line.split(separator: "|")
    return (2...3).contains(parts.count)
      && parts.allSatisfy { part in
        let text = part.trimmingCharacters(in: .whitespaces)
        return dates.dateLine(text) != nil
      }
  }

  /// A cheap test before the date expressions: times and dates have a digit, relative times
  /// end in "ago", and a few words stand alone (`signal` is the line's, which tells digits).
  static func mayBeTime(_ line: String, _ signal: LineSignals) -> Bool {
    if signal.hasDigit { return true }
    // Each of those words ends with "o", "w" or "y": other lines are settled by their last byte.
    guard let last = line.utf8.last,
      last | 0x20 == 0x6F || last | 0x20 == 0x77 || last | 0x20 == 0x79
    else { return false }
    if hasSuffixIgnoringCase(line, "ago") { return true }
    guard line.utf8.count <= 9 else { return false }
    return ["just now", "yesterday", "today", "now"].contains(line.lowercased())
  }

  /// The number of words (runs of bytes between spaces) in UTF-8 text.
  static func words<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int {
    var count = 0
    var inWord = false
    for byte in bytes {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
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
  /// open with at least ``doubledOpeningWords`` words said twice (before a space, or before a
  /// credit glued to the closing full stop), or with a sentence of at least ``doubledWords``
  /// words said twice (a short caption given twice, then its credit: a bold name said twice
  /// closes no sentence).
  private static func opensDoubled(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first != 0x20 else { return false }
    var words = 0
    var index = 1
    while 2 * index + 1 <= bytes.count {
      if bytes[index] == 0x20 {
        words += 1
        let end = 2 * index + 1
        let least =
          end == bytes.count || bytes[index - 1] == 0x2E ? doubledWords : doubledOpeningWords
        if words >= least,
          bytes[index + 1] == first,
          end == bytes.count || bytes[end] == 0x20 || gluesCredit(bytes[end - 1], bytes[end]),
          bytes[0..<index].elementsEqual(bytes[(index + 1)..<end])
        {
          return true
        }
      }
      index += 1
    }
    return false
  }

  /// Whether the said-twice text ends a sentence with a capital glued right after it: a
  /// photo's credit that a dump joins to its caption ("…at City Hall.Photo by Jane Doe").
  private static func gluesCredit(_ last: UInt8, _ next: UInt8) -> Bool {
    last == 0x2E && next >= 0x41 && next <= 0x5A
  }

  /// Several list items packed into one line ("Key developments: * A * B * C"): teaser lists.
  ///
  /// The line's signals say first whether it has a marker at all.
  static func isPackedList(_ line: String, _ signal: LineSignals) -> Bool {
    guard signal.hasAsterisk || signal.hasBar || signal.hasBulletMark else { return false }
    return line.utf8.withContiguousStorageIfAvailable(packedMarkers)
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

  /// The mark lynx sets before the caption of a table (or of any block a page marks up as
  /// one, such as a slideshow's slides): the caption itself is text like any other.
  static let captionMark = Array("CAPTION: ".utf8)

  /// The length in UTF-8 bytes of the bullet a line starts with, if it does (or of lynx's
  /// ``captionMark``, which marks a caption as a bullet marks an item).
  static func bulletLength(_ line: String) -> Int? {
    let bytes = line.utf8
    guard let first = bytes.first else { return nil }
    if first == 0x43 { return bytes.starts(with: captionMark) ? captionMark.count : nil }
    // Every bullet starts with "*", "+", "-" or a byte of a character beyond ASCII.
    guard first == 0x2A || first == 0x2B || first == 0x2D || first >= 0xC2 else { return nil }
    return bulletBytes.first { $0[0] == first && bytes.starts(with: $0) }?.count
  }

  /// Whether a line starts with a bullet: an item of a list (a menu, in a text browser's dump),
  /// never a heading, whatever follows it.
  static func hasBullet(_ line: String) -> Bool {
    bulletLength(line) != nil
  }

  /// The text of a bulleted or numbered line without its marker, or `nil` for other lines.
  static func listItemText(_ line: String) -> String? {
    listMarkerLength(line).map {
      String(line[line.utf8.index(line.utf8.startIndex, offsetBy: $0)...])
    }
  }

  /// Whether a line is an item of a list: it opens with a bullet or a number (see
  /// ``listMarkerLength(_:)``).
  static func isListItem(_ line: String) -> Bool {
    listMarkerLength(line) != nil
  }

  /// The length in bytes of the bullet or number a list item opens with, or `nil` for other
  /// lines.
  ///
  /// Asked of every line the rules are tried on, so it reads bytes, with no copy: one or two
  /// digits, then ". " or ") ", make a number.
  private static func listMarkerLength(_ line: String) -> Int? {
    let bytes = line.utf8
    // Most lines open with a letter: only a bullet's first byte, lynx's caption mark ("C") or
    // a digit opens an item.
    guard let first = bytes.first,
      first == 0x2A || first == 0x2B || first == 0x2D || first >= 0xC2 || first == 0x43
        || ASCIIWord.isDigit(first)
    else { return nil }
    if let length = bulletLength(line) { return length }
    let digits = bytes.prefix(3).prefix { $0 >= 0x30 && $0 <= 0x39 }.count
    guard (1...2).contains(digits),
      bytes.dropFirst(digits).starts(with: [0x2E, 0x20])
        || bytes.dropFirst(digits).starts(with: [0x29, 0x20])
    else { return nil }
    return digits + 2
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
}
