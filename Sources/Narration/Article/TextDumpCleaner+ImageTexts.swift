/// Images' alternative texts that text browsers print as lines of their own.
extension TextDumpCleaner {
  /// The least words of an image's alternative text told by its shape: a shorter lowercase
  /// line is a command or a keyword as often ("make install", "import os").
  static let imageTextWords = 4

  /// The most words of an image's alternative text told by its shape: a longer lowercase line
  /// without punctuation is a paragraph that lost its marks (or the only text there is), and
  /// losing it would cost far more than keeping a long description.
  static let maximumImageTextWords = 40

  /// The least words of a line above that stops mid-sentence and goes on in the next: a
  /// shorter one is a heading or another image's text.
  static let paragraphWords = 16

  /// Whether a short line or fragment of the body is an image's alternative text, which `lynx`
  /// and `w3m` print where the image stands ("pb balls on a gray plate with a knife").
  ///
  /// Such a line stands alone between blank lines, opens with a word in lowercase letters (a
  /// heading or a paragraph opens with a capital; a word with a capital or a digit inside is a
  /// name, "iPhone", "x86"), has no bullet, and ends in a letter or digit without a sentence's
  /// or a clause's punctuation. It has no mark of code or of a command either: none of
  /// `. = ( ) [ ] { } < > _ # \ ` $ / : ; @ * | "` and no option (a hyphen right before a
  /// word: "-qa"). A paragraph hard-wrapped by the dump goes on from the line above, without a
  /// blank line or after a long line or one that stops on a comma or a dash, so it is not taken.
  ///
  /// A line that hangs right below a paragraph is one too (see ``isBelowParagraph``), whatever
  /// its first letter. `wrapped` says whether the dump wraps its lines (see
  /// ``isHardWrapped(_:)``).
  ///
  /// Asked only of the short lines and fragments inside the body, never of every line.
  static func isImageText(
    _ index: Int, _ units: [Unit], _ physical: [String], _ signals: [LineSignals],
    _ classes: [LineClass], wrapped: Bool
  ) -> Bool {
    guard (imageTextWords...maximumImageTextWords).contains(signals[index].words),
      !signals[index].endsSentence
    else {
      return false
    }
    if isBelowParagraph(index, units, physical, classes, wrapped: wrapped) { return true }
    // A paragraph that stops mid-sentence above goes on in this line, whatever blank lines the
    // dump set between them.
    if index > 0, !signals[index - 1].endsSentence, signals[index - 1].hasLowercase,
      signals[index - 1].words >= paragraphWords
        || units[index - 1].text.utf8.last.map({ !isASCIILetterOrDigit($0) }) == true
    {
      return false
    }
    let span = units[index].lines
    guard span.lowerBound == 0 || physical[span.lowerBound - 1].isEmpty,
      span.upperBound + 1 >= physical.count || physical[span.upperBound + 1].isEmpty
    else { return false }
    let bytes = units[index].text.utf8
    guard let first = bytes.first, first >= 0x61, first <= 0x7A, let last = bytes.last,
      isLetterOrDigit(last)
    else { return false }
    var inFirstWord = true
    for byte in bytes {
      if byte == 0x20 {
        inFirstWord = false
      } else if inFirstWord, (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) {
        return false
      } else if codeMarks.contains(byte) {
        return false
      }
    }
    return !hasOption(bytes)
  }

  /// Whether a line is an image's text that `lynx` prints in the block of the paragraph or
  /// the list item above.
  ///
  /// Such a line has no sentence's stop, hangs right below a paragraph with no blank line
  /// between them, and has a blank line (or the dump's end) below it ("Crews on the quay at
  /// dawn" under the paragraph the photo follows). A line that introduces code below it, one
  /// that opens with a dash (a quotation's source) or one with a mark of code is not.
  ///
  /// A text browser sets a blank line between two paragraphs and around a heading, so a line
  /// glued under a paragraph that closes its sentence belongs to the paragraph's block, and a
  /// paragraph does not go on there without a stop. The paragraph above is prose that closes
  /// with a full stop or an exclamation mark (a question is answered and a colon introduces
  /// on the next line), and the line is no item of a list itself.
  ///
  /// A step of a recipe or a guide sets its photo inside the list's item, and text browsers
  /// print no blank line between the items of a list: below an item (a sentence will do, as
  /// items are short) the image's text may have the list's next item right under it instead of
  /// a blank line.
  ///
  /// In a dump that wraps its lines (`wrapped`), a line below one that filled the columns may
  /// be the rest of the paragraph's last sentence, without its stop: it is not taken (see
  /// ``mayBeWrapped(_:before:)``).
  private static func isBelowParagraph(
    _ index: Int, _ units: [Unit], _ physical: [String], _ classes: [LineClass], wrapped: Bool
  ) -> Bool {
    let span = units[index].lines
    guard index > 0, units[index - 1].lines.upperBound + 1 == span.lowerBound,
      !isListItem(units[index].text),
      let stop = lastStop(units[index - 1].text.utf8), stop == 0x2E || stop == 0x21,
      index + 1 == units.count || classes[index + 1] != .code
    else { return false }
    let belowItem = isListItem(units[index - 1].text)
    let endsBlock =
      span.upperBound + 1 >= physical.count || physical[span.upperBound + 1].isEmpty
      || (belowItem && isListItem(physical[span.upperBound + 1]))
    guard endsBlock,
      classes[index - 1] == .prose || (belowItem && classes[index - 1] == .sentence),
      !wrapped
        || !mayBeWrapped(physical[units[index - 1].lines.upperBound], before: units[index].text)
    else { return false }
    let bytes = units[index].text.utf8
    // A dash opens the source of a quotation above ("— Mara Lind, on the quay").
    guard let first = bytes.first, first != 0x2D,
      !bytes.starts(with: [0xE2, 0x80, 0x93]), !bytes.starts(with: [0xE2, 0x80, 0x94])
    else { return false }
    var previous: UInt8 = 0x20
    for byte in bytes {
      // A stop inside a word is a file's name or an address ("rota.txt"), as in code.
      if inlineCodeMarks.contains(byte) || (previous == 0x2E && isASCIILetterOrDigit(byte)) {
        return false
      }
      previous = byte
    }
    return true
  }

  /// Whether `next` may be the rest of a line that a dump wrapped after a sentence's stop.
  ///
  /// It may when the line above is as long as a wrapped line, and with `next`'s first word it
  /// would overflow the columns a dump wraps at ("…social media pages." above "Review the admin
  /// panel…", the item's last sentence without its stop). A line that is longer than those
  /// columns was not wrapped, one that had room for the word was not wrapped before it, and a
  /// sentence after a stop opens with no lowercase letter.
  static func mayBeWrapped(_ line: String, before next: String) -> Bool {
    let length = line.count
    guard length >= wrappedLineLength, length <= wrapColumns.upperBound else { return false }
    guard let first = next.first, !first.isLowercase else { return false }
    let word = next.utf8.prefix { $0 != 0x20 }.count
    return length + 1 + word > wrapColumns.lowerBound
  }

  /// The longest name of an image in brackets, in bytes.
  static let maximumImageNameLength = 120

  /// A line without the names of images that open or close it.
  ///
  /// `w3m` prints an image that has no text as its file's name in brackets, cut short and glued
  /// to the text next to it ("[harbor-qua]The ferry…", "…at dawn.[DSC_0511-s]"), and `lynx` the
  /// whole name ("[harbor-quay.jpg]"). Such a name has no space, has a letter, and has no caret
  /// before it (lynx and w3m print a note's mark as "^[2]"; a number alone is a note's mark
  /// too). Only the ends are read: a name inside a line is left as it stands.
  ///
  /// Asked only of the lines the body keeps that open or close with a bracket.
  static func withoutImageNames(_ line: String) -> String {
    let bytes = Array(line.utf8)
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x5B,
      let close = bytes[start..<end].firstIndex(of: 0x5D),
      isImageName(bytes[(start + 1)..<close])
    {
      start = close + 1
      while start < end, bytes[start] == 0x20 { start += 1 }
    }
    while end > start, bytes[end - 1] == 0x5D,
      let open = bytes[start..<(end - 1)].lastIndex(of: 0x5B),
      open == start || bytes[open - 1] != 0x5E, isImageName(bytes[(open + 1)..<(end - 1)])
    {
      end = open
      while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    }
    if start == 0 && end == bytes.count { return line }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Whether the bytes between brackets can be an image's name: no space, a letter, not too long.
  private static func isImageName(_ name: ArraySlice<UInt8>) -> Bool {
    name.count <= maximumImageNameLength && !name.contains(0x20) && !name.contains(0x5B)
      && name.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
  }

  /// Bytes that mark code in a line below a paragraph: ``codeMarks`` without those a caption's
  /// credit or a date has (brackets, a colon, a slash, a full stop between words).
  private static let inlineCodeMarks: Set<UInt8> = Set("=[]{}<>_#\\`$;@*|\"".utf8)

  /// The last byte of a line that is not a closing quotation mark, bracket or emphasis, when
  /// it is ASCII (a sentence's stop is).
  private static func lastStop(_ bytes: String.UTF8View) -> UInt8? {
    for byte in bytes.reversed() {
      switch byte {
      case 0x22, 0x27, 0x29, 0x5D, 0x2A, 0x5F: continue
      default: return byte < 0x80 ? byte : nil
      }
    }
    return nil
  }

  /// Bytes that mark code or a command, never an image's description.
  private static let codeMarks: Set<UInt8> = Set(".=()[]{}<>_#\\`$/:;@*|\"".utf8)

  /// Whether a line has a command's option: a hyphen after a space and right before a letter.
  private static func hasOption(_ bytes: String.UTF8View) -> Bool {
    var previous: (UInt8, UInt8) = (0x20, 0x20)
    for byte in bytes {
      if previous.0 == 0x20, previous.1 == 0x2D, isLetterOrDigit(byte) { return true }
      previous = (previous.1, byte)
    }
    return false
  }

  /// Whether a line's last byte is a letter or digit, or part of a character beyond ASCII.
  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    isASCIILetterOrDigit(byte) || byte >= 0x80
  }

  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
  }
}
