/// How a dump hard-wrapped at a fixed width is read: whether a dump is, at which width, and
/// which lines go on the full line above them.
extension TextDumpCleaner {
  /// The columns a dump that wraps its lines wraps them at, most often (lynx 80 columns less
  /// its margin, other tools 72).
  static let wrapColumns = 72...80

  /// Whether a dump wraps its lines at a few dozen columns: of its lines as long as a wrapped
  /// one (``wrappedLineLength``), fewer than one in ``unwrappedShare`` runs beyond
  /// ``wrapColumns`` (a long address or word that could not be broken does).
  ///
  /// Reads each line's length in bytes, which is enough to tell 80 columns from paragraphs of
  /// hundreds of characters.
  static func isHardWrapped(_ lines: [String]) -> Bool {
    var long = 0
    var beyond = 0
    for line in lines {
      let length = line.utf8.count
      if length >= wrappedLineLength { long += 1 }
      if length > wrapColumns.upperBound { beyond += 1 }
    }
    return long > 0 && beyond * unwrappedShare < long
  }

  /// One in how many long lines may run beyond ``wrapColumns`` in a dump that wraps its lines.
  static let unwrappedShare = 20

  /// The columns a dump that wraps its lines (see ``isHardWrapped(_:)``) wraps its text at: the
  /// greatest length, up to ``wrapColumns``, of at least two of its lines and at least one in
  /// ``widthLines`` of its long ones (as long as a wrapped line, ``wrappedLineLength``).
  ///
  /// A dump fills many lines up to its width or just short of it, and runs few beyond (a word
  /// it could not break): lynx's 80 columns leave 71 to the paragraphs it indents, w3m's 79.
  /// Lengths are in Unicode scalars, as ``LineSignals/length``. `nil` when no length is that
  /// common, or the width is narrower than ``narrowestWrap``.
  static func wrapWidth(_ lines: [String]) -> Int? {
    var counts = [Int](repeating: 0, count: wrapColumns.upperBound + 1)
    var long = 0
    for line in lines {
      let bytes = line.utf8.count
      guard bytes >= wrappedLineLength else { continue }
      // A character has at most four bytes: a longer line runs beyond any width.
      let length = bytes > 4 * wrapColumns.upperBound ? bytes : line.unicodeScalars.count
      guard length >= wrappedLineLength else { continue }
      long += 1
      if length <= wrapColumns.upperBound { counts[length] += 1 }
    }
    let least = max(2, long / widthLines)
    guard let width = counts.lastIndex(where: { $0 >= least }), width >= narrowestWrap else {
      return nil
    }
    return width
  }

  /// One in how many of a wrapped dump's long lines at least are as long as its width.
  static let widthLines = 33

  /// The narrowest width ``wrapWidth(_:)`` gives: a dump that wraps its text narrower than this
  /// has lines too short to tell a full one.
  static let narrowestWrap = 60

  /// The columns a dump indents a list or a quotation deeper than its paragraphs, which leaves
  /// their lines that much short of its width (the lines come without their indentation).
  static let nestedIndent = 4

  /// Whether, in a dump that wraps its lines at `width` columns (`nil` for one that does not),
  /// a line goes on the full line above it with no blank line between, where
  /// ``continues(_:_:with:_:blanks:)`` would not join them.
  ///
  /// The line above is full: with a space and the next line's first word it would overrun `width`
  /// (less ``nestedIndent``), so the dump broke the line there because the width ran out, wherever
  /// that fell (after a number, a quotation mark, a bracket or a full stop). The line above has a
  /// few words in lowercase; the next line is no list item or byline, and opens with a word, a
  /// number, a quotation mark or a bracket (not a form's field or an image's name). Unless it
  /// closes a bracket the line above left open or is a short note in brackets of its own (see
  /// ``isBracketedNote(_:_:)``), the next line is not three words or fewer and mostly capitalised
  /// (a name, a button or a site's name); after a full stop it reads as a sentence going on (three
  /// words or more, not mostly capitalised: a heading is); a single word goes on only in lowercase
  /// (a capitalised one is a button or a credit); and after a closing bracket (a photo's credit)
  /// only a lowercase word does (not the next headline).
  static func goesOnWrapped(
    _ before: LineSignals, _ beforeText: String, with signal: LineSignals, _ line: String,
    width: Int?
  ) -> Bool {
    guard let width, let first = line.unicodeScalars.first,
      let last = beforeText.unicodeScalars.last,
      before.words >= 3, before.hasLowercase,
      before.length + 1 + line.unicodeScalars.prefix(while: { $0 != " " }).count
        > width - nestedIndent,
      first.properties.isAlphabetic || first.properties.numericType != nil
        || "\"“‘'(".unicodeScalars.contains(first)
    else { return false }
    let startsLower = first.properties.isLowercase
    // A photo's credit in brackets goes on wherever it broke ("(AP Photo/Jo S." above "Ward)"),
    // and so does a short note in brackets of its own ("(Reuters)", "(12.03.2026)").
    if !closesBracket(beforeText, line) && !isBracketedNote(line, signal) {
      // A name, a button or a site's name below a full line ("Jane Doe", "Sign Up Now").
      if !startsLower && signal.words <= 3 && isMostlyCapitalised(line) { return false }
      if before.endsSentence {
        guard signal.words >= 3, signal.hasLowercase, !isMostlyCapitalised(line) else {
          return false
        }
      } else if (signal.words == 1 || last == ")") && !startsLower {
        return false
      }
    }
    return listItemText(line) == nil && Byline.name(in: line) == nil
  }

  /// Whether a line closes a bracket that the line above opened and left open.
  static func closesBracket(_ above: String, _ line: String) -> Bool {
    guard let close = line.utf8.firstIndex(of: 0x29), let open = above.utf8.lastIndex(of: 0x28)
    else { return false }
    return !line.utf8[..<close].contains(0x28) && !above.utf8[open...].contains(0x29)
  }

  /// The most words of a note in brackets that goes on the full line above it.
  static let bracketedNoteWords = 3

  /// Whether a line is a short note in brackets: a credit, a date or an aside.
  ///
  /// Such a note has at most ``bracketedNoteWords`` words ("(Reuters)", "(12.03.2026)", "(yes,
  /// really).") and opens with its bracket and closes it at its end, before at most a stop. It
  /// has a lowercase letter or a digit: a text browser's "(BUTTON)" has neither.
  static func isBracketedNote(_ line: String, _ signal: LineSignals) -> Bool {
    guard signal.words <= bracketedNoteWords, signal.hasLowercase || signal.hasDigit,
      line.utf8.first == 0x28, let close = line.utf8.firstIndex(of: 0x29)
    else { return false }
    let rest = line.utf8[line.utf8.index(after: close)...]
    return rest.isEmpty || (rest.count == 1 && ".,;:".utf8.contains(rest[rest.startIndex]))
  }

  /// Whether more than half of a line's words open with a capital letter: a heading or a
  /// button ("Sign Up Now"), not a sentence.
  static func isMostlyCapitalised(_ line: String) -> Bool {
    let words = line.split(separator: " ")
    let capitalised = words.count { $0.first?.isUppercase == true }
    return capitalised * 2 > words.count
  }
}
