/// Captions that a dump gives twice, once bare and once with their credit.
extension TextDumpCleaner {
  /// The most words of the credit that the second copy of a caption adds ("| Photo: Jane Doe
  /// / Harbor Times", "— Jane Doe"); a longer tail is a sentence of its own.
  static let echoCreditWords = 10

  /// The least words of a caption given twice: a shorter line is a label or a heading.
  static let echoCaptionWords = 4

  /// Marks a sentence followed by the same sentence with a short credit after it as `.doubled`,
  /// both lines.
  ///
  /// Text browsers print an image's alternative text and then its caption, and pages often use
  /// the caption as the alternative text, so the caption stands twice in a row, the second time
  /// with its credit ("Crowds on the quay at dawn." above "Crowds on the quay at dawn. | Photo:
  /// Jane Doe"). The first line closes its sentence (a headline does not), and what the second
  /// adds is a few words that do not open in lowercase (a paragraph that goes on from its
  /// opening words reads on in lowercase, or is much longer, or closes a sentence).
  static func markCaptionEchoes(_ lines: [String], _ classes: inout [LineClass]) {
    guard lines.count >= 2 else { return }
    for index in 0..<(lines.count - 1) {
      let bare = lines[index].utf8
      let credited = lines[index + 1].utf8
      guard bare.count >= 2 * echoCaptionWords, credited.count > bare.count + 1,
        bare.first == credited.first, let last = bare.last, last == 0x2E || last == 0x21,
        credited.starts(with: bare),
        isCreditTail(lines[index + 1].utf8.dropFirst(bare.count)),
        words(in: bare) >= echoCaptionWords
      else { continue }
      classes[index] = .doubled
      classes[index + 1] = .doubled
    }
  }

  /// Whether the bytes after a caption are its credit: a space, then one to
  /// ``echoCreditWords`` words, the first not opening in lowercase, and no full stop, question
  /// or exclamation mark at the end (a credit ends with a name or a bracket; a sentence added
  /// to a line, as in the cells of a table that compares two things, is text).
  private static func isCreditTail(_ tail: Substring.UTF8View) -> Bool {
    guard tail.first == 0x20, let start = tail.firstIndex(where: { $0 != 0x20 }),
      let end = tail.last, end != 0x2E, end != 0x21, end != 0x3F
    else {
      return false
    }
    let rest = Substring(tail[start...])
    guard let first = rest.unicodeScalars.first, !first.properties.isLowercase else {
      return false
    }
    return words(in: rest.utf8) <= echoCreditWords
  }

  /// The least words of a text that a line gives twice with nothing between the copies.
  static let gluedTwiceWords = 4

  /// Whether a line gives its opening text again right after it, glued to its last word
  /// ("Ferry crews on the quay at dawnFerry crews on the quay at dawn").
  ///
  /// `w3m` prints an image's alternative text, its title and its caption with no space
  /// between them, and pages often give the three the same text; a paragraph of the story
  /// never says its first ``gluedTwiceWords`` words again glued to a word. The copy may be cut
  /// short by the line's end, or be followed by more (a third copy, a credit).
  ///
  /// Asked only of the lines the body keeps, never of every line of a dump.
  static func isGluedTwice(_ line: String) -> Bool {
    var text = line
    return text.withUTF8 { bytes in
      guard let first = bytes.first, first != 0x20 else { return false }
      var start = 1
      while start < bytes.count {
        defer { start += 1 }
        guard bytes[start] == first, bytes[start - 1] != 0x20 else { continue }
        let length = min(start, bytes.count - start)
        var spaces = 0
        for offset in 0..<length {
          guard bytes[start + offset] == bytes[offset] else {
            spaces = -1
            break
          }
          if bytes[offset] == 0x20 { spaces += 1 }
        }
        if spaces >= gluedTwiceWords - 1 { return true }
      }
      return false
    }
  }
}
